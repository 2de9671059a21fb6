"""The redaction engine: forms it must catch, labels, limits, scale (issue 5)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counsel_desk.domain.model import Caseload, Client, Contact
from counsel_desk.domain.redaction import (
    Category,
    IdentifierSet,
    Redactor,
    normalize,
    possible_names,
)
from tests.redaction_corpus import (
    date_forms,
    generate_corpus,
    id_forms,
    leaks,
    name_forms,
    phone_forms,
)

CORPUS = generate_corpus(11)


def corpus_ids() -> IdentifierSet:
    # Built in each test, not at import: mutation testing (mutmut 3) forks after the
    # import, so a set built then would hide every mutant of the code that builds it.
    return IdentifierSet.from_caseload(CORPUS.caseload)


CLIENTS = CORPUS.caseload.clients


def _budi() -> Caseload:
    return Caseload(
        [
            Client(
                "Budi",
                case_code="C-1",
                family_name="Santoso",
                preferred_name="Ucok",
                date_of_birth=dt.date(2010, 4, 17),
                school="SMP Negeri 3 Semarang",
                phone="+62 812-3456-7890",
                email="budi.santoso@example.org",
                address="Jl. Merpati No. 12, Semarang",
                student_number="0101234567",
                national_id="3374011704100001",
                guardians=[
                    Contact("Hartono Santoso", "father", "+62 811-000-1111"),
                    Contact("Sri Wahyuni", "mother"),
                ],
                emergency_contacts=[Contact("Yuliana", "aunt", "0813 2222 3333")],
                other_people=["Rina", "Pak Joko"],
            ),
            Client("Siti", case_code="C-2", family_name="Rahmawati"),
            Client("José", case_code="C-3", family_name="Carter-Nguyễn"),
            Client("Indah", case_code="C-4"),
        ]
    )


def budi_ids() -> IdentifierSet:
    return IdentifierSet.from_caseload(_budi())


def red(text: str, subject: str | None = "C-1", ids: IdentifierSet | None = None) -> str:
    return Redactor(ids or budi_ids()).redact(text, subject_client_case_code=subject).text


# --- forms ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Budi came late.", "[CLIENT] came late."),
        ("BUDI and budi and Santoso", "[CLIENT] and [CLIENT] and [CLIENT]"),
        ("Budi's mother", "[CLIENT]'s mother"),
        ("Budi’s mother", "[CLIENT]’s mother"),
        (
            "kata Budinya, Budilah, Budipun, Budis' bag",
            "kata [CLIENT], [CLIENT], [CLIENT], [CLIENT]' bag",
        ),
        ("si Budi datang", "[CLIENT] datang"),
        ("Ucok and Budi Santoso", "[CLIENT] and [CLIENT]"),
        ("Call Pak Hartono today", "Call [GUARDIAN 1] today"),
        ("Bu Sri Wahyuni came", "[GUARDIAN 2] came"),
        ("Mr. Hartono Santoso came", "[GUARDIAN 1] came"),
        ("with Rina and Pak Joko", "with [PERSON A] and [PERSON B]"),
        (
            "Jose and Carter and Nguyen and carter-nguyen",
            "[PERSON A] and [PERSON A] and [PERSON A] and [PERSON A]",
        ),
        ("José Carter-Nguyễn", "[PERSON A]"),
        ("Siti RAHMAWATI", "[PERSON A]"),
    ],
)
def test_names(text: str, expected: str) -> None:
    assert red(text) == expected


@pytest.mark.parametrize(
    "invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u202e"]
)
def test_a_name_pasted_with_an_invisible_character_inside_is_still_redacted(
    invisible: str,
) -> None:
    # Found by the whole-product property test: text pasted from a chat app carries
    # zero-width characters and soft hyphens inside names; a PDF's text layer drops them,
    # so the redactor must read past them as well.
    assert red(f"Bu{invisible}di bilang capek") == "[CLIENT] bilang capek"
    assert red(f"Sant{invisible}oso's bag") == "[CLIENT]'s bag"


def test_kinship_honorific_is_kept_when_it_means_mother() -> None:
    # Lower case "ibu Budi" is Budi's mother; so is "Ibu Budi" at a sentence start.
    assert red("Kemarin ibu Budi datang.") == "Kemarin ibu [CLIENT] datang."
    assert red("Ibu Budi datang.") == "Ibu [CLIENT] datang."
    assert red("Lalu Ibu Hartono pergi.") == "Lalu [GUARDIAN 1] pergi."


def test_suffixes_need_a_capital_and_s_an_apostrophe() -> None:
    ids = IdentifierSet.from_caseload(
        Caseload(
            [Client("Dina", case_code="X-1"), Client("Minh", case_code="X-2", family_name="Lê")]
        )
    )
    assert red("dinas pendidikan; saya lelah; Dinas Pendidikan", ids=ids) == (
        "dinas pendidikan; saya lelah; Dinas Pendidikan"
    )
    assert red("Dinas' bag; Dinanya; Lênya", ids=ids) == "[PERSON A]' bag; [PERSON A]; [PERSON B]"


def test_common_word_names_only_when_capitalised() -> None:
    assert (
        red("Indah said hi. Rumahnya indah sekali.") == "[PERSON A] said hi. Rumahnya indah sekali."
    )
    assert red("INDAH") == "[PERSON A]"


def test_unlisted_name_after_a_title_is_redacted() -> None:
    assert (
        red("Bu Febriani and Pak Yanto met Mrs. Clarke.")
        == "[PERSON A] and [PERSON B] met [PERSON C]."
    )
    assert red("Pak Guru and Pak RT") == "Pak Guru and Pak RT"


@pytest.mark.parametrize("form", phone_forms("+62 812-3456-7890"))
def test_phone_forms(form: str) -> None:
    assert red(f"call {form} now") == "call [PHONE] now"


@pytest.mark.parametrize("form", id_forms("3374011704100001") + id_forms("0101234567"))
def test_id_forms(form: str) -> None:
    assert red(f"id {form} ok") == "id [ID] ok"


@pytest.mark.parametrize(
    "form",
    [
        *date_forms(dt.date(2010, 4, 17)),
        "18 Agustus 2010",  # not the 17th: Independence Day stays (test_redaction_public_days)
        "18 Agt 2010",
        "17-Apr-2010",
        "17.Jul.2010",  # the year was left after "[DATE]" (the month's dot took its place)
    ],
)
def test_date_forms(form: str) -> None:
    assert red(f"on {form} there") == "on [DATE] there"


def test_any_full_date_is_redacted_and_scores_are_not() -> None:
    assert red("Session 2025-07-21; anxiety 6/10 at 09.30; Rp 1.500.000; 2025/2026") == (
        "Session [DATE]; anxiety 6/10 at 09.30; Rp 1.500.000; 2025/2026"
    )


def test_emails_addresses_schools() -> None:
    assert red("BUDI.SANTOSO@EXAMPLE.ORG or x.y@other.net") == "[EMAIL] or [EMAIL]"
    assert red("Lives at Jl. Merpati No. 12, Semarang.") == "Lives at [ADDRESS]."
    assert red("near Jalan Merpati and Jl Merpati; merpati is a bird") == (
        "near [ADDRESS] and [ADDRESS]; merpati is a bird"
    )
    for school in ("SMP Negeri 3 Semarang", "SMPN 3 Semarang", "SMP N 3 Semarang", "smp negeri 3"):
        assert red(f"at {school}.") == "at [SCHOOL]."


def test_unknown_long_numbers_are_redacted() -> None:
    assert red("his friend's number 0857 1234 9876") == "his friend's number [PHONE]"
    assert red("kode 99887766554") == "kode [ID]"


def test_never_print_terms() -> None:
    ids = IdentifierSet.from_caseload(_budi(), extra_terms=["Kampung Sukamaju", "klub panahan"])
    assert red("from kampung sukamaju, in the Klub Panahan", ids=ids) == (
        "from [REDACTED], in the [REDACTED]"
    )


# --- labels -----------------------------------------------------------------------------


def test_labels_are_stable_across_one_document() -> None:
    r = Redactor(budi_ids())
    a = r.redact("Siti met Rina.", subject_client_case_code="C-1")
    b = r.redact("Rina and Rahmawati; Budi too.", subject_client_case_code="C-1")
    assert a.text == "[PERSON A] met [PERSON B]."
    assert b.text == "[PERSON B] and [PERSON A]; [CLIENT] too."
    with pytest.raises(ValueError):
        r.redact("x", subject_client_case_code="C-2")


def test_subject_decides_client_label() -> None:
    assert red("Budi and Siti", subject="C-2") == "[PERSON A] and [CLIENT]"


def test_spans_point_at_original_and_redacted_text() -> None:
    text = "Nguyễn's friend Budi, tel 0812-3456-7890."
    result = Redactor(budi_ids()).redact(text, subject_client_case_code="C-1")
    rebuilt = []
    pos = 0
    for s in result.spans:
        rebuilt.append(text[pos : s.start])
        rebuilt.append(result.text[s.redacted_start : s.redacted_end])
        assert result.text[s.redacted_start : s.redacted_end] == s.label
        pos = s.end
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == result.text
    assert [text[s.start : s.end] for s in result.spans] == ["Nguyễn", "Budi", "0812-3456-7890"]
    assert [s.category for s in result.spans] == [Category.CLIENT, Category.CLIENT, Category.PHONE]


def test_normalize_keeps_offsets() -> None:
    text = "Ngu\u0303yễn ĐẶNG Straße"
    normal, offsets = normalize(text)
    assert normal == "nguyen dang strasse"
    assert offsets is not None and len(offsets) == len(normal)
    assert text[offsets[normal.index("dang")]] == "Đ"


def test_possible_names() -> None:
    text = (
        "Konseli bercerita tentang Doni dan Budi. Taught breathing. Ke rumah Doni di Semarang "
        "bersama Pak Guru; Bu Febriani ikut."
    )
    assert possible_names(text, budi_ids()) == ["Doni", "Febriani"]


# --- properties -------------------------------------------------------------------------

_filler = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789.,;:!?()", min_size=1, max_size=9),
    max_size=25,
)


def _forms(client: Client, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    out = name_forms(client, rng)
    for g in client.guardians:
        first = g.name.split()[0]
        out += [g.name, f"Pak {first}", f"Bu {first}", f"Mrs. {g.name}", (g.phone or "")]
    assert client.phone and client.national_id and client.date_of_birth
    out += phone_forms(client.phone) + id_forms(client.national_id)
    out += id_forms(client.student_number or "")
    out += [*date_forms(client.date_of_birth), (client.email or "").upper()]
    return [f for f in out if f]


@settings(
    max_examples=int(os.environ.get("REDACTION_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    before=_filler,
    after=_filler,
    which=st.integers(0, len(CLIENTS) - 1),
    pick=st.integers(0, 10**6),
    subject=st.integers(0, len(CLIENTS) - 1),
)
def test_an_identifier_anywhere_never_survives(
    before: list[str], after: list[str], which: int, pick: int, subject: int
) -> None:
    client = CLIENTS[which]
    forms = _forms(client, pick)
    form = forms[pick % len(forms)]
    text = " ".join([*before, form, *after])
    result = Redactor(corpus_ids()).redact(
        text, subject_client_case_code=CLIENTS[subject].case_code
    )
    start = len(" ".join(before)) + (1 if before else 0)
    covered = [s for s in result.spans if s.start < start + len(form) and s.end > start]
    assert covered, (form, result.text)
    assert min(s.start for s in covered) <= start
    assert leaks(result.text, Caseload([client])) == [], (form, result.text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_redacts_consistently(text: str) -> None:
    result = Redactor(corpus_ids()).redact(text, subject_client_case_code=CLIENTS[0].case_code)
    pos = 0
    pieces = []
    for s in result.spans:
        assert pos <= s.start < s.end <= len(text)
        pieces.append(text[pos : s.start] + s.label)
        pos = s.end
    pieces.append(text[pos:])
    assert "".join(pieces) == result.text


# --- scale ------------------------------------------------------------------------------


def test_scale_five_thousand_clients() -> None:
    """Redaction works at the size of a big district's caseload (its timing: bench/micro.py)."""
    from bench.generate import generate_caseload

    caseload = generate_caseload(5000, 0)
    big = generate_caseload(2, 40, seed=3).clients[0]
    big.case_code = "C-99999"
    caseload.clients.append(big)
    ids = IdentifierSet.from_caseload(caseload)
    assert len(ids) > 50_000
    r = Redactor(ids)
    for session in big.sessions:
        result = r.redact(session.text(), subject_client_case_code="C-99999")
        assert big.given_name not in result.text
