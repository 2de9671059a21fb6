"""Names and other record data are shown as plain text, never as Qt rich text (issue 15,
item 10): a name that is HTML is shown as the characters it is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from counsel_desk.domain.model import Client, Contact

from .conftest import make_vault, unlock

HOSTILE_GIVEN = "<img height=900 src=x>"
HOSTILE_FAMILY = "<a href='http://example.org'>Santoso</a>"


def _hostile_client() -> Client:
    return Client(
        given_name=HOSTILE_GIVEN,
        family_name=HOSTILE_FAMILY,
        guardians=[Contact("<h1>Hartono</h1>", "father", "+62 811-2233-4455")],
        grade="8B",
        opened_on=dt.date(2025, 7, 14),
    )


def test_a_name_written_as_html_does_not_blow_up_the_profile_header(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "vault", [_hostile_client()]))
    summary = window.client_model.summaries()[0]
    assert window.workspace.open_client(summary.id)
    label = window.profile_view.name_label
    QApplication.processEvents()
    assert HOSTILE_GIVEN in label.text()  # shown literally, as typed
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.sizeHint().height() < 200  # an <img height=900> would make it ~905 px


def test_no_visible_label_renders_record_data_as_rich_text(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "vault", [_hostile_client()]))
    window.workspace.show_dashboard()
    QApplication.processEvents()
    summary = window.client_model.summaries()[0]
    assert window.workspace.open_client(summary.id)
    QApplication.processEvents()
    shown = [w for w in window.findChildren(QLabel) if w.isVisible() and "<" in w.text()]
    assert shown, "the hostile name should be on screen somewhere"
    for label in shown:
        assert label.textFormat() != Qt.TextFormat.AutoText, (label.objectName(), label.text())
        assert label.textFormat() != Qt.TextFormat.RichText, (label.objectName(), label.text())


def test_a_message_box_shows_a_hostile_name_literally(qtbot, window):
    box = QMessageBox(QMessageBox.Icon.Warning, "Counsel Desk", f"Destroy {HOSTILE_GIVEN}?")
    qtbot.addWidget(box)
    box.show()
    QApplication.processEvents()
    texts = [lb for lb in box.findChildren(QLabel) if HOSTILE_GIVEN in lb.text()]
    assert texts and all(lb.textFormat() == Qt.TextFormat.PlainText for lb in texts)
    box.close()
