"""Sociometry in the window (issue 20, item 4): a class of 32 — 31 on the class list and
one client — answers in the kiosk, one student after another; the sociogram shows the
stars, the isolate and the clique computed by hand; the homeroom teacher's PDF, read
back, shows initials and no full name, and no case code. Vaults use
KdfParams.cheap_for_tests()."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QMenuBar, QPushButton

from counsel_desk.domain.sociometry import Criterion
from counsel_desk.export.pdf_check import pdf_text
from tests.ui.conftest import PASSPHRASE, make_vault, sample_clients, unlock

USER_ROLE = Qt.ItemDataRole.UserRole

FIRST = [
    "Adi",
    "Agus",
    "Bayu",
    "Citra",
    "Dimas",
    "Eka",
    "Fajar",
    "Gita",
    "Hendra",
    "Indah",
    "Joko",
    "Kartika",
    "Lestari",
    "Made",
    "Nanda",
    "Oki",
    "Putu",
    "Rizky",
    "Sari",
    "Tono",
    "Umi",
    "Vina",
    "Wahyu",
    "Yogi",
    "Zahra",
    "Anisa",
    "Bagas",
    "Cahya",
    "Dewa",
    "Erlangga",
    "Farah",
]
FAMILY = [
    "Wibowo",
    "Pratama",
    "Saputra",
    "Lestari",
    "Nugroho",
    "Hidayat",
    "Kusuma",
    "Permana",
    "Siregar",
    "Nainggolan",
    "Simanjuntak",
    "Setiawan",
    "Purnomo",
    "Halim",
    "Tanoto",
    "Gunawan",
    "Wijaya",
    "Harahap",
    "Lubis",
    "Sitompul",
    "Rahayu",
    "Utami",
    "Maharani",
    "Anggraini",
    "Susanto",
    "Prasetyo",
    "Hutapea",
    "Manurung",
    "Pangaribuan",
    "Panjaitan",
    "Sembiring",
]
NAMES = [f"{f} {s}" for f, s in zip(FIRST, FAMILY, strict=True)]  # 31 students


@pytest.fixture
def opened(qtbot, window, tmp_path: Path):
    unlock(qtbot, window, make_vault(tmp_path / "v", sample_clients()))  # Budi Santoso: 8B
    sheet = tmp_path / "kelas-8b.csv"
    sheet.write_text(
        "Nama Peserta Didik;Rombel\n" + "".join(f"{n};8B\n" for n in NAMES), encoding="utf-8"
    )
    window.vault.roster.import_rows(window.vault.roster.read(sheet))
    return window


def _texts(widget) -> str:
    found = [w.text() for w in widget.findChildren(QLabel)]
    found += [w.text() for w in widget.findChildren(QPushButton)]
    for combo in widget.findChildren(QComboBox):
        found += [combo.itemText(i) for i in range(combo.count())]
    for names in widget.findChildren(QListWidget):
        found += [names.item(i).text() for i in range(names.count())]
    return " ".join(found)


def choices_of(k: int) -> tuple[list[int], list[int]]:
    """By hand: 1–4 all choose each other (a clique of four); 5 → 6 → … → 31 → 5 in a
    ring, each also naming 1 and 2; 32 names 1, 2, 3 and nobody names 32, whom 5–31
    would rather not have in their group.

    Received: 1 and 2: 31 each, 3: 4, 4: 3, 5–31: 1 each, 32: 0 — 96 choices, mean 3,
    SD √(1686/32) ≈ 7.26: stars from 10.26 on, 1 and 2. Isolated: 32; rejected: 32."""
    if k <= 4:
        return [n for n in (1, 2, 3, 4) if n != k][:3], []
    if k == 32:
        return [1, 2, 3], []
    return [1, 2, 5 if k == 31 else k + 1], [32]


def test_a_class_of_32_in_the_kiosk_gives_the_sociogram_and_the_teacher_pdf(
    qtbot, opened, tmp_path
) -> None:
    opened.plan_actions.sociometry_action.trigger()
    dialog = opened.plan_actions.sociometry_dialog
    assert dialog is not None
    dialog.class_combo.setEditText("8B")
    assert dialog.member_list.count() == 32
    dialog.criteria_table.setRowCount(0)
    dialog.add_criterion("Teman duduk", False)
    dialog.add_criterion("Tidak ingin sekelompok", True)
    assert dialog.criteria() == [
        Criterion("Teman duduk"),
        Criterion("Tidak ingin sekelompok", False),
    ]
    dialog.n_spin.setValue(3)
    assert dialog.create_round()
    assert dialog.round is not None and len(dialog.round.members) == 32
    budi = next(n for n, p in dialog.people.items() if p.name == "Budi Santoso")
    assert dialog.people[budi].case_code == "C-0001"

    kiosk = dialog.start_kiosk()
    assert kiosk is not None
    qtbot.waitUntil(kiosk.isVisible, timeout=5000)
    assert kiosk.isFullScreen() and not kiosk.findChildren(QMenuBar)
    assert "C-0001" not in _texts(kiosk) and "Ucok" not in _texts(kiosk)
    for k in range(1, 33):
        assert kiosk.student_list.count() == 33 - k  # who answered is off the list
        row = next(
            i
            for i in range(kiosk.student_list.count())
            if kiosk.student_list.item(i).data(256) == k
        )
        kiosk.student_list.setCurrentRow(row)
        kiosk.me_button.click()
        assert kiosk.student == k
        combos = kiosk.combos[0][0]
        offered = [combos.itemData(i) for i in range(combos.count())]
        assert k not in offered and len(offered) == 32  # "—" and her 31 classmates
        positive, negative = choices_of(k)
        kiosk.choose(0, positive)
        kiosk.choose(1, negative)
        shown = _texts(kiosk)
        assert "C-0001" not in shown
        assert kiosk.submit()
        assert kiosk.pages.currentIndex() == 0
    assert kiosk.count == 32 and kiosk.student_list.count() == 0
    assert not kiosk.pick_me(5)  # answered: not again without the counselor
    kiosk.reject()
    kiosk.close()
    assert kiosk.isVisible()
    kiosk.leave_button.click()
    kiosk.passphrase_edit.setText(PASSPHRASE)
    kiosk.leave()
    qtbot.waitUntil(lambda: not kiosk.isVisible(), timeout=20000)
    assert "32" in dialog.status_label.text()

    dialog.tabs.setCurrentIndex(2)
    dialog.question_combo.setCurrentIndex(0)  # all questions
    gram = dialog.gram
    assert gram is not None
    assert gram.stars() == [1, 2]
    assert gram.isolates() == [32] and gram.rejected() == [32]
    assert gram.cliques == ((1, 2, 3, 4),)
    assert [gram.figures[m].positive for m in (1, 2, 3, 4, 5, 32)] == [31, 31, 4, 3, 1, 0]
    table = dialog.figure_table
    assert table.rowCount() == 32
    assert "star" in table.item(0, 5).text() and "star" in table.item(1, 5).text()
    last = table.item(31, 5).text()
    assert "isolated" in last and "rejected" in last
    assert dialog.view.places and abs(complex(*dialog.view.places[32])) == pytest.approx(1.0)

    dialog.label_combo.setCurrentIndex(dialog.label_combo.findData("initials"))
    out = tmp_path / "sosiogram-8b.pdf"
    assert dialog.save_teacher_pdf(out)
    qtbot.waitUntil(lambda: "Saved as" in dialog.status_label.text(), timeout=30000)
    pages, meta = pdf_text(out)
    text = " ".join([*pages, *meta.values()])
    assert "BS" in text and "AW" in text  # Budi Santoso, Adi Wibowo
    for name in ["Budi Santoso", *NAMES]:
        for word in name.split():
            assert word not in text, word
    assert "C-0001" not in text
    dialog.reject()


def test_full_names_are_asked_for_and_a_no_keeps_initials(qtbot, opened, tmp_path) -> None:
    opened.plan_actions.sociometry_action.trigger()
    dialog = opened.plan_actions.sociometry_dialog
    dialog.class_combo.setEditText("8B")
    assert dialog.create_round()
    opened.prompter.confirm_answer = False
    dialog.names_check.setChecked(True)
    assert not dialog.names_check.isChecked() and dialog.teacher_mode().value == "number"
    opened.prompter.confirm_answer = True
    dialog.names_check.setChecked(True)
    assert dialog.teacher_mode().value == "full_name"
    assert opened.prompter.asked.count("confirm") == 2
    dialog.reject()


def test_paper_choices_offer_only_classmates_and_a_duplicate_is_refused(qtbot, opened) -> None:
    opened.plan_actions.sociometry_action.trigger()
    dialog = opened.plan_actions.sociometry_dialog
    dialog.class_combo.setEditText("8B")
    assert dialog.create_round()
    dialog.select_member(3)
    combo = dialog.paper_combos[0][0]
    assert 3 not in [combo.itemData(i) for i in range(combo.count())]
    dialog.set_paper_choices(0, [1, 1])
    assert not dialog.save_paper()  # the same classmate twice: refused, nothing saved
    assert dialog.round is not None and dialog.round.answers == ()
    dialog.set_paper_choices(0, [1, 2, 4])
    assert dialog.save_paper()
    assert dialog.round.answer_of(3).choices[0] == (1, 2, 4)
    table = dialog.member_table  # by name: members are numbered at random
    (row,) = [r for r in range(table.rowCount()) if table.item(r, 0).data(USER_ROLE) == 3]
    assert table.item(row, 2).text() == "on paper"
    dialog.reject()


def test_privacy_mode_shows_number_keys_in_the_drawing_and_the_table(qtbot, opened) -> None:
    opened.plan_actions.sociometry_action.trigger()
    dialog = opened.plan_actions.sociometry_dialog
    dialog.class_combo.setEditText("8B")
    assert dialog.create_round()
    dialog.tabs.setCurrentIndex(2)
    assert "Budi" in dialog.view.labels.values()
    opened.set_privacy(True)
    assert set(dialog.view.labels.values()) == {f"S{n:02d}" for n in range(1, 33)}
    shown = " ".join(
        dialog.figure_table.item(r, 0).text() for r in range(dialog.figure_table.rowCount())
    )
    assert "Budi" not in shown and "Santoso" not in shown
    opened.set_privacy(False)
    assert "Budi" in dialog.view.labels.values()
    dialog.reject()


def test_locking_closes_the_kiosk_and_the_dialog_mid_answer(qtbot, opened) -> None:
    import shiboken6

    opened.plan_actions.sociometry_action.trigger()
    dialog = opened.plan_actions.sociometry_dialog
    dialog.class_combo.setEditText("8B")
    assert dialog.create_round()
    kiosk = dialog.start_kiosk()
    qtbot.waitUntil(kiosk.isVisible, timeout=5000)
    assert kiosk.pick_me(4)
    kiosk.choose(0, [1, 2])
    opened.lock()
    qtbot.waitUntil(lambda: not opened.vault.is_unlocked, timeout=20000)
    assert not shiboken6.isValid(kiosk) or not kiosk.isVisible()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    qtbot.waitUntil(lambda: opened.plan_actions.sociometry_dialog is None, timeout=5000)
    opened.set_privacy(True)  # after the lock: reaches no deleted dialog
    opened.set_privacy(False)
