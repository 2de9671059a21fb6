"""Translated names and colours for the closed vocabularies (risk, status, ...)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

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
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.domain.vocabulary import VOCABULARY_CONTEXT, english_name
from counsel_desk.i18n import context_of
from counsel_desk.ui.theme import is_dark, tone

# Tones of ui/theme.py (a light and a dark value each); always shown next to the text.
RISK_TONES = {
    RiskLevel.NONE: "muted",
    RiskLevel.LOW: "success",
    RiskLevel.MODERATE: "warning",
    RiskLevel.HIGH: "error",
}


def name_of(member: StrEnum) -> str:
    """The display name of any enum member, from the one vocabulary, in the UI language."""
    name = english_name(member)
    return QCoreApplication.translate(context_of(name) or VOCABULARY_CONTEXT, name)


def risk_label(level: RiskLevel) -> str:
    return name_of(RiskLevel(level))


def status_label(status: ClientStatus) -> str:
    return name_of(ClientStatus(status))


def modality_label(value: Modality) -> str:
    return name_of(Modality(value))


def session_kind_label(value: SessionKind) -> str:
    return name_of(SessionKind(value))


def consent_kind_label(value: ConsentKind) -> str:
    return name_of(ConsentKind(value))


def consent_status_label(value: ConsentStatus) -> str:
    return name_of(ConsentStatus(value))


def risk_colour(level: RiskLevel) -> QColor:
    """The risk level's colour in the theme now shown."""
    return tone(RISK_TONES[RiskLevel(level)])


_icon_cache: dict[tuple[RiskLevel, bool], QIcon] = {}


def risk_icon(level: RiskLevel) -> QIcon:
    """A small filled dot in the risk colour (shown beside the risk text, never alone)."""
    level = RiskLevel(level)
    key = (level, is_dark())
    if key not in _icon_cache:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(risk_colour(level))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _icon_cache[key] = QIcon(pixmap)
    return _icon_cache[key]


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


def service_line(service: ServiceClass) -> str:
    """ "Responsive service · Individual counseling · Personal, Social · ASCA: Direct:
    counseling", in the UI language."""
    return " · ".join(
        (
            name_of(service.component),
            name_of(service.strategy),
            ", ".join(name_of(a) for a in service.fields),
            QCoreApplication.translate("Labels", "ASCA: {category}").format(
                category=name_of(service.asca)
            ),
        )
    )
