"""The audit trail as a table: time, action (translated), case code, detail; and a proxy
that filters it by case code and action."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from counsel_desk.i18n import QT_TRANSLATE_NOOP
from counsel_desk.services.integrity import AuditAction, AuditEntry

_Index = QModelIndex | QPersistentModelIndex

ACTION_LABELS: dict[str, str] = {
    AuditAction.VAULT_CREATED: QT_TRANSLATE_NOOP("AuditActions", "Vault created"),
    AuditAction.UNLOCKED: QT_TRANSLATE_NOOP("AuditActions", "Unlocked"),
    AuditAction.LOCKED: QT_TRANSLATE_NOOP("AuditActions", "Locked"),
    AuditAction.PASSPHRASE_CHANGED: QT_TRANSLATE_NOOP("AuditActions", "Passphrase changed"),
    AuditAction.RECOVERY_KEY_USED: QT_TRANSLATE_NOOP(
        "AuditActions", "Opened with the recovery key"
    ),
    AuditAction.RECOVERY_KEY_REPLACED: QT_TRANSLATE_NOOP("AuditActions", "Recovery key replaced"),
    AuditAction.KEY_ROTATION_STARTED: QT_TRANSLATE_NOOP(
        "AuditActions", "Change of the vault's key started"
    ),
    AuditAction.KEY_ROTATED: QT_TRANSLATE_NOOP("AuditActions", "Vault's key changed"),
    AuditAction.AUDIT_ENTRIES_LOST: QT_TRANSLATE_NOOP(
        "AuditActions", "Audit entries lost (the disk was full)"
    ),
    AuditAction.KEY_FILE_ADDED: QT_TRANSLATE_NOOP("AuditActions", "Key file added"),
    AuditAction.KEY_FILE_REMOVED: QT_TRANSLATE_NOOP("AuditActions", "Key file removed"),
    AuditAction.FAILED_UNLOCKS: QT_TRANSLATE_NOOP("AuditActions", "Failed unlock attempts"),
    AuditAction.BACKUP_WRITTEN: QT_TRANSLATE_NOOP("AuditActions", "Backup written"),
    AuditAction.RESTORED: QT_TRANSLATE_NOOP("AuditActions", "Restored from a backup"),
    AuditAction.VAULT_MOVED: QT_TRANSLATE_NOOP("AuditActions", "Vault moved to another folder"),
    AuditAction.CLIENT_DESTROYED: QT_TRANSLATE_NOOP("AuditActions", "Client records destroyed"),
    AuditAction.LEGAL_HOLD_SET: QT_TRANSLATE_NOOP("AuditActions", "Legal hold set"),
    AuditAction.LEGAL_HOLD_RELEASED: QT_TRANSLATE_NOOP("AuditActions", "Legal hold released"),
    AuditAction.SCHEMA_UPGRADED: QT_TRANSLATE_NOOP("AuditActions", "Vault upgraded"),
    AuditAction.CLIENT_CREATED: QT_TRANSLATE_NOOP("AuditActions", "Client added"),
    AuditAction.CLIENT_CHANGED: QT_TRANSLATE_NOOP("AuditActions", "Profile changed"),
    AuditAction.CLIENT_VIEWED: QT_TRANSLATE_NOOP("AuditActions", "Record viewed"),
    AuditAction.PRINTED: QT_TRANSLATE_NOOP("AuditActions", "Printed"),
    AuditAction.CASE_CLOSED: QT_TRANSLATE_NOOP("AuditActions", "Case closed"),
    AuditAction.SCHOOL_YEAR_STARTED: QT_TRANSLATE_NOOP("AuditActions", "New school year started"),
    AuditAction.NOTE_SAVED: QT_TRANSLATE_NOOP("AuditActions", "Note saved"),
    AuditAction.NOTE_SIGNED: QT_TRANSLATE_NOOP("AuditActions", "Note signed"),
    AuditAction.ADDENDUM_ADDED: QT_TRANSLATE_NOOP("AuditActions", "Addendum added"),
    AuditAction.NOTE_STRUCK: QT_TRANSLATE_NOOP("AuditActions", "Note struck"),
    AuditAction.DRAFT_DISCARDED: QT_TRANSLATE_NOOP("AuditActions", "Draft discarded"),
    AuditAction.DUTY_ACTION_RECORDED: QT_TRANSLATE_NOOP(
        "AuditActions", "Duty-to-warn action recorded"
    ),
    AuditAction.SERVICE_CLASSIFIED: QT_TRANSLATE_NOOP("AuditActions", "Service classified"),
    AuditAction.ACTIVITY_SAVED: QT_TRANSLATE_NOOP("AuditActions", "Activity saved"),
    AuditAction.ACTIVITY_DELETED: QT_TRANSLATE_NOOP("AuditActions", "Activity deleted"),
    AuditAction.APPOINTMENT_SAVED: QT_TRANSLATE_NOOP("AuditActions", "Appointment saved"),
    AuditAction.APPOINTMENT_MOVED: QT_TRANSLATE_NOOP("AuditActions", "Appointment moved"),
    AuditAction.APPOINTMENT_DELETED: QT_TRANSLATE_NOOP("AuditActions", "Appointment deleted"),
    AuditAction.INTAKE_SAVED: QT_TRANSLATE_NOOP("AuditActions", "Request to talk saved"),
    AuditAction.CALENDAR_EXPORTED: QT_TRANSLATE_NOOP("AuditActions", "Calendar exported"),
    AuditAction.AKPD_ITEMS_CHANGED: QT_TRANSLATE_NOOP(
        "AuditActions", "Needs-assessment items changed"
    ),
    AuditAction.AKPD_ANSWERS_SAVED: QT_TRANSLATE_NOOP(
        "AuditActions", "Needs-assessment answers saved"
    ),
    AuditAction.AKPD_ANSWERS_DELETED: QT_TRANSLATE_NOOP(
        "AuditActions", "Needs-assessment answers deleted"
    ),
    AuditAction.PROGRAM_SAVED: QT_TRANSLATE_NOOP("AuditActions", "BK program saved"),
    AuditAction.REFERRAL_SAVED: QT_TRANSLATE_NOOP("AuditActions", "Referral saved"),
    AuditAction.SCREENING_SAVED: QT_TRANSLATE_NOOP("AuditActions", "Screening result saved"),
    AuditAction.SCREENING_STRUCK: QT_TRANSLATE_NOOP(
        "AuditActions", "Screening result struck as entered in error"
    ),
    AuditAction.CAREER_INTERESTS_SAVED: QT_TRANSLATE_NOOP(
        "AuditActions", "Career-interest inventory saved"
    ),
    AuditAction.CAREER_INTERESTS_STRUCK: QT_TRANSLATE_NOOP(
        "AuditActions", "Career-interest inventory struck as entered in error"
    ),
    AuditAction.REFERRAL_LETTER_NUMBERED: QT_TRANSLATE_NOOP(
        "AuditActions", "Referral letter numbered"
    ),
    AuditAction.ROSTER_IMPORTED: QT_TRANSLATE_NOOP("AuditActions", "Class list imported"),
    AuditAction.SOCIOMETRY_ROUND_SAVED: QT_TRANSLATE_NOOP("AuditActions", "Sociometry round saved"),
    AuditAction.SOCIOMETRY_ROUND_DELETED: QT_TRANSLATE_NOOP(
        "AuditActions", "Sociometry round deleted"
    ),
    AuditAction.SOCIOMETRY_ANSWER_SAVED: QT_TRANSLATE_NOOP(
        "AuditActions", "Sociometry choices saved"
    ),
    AuditAction.SOCIOMETRY_ANSWER_CLEARED: QT_TRANSLATE_NOOP(
        "AuditActions", "Sociometry choices cleared"
    ),
    AuditAction.CONSENT_SIGNED: QT_TRANSLATE_NOOP("AuditActions", "Consent signed"),
    AuditAction.CONSENT_REVOKED: QT_TRANSLATE_NOOP("AuditActions", "Consent revoked"),
    AuditAction.CONSENT_EXPIRED: QT_TRANSLATE_NOOP("AuditActions", "Consent expired"),
    AuditAction.CONSENT_ATTACHMENT_ADDED: QT_TRANSLATE_NOOP(
        "AuditActions", "Consent scan attached"
    ),
    AuditAction.CASELOAD_IMPORTED: QT_TRANSLATE_NOOP("AuditActions", "Caseload imported"),
    AuditAction.EXPORT_WRITTEN: QT_TRANSLATE_NOOP("AuditActions", "Export written"),
}
"""Every action has a label; an action added later without one shows its key."""


def action_label(action: str) -> str:
    text = ACTION_LABELS.get(action)
    return QCoreApplication.translate("AuditActions", text) if text else action


def audit_time_text(at: str) -> str:
    """``2025-09-15T10:04:00`` → ``2025-09-15 10:04:00`` (sortable, unambiguous)."""
    return at.replace("T", " ")


class AuditColumn(IntEnum):
    TIME = 0
    ACTION = 1
    CASE_CODE = 2
    DETAIL = 3


ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
ACTION_ROLE = Qt.ItemDataRole.UserRole + 2


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([])

    def entries(self) -> list[AuditEntry]:
        return list(self._entries)

    def actions(self) -> list[str]:
        """The actions present, in the order of the enumeration."""
        present = {e.action for e in self._entries}
        known = [a.value for a in AuditAction if a.value in present]
        return known + sorted(present - set(known))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AuditColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("Action"), self.tr("Case code"), self.tr("Detail"))[
            section
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role == ACTION_ROLE:
            return entry.action
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == AuditColumn.TIME:
                return audit_time_text(entry.at)
            if column == AuditColumn.ACTION:
                return action_label(entry.action)
            if column == AuditColumn.CASE_CODE:
                return entry.case_code or ""
            return entry.detail or ""
        if role == Qt.ItemDataRole.UserRole and column == AuditColumn.TIME:
            return entry.id  # sort by the chain's order, not by the clock
        return None


class AuditFilterProxy(QSortFilterProxyModel):
    """Rows whose case code contains the text (any case) and whose action matches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self._action: str | None = None
        self.setSortRole(Qt.ItemDataRole.DisplayRole)

    def set_case_code_filter(self, text: str) -> None:
        self.beginFilterChange()
        self._code = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_action_filter(self, action: str | None) -> None:
        self.beginFilterChange()
        self._action = action or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        model = self.sourceModel()
        entry = model.index(row, 0, parent).data(ENTRY_ROLE)
        if not isinstance(entry, AuditEntry):
            return False
        if self._action is not None and entry.action != self._action:
            return False
        return not self._code or self._code in (entry.case_code or "").casefold()

    def lessThan(self, left: _Index, right: _Index) -> bool:
        if left.column() == AuditColumn.TIME:
            return int(left.data(Qt.ItemDataRole.UserRole)) < int(
                right.data(Qt.ItemDataRole.UserRole)
            )
        return super().lessThan(left, right)

    def visible_entries(self) -> list[AuditEntry]:
        return [self.index(r, 0).data(ENTRY_ROLE) for r in range(self.rowCount())]
