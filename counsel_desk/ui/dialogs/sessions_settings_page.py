"""Settings → Sessions: the online platforms the school approved and the counselor's
working hours. A note for an online session on another platform, or a session outside
these hours, is flagged in the note editor (professional boundaries).

Both are interface preferences kept in QSettings (``AppSettings``): names of platforms
and times of day, nothing about any client. The page works with the vault locked.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QStringListModel, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.ui.settings import DEFAULT_PLATFORMS, AppSettings
from counsel_desk.ui.widgets.string_list_editing import StringListEditing


class SessionsSettingsPage(StringListEditing, QWidget):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("sessionsSettingsPage")

        # -- approved platforms ----------------------------------------------------------
        platforms_box = QGroupBox(self.tr("Approved online platforms"), self)
        intro = QLabel(
            self.tr(
                "Video, phone and chat sessions should use only the platforms your school "
                "approved. A note for an online session on any other platform is flagged."
            ),
            platforms_box,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.platform_edit = QLineEdit(platforms_box)
        self.entry = self.platform_edit
        self.platform_edit.setObjectName("platformEdit")
        self.platform_edit.setPlaceholderText(self.tr("A platform, e.g. Google Meet"))
        self.add_button = QPushButton(self.tr("Add"), platforms_box)
        self.add_button.setObjectName("platformAdd")
        self.add_button.setAccessibleDescription(
            self.tr("Adds the platform typed to the approved ones.")
        )
        self.add_button.setAutoDefault(False)
        self.model = QStringListModel(self)
        self.view = QListView(platforms_box)
        self.view.setObjectName("platformList")
        self.view.setAccessibleDescription(
            self.tr("The platforms online sessions may use. Choose some to remove them.")
        )
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMinimumHeight(90)
        self.remove_button = QPushButton(self.tr("Remove"), platforms_box)
        self.remove_button.setObjectName("platformRemove")
        self.remove_button.setAccessibleDescription(
            self.tr("Removes the platforms chosen in the list.")
        )
        self.remove_button.setAutoDefault(False)
        self.defaults_button = QPushButton(self.tr("Restore Defaults"), platforms_box)
        self.defaults_button.setObjectName("platformDefaults")
        self.defaults_button.setAccessibleDescription(
            self.tr("Replaces the list with the platforms Counsel Desk starts with.")
        )
        self.defaults_button.setAutoDefault(False)
        add_row = QHBoxLayout()
        add_row.addWidget(self.platform_edit, 1)
        add_row.addWidget(self.add_button)
        button_row = QHBoxLayout()
        button_row.addWidget(self.defaults_button)
        button_row.addStretch(1)
        button_row.addWidget(self.remove_button)
        platforms_layout = QVBoxLayout(platforms_box)
        platforms_layout.setSpacing(8)
        platforms_layout.addWidget(intro)
        platforms_layout.addLayout(add_row)
        platforms_layout.addWidget(self.view, 1)
        platforms_layout.addLayout(button_row)

        # -- working hours ---------------------------------------------------------------
        hours_box = QGroupBox(self.tr("Working hours"), self)
        hours_intro = QLabel(
            self.tr("A session that starts or ends outside these hours is flagged."), hours_box
        )
        hours_intro.setObjectName("hint")
        hours_intro.setWordWrap(True)
        self.start_edit = QTimeEdit(hours_box)
        self.start_edit.setObjectName("hoursStart")
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.setAccessibleName(self.tr("Working hours start"))
        self.start_edit.setAccessibleDescription(
            self.tr("When your working day starts, as hours:minutes.")
        )
        self.end_edit = QTimeEdit(hours_box)
        self.end_edit.setObjectName("hoursEnd")
        self.end_edit.setDisplayFormat("HH:mm")
        self.end_edit.setAccessibleName(self.tr("Working hours end"))
        self.end_edit.setAccessibleDescription(
            self.tr("When your working day ends, as hours:minutes.")
        )
        times = QHBoxLayout()
        times.setSpacing(8)
        times.addWidget(self.start_edit)
        times.addWidget(QLabel(self.tr("to"), hours_box))
        times.addWidget(self.end_edit)
        times.addStretch(1)
        self.day_checks: list[QCheckBox] = []
        days = QHBoxLayout()
        days.setSpacing(10)
        locale = QLocale()
        for index in range(7):  # Monday = 0, as in AppSettings.working_hours
            name = locale.dayName(index + 1, QLocale.FormatType.ShortFormat)
            check = QCheckBox(name, hours_box)
            check.setObjectName(f"workday{index}")
            check.setAccessibleDescription(self.tr("Tick it if you work on this day."))
            self.day_checks.append(check)
            days.addWidget(check)
        days.addStretch(1)
        hours_form = QFormLayout()
        hours_form.setHorizontalSpacing(12)
        hours_form.setVerticalSpacing(8)
        hours_form.addRow(self.tr("Hours:"), times)
        hours_form.addRow(self.tr("Days:"), days)
        hours_layout = QVBoxLayout(hours_box)
        hours_layout.setSpacing(8)
        hours_layout.addWidget(hours_intro)
        hours_layout.addLayout(hours_form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addWidget(platforms_box, 1)
        layout.addWidget(hours_box)

        self.add_button.clicked.connect(self.add_from_edit)
        self.platform_edit.returnPressed.connect(self.add_from_edit)
        self.platform_edit.textChanged.connect(self.update_buttons)
        self.remove_button.clicked.connect(self.remove_selected)
        self.defaults_button.clicked.connect(lambda: self.set_platforms(list(DEFAULT_PLATFORMS)))
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)

        self.set_platforms(settings.approved_platforms)
        start, end, weekdays = settings.working_hours
        self.set_hours(start, end, weekdays)

    # -- platforms ----------------------------------------------------------------------
    def platforms(self) -> list[str]:
        return self.values()

    def set_platforms(self, values: list[str]) -> None:
        self.set_values(values)

    def add_platform(self, value: str) -> None:
        self.add_value(value)

    # -- hours --------------------------------------------------------------------------
    def set_hours(self, start: dt.time, end: dt.time, weekdays: frozenset[int]) -> None:
        self.start_edit.setTime(QTime(start.hour, start.minute))
        self.end_edit.setTime(QTime(end.hour, end.minute))
        for index, check in enumerate(self.day_checks):
            check.setChecked(index in weekdays)

    def hours(self) -> tuple[dt.time, dt.time, frozenset[int]]:
        start = self.start_edit.time()
        end = self.end_edit.time()
        return (
            dt.time(start.hour(), start.minute()),
            dt.time(end.hour(), end.minute()),
            frozenset(i for i, check in enumerate(self.day_checks) if check.isChecked()),
        )

    # -- saving -------------------------------------------------------------------------
    def apply(self) -> None:
        """Store both in the settings (called by the Settings dialog's OK). Refuses hours
        that end before they start, or no working day at all."""
        if self.platform_edit.text().strip():  # typed but not added: the counselor meant it
            self.add_from_edit()
        start, end, weekdays = self.hours()
        if end <= start:
            raise CounselDeskError(
                UserMessage(
                    QT_TRANSLATE_NOOP(
                        "SessionsSettingsPage", "Working hours must end after they start."
                    )
                )
            )
        if not weekdays:
            raise CounselDeskError(
                UserMessage(
                    QT_TRANSLATE_NOOP("SessionsSettingsPage", "Choose at least one working day.")
                )
            )
        self._settings.approved_platforms = self.platforms()
        self._settings.set_working_hours(start, end, weekdays)
