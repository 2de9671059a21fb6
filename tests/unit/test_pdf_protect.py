"""A PDF protected with a password she can read over the phone (issue 18, item 6)."""

from __future__ import annotations

import io
import itertools
import math
import re
import secrets
from collections import Counter

import pytest
from pypdf import PasswordType, PdfReader
from reportlab.platypus import Paragraph

from counsel_desk.export import pdf_common, pdf_protect
from counsel_desk.export.pdf_protect import (
    MAX_PASSWORD_BYTES,
    WORDS_PER_PASSWORD,
    ProtectionFailedError,
    entropy_bits,
    generate_password,
    protect,
    word_list,
)
from counsel_desk.paths import resource_path


def _pdf(*lines: str) -> bytes:
    st = pdf_common.styles()
    decor = pdf_common.PageDecor(
        header_left="Rahasia", header_right="C-0001", footer_left="", page_template="{page}/{pages}"
    )
    return pdf_common.render(
        [Paragraph(pdf_common.markup(t), st.body) for t in lines], decor, title="T"
    )


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_password_is_five_words_of_the_documents_language(language: str) -> None:
    words = set(word_list(language))
    for _ in range(50):
        password = generate_password(language)
        assert password == password.strip() and "  " not in password
        drawn = password.split(" ")
        assert len(drawn) == WORDS_PER_PASSWORD == 5
        assert set(drawn) <= words


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_password_carries_more_than_fifty_bits(language: str) -> None:
    """Counted by brute force over word lengths: the five-word passwords of at most 32
    bytes, each as likely as any other."""
    assert len(word_list(language)) >= 1024
    by_length = Counter(len(w) for w in word_list(language))
    fitting = sum(
        math.prod(by_length[n] for n in sizes)
        for sizes in itertools.product(by_length, repeat=5)
        if sum(sizes) + 4 <= MAX_PASSWORD_BYTES
    )
    assert entropy_bits(language) == pytest.approx(math.log2(fitting))
    assert entropy_bits(language) > 50


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_password_fits_in_the_32_bytes_every_reader_takes(language: str) -> None:
    for _ in range(300):
        assert len(generate_password(language).encode("utf-8")) <= MAX_PASSWORD_BYTES


def test_another_language_gets_the_english_words() -> None:
    assert word_list("fr") == word_list("en")


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_word_lists_are_short_plain_lower_case_words_each_once(language: str) -> None:
    words = word_list(language)
    assert len(set(words)) == len(words)
    for word in words:
        assert re.fullmatch(r"[a-z]{4,8}", word), word
    assert not {"pisau", "rokok", "bunuh", "mati", "knife", "gun", "death"} & set(words)


def test_the_words_are_drawn_with_secrets_and_too_long_a_draw_is_drawn_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words = word_list("en")
    longest = max(words, key=len)
    short = [w for w in words if len(w) == 4][:5]
    answers = iter([longest] * 5 + short)
    drawn: list[int] = []

    def choice(seq):
        drawn.append(len(seq))
        return next(answers)

    monkeypatch.setattr(pdf_protect.secrets, "choice", choice)
    assert generate_password("en") == " ".join(short)  # 5 × 8 letters + 4 spaces: again
    assert drawn == [len(words)] * 10
    assert pdf_protect.secrets is secrets


def test_the_words_are_in_the_spelling_dictionary_of_their_language() -> None:
    for language, dic in (("id", "id_ID.dic"), ("en", "en_US.dic")):
        text = resource_path("dictionaries", dic).read_text(encoding="utf-8", errors="replace")
        known = {line.split("/")[0].strip() for line in text.splitlines()[1:]}
        unknown = [w for w in word_list(language) if w not in known]
        assert unknown == [], (language, unknown[:10])


def test_a_protected_pdf_opens_with_its_password_and_gives_back_the_same_text() -> None:
    plain = _pdf("Budi Santoso, kelas 8B", "Catatan rahasia konselor.")
    password = generate_password("id")
    protected = protect(plain, password)
    reader = PdfReader(io.BytesIO(protected))
    assert reader.is_encrypted
    assert reader.decrypt(password) != PasswordType.NOT_DECRYPTED
    original = PdfReader(io.BytesIO(plain))
    assert [p.extract_text() for p in reader.pages] == [p.extract_text() for p in original.pages]
    assert "Budi Santoso" in reader.pages[0].extract_text()


def test_a_protected_pdf_refuses_to_open_without_its_password() -> None:
    password = generate_password("en")
    protected = protect(_pdf("Budi Santoso"), password)
    for wrong in ("", generate_password("en"), password.replace(" ", ""), password.title()):
        reader = PdfReader(io.BytesIO(protected))
        assert reader.decrypt(wrong) == PasswordType.NOT_DECRYPTED, wrong
    assert b"Budi" not in protected and b"Santoso" not in protected


def test_the_encrypt_dictionary_names_aes_256() -> None:
    protected = protect(_pdf("x"), generate_password("en"))
    encrypt = PdfReader(io.BytesIO(protected)).trailer["/Encrypt"].get_object()
    assert encrypt["/Filter"] == "/Standard"
    assert encrypt["/V"] == 5 and encrypt["/R"] == 6
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert encrypt["/StmF"] == "/StdCF" and encrypt["/StrF"] == "/StdCF"


def test_an_encryption_that_would_not_read_back_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The read-back is the check: a writer that silently left the file readable (here:
    its encrypt step does nothing) is caught before anything is handed on."""
    from pypdf import PdfWriter

    monkeypatch.setattr(PdfWriter, "encrypt", lambda self, *a, **k: None)
    with pytest.raises(ProtectionFailedError) as refused:
        protect(_pdf("Budi Santoso"), generate_password("en"))
    assert refused.value.what == "not encrypted"


def test_a_password_not_of_the_apps_making_is_refused() -> None:
    with pytest.raises(ValueError):
        protect(_pdf("x"), "secret")
