"""From needs to program to plan in the window (issue 17, item 6, Done-when): an AKPD for
a class of 32 in kiosk mode, the draft program from its needs, one RPL printed (its PDF
read back); bad input refused with a message and nothing half-saved; the kiosk shows no
name and is left only with the passphrase or by the lock. Vaults use
KdfParams.cheap_for_tests()."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QCheckBox, QLabel, QMenuBar, QPushButton

from counsel_desk.domain.enums import ServiceStrategy
from counsel_desk.export.pdf_check import pdf_text
from tests.ui.choosers import use_chooser
from tests.ui.conftest import PASSPHRASE, make_vault, sample_clients, unlock

CLASS_SIZE = 32


@pytest.fixture
def opened(qtbot, window, tmp_path: Path):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))
    return window


def _texts(widget) -> str:
    found = [
        w.text() for kind in (QLabel, QCheckBox, QPushButton) for w in widget.findChildren(kind)
    ]
    return " ".join(found)


def test_an_akpd_for_a_class_of_32_in_the_kiosk_then_the_draft_program_and_an_rpl(
    qtbot, opened, tmp_path
) -> None:
    opened.plan_actions.needs_action.trigger()
    dialog = opened.plan_actions.needs_dialog
    assert dialog is not None and dialog.item_table.rowCount() == 32  # the starter set
    dialog.tabs.setCurrentIndex(1)
    dialog.class_edit.setText("VIII-B")
    kiosk = dialog.start_kiosk()
    assert kiosk is not None
    qtbot.waitUntil(kiosk.isVisible, timeout=5000)
    assert kiosk.isFullScreen() and not kiosk.findChildren(QMenuBar)
    shown = _texts(kiosk)
    for name in ("Budi", "Santoso", "Siti", "Ayu", "C-0001"):
        assert name not in shown
    assert len(kiosk.boxes) == 32
    # Student k says yes to item i when k < 32 - i: item i has 32 - i yes answers.
    for k in range(CLASS_SIZE):
        for i, (_, box) in enumerate(kiosk.boxes):
            box.setChecked(k < CLASS_SIZE - i)
        assert kiosk.submit()
        assert not any(box.isChecked() for _, box in kiosk.boxes)  # cleared for the next
    assert kiosk.count == CLASS_SIZE
    # Escape and closing do not leave; a wrong passphrase does not either.
    kiosk.reject()
    kiosk.close()
    assert kiosk.isVisible()
    kiosk.leave_button.click()
    kiosk.passphrase_edit.setText("not the passphrase")
    kiosk.leave()
    qtbot.waitUntil(lambda: "Checking" not in kiosk.exit_label.text(), timeout=20000)
    assert kiosk.isVisible() and kiosk.exit_label.text()
    kiosk.passphrase_edit.setText(PASSPHRASE)
    kiosk.leave()
    qtbot.waitUntil(lambda: not kiosk.isVisible(), timeout=20000)
    assert "32" in dialog.status_label.text()

    # The ranked needs of VIII-B, as computed by hand: item 0 100 %, item 27 5 of 32
    # (16 %), items 28-31 (4, 3, 2, 1 yes) hidden.
    dialog.tabs.setCurrentIndex(2)
    dialog.result_class.setCurrentIndex(dialog.result_class.findData("VIII-B"))
    table = dialog.result_table
    assert table.rowCount() == 32
    assert (table.item(0, 2).text(), table.item(0, 3).text()) == ("32 / 32", "100 %")
    assert (table.item(27, 2).text(), table.item(27, 3).text()) == ("5 / 32", "16 %")
    assert all(table.item(r, 3).text() == "<5" for r in range(28, 32))
    items = dialog.needs_result.items
    assert items[0].yes == 32 and items[0].asked == 32
    responses = opened.vault.needs.responses()
    assert len(responses) == 32 and all(r.client_id is None for r in responses)
    dialog.reject()

    # The draft program: shares of at least 20 % (items 0-25) fill the 20 sessions of the
    # ten teaching months, the most shared first; 50 % or more (items 0-16) is classical.
    opened.plan_actions.program_action.trigger()
    program = opened.plan_actions.program_dialog
    assert program is not None
    program.year_spin.setValue(2025)
    program.class_combo.setCurrentIndex(program.class_combo.findData("VIII-B"))
    program.level_edit.setText("VIII")
    assert program.make_draft()
    assert len(program.items) == 20
    strategies = [i.strategy for i in program.items]
    assert strategies.count(ServiceStrategy.CLASSROOM_GUIDANCE) == 17
    assert strategies.count(ServiceStrategy.GROUP_GUIDANCE) == 3
    first_need = opened.vault.needs.items()[0].text
    assert program.items[0].topic == first_need
    # She edits the first session's RPL, then prints it.
    program.table.selectRow(0)
    program.rpl_edits["objective"].setPlainText("Siswa mengenali kelebihan dirinya.")
    program.apply_item()
    assert program.save()
    assert len(opened.vault.needs.program(2025)) == 20
    out = tmp_path / "rpl.pdf"
    use_chooser(opened, out)
    program.table.selectRow(0)
    assert program.save_rpl_pdf() == out
    pages, _ = pdf_text(out)
    text = " ".join(" ".join(pages).split())
    assert "Siswa mengenali kelebihan dirinya." in text and first_need in text
    assert "2 JP" in text
    for name in ("Budi", "Santoso", "Siti"):
        assert name not in text
    whole = tmp_path / "program.pdf"
    use_chooser(opened, whole)
    assert program.save_program_pdf() == whole
    assert first_need in " ".join(" ".join(pdf_text(whole)[0]).split())
    program.reject()

    # The session delivered: the activity log links it to its RPL.
    opened.plan_actions.activity_action.trigger()
    log = opened.plan_actions.activity_dialog
    log.rpl_combo.setCurrentIndex(1)
    assert log.topic_edit.text() == first_need
    log.class_edit.setText("VIII-B")
    assert log.length_spin.value() == 2
    log.save()
    qtbot.waitUntil(lambda: len(opened.vault.activities.activities()) == 1, timeout=10000)
    planned = opened.vault.needs.program(2025)[0]
    assert opened.vault.activities.activities()[0].rpl == planned.id
    assert planned.topic == first_need


def test_bad_input_is_refused_with_a_message_and_nothing_is_saved(qtbot, opened) -> None:
    opened.plan_actions.needs_action.trigger()
    dialog = opened.plan_actions.needs_dialog
    dialog.tabs.setCurrentIndex(1)
    assert dialog.start_kiosk() is None  # no class yet
    assert "which class" in dialog.status_label.text()
    dialog.answer_boxes[0][1].setChecked(True)
    assert not dialog.save_answers()  # no class: refused
    assert "class" in opened.prompter.errors[-1][1]
    dialog.tabs.setCurrentIndex(0)
    dialog.item_edit.setText("   ")
    dialog.add_item()
    assert "needs a text" in opened.prompter.errors[-1][1]
    assert dialog.item_table.rowCount() == 32
    assert opened.vault.needs.responses() == []
    # A paper form for a named student goes into her record.
    dialog.tabs.setCurrentIndex(1)
    dialog.class_edit.setText("8B")
    dialog.student_combo.setCurrentIndex(1)
    student = dialog.student_combo.currentData()
    assert dialog.save_answers()
    assert [r.client_id for r in opened.vault.needs.responses(student)] == [student]
    # Too few answers for a draft: said so, nothing drafted.
    opened.plan_actions.program_action.trigger()
    program = opened.plan_actions.program_dialog
    assert not program.make_draft()
    assert "Too few students" in opened.prompter.errors[-1][1]
    assert program.items == []


def test_locking_closes_the_kiosk(qtbot, opened) -> None:
    opened.plan_actions.needs_action.trigger()
    dialog = opened.plan_actions.needs_dialog
    dialog.class_edit.setText("IX-A")
    kiosk = dialog.start_kiosk()
    qtbot.waitUntil(kiosk.isVisible, timeout=5000)
    kiosk.boxes[0][1].setChecked(True)
    opened.lock()
    qtbot.waitUntil(lambda: not opened.vault.is_unlocked, timeout=20000)
    assert not shiboken6.isValid(kiosk) or not kiosk.isVisible()


def test_the_kiosk_can_always_be_ended_by_locking_the_vault(qtbot, opened) -> None:
    opened.plan_actions.needs_action.trigger()
    dialog = opened.plan_actions.needs_dialog
    dialog.class_edit.setText("IX-A")
    kiosk = dialog.start_kiosk()
    qtbot.waitUntil(kiosk.isVisible, timeout=5000)
    kiosk.leave_button.click()
    assert kiosk.lock_button.isVisible()
    kiosk.lock_button.click()
    qtbot.waitUntil(lambda: not opened.vault.is_unlocked, timeout=20000)
    assert not shiboken6.isValid(kiosk) or not kiosk.isVisible()


def test_unsaved_program_changes_are_not_dropped_without_asking(qtbot, opened) -> None:
    opened.plan_actions.program_action.trigger()
    program = opened.plan_actions.program_dialog
    program.topic_edit.setText("Mengenal minat dan bakat")
    program.add_item()
    assert program.dirty
    opened.prompter.confirm_answer = False
    year = program.year_spin.value()
    program.year_spin.setValue(year + 1)
    assert program.year_spin.value() == year and len(program.items) == 1
    program.reject()
    assert program.isVisible()
    opened.prompter.confirm_answer = True
    program.reject()
    assert not program.isVisible()
    assert opened.vault.needs.program() == []


def test_the_starter_set_comes_once_even_when_every_item_is_deleted(qtbot, opened) -> None:
    needs = opened.vault.needs
    for item in needs.start_questionnaire("en"):
        assert item.id is not None
        needs.delete_item(item.id)
    assert needs.start_questionnaire("en") == []


def test_five_wrong_passphrases_in_the_kiosk_lock_the_vault(qtbot, opened) -> None:
    opened.plan_actions.needs_action.trigger()
    dialog = opened.plan_actions.needs_dialog
    dialog.class_edit.setText("IX-A")
    kiosk = dialog.start_kiosk()
    qtbot.waitUntil(kiosk.isVisible, timeout=5000)
    kiosk.leave_button.click()
    for n in range(kiosk.WRONG_PASSPHRASES - 1):
        kiosk.passphrase_edit.setText(f"guess {n}")
        kiosk.leave()
        qtbot.waitUntil(lambda: "Checking" not in kiosk.exit_label.text(), timeout=20000)
        assert opened.vault.is_unlocked and kiosk.isVisible()
    kiosk.passphrase_edit.setText("one more guess")
    kiosk.leave()
    qtbot.waitUntil(lambda: not opened.vault.is_unlocked, timeout=20000)
