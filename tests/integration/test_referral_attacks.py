"""Attacks on referral letters (issue 17, attack): a letter discloses only under a release
active on the day it is made, and a letter number that looks like one given before is
taken. Vaults use KdfParams.cheap_for_tests() (weak Argon2 on purpose, to keep the suite
fast)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counsel_desk.domain.enums import DisclosureItem
from counsel_desk.domain.referrals import Letterhead
from counsel_desk.services.referrals import LetterNumberTakenError, ReferralError
from tests.integration.test_referrals import HEAD, TODAY, _referral, _release
from tests.integration.test_referrals import vault as vault  # the fixture


def test_a_letter_is_not_made_again_after_its_release_is_revoked(vault, tmp_path: Path) -> None:
    service, client_id = vault
    service.referrals.set_letterhead(HEAD)
    release = _release(service, client_id)
    saved = service.referrals.save(client_id, _referral(release.id))
    service.referrals.write_letter(saved.id, tmp_path / "a.pdf")
    service.consents.revoke(release.id, TODAY)
    with pytest.raises(ReferralError) as raised:
        service.referrals.write_letter(saved.id, tmp_path / "b.pdf")
    assert "not active" in str(raised.value)
    assert not (tmp_path / "b.pdf").exists()


def test_a_letter_is_not_numbered_after_its_release_is_revoked(vault, tmp_path: Path) -> None:
    service, client_id = vault
    service.referrals.set_letterhead(HEAD)
    release = _release(service, client_id)
    saved = service.referrals.save(
        client_id, _referral(release.id, made_on=TODAY - dt.timedelta(days=2))
    )
    service.consents.revoke(release.id, TODAY - dt.timedelta(days=1))
    with pytest.raises(ReferralError):
        service.referrals.write_letter(saved.id, tmp_path / "a.pdf")
    assert service.referrals.get(saved.id)[1].letter_number is None
    assert not (tmp_path / "a.pdf").exists()


def test_a_letter_is_not_made_after_its_release_expired(vault, tmp_path: Path) -> None:
    service, client_id = vault
    service.referrals.set_letterhead(HEAD)
    release = _release(
        service,
        client_id,
        signed_on=TODAY - dt.timedelta(days=30),
        expires_on=TODAY - dt.timedelta(days=1),
    )
    saved = service.referrals.save(
        client_id, _referral(release.id, made_on=TODAY - dt.timedelta(days=3))
    )
    with pytest.raises(ReferralError):
        service.referrals.write_letter(saved.id, tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()


def test_the_reply_is_still_recorded_after_the_release_is_revoked(vault) -> None:
    service, client_id = vault
    release = _release(service, client_id)
    saved = service.referrals.save(
        client_id, _referral(release.id, made_on=TODAY - dt.timedelta(days=2))
    )
    service.consents.revoke(release.id, TODAY)
    saved.reply = "Sudah diterima."
    service.referrals.save(client_id, saved)
    assert service.referrals.get(saved.id)[1].reply == "Sudah diterima."


@pytest.mark.parametrize(
    "lookalike",
    [
        "001/BK/SMPN\u00a01/XII/2026",  # a no-break space
        "001/BK/SMPN  1/XII/2026",  # two spaces
        "００１/BK/SMPN 1/XII/2026",  # full-width digits
        "001/bk/smpn 1/xii/2026",  # lower case
        "001 / BK / SMPN 1 / XII / 2026",  # spaces round the strokes
    ],
)
def test_a_typed_letter_number_that_looks_like_one_given_is_taken(vault, lookalike) -> None:
    service, client_id = vault
    service.referrals.set_letterhead(HEAD)
    release = _release(service, client_id)
    a = service.referrals.save(client_id, _referral(release.id))
    b = service.referrals.save(client_id, _referral(release.id))
    assert service.referrals.number_letter(a.id) == "001/BK/SMPN 1/XII/2026"
    with pytest.raises(LetterNumberTakenError):
        service.referrals.number_letter(b.id, lookalike)
    assert service.referrals.get(b.id)[1].letter_number is None


@pytest.mark.parametrize(
    "typed",
    ["001/BK/\u202e6202/IIX", "001/BK\n002/BK", "001\u2028/BK", "   ", "0" * 201, "001/BK/\u200b1"],
)
def test_a_typed_letter_number_is_one_plain_line(vault, typed) -> None:
    service, client_id = vault
    service.referrals.set_letterhead(HEAD)
    release = _release(service, client_id)
    a = service.referrals.save(client_id, _referral(release.id))
    with pytest.raises(ReferralError):
        service.referrals.number_letter(a.id, typed)
    assert service.referrals.get(a.id)[1].letter_number is None


@pytest.mark.parametrize(
    "field", ["school", "short_name", "address", "phone", "counselor", "counselor_id"]
)
@pytest.mark.parametrize("value", ["SMPN 1 \u202eokepeD", "SMPN 1\rDepok", "SMPN 1\u2029Depok"])
def test_a_letterhead_line_with_text_direction_controls_or_breaks_is_refused(
    vault, field, value
) -> None:
    from dataclasses import replace

    service, _ = vault
    with pytest.raises(ReferralError):
        service.referrals.set_letterhead(replace(HEAD, **{field: value}))
    assert service.referrals.letterhead() == type(HEAD)()


def test_a_letterhead_with_markup_prints_as_written(vault, tmp_path: Path) -> None:
    from dataclasses import replace

    from counsel_desk.export.pdf_check import pdf_text

    service, client_id = vault
    service.referrals.set_letterhead(replace(HEAD, school="SMP <b>Satu</b> & Co"))
    release = _release(service, client_id, DisclosureItem.CONCERNS)
    saved = service.referrals.save(client_id, _referral(release.id))
    service.referrals.write_letter(saved.id, tmp_path / "a.pdf")
    pages, _ = pdf_text(tmp_path / "a.pdf")
    assert "SMP <b>Satu</b> & Co" in " ".join(pages)


@pytest.mark.parametrize("lookalike", ["001/BK/SMPN 1/XII/2026", "001/BK/SMPN\u00a01/XII/2026"])
def test_a_file_whose_two_referrals_share_a_letter_number_imports_nothing(
    vault, tmp_path: Path, lookalike
) -> None:
    import json

    from counsel_desk.export.interchange import InterchangeError
    from counsel_desk.services.vault_service import KdfParams, VaultService
    from tests.integration.test_referrals import PASSPHRASE

    service, client_id = vault
    service.referrals.set_letterhead(HEAD)
    release = _release(service, client_id)
    a = service.referrals.save(client_id, _referral(release.id))
    service.referrals.save(client_id, _referral(release.id))
    service.referrals.number_letter(a.id)
    document = json.loads(service.interchange.export_text())
    document["clients"][0]["referrals"][1]["letter_number"] = lookalike
    other = VaultService()
    other.create(tmp_path / "w", PASSPHRASE, KdfParams.cheap_for_tests())
    try:
        with pytest.raises(InterchangeError) as raised:
            other.interchange.import_text(json.dumps(document))
        assert raised.value.key == "referrals[1].letter_number"
        assert other.clients.list_summaries() == []
    finally:
        other.lock()


@pytest.mark.parametrize(
    ("reason", "words"),
    [
        ("Berkelahi dengan Doni Saputra di kantin.", "Doni Saputra"),
        ("Sering diejek doninya.", "doninya"),
        ("Bu Ratna melapor ke sekolah.", "Ratna"),
        ("Kontak kakaknya: 0813 9999 1111.", "0813 9999 1111"),
    ],
)
def test_a_letter_naming_another_student_of_the_vault_is_not_made(
    vault, tmp_path: Path, reason, words
) -> None:
    from counsel_desk.domain.model import Client, Contact

    service, client_id = vault
    service.clients.save_profile(
        Client(
            given_name="Doni",
            family_name="Saputra",
            case_code="BK-009",
            phone="0813-9999-1111",
            guardians=[Contact("Ratna Sari", "ibu")],
        ),
        today=TODAY,
    )
    service.referrals.set_letterhead(HEAD)
    release = _release(service, client_id)
    saved = service.referrals.save(client_id, _referral(release.id, reason=reason))
    with pytest.raises(ReferralError) as raised:
        service.referrals.write_letter(saved.id, tmp_path / "a.pdf")
    assert words in str(raised.value) and "BK-009" in str(raised.value)
    assert not (tmp_path / "a.pdf").exists()
    assert service.referrals.get(saved.id)[1].letter_number is None


def test_a_letter_naming_the_student_and_her_guardian_is_made(vault, tmp_path: Path) -> None:
    from counsel_desk.domain.model import Contact

    service, client_id = vault
    client = service.clients.get(client_id)
    client.guardians = [Contact("Sri Wulandari", "ibu")]
    service.clients.save_profile(client, today=TODAY)
    service.referrals.set_letterhead(HEAD)
    release = _release(service, client_id)
    saved = service.referrals.save(
        client_id,
        _referral(release.id, reason="Rina cemas; Ibu Sri Wulandari setuju, kelas VIII-B."),
    )
    service.referrals.write_letter(saved.id, tmp_path / "a.pdf")
    assert (tmp_path / "a.pdf").exists()


@pytest.mark.parametrize("where", ["referral", "letter_numbers"])
def test_a_file_with_a_letter_number_holding_a_direction_control_imports_nothing(
    vault, tmp_path: Path, where
) -> None:
    import json

    from counsel_desk.export.interchange import InterchangeError
    from counsel_desk.services.vault_service import KdfParams, VaultService
    from tests.integration.test_referrals import PASSPHRASE

    service, client_id = vault
    service.referrals.set_letterhead(HEAD)
    release = _release(service, client_id)
    a = service.referrals.save(client_id, _referral(release.id))
    service.referrals.number_letter(a.id)
    document = json.loads(service.interchange.export_text())
    forged = "001/BK/\u202e6202/IIX"
    if where == "referral":
        document["clients"][0]["referrals"][0]["letter_number"] = forged
    document["letter_numbers"][0]["number"] = forged
    other = VaultService()
    other.create(tmp_path / "w", PASSPHRASE, KdfParams.cheap_for_tests())
    try:
        with pytest.raises(InterchangeError):
            other.interchange.import_text(json.dumps(document))
        assert other.clients.list_summaries() == []
    finally:
        other.lock()


@pytest.mark.parametrize(
    "recipient", ["Psikolog \u202eijeB", "Psikolog\rBeji", "Psikolog\u2028Beji"]
)
def test_a_recipient_with_a_direction_control_or_a_break_is_refused(vault, recipient) -> None:
    from counsel_desk.domain.validation import ValidationError

    service, client_id = vault
    release = _release(service, client_id)
    with pytest.raises(ValidationError) as raised:
        service.referrals.save(client_id, _referral(release.id, recipient=recipient))
    assert raised.value.issues[0].path == "recipient"
    assert service.referrals.referrals(client_id) == []


def test_a_referral_in_a_file_with_the_look_of_a_destroyed_letters_number_imports_nothing(
    vault, tmp_path: Path
) -> None:
    import json

    from counsel_desk.export.interchange import InterchangeError
    from counsel_desk.services.vault_service import KdfParams, VaultService
    from tests.integration.test_referrals import PASSPHRASE

    service, client_id = vault
    service.referrals.set_letterhead(HEAD)
    release = _release(service, client_id)
    service.referrals.save(client_id, _referral(release.id))
    document = json.loads(service.interchange.export_text())
    # A letter once given (its referral since destroyed), and a referral of the file that
    # carries a number looking the same.
    document["letter_numbers"] = [{"number": "001/BK/SMPN 1/XII/2026", "year": 2026, "seq": 1}]
    document["clients"][0]["referrals"][0]["letter_number"] = "001/BK/SMPN\u00a01/XII/2026"
    other = VaultService()
    other.create(tmp_path / "w", PASSPHRASE, KdfParams.cheap_for_tests())
    try:
        with pytest.raises(InterchangeError) as raised:
            other.interchange.import_text(json.dumps(document))
        assert raised.value.key == "referrals[0].letter_number"
    finally:
        other.lock()


@pytest.mark.parametrize(
    "scheme",
    [
        "{number}/{school.__class__}",  # an attribute: '<class 'str'>' on the letter
        "{number}/{school.__class__.__init__.__globals__}",  # an AttributeError
        "{number}/{school[0]}",
        "{number:{school}}",  # a format from the school's name: ValueError on the letter
        "{number:c}",  # the 10th letter's number holds a line break
        "{number:.0e}",  # 10 to 14 would all be 1e+01
        "{number}{year!r}",
    ],
)
def test_a_numbering_with_more_than_its_fields_is_refused(vault, scheme) -> None:
    service, _ = vault
    with pytest.raises(ReferralError):
        service.referrals.set_letterhead(Letterhead(school="SMPN 1", scheme=scheme))
    assert service.referrals.letterhead() == Letterhead()


@pytest.mark.parametrize(
    "scheme", ["{number:03d}/BK/{school}/{month_roman}/{year}", "{number}/X", "{number:04}/{month}"]
)
def test_a_numbering_of_plain_fields_is_kept(vault, scheme) -> None:
    service, _ = vault
    service.referrals.set_letterhead(Letterhead(school="SMPN 1", scheme=scheme))
    assert service.referrals.letterhead().scheme == scheme
