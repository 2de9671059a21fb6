"""Reports → Sociometry…: who in a class chooses whom (issue 20, item 4).

Three tabs: a new round (the class, its students from the class list and the clients of
that class, the questions she writes, how many classmates each may name), the choices
(typed from each student's paper, in combo boxes that offer only classmates; or a kiosk
in which the students answer one after another on this screen), and the sociogram of a
question or of all of them, with a table of each student and the homeroom teacher's
version as PDF (number keys or initials; full names only when she ticks it).

The kiosk (:class:`SociometryKiosk`, a :class:`~counsel_desk.ui.widgets.kiosk.KioskShell`)
shows the class's names and the questions, nothing else: no case code, no figure, no
menu. A student picks herself from the list, then her choices; once she has answered she
is no longer on the list (the counselor clears her answer to let her answer again).
Nothing here runs SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.enums import AkpdEntry
from counsel_desk.domain.sociometry import (
    Answer,
    Criterion,
    LabelMode,
    Sociogram,
    SociometryRound,
    number_label,
)
from counsel_desk.services.sociometry import (
    Candidate,
    Person,
    RoundSummary,
    SociometryService,
)
from counsel_desk.ui.file_chooser import FileChooser
from counsel_desk.ui.operations import Operations, user_text
from counsel_desk.ui.prompter import Prompter
from counsel_desk.ui.qt_types import py_date
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.widgets.kiosk import KioskShell
from counsel_desk.ui.widgets.sociogram_view import SociogramView

NOBODY = None  # the empty choice of a combo box


def short_labels(people: dict[int, Person]) -> dict[int, str]:
    """The counselor's labels in the drawing: the first word of each name (with the next
    word's initial when two share it); a former member by her number."""
    first: dict[int, list[str]] = {}
    for number, person in people.items():
        first[number] = person.name.split() if person.name else []
    counts: dict[str, int] = {}
    for words in first.values():
        if words:
            counts[words[0]] = counts.get(words[0], 0) + 1
    labels: dict[int, str] = {}
    for number, words in first.items():
        if not words:
            labels[number] = number_label(number)
        elif counts[words[0]] > 1 and len(words) > 1:
            labels[number] = f"{words[0]} {words[1][0]}."
        else:
            labels[number] = words[0]
    return labels


def _choice_rows(
    parent: QWidget,
    round_: SociometryRound,
    chooser: int,
    names: dict[int, str],
    description: str,
    big: bool = False,
) -> tuple[QWidget, list[list[QComboBox]]]:
    """One row of N combo boxes per question, each offering only her classmates."""
    body = QWidget(parent)
    grid = QGridLayout(body)
    combos: list[list[QComboBox]] = []
    # By what is shown (members are numbered at random, so that is no order to read)
    classmates = sorted(
        (m.number for m in round_.members if m.number != chooser and m.number in names),
        key=lambda n: (names[n].casefold(), n),
    )
    for c, criterion in enumerate(round_.criteria):
        heading = QLabel(criterion.text, body)
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        kind = QLabel(
            QCoreApplication.translate("SociometryDialog", "(whom you choose)")
            if criterion.positive
            else QCoreApplication.translate(
                "SociometryDialog", "(whom you would rather not — you may leave it empty)"
            ),
            body,
        )
        kind.setObjectName("hint")
        kind.setWordWrap(True)
        span = round_.choices_per_criterion
        grid.addWidget(heading, 3 * c, 0, 1, span)
        grid.addWidget(kind, 3 * c + 1, 0, 1, span)
        row: list[QComboBox] = []
        for rank in range(round_.choices_per_criterion):
            combo = QComboBox(body)
            combo.setObjectName(f"choice{c}_{rank}")
            combo.addItem("—", NOBODY)
            for number in classmates:
                combo.addItem(names[number], number)
            combo.setAccessibleName(
                QCoreApplication.translate("SociometryDialog", "{question}, choice {rank}").format(
                    question=criterion.text, rank=rank + 1
                )
            )
            combo.setAccessibleDescription(description)
            if big:
                font = combo.font()
                font.setPointSizeF(font.pointSizeF() * 1.25)
                combo.setFont(font)
                heading.setFont(font)
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            grid.addWidget(combo, 3 * c + 2, rank)
            row.append(combo)
        combos.append(row)
        grid.setRowMinimumHeight(3 * c + 3, 14)
    for rank in range(round_.choices_per_criterion):
        grid.setColumnStretch(rank, 1)
    grid.setRowStretch(3 * len(round_.criteria) + 1, 1)
    return body, combos


def _chosen(combos: list[list[QComboBox]]) -> tuple[tuple[int, ...], ...]:
    return tuple(
        tuple(combo.currentData() for combo in row if combo.currentData() is not None)
        for row in combos
    )


class SociometryKiosk(KioskShell):
    """The class answers here, one student after another (see
    :mod:`counsel_desk.ui.widgets.kiosk` for the way out)."""

    answered = Signal(int)  # how many students have answered in this kiosk

    def __init__(
        self,
        service: Callable[[], SociometryService],
        verify: Callable[[str], None],
        ops: Operations,
        round_: SociometryRound,
        names: dict[int, str],
        parent: QWidget | None = None,
        *,
        lock: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(
            verify,
            ops,
            QCoreApplication.translate("SociometryKiosk", "Classmates — class {name}").format(
                name=round_.class_name
            ),
            parent,
            lock=lock,
        )
        self._service = service
        self.round = round_
        self.names = names  # the names of the class only: no case code, no former member
        self.count = 0
        self.student: int | None = None
        self.combos: list[list[QComboBox]] = []
        self.setObjectName("sociometryKiosk")
        self.setWindowTitle(self.tr("Classmates"))
        big = self.big_font()

        self.pages = QStackedWidget(self)
        # -- page 1: who are you? ---------------------------------------------------------
        pick = QWidget(self.pages)
        intro = QLabel(
            self.tr(
                "Find your own name and choose This Is Me. Your answers are seen only by the "
                "counselor, never by your classmates."
            ),
            pick,
        )
        intro.setWordWrap(True)
        intro.setFont(big)
        self.student_list = QListWidget(pick)
        self.student_list.setObjectName("kioskStudents")
        self.student_list.setFont(big)
        self.student_list.setSpacing(6)  # rows easy to hit from a step back
        self.student_list.setAccessibleName(self.tr("Your name"))
        self.student_list.itemDoubleClicked.connect(lambda _i: self.pick_me())
        self.me_button = QPushButton(self.tr("This Is &Me"), pick)
        self.me_button.setObjectName("kioskMe")
        self.me_button.setFont(big)
        self.me_button.setAccessibleDescription(
            self.tr("Goes on to your choices. Only you may answer for yourself.")
        )
        self.me_button.clicked.connect(lambda: self.pick_me())
        pick_layout = QVBoxLayout(pick)
        pick_layout.addWidget(intro)
        pick_layout.addWidget(self.student_list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.me_button)
        pick_layout.addLayout(row)
        # -- page 2: her choices ---------------------------------------------------------
        self.answer_page = QWidget(self.pages)
        self.hello_label = QLabel("", self.answer_page)
        self.hello_label.setObjectName("kioskHello")
        self.hello_label.setFont(big)
        self.hello_label.setWordWrap(True)
        self.answer_area = QScrollArea(self.answer_page)
        self.answer_area.setWidgetResizable(True)
        self.answer_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.done_button = QPushButton(self.tr("I Am &Done"), self.answer_page)
        self.done_button.setObjectName("kioskDone")
        self.done_button.setFont(big)
        self.done_button.setAccessibleDescription(
            self.tr("Saves your choices and clears the screen for the next student.")
        )
        self.done_button.clicked.connect(self.submit)
        self.back_button = QPushButton(self.tr("That Is Not Me"), self.answer_page)
        self.back_button.setObjectName("kioskNotMe")
        self.back_button.setAccessibleDescription(self.tr("Back to the list of names."))
        self.back_button.setFont(big)
        self.back_button.clicked.connect(self.clear_form)
        self.answer_message = QLabel("", self.answer_page)
        self.answer_message.setObjectName("kioskAnswerMessage")
        self.answer_message.setWordWrap(True)
        set_tone(self.answer_message, "error")
        answer_layout = QVBoxLayout(self.answer_page)
        answer_layout.addWidget(self.hello_label)
        answer_layout.addWidget(self.answer_area, 1)
        answer_layout.addWidget(self.answer_message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        answer_layout.addLayout(buttons)
        self.pages.addWidget(pick)
        self.pages.addWidget(self.answer_page)

        self.thanks_label = QLabel("", self)
        self.thanks_label.setObjectName("kioskThanks")
        self.thanks_label.setWordWrap(True)
        set_tone(self.thanks_label, "success")
        self.body.addWidget(self.pages, 1)
        self.bottom.addWidget(self.thanks_label, 1)
        self._fill_list()

    def waiting(self) -> list[int]:
        """The students who may still answer, in the list's order."""
        done = self.round.answered()
        return [
            m.number for m in self.round.members if m.number in self.names and m.number not in done
        ]

    def _fill_list(self) -> None:
        self.student_list.clear()
        for number in sorted(self.waiting(), key=lambda n: self.names[n].casefold()):
            item = QListWidgetItem(self.names[number])
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.student_list.addItem(item)
        self.me_button.setEnabled(self.student_list.count() > 0)

    def pick_me(self, number: int | None = None) -> bool:
        """She chose her name (``number``: for tests and the keyboard alike)."""
        if number is None:
            item = self.student_list.currentItem()
            if item is None:
                return False
            number = int(item.data(Qt.ItemDataRole.UserRole))
        if number not in self.waiting():
            return False
        self.student = number
        body, self.combos = _choice_rows(
            self.answer_area,
            self.round,
            number,
            self.names,
            self.tr("Choose a classmate, or leave it at — ."),
            big=True,
        )
        self.answer_area.setWidget(body)
        self.hello_label.setText(
            self.tr(
                "{name}: for each question, choose up to {n} classmates, your first choice first."
            ).format(name=self.names[number], n=self.round.choices_per_criterion)
        )
        self.answer_message.clear()
        self.thanks_label.clear()
        self.pages.setCurrentIndex(1)
        return True

    def choose(self, criterion: int, classmates: list[int]) -> None:
        """Set her choices for one question (what her clicks do; tests call it too)."""
        row = self.combos[criterion]
        for rank, combo in enumerate(row):
            wanted = classmates[rank] if rank < len(classmates) else NOBODY
            combo.setCurrentIndex(max(0, combo.findData(wanted)))

    def submit(self) -> bool:
        """Save her choices; the list shows the next students."""
        if self.student is None:
            return False
        answer = Answer(self.student, _chosen(self.combos), AkpdEntry.KIOSK)
        round_id = self.round.id
        assert round_id is not None
        saved = (
            self._ops.op(
                self,
                self.tr("Your choices were not saved"),
                lambda: self._service().save_answer(round_id, answer),
            )
            .disabling(self.done_button)
            .on_error(lambda e: self.answer_message.setText(user_text(e)))
            .result_or(None)
        )
        if saved is None:
            return False
        self.round = saved
        self.count += 1
        self.clear_form()
        self.thanks_label.setText(
            self.tr("Thank you! Your choices are saved. The next student may begin.")
        )
        self.answered.emit(self.count)
        return True

    def clear_form(self) -> None:
        self.student = None
        self.combos = []
        old = self.answer_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.hello_label.clear()
        self.answer_message.clear()
        self.pages.setCurrentIndex(0)
        self._fill_list()


class SociometryDialog(QDialog):
    def __init__(
        self,
        service: Callable[[], SociometryService],
        verify: Callable[[str], None],
        ops: Operations,
        prompter: Prompter,
        chooser: FileChooser,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        language: str = "en",
        track: Callable[[QDialog], object] | None = None,
        lock: Callable[[], None] | None = None,
        privacy: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._verify = verify
        self._ops = ops
        self._prompter = prompter
        self._chooser = chooser
        self._today = today
        self._language = language
        self._track = track
        self._lock = lock
        self._privacy = privacy
        self.rounds: list[RoundSummary] = []
        self.round: SociometryRound | None = None
        self.people: dict[int, Person] = {}
        self.gram: Sociogram | None = None
        self.candidates: list[Candidate] = []
        self.kiosk: SociometryKiosk | None = None
        self.paper_combos: list[list[QComboBox]] = []
        self.setObjectName("sociometryDialog")
        self.setWindowTitle(self.tr("Sociometry"))
        self.resize(1180, 700)

        self.round_combo = QComboBox(self)
        self.round_combo.setObjectName("sociometryRound")
        self.round_combo.setAccessibleName(self.tr("Round"))
        self.round_combo.setAccessibleDescription(
            self.tr("The class and day of the round whose choices and sociogram are shown.")
        )
        self.round_combo.currentIndexChanged.connect(lambda _i: self.load_round())
        self.delete_button = QPushButton(self.tr("&Delete Round…"), self)
        self.delete_button.setObjectName("sociometryDelete")
        self.delete_button.setAccessibleDescription(
            self.tr("Deletes the round with every student's choices.")
        )
        self.delete_button.clicked.connect(self.delete_round)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Round:"), self))
        top.addWidget(self.round_combo, 1)
        top.addWidget(self.delete_button)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._new_tab(), self.tr("&New Round"))
        self.tabs.addTab(self._choices_tab(), self.tr("&Choices"))
        self.tabs.addTab(self._sociogram_tab(), self.tr("&Sociogram"))
        self.tabs.setTabToolTip(0, self.tr("A round for a class: its students and questions"))
        self.tabs.setTabToolTip(1, self.tr("Each student's choices, from paper or the kiosk"))
        self.tabs.setTabToolTip(2, self.tr("Who chooses whom: stars, isolates, mutual pairs"))
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("hint")
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    # -- a new round -----------------------------------------------------------------------
    def _new_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Each student names up to N classmates per question, first choice first. "
                "Write positive questions (whom they choose) and, if you wish, negative "
                "ones (whom they would rather not). The students come from the class list "
                "and the clients of the class; untick any who are absent."
            ),
            page,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.class_combo = QComboBox(page)
        self.class_combo.setObjectName("sociometryClass")
        self.class_combo.setEditable(True)
        self.class_combo.setAccessibleName(self.tr("Class"))
        self.class_combo.currentTextChanged.connect(lambda _t: self.load_candidates())
        self.date_edit = QDateEdit(page)
        self.date_edit.setObjectName("sociometryDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Day of the round"))
        day = self._today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.n_spin = QSpinBox(page)
        self.n_spin.setObjectName("sociometryChoices")
        self.n_spin.setRange(1, 10)
        self.n_spin.setValue(3)
        self.n_spin.setAccessibleName(self.tr("Classmates per question"))
        self.criteria_table = QTableWidget(0, 2, page)
        self.criteria_table.setObjectName("sociometryCriteria")
        self.criteria_table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Negative")])
        self.criteria_table.setAccessibleName(self.tr("Questions of the round"))
        self.criteria_table.setAccessibleDescription(
            self.tr("Write each question; tick Negative for “whom would you rather not …”.")
        )
        header = self.criteria_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.criteria_table.verticalHeader().setVisible(False)
        if self._language == "id":
            defaults = [("Teman duduk", False), ("Teman kerja kelompok", False)]
        else:
            defaults = [("Seatmate", False), ("Group work partner", False)]
        for text, negative in defaults:
            self.add_criterion(text, negative)
        add = QPushButton(self.tr("Add &Question"), page)
        add.setObjectName("sociometryAddQuestion")
        add.clicked.connect(lambda: self.add_criterion("", False))
        remove = QPushButton(self.tr("&Remove Question"), page)
        remove.setObjectName("sociometryRemoveQuestion")
        remove.clicked.connect(self.remove_criterion)
        self.member_list = QListWidget(page)
        self.member_list.setObjectName("sociometryMembers")
        self.member_list.setAccessibleName(self.tr("Students of the round"))
        self.member_list.setAccessibleDescription(
            self.tr("Ticked students are members of the round.")
        )
        self.create_button = QPushButton(self.tr("Create Ro&und"), page)
        self.create_button.setObjectName("sociometryCreate")
        self.create_button.setAccessibleDescription(
            self.tr("Saves the round; then enter the choices or start the kiosk.")
        )
        self.create_button.clicked.connect(self.create_round)
        form = QFormLayout()
        form.addRow(self.tr("Class:"), self.class_combo)
        form.addRow(self.tr("Day:"), self.date_edit)
        form.addRow(self.tr("Classmates per question (N):"), self.n_spin)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("Questions:"), page))
        left.addWidget(self.criteria_table, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        left.addLayout(row)
        right = QVBoxLayout()
        self.member_count = QLabel("", page)
        right.addWidget(self.member_count)
        right.addWidget(self.member_list, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.create_button)
        layout.addLayout(bottom)
        return page

    def add_criterion(self, text: str, negative: bool) -> None:
        row = self.criteria_table.rowCount()
        self.criteria_table.insertRow(row)
        self.criteria_table.setItem(row, 0, QTableWidgetItem(text))
        check = QTableWidgetItem("")
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if negative else Qt.CheckState.Unchecked)
        self.criteria_table.setItem(row, 1, check)

    def remove_criterion(self) -> None:
        row = self.criteria_table.currentRow()
        if row >= 0:
            self.criteria_table.removeRow(row)

    def criteria(self) -> list[Criterion]:
        found = []
        for row in range(self.criteria_table.rowCount()):
            text = self.criteria_table.item(row, 0)
            check = self.criteria_table.item(row, 1)
            found.append(
                Criterion(
                    text.text() if text is not None else "",
                    check is None or check.checkState() != Qt.CheckState.Checked,
                )
            )
        return found

    def refresh(self) -> None:
        """The classes and the rounds."""
        classes = self._ops.op(
            self, self.tr("The classes could not be read"), lambda: self._service().classes()
        ).result_or([])
        current = self.class_combo.currentText()
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        self.class_combo.addItems(classes)
        if current:
            self.class_combo.setEditText(current)
        self.class_combo.blockSignals(False)
        self.load_candidates()
        self.refresh_rounds()

    def load_candidates(self) -> None:
        name = self.class_combo.currentText()
        found = (
            self._ops.op(self, "", lambda: self._service().candidates(name)).result_or([])
            if name.strip()
            else []
        )
        self.candidates = found
        self.member_list.clear()
        for n, candidate in enumerate(found):
            shown = candidate.name
            if candidate.case_code and not self._privacy():
                shown = f"{candidate.name} ({candidate.case_code})"
            elif self._privacy():
                shown = candidate.case_code or self.tr("student {n}").format(n=n + 1)
            item = QListWidgetItem(shown)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked)
            self.member_list.addItem(item)
        self.member_count.setText(
            self.tr("{count} students in this class").format(count=len(found))
        )

    def create_round(self) -> bool:
        members = [
            c
            for n, c in enumerate(self.candidates)
            if self.member_list.item(n).checkState() == Qt.CheckState.Checked
        ]
        class_name = self.class_combo.currentText()
        day = py_date(self.date_edit.date())
        criteria = self.criteria()
        n = self.n_spin.value()
        made = self._ops.op(
            self,
            self.tr("The round was not created"),
            lambda: self._service().create_round(class_name, day, criteria, n, members),
        ).result_or(None)
        if made is None:
            return False
        self.status_label.setText(
            self.tr("The round for {name} is saved with {count} students.").format(
                name=made.class_name, count=len(made.members)
            )
        )
        self.refresh_rounds(select=made.id)
        self.tabs.setCurrentIndex(1)
        return True

    # -- rounds ----------------------------------------------------------------------------
    def refresh_rounds(self, select: int | None = None) -> None:
        rounds = self._ops.op(
            self, self.tr("The rounds could not be read"), lambda: self._service().rounds()
        ).result_or([])
        wanted = select if select is not None else self.round_combo.currentData()
        self.rounds = rounds
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for r in rounds:
            self.round_combo.addItem(
                self.tr("{name} — {day} ({answered} of {members} answered)").format(
                    name=r.class_name,
                    day=r.held_on.isoformat(),
                    answered=r.answered,
                    members=r.members,
                ),
                r.id,
            )
        index = self.round_combo.findData(wanted) if wanted is not None else -1
        self.round_combo.setCurrentIndex(index if index >= 0 else len(rounds) - 1)
        self.round_combo.blockSignals(False)
        self.delete_button.setEnabled(bool(rounds))
        self.load_round()

    def load_round(self) -> None:
        round_id = self.round_combo.currentData()
        if round_id is None:
            self.round, self.people = None, {}
        else:
            self.round = self._ops.op(
                self,
                self.tr("The round could not be read"),
                lambda: self._service().round(round_id),
            ).result_or(None)
            self.people = self._ops.op(
                self, "", lambda: self._service().people(round_id)
            ).result_or({})
        self._fill_members()
        self._fill_questions()
        self.show_sociogram()

    def delete_round(self) -> None:
        round_id = self.round_combo.currentData()
        if round_id is None:
            return
        if not self._prompter.confirm(
            self,
            self.tr("Delete the Round?"),
            self.tr("The round and every student's choices in it are deleted for good."),
        ):
            return
        if self._ops.op(
            self,
            self.tr("The round was not deleted"),
            lambda: self._service().delete_round(round_id),
        ).run():
            self.status_label.setText(self.tr("The round was deleted."))
            self.refresh_rounds()

    def name_of(self, number: int) -> str:
        """How the counselor's screen shows a member (privacy mode: her number)."""
        person = self.people.get(number)
        if person is None or not person.name:
            return self.tr("{key} (former member)").format(key=number_label(number))
        return number_label(number) if self._privacy() else person.name

    # -- choices ---------------------------------------------------------------------------
    def _choices_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Choose a student and enter the classmates from her paper, first choice "
                "first; only classmates of the round are offered. Or start the kiosk: the "
                "students pick their own name, then their choices, one after another."
            ),
            page,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.member_table = QTableWidget(0, 3, page)
        self.member_table.setObjectName("sociometryAnswers")
        self.member_table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Student"), self.tr("Answered")]
        )
        self.member_table.setAccessibleName(self.tr("Students of the round"))
        self.member_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.member_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.member_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.member_table.verticalHeader().setVisible(False)
        header = self.member_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.member_table.itemSelectionChanged.connect(self._member_selected)
        self.paper_area = QScrollArea(page)
        self.paper_area.setObjectName("sociometryPaper")
        self.paper_area.setWidgetResizable(True)
        self.paper_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.paper_title = QLabel(self.tr("Choose a student on the left."), page)
        self.paper_title.setObjectName("sectionTitle")
        self.save_button = QPushButton(self.tr("Sa&ve Choices"), page)
        self.save_button.setObjectName("sociometrySave")
        self.save_button.setAccessibleDescription(
            self.tr("Saves this student's choices from her paper, replacing earlier ones.")
        )
        self.save_button.clicked.connect(self.save_paper)
        self.clear_button = QPushButton(self.tr("C&lear Answer"), page)
        self.clear_button.setObjectName("sociometryClear")
        self.clear_button.setAccessibleDescription(
            self.tr("Forgets this student's choices, so she may answer again in the kiosk.")
        )
        self.clear_button.clicked.connect(self.clear_answer)
        self.kiosk_button = QPushButton(self.tr("Start &Kiosk…"), page)
        self.kiosk_button.setObjectName("sociometryKioskButton")
        self.kiosk_button.setAccessibleDescription(
            self.tr("Full screen: the class's names and the questions only, for the class.")
        )
        self.kiosk_button.clicked.connect(lambda: self.start_kiosk())
        right = QVBoxLayout()
        right.addWidget(self.paper_title)
        right.addWidget(self.paper_area, 1)
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        right.addLayout(row)
        columns = QHBoxLayout()
        columns.addWidget(self.member_table, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.kiosk_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        return page

    def _fill_members(self) -> None:
        self.member_table.setRowCount(0)
        round_ = self.round
        for button in (self.kiosk_button, self.save_button, self.clear_button):
            button.setEnabled(round_ is not None)
        if round_ is None:
            return
        answers = {a.member: a for a in round_.answers}
        # By name (by number key in privacy mode): members are numbered at random.
        shown = sorted(round_.members, key=lambda m: (self.name_of(m.number).casefold(), m.number))
        for member in shown:
            row = self.member_table.rowCount()
            self.member_table.insertRow(row)
            answer = answers.get(member.number)
            state = (
                self.tr("on paper")
                if answer is not None and answer.entry is AkpdEntry.PAPER
                else self.tr("in the kiosk")
                if answer is not None
                else "—"
            )
            for column, text in enumerate(
                (number_label(member.number), self.name_of(member.number), state)
            ):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, member.number)
                self.member_table.setItem(row, column, cell)
        self._member_selected()

    def selected_member(self) -> int | None:
        rows = {i.row() for i in self.member_table.selectedIndexes()}
        if len(rows) != 1:
            return None
        cell = self.member_table.item(rows.pop(), 0)
        return int(cell.data(Qt.ItemDataRole.UserRole)) if cell is not None else None

    def select_member(self, number: int) -> None:
        for row in range(self.member_table.rowCount()):
            cell = self.member_table.item(row, 0)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == number:
                self.member_table.selectRow(row)
                return

    def _member_selected(self) -> None:
        number = self.selected_member()
        old = self.paper_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.paper_combos = []
        round_ = self.round
        if number is None or round_ is None:
            self.paper_title.setText(self.tr("Choose a student on the left."))
            return
        names = {m.number: self.name_of(m.number) for m in round_.members}
        body, self.paper_combos = _choice_rows(
            self.paper_area,
            round_,
            number,
            names,
            self.tr("A classmate she named on her paper, or — for none."),
        )
        self.paper_area.setWidget(body)
        self.paper_title.setText(self.tr("Choices of {name}").format(name=self.name_of(number)))
        answer = round_.answer_of(number)
        if answer is not None:
            for row, picked in zip(self.paper_combos, answer.choices, strict=False):
                for combo, chosen in zip(row, picked, strict=False):
                    combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def set_paper_choices(self, criterion: int, classmates: list[int]) -> None:
        row = self.paper_combos[criterion]
        for rank, combo in enumerate(row):
            wanted = classmates[rank] if rank < len(classmates) else NOBODY
            combo.setCurrentIndex(max(0, combo.findData(wanted)))

    def save_paper(self) -> bool:
        number = self.selected_member()
        round_ = self.round
        if number is None or round_ is None or round_.id is None:
            return False
        round_id = round_.id
        answer = Answer(number, _chosen(self.paper_combos), AkpdEntry.PAPER)
        saved = self._ops.op(
            self,
            self.tr("The choices were not saved"),
            lambda: self._service().save_answer(round_id, answer),
        ).result_or(None)
        if saved is None:
            return False
        self.status_label.setText(
            self.tr("The choices of {name} are saved.").format(name=self.name_of(number))
        )
        self.refresh_rounds(select=round_id)
        self.select_member(number)
        return True

    def clear_answer(self) -> None:
        number = self.selected_member()
        round_ = self.round
        if number is None or round_ is None or round_.id is None:
            return
        round_id = round_.id
        if self._ops.op(
            self,
            self.tr("The answer was not cleared"),
            lambda: self._service().clear_answer(round_id, number),
        ).run():
            self.status_label.setText(self.tr("The answer is cleared; she may answer again."))
            self.refresh_rounds(select=round_id)

    def start_kiosk(self) -> SociometryKiosk | None:
        round_ = self.round
        if round_ is None:
            return None
        # the kiosk shows names only: never a case code, never a former member
        names = {n: p.name for n, p in self.people.items() if p.name}
        kiosk = SociometryKiosk(
            self._service, self._verify, self._ops, round_, names, self, lock=self._lock
        )
        if self._track is not None:
            self._track(kiosk)
        kiosk.finished.connect(lambda *_: self._kiosk_closed())
        self.kiosk = kiosk
        kiosk.showFullScreen()
        return kiosk

    def _kiosk_closed(self) -> None:
        kiosk = self.kiosk
        if kiosk is not None:
            self.status_label.setText(
                self.tr("The kiosk is closed: {count} students answered.").format(count=kiosk.count)
            )
        self.kiosk = None
        self.refresh_rounds()

    # -- the sociogram ---------------------------------------------------------------------
    def _sociogram_tab(self) -> QWidget:
        page = QWidget(self)
        self.question_combo = QComboBox(page)
        self.question_combo.setObjectName("sociometryQuestion")
        self.question_combo.setAccessibleName(self.tr("Question whose sociogram is shown"))
        self.question_combo.currentIndexChanged.connect(lambda _i: self.show_sociogram())
        self.view = SociogramView(page)
        self.figure_table = QTableWidget(0, 7, page)
        self.figure_table.setObjectName("sociometryFigures")
        self.figure_table.setHorizontalHeaderLabels(
            [
                self.tr("Student"),
                self.tr("+"),
                self.tr("−"),
                self.tr("Weighted"),
                self.tr("Mutual"),
                self.tr("Position"),
                self.tr("Clique"),
            ]
        )
        self.figure_table.setAccessibleName(self.tr("Each student's received choices"))
        self.figure_table.setAccessibleDescription(
            self.tr(
                "Positive and negative choices received, rank-weighted positive choices, "
                "mutual partners, star, isolated or rejected, and cliques."
            )
        )
        self.figure_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figure_table.verticalHeader().setVisible(False)
        self.figure_table.setSortingEnabled(False)
        header = self.figure_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.figure_table.setWordWrap(False)
        self.figure_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.summary_label = QLabel("", page)
        self.summary_label.setObjectName("sociometrySummary")
        self.summary_label.setWordWrap(True)
        self.legend_label = QLabel(
            self.tr(
                "Solid arrow: chooses · dashed red arrow: would rather not · thick line with "
                "two heads: mutual · double ring: star · dashed ring: isolated · thick red "
                "ring with a cross: rejected. Star: at least the mean + 1 SD of positive "
                "choices received; weighted: first of N choices counts N, the last 1."
            ),
            page,
        )
        self.legend_label.setObjectName("hint")
        self.legend_label.setWordWrap(True)
        self.label_combo = QComboBox(page)
        self.label_combo.setObjectName("sociometryLabels")
        self.label_combo.addItem(self.tr("Number keys (S01, S02 …)"), LabelMode.NUMBER)
        self.label_combo.addItem(self.tr("Initials"), LabelMode.INITIALS)
        self.label_combo.setAccessibleName(self.tr("How the teacher's version shows students"))
        self.names_check = QCheckBox(self.tr("Show &full names"), page)
        self.names_check.setObjectName("sociometryFullNames")
        self.names_check.setAccessibleDescription(
            self.tr("Prints every student's full name; asks you first.")
        )
        self.names_check.toggled.connect(self._names_toggled)
        self.pdf_button = QPushButton(self.tr("&Teacher's Version (PDF)…"), page)
        self.pdf_button.setObjectName("sociometryPdf")
        self.pdf_button.setAccessibleDescription(
            self.tr("The sociogram for the homeroom teacher, with the labels chosen here.")
        )
        self.pdf_button.clicked.connect(lambda: self.save_teacher_pdf())
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(self.view)
        side = QWidget(splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.summary_label)
        side_layout.addWidget(self.figure_table, 1)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 720])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Question:"), page))
        top.addWidget(self.question_combo, 1)
        teacher = QHBoxLayout()
        teacher.addWidget(QLabel(self.tr("Homeroom teacher's version:"), page))
        teacher.addWidget(self.label_combo)
        teacher.addWidget(self.names_check)
        teacher.addStretch(1)
        teacher.addWidget(self.pdf_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend_label)
        layout.addLayout(teacher)
        return page

    def _fill_questions(self) -> None:
        current = self.question_combo.currentData()
        self.question_combo.blockSignals(True)
        self.question_combo.clear()
        if self.round is not None:
            self.question_combo.addItem(self.tr("All questions"), None)
            for n, c in enumerate(self.round.criteria):
                sign = "+" if c.positive else "−"
                self.question_combo.addItem(f"{sign} {c.text}", n)
            index = self.question_combo.findData(current)
            self.question_combo.setCurrentIndex(max(0, index))
        self.question_combo.blockSignals(False)
        self.pdf_button.setEnabled(self.round is not None)

    def _criteria(self) -> list[int] | None:
        chosen = self.question_combo.currentData()
        return None if chosen is None else [int(chosen)]

    def show_sociogram(self) -> None:
        round_ = self.round
        self.figure_table.setRowCount(0)
        if round_ is None or round_.id is None:
            self.gram = None
            self.view.show_sociogram(None, {})
            self.summary_label.clear()
            return
        round_id, criteria = round_.id, self._criteria()
        gram = self._ops.op(
            self,
            self.tr("The sociogram could not be drawn"),
            lambda: self._service().sociogram(round_id, criteria),
        ).result_or(None)
        self.gram = gram
        if gram is None:
            return
        if self._privacy():
            labels = {n: number_label(n) for n in gram.members}
        else:
            labels = short_labels(self.people)
        self.view.show_sociogram(gram, labels)
        self.summary_label.setText(
            self.tr(
                "{answered} of {members} answered · stars: {stars} · isolated: {isolates} · "
                "rejected: {rejected} · mutual pairs: {pairs} · cliques: {cliques}"
            ).format(
                answered=gram.answered,
                members=len(gram.members),
                stars=len(gram.stars()),
                isolates=len(gram.isolates()),
                rejected=len(gram.rejected()),
                pairs=len(gram.mutual_pairs),
                cliques=len(gram.cliques),
            )
        )
        order = sorted(gram.members, key=lambda m: (-gram.figures[m].positive, m))
        for m in order:
            f = gram.figures[m]
            position = ", ".join(
                text
                for text, on in (
                    (self.tr("star"), f.star),
                    (self.tr("isolated"), f.isolate),
                    (self.tr("rejected"), f.rejected),
                )
                if on
            )
            cells = [
                f"{number_label(m)} {self.name_of(m)}" if not self._privacy() else number_label(m),
                str(f.positive),
                str(f.negative),
                str(f.weighted),
                ", ".join(labels.get(o, "") for o in f.mutual),
                position,
                ", ".join(f"K{i + 1}" for i in f.cliques),
            ]
            row = self.figure_table.rowCount()
            self.figure_table.insertRow(row)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, m)
                self.figure_table.setItem(row, column, cell)

    def _names_toggled(self, on: bool) -> None:
        if not on:
            self.label_combo.setEnabled(True)
            return
        if not self._prompter.confirm(
            self,
            self.tr("Print Full Names?"),
            self.tr(
                "The teacher's version will show every student's full name next to who "
                "chose and who rejected them. The students answered trusting that no "
                "classmate would see this. Print names only if the homeroom teacher keeps "
                "the sheet to herself."
            ),
        ):
            self.names_check.blockSignals(True)
            self.names_check.setChecked(False)
            self.names_check.blockSignals(False)
            return
        self.label_combo.setEnabled(False)

    def teacher_mode(self) -> LabelMode:
        if self.names_check.isChecked():
            return LabelMode.FULL_NAME
        return LabelMode(self.label_combo.currentData())

    def save_teacher_pdf(self, path: Path | None = None) -> bool:
        """Ask where, then write the PDF in the background (``path``: for tests)."""
        round_ = self.round
        if round_ is None or round_.id is None:
            return False
        if path is None:
            path = self._chooser.save_file(
                self,
                self.tr("Save the Teacher's Version"),
                Path.home() / f"sosiogram-{round_.class_name}-{round_.held_on}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if path is None:
                return False
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        target = path
        round_id, mode, criteria = round_.id, self.teacher_mode(), self._criteria()
        language = self._language
        self.status_label.setText(self.tr("Writing the PDF…"))
        (
            self._ops.op(
                self,
                self.tr("The PDF was not written"),
                lambda: self._service().write_teacher_pdf(
                    round_id, target, mode=mode, criteria=criteria, language=language
                ),
            )
            .disabling(self.pdf_button)
            .on_success(lambda _: self._written(target))
            .run_in_background()
        )
        return True

    def _written(self, path: Path) -> None:
        self.status_label.setText(
            self.tr("Saved as {name}. The PDF is not encrypted: hand it over in person.").format(
                name=path.name
            )
        )

    def wipe(self) -> None:
        self.people = {}
        self.round = None
        self.member_table.setRowCount(0)
        self.figure_table.setRowCount(0)
        self.member_list.clear()
        self.view.show_sociogram(None, {})
