"""Translated names and colours for the closed vocabularies (risk, status, ...)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from counsel_desk.domain.enums import (
    ClientStatus,
    ConsentKind,
    ConsentStatus,
    Modality,
    RiskLevel,
    SessionKind,
)
from counsel_desk.i18n import QT_TRANSLATE_NOOP

_RISK = {
    RiskLevel.NONE: QT_TRANSLATE_NOOP("Labels", "None"),
    RiskLevel.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
    RiskLevel.MODERATE: QT_TRANSLATE_NOOP("Labels", "Moderate"),
    RiskLevel.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
}
_STATUS = {
    ClientStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    ClientStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
}
_MODALITY = {
    Modality.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
    Modality.VIDEO: QT_TRANSLATE_NOOP("Labels", "Video"),
    Modality.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    Modality.CHAT: QT_TRANSLATE_NOOP("Labels", "Chat"),
}
_SESSION_KIND = {
    SessionKind.INDIVIDUAL: QT_TRANSLATE_NOOP("Labels", "Individual"),
    SessionKind.GROUP: QT_TRANSLATE_NOOP("Labels", "Group"),
    SessionKind.FAMILY: QT_TRANSLATE_NOOP("Labels", "Family"),
    SessionKind.CONSULTATION: QT_TRANSLATE_NOOP("Labels", "Consultation"),
}
_CONSENT_KIND = {
    ConsentKind.INFORMED_CONSENT: QT_TRANSLATE_NOOP("Labels", "Informed consent"),
    ConsentKind.GUARDIAN_CONSENT: QT_TRANSLATE_NOOP("Labels", "Guardian consent"),
    ConsentKind.ONLINE_COUNSELING: QT_TRANSLATE_NOOP("Labels", "Online counseling"),
    ConsentKind.RELEASE_OF_INFORMATION: QT_TRANSLATE_NOOP("Labels", "Release of information"),
    ConsentKind.SUPERVISION: QT_TRANSLATE_NOOP("Labels", "Supervision"),
    ConsentKind.ASSENT: QT_TRANSLATE_NOOP("Labels", "Student's assent"),
}
_CONSENT_STATUS = {
    ConsentStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    ConsentStatus.REVOKED: QT_TRANSLATE_NOOP("Labels", "Revoked"),
    ConsentStatus.EXPIRED: QT_TRANSLATE_NOOP("Labels", "Expired"),
}

# Chosen to stay readable on light and dark palettes; always shown next to the text.
RISK_COLOURS = {
    RiskLevel.NONE: QColor("#6b7280"),
    RiskLevel.LOW: QColor("#2e7d32"),
    RiskLevel.MODERATE: QColor("#b26a00"),
    RiskLevel.HIGH: QColor("#c62828"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def risk_label(level: RiskLevel) -> str:
    return _t(_RISK[RiskLevel(level)])


def status_label(status: ClientStatus) -> str:
    return _t(_STATUS[ClientStatus(status)])


def modality_label(value: Modality) -> str:
    return _t(_MODALITY[Modality(value)])


def session_kind_label(value: SessionKind) -> str:
    return _t(_SESSION_KIND[SessionKind(value)])


def consent_kind_label(value: ConsentKind) -> str:
    return _t(_CONSENT_KIND[ConsentKind(value)])


def consent_status_label(value: ConsentStatus) -> str:
    return _t(_CONSENT_STATUS[ConsentStatus(value)])


def risk_colour(level: RiskLevel) -> QColor:
    return QColor(RISK_COLOURS[RiskLevel(level)])


_icon_cache: dict[RiskLevel, QIcon] = {}


def risk_icon(level: RiskLevel) -> QIcon:
    """A small filled dot in the risk colour (shown beside the risk text, never alone)."""
    level = RiskLevel(level)
    if level not in _icon_cache:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(risk_colour(level))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _icon_cache[level] = QIcon(pixmap)
    return _icon_cache[level]


def format_date(day: dt.date | None) -> str:
    """A date in the chosen language: "17 Agu 2025" / "17 Aug 2025" — day, short month
    name, year: unambiguous in both languages, unlike 08/07/25. Tables sort on the date
    itself, not on this text."""
    if not day:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def client_cell(name: str, case_code: str, *, privacy: bool) -> str:
    """How a list names a client: "Budi Santoso (C-0001)", or the case code alone in
    privacy mode (or when there is no name)."""
    if privacy or not name:
        return case_code
    return f"{name} ({case_code})"
