"""The attacker's review of sharing a PDF (docs/attacks-2026-12-07d.md): each test was
seen failing before its fix. Vaults use cheap Argon2 settings (tests only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.test_cli import cli, sample_vault  # noqa: F401 (fixtures)


@pytest.mark.parametrize(
    ("recipient", "problem"),
    [
        ("Dr.\u202eSari", "karakter arah teks"),
        ("Dr. Sari\ncounsel-desk-cli: ditulis", "satu baris"),
        ("x" * 201, "paling banyak 200 karakter"),
    ],
)
def test_supervision_pdf_refuses_a_bad_recipient_as_a_usage_error_in_her_language_before_unlocking(
    cli,  # noqa: F811
    sample_vault: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    recipient: str,
    problem: str,
) -> None:
    monkeypatch.setenv("LANGUAGE", "id")
    before = (sample_vault / "records.db").read_bytes()
    out = tmp_path / "summary.pdf"
    code, stdout, err = cli(
        "supervision-pdf",
        sample_vault,
        "C-0001",
        out,
        "--encrypt",
        "--recipient",
        recipient,
        stdin="",  # no passphrase is asked for: the argument is refused first
    )
    assert code == 2 and stdout == ""
    last = err.rstrip("\n").split("\n")[-1]
    assert problem in last and "--recipient" in last
    assert "\u202e" not in err and "counsel-desk-cli: ditulis" not in err.split("\n")[-2:][0]
    assert not out.exists()
    assert (sample_vault / "records.db").read_bytes() == before  # not even unlocked


# -- forged disclosures in a counsel-desk/2 file (D2) ----------------------------------

_RELEASE = {
    "kind": "release_of_information",
    "signed_by": "Sri Wulandari",
    "signed_on": "2025-09-01",
}
_INFORMED = {"kind": "informed_consent", "signed_by": "Rina", "signed_on": "2025-09-01"}
_SHARED = {
    "shared_at": "2025-09-12T08:30:00",
    "document": "full_record",
    "reference": None,
    "recipient": "Psikolog Puskesmas Beji",
    "consent": 0,
    "protected": True,
}


def _file(row: dict[str, object], consents: list[object]) -> str:
    import json

    client = {"given_name": "Rina", "case_code": "BK-001", "consents": consents}
    return json.dumps({"format": "counsel-desk/2", "clients": [client | {"disclosures": [row]}]})


@pytest.mark.parametrize(
    ("change", "consents", "key"),
    [
        ({"shared_at": "2999-01-01T00:00:00"}, [_RELEASE], "shared_at"),
        ({"reference": "0" * 201}, [_RELEASE], "reference"),
        ({"shared_at": "2025-08-01T08:30:00"}, [_RELEASE], "consent"),  # before it was signed
        ({}, [_INFORMED], "consent"),  # an informed consent releases nothing
        ({"document": "supervision_summary"}, [_RELEASE], "consent"),
        ({"document": "consent_form"}, [_RELEASE], "consent"),
    ],
)  # fmt: skip
def test_a_forged_disclosure_is_refused_naming_its_key(
    change: dict[str, object], consents: list[object], key: str
) -> None:
    import datetime as dt

    from counsel_desk.export.interchange import InterchangeError, parse_document

    with pytest.raises(InterchangeError) as caught:
        parse_document(_file(_SHARED | change, consents), today=dt.date(2026, 12, 7))
    assert caught.value.key == f"disclosures[0].{key}"


def test_an_honest_disclosure_of_each_kind_is_still_read() -> None:
    import datetime as dt

    from counsel_desk.export.interchange import parse_document

    supervision = {"kind": "supervision", "signed_by": "Rina", "signed_on": "2025-09-01"}
    today = dt.date(2026, 12, 7)
    rows = [
        (_SHARED, [_RELEASE]),
        (_SHARED | {"consent": None}, [_INFORMED]),
        (_SHARED | {"document": "supervision_summary"}, [supervision]),
        (_SHARED | {"document": "consent_form", "consent": None, "reference": "assent"}, []),
        (_SHARED | {"document": "referral_letter", "reference": "BK/2025/001"}, [_RELEASE]),
        (_SHARED | {"shared_at": "2026-12-07T23:59:59"}, [_RELEASE]),  # today, late
    ]
    for row, consents in rows:
        assert parse_document(_file(row, consents), today=today).records.clients[0].disclosures


# -- what a protected PDF shows without its password (P4) ------------------------------


def test_a_protected_pdf_carries_a_random_file_identifier_not_the_plain_ones() -> None:
    """The trailer's /ID is never encrypted. reportlab's (invariant mode) is the MD5 of a
    fixed text and the document's title, so it told which kind of Counsel Desk document
    (and in which language) a protected file was, to anyone with the app; and two files
    of the same content shared the same one."""
    import io

    from pypdf import PdfReader

    from counsel_desk.export.consent_pdf import render_consent_pdf
    from counsel_desk.export.pdf_protect import generate_password, protect

    plain = render_consent_pdf(
        "Formulir persetujuan konseling\n\nNama: Rina", signature_lines=["Tanda tangan:"]
    )
    ids = {bytes(PdfReader(io.BytesIO(plain)).trailer["/ID"][0].original_bytes)}
    for _ in range(2):
        protected = PdfReader(io.BytesIO(protect(plain, generate_password("id"))))
        first, second = (bytes(part.original_bytes) for part in protected.trailer["/ID"])
        assert len(first) == 16 and first != second
        assert first not in ids and second not in ids
        ids |= {first, second}


# -- words read over the phone (P5) ------------------------------------------------------

# English words that sound the same in common accents (the lists' own, checked once by
# hand against a list of homophones; beech/beach were both in the list).
_ENGLISH_SOUND_ALIKE = [
    ("beach", "beech"), ("flour", "flower"), ("suite", "sweet"), ("fairy", "ferry"),
    ("pair", "pear"), ("sole", "soul"), ("plane", "plain"), ("bear", "bare"),
    ("tail", "tale"), ("meat", "meet"), ("sea", "see"), ("son", "sun"), ("rose", "rows"),
    ("peace", "piece"), ("hair", "hare"), ("deer", "dear"), ("berry", "bury"),
    ("cereal", "serial"), ("heel", "heal"), ("knight", "night"), ("mussel", "muscle"),
    ("plum", "plumb"), ("rain", "reign"), ("steak", "stake"), ("toe", "tow"),
    ("wood", "would"), ("bread", "bred"), ("maize", "maze"), ("moose", "mousse"),
    ("thyme", "time"), ("whale", "wail"), ("yolk", "yoke"),
    ("chord", "cord"), ("cymbal", "symbol"), ("currant", "current"), ("choral", "coral"),
    ("cellar", "seller"), ("ball", "bawl"), ("beet", "beat"), ("boar", "bore"),
    ("creek", "creak"), ("fir", "fur"), ("lynx", "links"), ("marry", "merry"),
]  # fmt: skip


def test_no_two_indonesian_words_differ_only_by_a_sound_lost_on_the_phone() -> None:
    """A final h (biji/bijih) or k (a glottal stop: kota/kotak), a final ng for n
    (bidan/bidang) and a leading h (antar/hantar) are barely heard: the listener writes
    the other word, and the PDF does not open."""
    from counsel_desk.export.pdf_protect import word_list

    words = set(word_list("id"))
    alike = sorted(
        (w, v)
        for w in words
        for v in (w + "h", w + "k", "h" + w, w + "g" if w.endswith("n") else "")
        if v in words
    )
    assert alike == []


def test_no_two_english_words_sound_the_same() -> None:
    from counsel_desk.export.pdf_protect import word_list

    words = set(word_list("en"))
    assert [pair for pair in _ENGLISH_SOUND_ALIKE if set(pair) <= words] == []


# -- the consent a full record is logged under (D3) ----------------------------------------


@pytest.mark.parametrize(
    ("recipient", "covered"),
    [
        ("Psikolog Puskesmas Beji", True),
        ("  psikolog   PUSKESMAS beji ", True),  # as typed again, another day
        ("Polsek Beji", False),  # the release names someone else
        ("", False),  # her own files: no one it was released to
    ],
)
def test_a_full_record_is_logged_under_a_release_only_when_it_goes_to_whom_it_names(
    tmp_path: Path, recipient: str, covered: bool
) -> None:
    """A release of information allows the full record to be released to the party it
    names; the log said "under the release" whoever received it."""
    import datetime as dt

    from counsel_desk.domain.disclosures import Sharing
    from counsel_desk.domain.enums import ConsentKind, DisclosureItem, SignerRelationship
    from counsel_desk.domain.model import Client
    from counsel_desk.services.consents import ConsentDraft
    from counsel_desk.services.vault_service import KdfParams, VaultService

    now = dt.datetime(2026, 12, 3, 10, 30, tzinfo=dt.UTC)
    service = VaultService(clock=lambda: now)
    service.create(tmp_path / "v", "sharing passphrase, long enough", KdfParams.cheap_for_tests())
    try:
        client, _ = service.clients.save_profile(
            Client(given_name="Rina", family_name="Wulandari", case_code="BK-007"),
            today=now.date(),
        )
        release = service.consents.sign(
            client.id,
            ConsentDraft(
                kind=ConsentKind.RELEASE_OF_INFORMATION,
                language="id",
                signed_by="Sri Wulandari",
                signed_on=now.date() - dt.timedelta(days=7),
                signer_relationship=SignerRelationship.GUARDIAN,
                released_to="Psikolog Puskesmas Beji",
                purpose="Asesmen kecemasan",
                disclosures=(DisclosureItem.FULL_RECORD,),
                expires_on=now.date() + dt.timedelta(days=90),
            ),
        )
        service.supervision.export_full_record(
            client.id, tmp_path / "record.pdf", sharing=Sharing(recipient)
        )
        (row,) = service.disclosures.of_client(client.id)
        assert row.consent_id == (release.id if covered else None)
    finally:
        service.lock()


@pytest.mark.parametrize(
    ("recipient", "covered"),
    [
        ("", True),  # the referral's own recipient
        ("psikolog  puskesmas BEJI", True),
        ("Wali kelas VIII-B", False),  # the letter handed to someone the release does not name
    ],
)
def test_a_referral_letter_is_logged_under_its_release_only_when_it_goes_to_its_recipient(
    tmp_path: Path, recipient: str, covered: bool
) -> None:
    import datetime as dt

    from counsel_desk.domain.disclosures import Sharing
    from counsel_desk.domain.enums import (
        ConsentKind,
        DisclosureItem,
        ReferralAgency,
        SignerRelationship,
    )
    from counsel_desk.domain.model import Client
    from counsel_desk.domain.referrals import Letterhead, Referral
    from counsel_desk.services.consents import ConsentDraft
    from counsel_desk.services.vault_service import KdfParams, VaultService

    now = dt.datetime(2026, 12, 3, 10, 30, tzinfo=dt.UTC)
    service = VaultService(clock=lambda: now)
    service.create(tmp_path / "v", "sharing passphrase, long enough", KdfParams.cheap_for_tests())
    try:
        client, _ = service.clients.save_profile(
            Client(given_name="Rina", family_name="Wulandari", case_code="BK-007"),
            today=now.date(),
        )
        release = service.consents.sign(
            client.id,
            ConsentDraft(
                kind=ConsentKind.RELEASE_OF_INFORMATION,
                language="id",
                signed_by="Sri Wulandari",
                signed_on=now.date() - dt.timedelta(days=7),
                signer_relationship=SignerRelationship.GUARDIAN,
                released_to="Psikolog Puskesmas Beji",
                purpose="Asesmen kecemasan",
                disclosures=(DisclosureItem.CONCERNS,),
                expires_on=now.date() + dt.timedelta(days=90),
            ),
        )
        service.referrals.set_letterhead(
            Letterhead(school="SMP Negeri 1 Depok", short_name="SMPN 1", counselor="Sri Rahayu")
        )
        referral = service.referrals.save(
            client.id,
            Referral(
                made_on=now.date(),
                agency=ReferralAgency.PSYCHOLOGIST,
                recipient="Psikolog Puskesmas Beji",
                reason="Kecemasan berat menjelang ujian.",
                consent_id=release.id,
                sent=(DisclosureItem.CONCERNS,),
                sections={"concerns": "Cemas di kelas."},
            ),
        )
        service.referrals.write_letter(
            referral.id, tmp_path / "surat.pdf", language="id", sharing=Sharing(recipient)
        )
        (row,) = service.disclosures.of_client(client.id)
        assert row.consent_id == (release.id if covered else None)
    finally:
        service.lock()
