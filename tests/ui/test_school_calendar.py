"""Settings → School Calendar (issue 16, item 5): she enters the exam weeks and holidays,
and a date among them is printed as written in a supervision summary, like a public
holiday; an event that cannot be kept says why and changes nothing."""

from __future__ import annotations

import datetime as dt

from counsel_desk.ui.dialogs.settings_dialog import SettingsDialog

from .test_supervision_export import open_dialog, opened, review  # noqa: F401


def test_an_exam_week_entered_in_settings_keeps_its_dates_in_the_summary(
    qtbot,
    opened,  # noqa: F811
    settings,
) -> None:
    window = opened
    dialog = open_dialog(qtbot, window)
    dialog.compose.text_edits["reactions"].setPlainText(
        "Since the exam on 3 December 2025 he cannot sleep."
    )
    review(qtbot, dialog)
    assert "3 December 2025" not in dialog.review_page.preview.toPlainText()  # a date: redacted
    dialog.reject()

    prefs = SettingsDialog(settings, window, vault=window.vault)
    qtbot.addWidget(prefs)
    page = prefs.school_calendar_page
    assert page is not None and page.events() == []
    assert prefs.tabs.tabText(prefs.tabs.indexOf(page)) == "School Calendar"
    assert page.empty_label.isVisibleTo(page)
    # A term is refused: every date of half a year would be printed.
    page.name_edit.setText("Semester 1")
    page.from_edit.set_value(dt.date(2025, 7, 14))
    page.to_edit.set_value(dt.date(2025, 12, 20))
    page.add_button.click()
    assert page.events() == []
    assert "at most 31 days" in page.error_label.text()
    page.to_edit.set_value(dt.date(2025, 7, 10))
    page.add_button.click()
    assert "before the first day" in page.error_label.text() and page.events() == []
    # The exam week: added, the form emptied for the next one.
    page.name_edit.setText("  UAS\u200b semester 1 ")
    page.from_edit.set_value(dt.date(2025, 12, 1))
    page.to_edit.set_value(dt.date(2025, 12, 6))
    page.add_button.click()
    assert not page.error_label.isVisibleTo(page)
    assert [(e.name, e.first, e.last) for e in page.events()] == [
        ("UAS semester 1", dt.date(2025, 12, 1), dt.date(2025, 12, 6))
    ]
    assert page.table.item(0, 1).text() == "1 Dec 2025"
    assert page.name_edit.text() == "" and page.from_edit.value() is None
    prefs.accept()
    assert [e.name for e in window.vault.supervision.school_calendar()] == ["UAS semester 1"]

    again = open_dialog(qtbot, window)
    again.compose.text_edits["reactions"].setPlainText(
        "Since the exam on 3 December 2025 he cannot sleep; on 9 December 2025 he came."
    )
    review(qtbot, again)
    text = again.review_page.preview.toPlainText()
    assert "3 December 2025" in text  # a day of the exam week: no one's date
    assert "9 December 2025" not in text  # another day: redacted as before
    again.reject()

    prefs = SettingsDialog(settings, window, vault=window.vault)
    qtbot.addWidget(prefs)
    page = prefs.school_calendar_page
    assert page is not None
    page.table.selectRow(0)
    assert page.remove_button.isEnabled()
    page.remove_button.click()
    prefs.accept()
    assert window.vault.supervision.school_calendar() == []
