"""The consent forms themselves (resources/consents, services/consents.py, no vault): which
version a client gets, the printed form's fields, released texts kept as they were, and
the Indonesian forms in the glossary's words (../shared/glossary-id.md)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from counsel_desk.domain.enums import ConsentKind
from counsel_desk.domain.model import Client
from counsel_desk.export.consent_pdf import write_consent_pdf
from counsel_desk.services.consents import (
    ConsentTemplate,
    available_templates,
    is_adult_on,
    template_folder,
    template_for,
)

TODAY = dt.date(2025, 9, 15)
FIELD = re.compile(r"^(?P<label>[^-.,;:][^.,;:]{0,39}):")  # not a "- bullet: ..."

# Every released template file and its SHA-256. A released form is never edited: a change
# is a new version, so a consent signed under any of these can still be shown beside the
# form it was signed under. Add a new version here when it is released; never change a line.
RELEASED = {
    "assent.v1.en.txt": "94b5726d85f28ebf1eec12b36740547095e2cd4d4987ca5ab138227e0d24ef02",
    "assent.v1.id.txt": "2248940384d1ef674886882ad6f7876901def02b55019a0c41cc176b8e05839e",
    "guardian_consent.v1.en.txt": "9fff4fba0eebef46fa0bf635e3f0b4d045f266c436d3a2101ded9aa632247655",
    "guardian_consent.v1.id.txt": "74753da90a57098f3ff292e6050ae5c5b468b4d265f93bb20b14dbb8e84d6b04",
    "informed_consent.v1.en.txt": "c0986fa5ec3258373394f1990d086767a8372e492296672dc27797ba9dba7dd1",
    "informed_consent.v1.id.txt": "f074faee2cb496ee5545b5d0d51ac43e9f9bfe24552a493b9657a4815ab77a87",
    "online_counseling.v1.en.txt": "0979c42a75cbd54b3e4837dad89fd7d968ff46e728387299ee005e9263f6eeb8",
    "online_counseling.v1.id.txt": "d52ef7663161c538d29ea3095af2aabccc142b8fd742e306f85ba3581011eb58",
    "release_of_information.v1.en.txt": (
        "d3b5f41f9469dac775964a48b83e940c6d7e59b8b92e1d168d26b1e08f7b8003"
    ),
    "release_of_information.v1.id.txt": (
        "5c60817dc52f0c311bae6c784964d173c70ec7ad6366403b2a4e7a358c704e8b"
    ),
    "supervision.v1.en.txt": "061935a5535b8141e35f24445dd85adebc50bc7438a0f8042e6e6e2ebeff29f2",
    "supervision.v1.id.txt": "0008d1379d646c71fc41152e1bf1633a3381a123d8b6ac15d0620050a33bc3a0",
    "assent.v2.id.txt": "40ea9f6472c6366b888ccffeb0aab2314cb8ce773700ebbe90c4bb64d6613cbc",
    "guardian_consent.v2.en.txt": "817eb130decc00e0310f0c8b4fd2d2c088681479bca6c64e5458ed0cae27d3e0",
    "guardian_consent.v2.id.txt": "e308b8372983047e34e72e977f5cc90747f82e1f7ca9825a1ef01d025792a901",
    "informed_consent.v2-adult.en.txt": "996253d373e687012cc6be9c0934a98edaf31f97e66047b6bbacabc3507cef1b",
    "informed_consent.v2-adult.id.txt": "87d3ca4c4f1fb00b84f2caa7b7de2f71f565cce091f8d2273bb3b85432fb67bd",
    "informed_consent.v2.id.txt": "a7572b02aa42679da290c60a949a3c43d12ae96e8331609b85d5f6f29088b2ce",
    "online_counseling.v2-adult.id.txt": "3e98c9e8d422f958dd56fec1ae9796657153ee074bf7be1c48fe04ca82e310cd",
    "online_counseling.v2.id.txt": "aa072c45d18bf3df5b8010c9bf298fbc2e78dcc8a6c69e42fa4e428d9d695aa5",
    "supervision.v2-adult.id.txt": "1bcbae6666285bca4e99f7220e88ff626e3feb9d80394d426af668de1c5bf4f8",
    "release_of_information.v2.id.txt": (
        "1cc955228523b1e3b78129c2a9d218ace5b7b4fbd79c958d17f0974c3cb0ce1a"
    ),
    "release_of_information.v2.en.txt": (
        "461cb2eb3a19272f712b41fc6372f539b9a92b43755b8776d455f6b9a99c78e3"
    ),
}


def _client(born: dt.date | None = None) -> Client:
    return Client(
        given_name="Budi", family_name="Santoso", date_of_birth=born, school="SMA Negeri 1"
    )


def _current(language: str) -> list[ConsentTemplate]:
    """The forms a client can get today: the latest of each kind, student and adult."""
    forms = {
        (t.kind, t.version): t
        for kind in ConsentKind
        for adult in (False, True)
        for t in [template_for(kind, language, adult=adult)]
    }
    return list(forms.values())


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


# --- released texts ------------------------------------------------------------------------


def test_released_consent_forms_are_never_edited_in_place() -> None:
    folder = template_folder()
    for name, digest in RELEASED.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name


def test_the_first_version_of_every_form_stays_readable_beside_the_new_ones() -> None:
    for kind in ConsentKind:
        for language in ("en", "id"):
            old = template_for(kind, language, "1")
            assert old.version == "1" and old.body
    assert template_for(ConsentKind.INFORMED_CONSENT, "id").version == "2"
    assert template_for(ConsentKind.INFORMED_CONSENT, "id", adult=True).version == "2-adult"


# --- which form a client gets --------------------------------------------------------------


@pytest.mark.parametrize(
    ("born", "adult"),
    [
        (dt.date(2010, 6, 1), False),  # 15
        (dt.date(2007, 9, 16), False),  # 18 tomorrow
        (dt.date(2007, 9, 15), True),  # 18 today
        (dt.date(1988, 1, 30), True),  # 37
        (None, False),  # no date of birth: the student form
    ],
)
def test_the_anda_form_is_for_a_client_of_18_or_older_on_the_day(
    born: dt.date | None, adult: bool
) -> None:
    assert is_adult_on(_client(born), TODAY) is adult


def test_an_adult_gets_the_anda_form_and_a_student_the_kamu_form() -> None:
    adult = template_for(ConsentKind.INFORMED_CONSENT, "id", adult=True)
    student = template_for(ConsentKind.INFORMED_CONSENT, "id")
    assert "Anda" in adult.body and not re.search(r"\bkamu\b", adult.body, re.IGNORECASE)
    assert re.search(r"\bkamu\b", student.body) and "Anda" not in student.body
    english = template_for(ConsentKind.INFORMED_CONSENT, "en", adult=True)
    assert english.for_adults and "get you into trouble" not in english.body
    # A form whose wording is the same for both (the English supervision consent) has
    # no adult variant: the adult gets the one form there is.
    assert template_for(ConsentKind.SUPERVISION, "en", adult=True).version == "1"


# --- the printed form ----------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_printed_form_has_each_field_once_and_leaves_the_date_blank(
    tmp_path: Path, language: str
) -> None:
    client = _client(dt.date(2010, 6, 1))
    for template in _current(language):
        text = template.filled(client, released_to="Puskesmas Candi", today=None)
        labels = [m.group("label") for ln in text.splitlines() if (m := FIELD.match(ln))]
        date_label = {"en": "Date", "id": "Tanggal"}[language]
        assert date_label in labels, template
        signature = {"en": "Signature:", "id": "Tanda tangan:"}[language]
        pdf = write_consent_pdf(
            tmp_path / f"{template.kind.value}.pdf", text, signature_lines=[signature]
        )
        printed = _pdf_text(pdf)
        assert len(PdfReader(str(pdf)).pages) == 1, template  # signed on one sheet
        for label in [*labels, signature.rstrip(":")]:
            assert len(re.findall(rf"(?m)^{re.escape(label)}:", printed)) == 1, (template, label)
        date_line = next(ln for ln in printed.splitlines() if ln.startswith(f"{date_label}:"))
        assert date_line.removeprefix(f"{date_label}:").strip() == "", date_line
        assert not re.search(r"\d{4}-\d{2}-\d{2}", printed)
        assert "Budi Santoso" in printed
        # The metadata title is the form's own title, in its language, with no name.
        metadata_title = PdfReader(str(pdf)).metadata.title
        assert metadata_title == text.splitlines()[0].strip(), template
        assert "Budi" not in metadata_title


# --- the glossary's words ------------------------------------------------------------------


def test_indonesian_forms_use_the_glossary_terms() -> None:
    forms = _current("id")
    for form in forms:
        text = f"{form.title}\n{form.body}"
        assert "peserta didik" not in text.lower(), form
        assert not re.search(r"\basent?\b", text, re.IGNORECASE), form
        assert "menyakiti diri" not in text, form
        assert "klien" not in text, form
        # "wali" alone reads as the homeroom teacher: always "orang tua/wali".
        assert not re.search(r"(?<!orang tua/)\bwali", text, re.IGNORECASE), form
        assert "pihak berwenang" not in text or "pihak berwenang (misalnya polisi" in text, form
        if "terenkripsi" in text:
            assert "tersandi (terenkripsi)" in text, form
    by_kind = {(f.kind, f.for_adults): f for f in forms}
    assert by_kind[ConsentKind.INFORMED_CONSENT, False].title == (
        "Persetujuan konseling (informed consent)"
    )
    assert "persetujuan siswa" in by_kind[ConsentKind.ASSENT, False].title.lower()
    assert "(assent)" in by_kind[ConsentKind.ASSENT, False].title
    guardian = by_kind[ConsentKind.GUARDIAN_CONSENT, False].body
    assert "disimpan dalam bentuk tersandi (terenkripsi) di komputer saya" in guardian
    assert "pihak berwenang (misalnya polisi atau UPTD PPA" in guardian
    assert "kata kode" in guardian and "kata sandi" not in guardian
    for adult in (False, True):
        online = by_kind[ConsentKind.ONLINE_COUNSELING, adult].body
        assert "kata kode" in online and "kata sandi" not in online


def test_forms_addressed_to_a_student_say_kamu_and_never_call_the_student_anak() -> None:
    for form in _current("id"):
        if form.kind in (ConsentKind.GUARDIAN_CONSENT, ConsentKind.RELEASE_OF_INFORMATION):
            continue  # addressed to a parent; the release is in the signer's own words
        text = f"{form.title}\n{form.body}"
        # "anak" only for children in general: kekerasan terhadap anak, penelantaran anak.
        others = re.sub(r"(terhadap|penelantaran) anak\b", "", text)
        assert not re.search(r"\banak\b", others, re.IGNORECASE), form
        informal = re.findall(r"\b(kamu|\w+mu)\b", text, re.IGNORECASE)
        informal = [w for w in informal if w.lower() not in {"bertemu", "temu", "ilmu"}]
        if form.for_adults:
            assert informal == [] and "Anda" in text, (form, informal)
        else:
            assert informal and "Anda" not in text, form


def test_every_form_file_is_a_kind_version_and_language_the_app_reads() -> None:
    names = {p.name for p in template_folder().glob("*.txt")}
    read = {f"{t.kind.value}.v{t.version}.{t.language}.txt" for t in available_templates()}
    assert names == read


# --- a client without a school ----------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_form_for_a_client_without_a_school_has_no_dangling_at_or_di(language: str) -> None:
    client = Client(given_name="Budi", family_name="Santoso", date_of_birth=dt.date(2010, 6, 1))
    every_version = [t for t in available_templates() if t.language == language]
    for template in every_version:
        text = template.filled(client, released_to="Puskesmas Candi", today=TODAY)
        assert not re.search(r"\b(?:at|di)\s*[.,;:]", text), (template, text)
        assert "{school}" not in text
    guardian = template_for(ConsentKind.GUARDIAN_CONSENT, language)
    sentence = {
        "en": "with the school counselor. Because",
        "id": "dengan konselor sekolah (guru BK). Karena",
    }[language]
    assert sentence in guardian.filled(client, released_to=None, today=None)
    # With a school, the sentence names it as before.
    named = guardian.filled(_client(dt.date(2010, 6, 1)), released_to=None, today=None)
    assert {"en": "counselor at SMA Negeri 1.", "id": "(guru BK) di SMA Negeri 1."}[
        language
    ] in named


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_form_field_for_the_school_stays_empty_to_be_written_in(language: str) -> None:
    client = Client(given_name="Budi", family_name="Santoso", date_of_birth=dt.date(2010, 6, 1))
    form = template_for(ConsentKind.INFORMED_CONSENT, language, adult=True)
    label = {"en": "School:", "id": "Sekolah:"}[language]
    lines = form.filled(client, released_to=None, today=None).splitlines()
    assert label in [ln.strip() for ln in lines]
