"""The demo vault shows the whole app, and its export-json re-imports to the same bytes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from counsel_desk.demo import DEMO_PASSPHRASE
from counsel_desk.demo.vault import DemoVaultService, build_demo_vault, make_demo_folder
from counsel_desk.domain.enums import ConsentKind, SignatureMethod
from counsel_desk.domain.reminders import ReminderKind
from counsel_desk.services.vault_service import KdfParams, VaultService


def test_the_demo_vault_holds_every_kind_of_record_and_its_export_re_imports_to_the_same_bytes(
    tmp_path: Path,
) -> None:
    today = dt.date.today()
    folder = make_demo_folder(tmp_path / "data")
    build_demo_vault(folder, today=today, params=KdfParams.cheap_for_tests())
    demo = DemoVaultService(folder)
    demo.unlock(folder.vault_path, DEMO_PASSPHRASE)
    try:
        export = demo.interchange.export()
        first = export.text
        counts = export.counts
        reminders = demo.reminders.reminders(dt.datetime.combine(today, dt.time(8)))
        summaries = demo.clients.list_summaries()
        consents = [c for s in summaries for c in demo.consents.consents(s.id)]
        holds = [s for s in demo.retention.statuses() if s.legal_hold_reason]
        plans = [demo.plans.versions(s.id) for s in summaries]
    finally:
        demo.lock(backup=False)

    assert counts.plan_versions >= 4 and counts.ratings >= 10 and counts.measures >= 10
    assert counts.follow_ups >= 3 and counts.attachments >= 3 and counts.legal_holds == 1
    assert any(len(p) == 2 for p in plans)
    follow_ups = [r for r in reminders if r.kind is ReminderKind.FOLLOW_UP]
    assert any(r.due == today for r in follow_ups)
    assert any(r.is_overdue(today) for r in follow_ups)
    kinds = {(a.kind.value, c.method) for c in consents for a in c.attachments}
    assert ("signature", SignatureMethod.DRAWN) in kinds and ("scan", SignatureMethod.SCAN) in kinds
    bundles = {c.bundle for c in consents if c.kind is ConsentKind.ASSENT}
    assert any(
        c.kind is ConsentKind.GUARDIAN_CONSENT and c.bundle in bundles and c.bundle
        for c in consents
    )
    assert any(c.kind is ConsentKind.RELEASE_OF_INFORMATION and c.released_to for c in consents)
    assert holds
    document = json.loads(first)
    assert document["never_print"]

    other = VaultService(backup_root=tmp_path / "backups")
    other.create(
        tmp_path / "empty", "an empty vault for the demo copy", KdfParams.cheap_for_tests()
    )
    try:
        other.interchange.import_text(first)
        assert other.interchange.export_text() == first
    finally:
        other.lock(backup=False)
