"""Attacks on referral letters (issue 17, attack): a letter discloses only under a release
active on the day it is made. Vaults use KdfParams.cheap_for_tests() (weak Argon2 on purpose, to keep the suite
fast)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counsel_desk.services.referrals import ReferralError
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
