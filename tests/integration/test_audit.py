"""The audit trail is append-only and tamper-evident."""

from __future__ import annotations

import pytest

from counsel_desk.domain.model import Client
from counsel_desk.services.clients import ClientService
from counsel_desk.vault import Vault


def _busy(vault: Vault) -> None:
    service = ClientService(vault)
    for name in ("Budi", "Siti", "Ayu"):
        saved, _ = service.save_profile(Client(given_name=name))
        saved.grade = "8B"
        service.save_profile(saved)


def _without_guards(vault: Vault) -> None:
    """What an attacker with the database but not the audit key could do."""
    with vault.transaction() as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")


def test_audit_records_what_happened_never_the_content(vault: Vault) -> None:
    _busy(vault)
    entries = vault.audit.entries()
    actions = [e.action for e in reversed(entries)]
    assert actions[:2] == ["vault_created", "unlocked"]
    assert actions.count("client_created") == 3 and actions.count("client_changed") == 3
    assert not any("Budi" in f"{e.case_code}{e.detail}" for e in entries)
    assert vault.audit.verify().ok


def test_audit_log_refuses_updates_and_deletes(vault: Vault) -> None:
    with pytest.raises(Exception, match="append-only"), vault.transaction() as conn:
        conn.execute("UPDATE audit_log SET action = 'nothing'")
    with pytest.raises(Exception, match="append-only"), vault.transaction() as conn:
        conn.execute("DELETE FROM audit_log")


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE audit_log SET action = 'client_viewed' WHERE id = 3",
        "UPDATE audit_log SET at = '2020-01-01T00:00:00' WHERE id = 2",
        "DELETE FROM audit_log WHERE id = 4",
        "UPDATE audit_log SET id = id + 1000 WHERE id = 2",
    ],
    ids=["edited-action", "edited-time", "deleted", "reordered"],
)
def test_verify_detects_tampering_with_the_audit_log(vault: Vault, tamper: str) -> None:
    _busy(vault)
    _without_guards(vault)
    with vault.transaction() as conn:
        conn.execute(tamper)
    check = vault.audit.verify()
    assert not check.ok
    assert vault.check_integrity() != []


def test_verify_detects_the_newest_entries_cut_off(vault: Vault) -> None:
    _busy(vault)
    _without_guards(vault)
    with vault.transaction() as conn:
        newest = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        conn.execute("DELETE FROM audit_log WHERE id >= ?", (newest - 1,))
    check = vault.audit.verify()
    assert not check.ok
    assert "removed" in str(check.problem)


def test_opening_a_record_and_printing_a_form_are_audited(vault: Vault) -> None:
    from counsel_desk.domain.enums import ConsentKind
    from counsel_desk.services.consents import ConsentService

    saved, _ = ClientService(vault).save_profile(Client(given_name="Budi"))
    assert saved.id is not None
    ClientService(vault).open_record(saved.id)
    ConsentService(vault).record_printed(saved.id, ConsentKind.INFORMED_CONSENT)
    newest = vault.audit.entries(2)
    assert [(e.action, e.case_code) for e in newest] == [
        ("printed", saved.case_code),
        ("client_viewed", saved.case_code),
    ]
    assert vault.audit.verify().ok
