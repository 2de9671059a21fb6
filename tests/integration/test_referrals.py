"""Referrals — alih tangan kasus (issue 17, item 4): only under an active release of
information, sending only what it allows, with a numbered letter whose number is never
reused. Vaults use KdfParams.cheap_for_tests() (weak Argon2 on purpose, to keep the suite
fast)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from counsel_desk.domain.enums import (
    ConsentKind,
    DisclosureItem,
    DutyStep,
    ReferralAgency,
    ReferralOutcome,
    ReferralUrgency,
    SignerRelationship,
)
from counsel_desk.domain.model import Client, RiskAssessment
from counsel_desk.domain.notes import duty_steps_for
from counsel_desk.domain.referrals import Letterhead, Referral
from counsel_desk.export.interchange import InterchangeError
from counsel_desk.export.pdf_check import pdf_text
from counsel_desk.services.consents import ConsentDraft
from counsel_desk.services.referrals import LetterNumberTakenError, ReferralError
from counsel_desk.services.vault_service import KdfParams, VaultService
from counsel_desk.vault.connection import DatabaseError

PASSPHRASE = "referral passphrase, long enough"
TODAY = dt.date(2026, 12, 3)
HEAD = Letterhead(
    school="SMP Negeri 1 Depok",
    short_name="SMPN 1",
    address="Jl. Nusantara No. 1, Depok",
    counselor="Sri Rahayu, S.Pd.",
)


@pytest.fixture
def vault(tmp_path: Path):
    service = VaultService(clock=lambda: dt.datetime.combine(TODAY, dt.time(10, 0)))
    service.create(tmp_path / "v", PASSPHRASE, KdfParams.cheap_for_tests())
    client, _ = service.clients.save_profile(
        Client(given_name="Rina", family_name="Wulandari", case_code="BK-007", grade="VIII-B"),
        today=TODAY,
    )
    yield service, client.id
    service.lock()


def _release(service: VaultService, client_id: int, *items: DisclosureItem, **changes):
    values = {
        "kind": ConsentKind.RELEASE_OF_INFORMATION,
        "language": "id",
        "signed_by": "Sri Wulandari",
        "signed_on": TODAY - dt.timedelta(days=7),
        "signer_relationship": SignerRelationship.GUARDIAN,
        "released_to": "Psikolog Puskesmas Beji",
        "purpose": "Asesmen kecemasan",
        "disclosures": items or (DisclosureItem.CONCERNS, DisclosureItem.ATTENDANCE),
        "expires_on": TODAY + dt.timedelta(days=90),
    }
    values.update(changes)
    return service.consents.sign(client_id, ConsentDraft(**values))


def _referral(consent_id: int, **changes) -> Referral:
    referral = Referral(
        made_on=TODAY,
        agency=ReferralAgency.PSYCHOLOGIST,
        recipient="Psikolog Puskesmas Beji",
        reason="Kecemasan berat menjelang ujian; sulit tidur dua minggu.",
        consent_id=consent_id,
        urgency=ReferralUrgency.SOON,
        sent=(DisclosureItem.CONCERNS,),
        sections={"concerns": "Cemas, sering menangis di kelas."},
    )
    for key, value in changes.items():
        setattr(referral, key, value)
    return referral


def test_a_referral_under_an_active_release_is_kept_with_its_reply_and_outcome(vault) -> None:
    service, client_id = vault
    release = _release(service, client_id)
    saved = service.referrals.save(client_id, _referral(release.id))
    saved.reply_on = TODAY
    saved.reply = "Dijadwalkan asesmen Senin."
    saved.outcome = ReferralOutcome.ACCEPTED
    service.referrals.save(client_id, saved)
    (stored,) = service.referrals.referrals(client_id)
    assert (stored.reply, stored.outcome) == (
        "Dijadwalkan asesmen Senin.",
        ReferralOutcome.ACCEPTED,
    )
    assert stored.sent == (DisclosureItem.CONCERNS,)


def test_without_an_active_release_nothing_is_referred(vault) -> None:
    service, client_id = vault
    informed = service.consents.sign(
        client_id,
        ConsentDraft(
            kind=ConsentKind.INFORMED_CONSENT, language="id", signed_by="Rina", signed_on=TODAY
        ),
    )
    with pytest.raises(ReferralError) as raised:
        service.referrals.save(client_id, _referral(informed.id))
    assert "release of information" in str(raised.value)
    release = _release(service, client_id)
    service.consents.revoke(release.id, TODAY - dt.timedelta(days=1))
    with pytest.raises(ReferralError) as raised:
        service.referrals.save(client_id, _referral(release.id))
    assert "not active" in str(raised.value)
    assert service.referrals.referrals(client_id) == []


def test_a_referral_may_send_only_what_its_release_allows(vault) -> None:
    service, client_id = vault
    release = _release(service, client_id, DisclosureItem.ATTENDANCE)
    with pytest.raises(ReferralError) as raised:
        service.referrals.save(client_id, _referral(release.id))  # sends concerns
    assert "concerns" in str(raised.value)
    assert service.referrals.referrals(client_id) == []


def test_another_clients_release_is_no_release_for_this_one(vault) -> None:
    service, client_id = vault
    other, _ = service.clients.save_profile(Client(given_name="Doni"), today=TODAY)
    release = _release(service, other.id)
    with pytest.raises(ReferralError):
        service.referrals.save(client_id, _referral(release.id))


def test_the_letter_is_numbered_in_order_prints_only_what_was_sent_and_keeps_its_number(
    vault, tmp_path: Path
) -> None:
    service, client_id = vault
    release = _release(
        service, client_id, DisclosureItem.CONCERNS, DisclosureItem.ASSESSMENT_RESULTS
    )
    first = service.referrals.save(client_id, _referral(release.id))
    with pytest.raises(ReferralError):  # no letterhead yet: the school is not named
        service.referrals.number_letter(first.id)
    service.referrals.set_letterhead(HEAD)
    second = service.referrals.save(client_id, _referral(release.id))
    out = tmp_path / "surat.pdf"
    number = service.referrals.write_letter(first.id, out, language="id")
    assert number == "001/BK/SMPN 1/XII/2026"
    assert service.referrals.write_letter(second.id, tmp_path / "b.pdf") == "002/BK/SMPN 1/XII/2026"
    assert service.referrals.write_letter(first.id, tmp_path / "c.pdf") == number  # reprinted
    pages, meta = pdf_text(out)
    text = " ".join(" ".join(pages).split())
    assert number in text and "Rina Wulandari" in text and "VIII-B" in text
    assert "Cemas, sering menangis di kelas." in text
    assert "Hasil asesmen" not in text  # allowed by the release, but not sent
    assert "Asesmen kecemasan" in text  # the release's purpose
    assert "Rina" not in json.dumps(meta)


def test_a_letter_number_is_never_given_twice(vault) -> None:
    service, client_id = vault
    service.referrals.set_letterhead(HEAD)
    release = _release(service, client_id)
    a = service.referrals.save(client_id, _referral(release.id))
    b = service.referrals.save(client_id, _referral(release.id))
    taken = service.referrals.number_letter(a.id)
    with pytest.raises(LetterNumberTakenError):
        service.referrals.number_letter(b.id, taken)
    assert service.referrals.get(b.id)[1].letter_number is None
    # The scheme changes back and forth: the next number skips what was given.
    service.referrals.set_letterhead(Letterhead(school="SMP Negeri 1 Depok", scheme="{number}/X"))
    assert service.referrals.number_letter(b.id) == "2/X"
    # The vault itself refuses to forget a number.
    with pytest.raises(DatabaseError), service.vault.transaction() as conn:
        conn.execute("DELETE FROM referral_letter_numbers")


@pytest.mark.parametrize(
    ("scheme", "needle"),
    [("BK/{year}", "{number}"), ("{number}/{kelas}", "{kelas}"), ("{number:zz}", "cannot be read")],
)
def test_a_numbering_that_cannot_number_letters_is_refused(vault, scheme, needle) -> None:
    service, _ = vault
    with pytest.raises(ReferralError) as raised:
        service.referrals.set_letterhead(Letterhead(school="SMPN 1", scheme=scheme))
    assert needle in str(raised.value)
    assert service.referrals.letterhead() == Letterhead()


def test_a_follow_up_day_makes_a_reminder_once(vault) -> None:
    service, client_id = vault
    release = _release(service, client_id)
    saved = service.referrals.save(
        client_id, _referral(release.id, follow_up_on=TODAY + dt.timedelta(days=14)), language="id"
    )
    service.referrals.save(client_id, saved, language="id")  # unchanged: no second reminder
    (follow_up,) = service.reminders.follow_ups(client_id)
    assert follow_up.due_on == TODAY + dt.timedelta(days=14)
    assert "Psikolog Puskesmas Beji" in follow_up.text


def test_a_referral_in_a_file_under_a_revoked_release_is_refused(vault, tmp_path: Path) -> None:
    service, client_id = vault
    release = _release(service, client_id)
    service.referrals.save(client_id, _referral(release.id))
    document = json.loads(service.interchange.export_text())
    consent = document["clients"][0]["consents"][0]
    consent["status"], consent["revoked_on"] = "revoked", (TODAY - dt.timedelta(days=6)).isoformat()
    other = VaultService()
    other.create(tmp_path / "w", PASSPHRASE, KdfParams.cheap_for_tests())
    try:
        with pytest.raises(InterchangeError) as raised:
            other.interchange.import_text(json.dumps(document))
        assert raised.value.key == "referrals[0].consent"
        assert other.clients.list_summaries() == []
    finally:
        other.lock()


def test_violence_adds_the_tppk_and_the_satgas_to_the_duty_checklist() -> None:
    steps = duty_steps_for(RiskAssessment(abuse_disclosed=True))
    tppk, satgas, authority = (
        steps.index(DutyStep.REPORTED_TO_TPPK),
        steps.index(DutyStep.REPORTED_TO_SATGAS),
        steps.index(DutyStep.REPORTED_TO_AUTHORITY),
    )
    assert tppk < satgas < authority
    assert DutyStep.REPORTED_TO_TPPK not in duty_steps_for(RiskAssessment(self_harm=True))


def test_the_full_record_lists_each_referral_what_went_and_what_came_back(
    vault, tmp_path: Path
) -> None:
    service, client_id = vault
    release = _release(service, client_id)
    saved = service.referrals.save(client_id, _referral(release.id))
    saved.reply, saved.reply_on, saved.outcome = "Diterima.", TODAY, ReferralOutcome.SEEN
    service.referrals.save(client_id, saved)
    out = tmp_path / "record.pdf"
    service.supervision.export_full_record(client_id, out, language="id")
    pages, _ = pdf_text(out)
    text = " ".join(" ".join(pages).split())
    assert "Alih tangan kasus" in text
    assert "Psikolog Puskesmas Beji" in text and "Kecemasan berat menjelang ujian" in text
    assert "Masalah yang dihadapi" in text  # what was sent
    assert "Diterima." in text and "Siswa sudah ditangani" in text


def test_the_bk_report_names_the_kind_of_service_a_release_names_and_still_no_student(
    vault, tmp_path: Path
) -> None:
    """A release to "Psikolog Puskesmas Beji" makes "Puskesmas" one of the vault's names;
    the BK report's referral table prints "Puskesmas" as a kind of service, which its
    self-check must not refuse — while a student's name stays refused."""
    from counsel_desk.domain.bk_reports import PeriodKind, period_of

    service, client_id = vault
    release = _release(service, client_id)
    saved = service.referrals.save(
        client_id, _referral(release.id, agency=ReferralAgency.PUSKESMAS)
    )
    assert saved.id is not None
    from counsel_desk.domain.activities import Activity
    from counsel_desk.domain.enums import ActivityKind

    service.activities.save(
        Activity(
            kind=ActivityKind.STAFF_CONSULTATION, date=TODAY, topic="Rapat wali kelas", minutes=60
        )
    )
    reports = service.bk_reports
    period = period_of(TODAY, PeriodKind.MONTH, reports.settings())
    report = reports.report(period)
    out = tmp_path / "bk.pdf"
    reports.write_pdf(report, out, language="id")
    pages, _ = pdf_text(out)
    assert "Puskesmas" in " ".join(pages)
    assert reports.findings([("page 1", "Kata Rina Wulandari di kelas")])
    assert not reports.findings([("page 1", "Puskesmas")])
