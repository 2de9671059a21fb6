"""Reports → Needs Assessment…: the AKPD (angket kebutuhan peserta didik, issue 17).

Three tabs: the questionnaire (items per bidang she adds, rewords, retires), answers
(typed from the paper form for one student, optionally in her record; or a kiosk in
which students answer on this screen one after another), and the ranked needs of a class
(figures from fewer than five students hidden; no student's answers are ever shown).

The kiosk is a full-screen dialog that shows the questionnaire and nothing else — no
caseload, no names, no menus. It is left with the vault's passphrase (checked by the
vault service, off the GUI thread); locking the vault (the auto-lock too) closes it.
Nothing here runs SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.akpd import FIELD_ORDER, AkpdResponse, NeedItem, NeedsResult
from counsel_desk.domain.enums import AkpdEntry, ServiceField
from counsel_desk.domain.reports import PRIMARY_MARK, THRESHOLD
from counsel_desk.services.clients import ClientSummary
from counsel_desk.services.needs import NeedsService
from counsel_desk.ui.labels import name_of
from counsel_desk.ui.operations import Operations
from counsel_desk.ui.prompter import Prompter
from counsel_desk.ui.qt_types import py_date
from counsel_desk.ui.theme import set_tone
from counsel_desk.ui.widgets.kiosk import KioskShell


def _checklist(
    parent: QWidget, items: Sequence[NeedItem], name: str, description: str
) -> tuple[QScrollArea, list[tuple[int, QCheckBox]]]:
    """The active items as check boxes under their bidang, in a scroll area."""
    area = QScrollArea(parent)
    area.setObjectName(name)
    area.setWidgetResizable(True)
    body = QWidget(area)
    layout = QVBoxLayout(body)
    boxes: list[tuple[int, QCheckBox]] = []
    for field in FIELD_ORDER:
        mine = [i for i in items if i.field == field and not i.retired and i.id is not None]
        if not mine:
            continue
        heading = QLabel(name_of(field), body)
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        for item in mine:
            assert item.id is not None
            box = QCheckBox(item.text, body)
            box.setObjectName(f"need{item.id}")
            box.setAccessibleDescription(description)
            layout.addWidget(box)
            boxes.append((item.id, box))
    layout.addStretch(1)
    area.setWidget(body)
    return area, boxes


class KioskDialog(KioskShell):
    """Students answer the questionnaire here, one after another (see
    :mod:`counsel_desk.ui.widgets.kiosk` for the way out)."""

    answered = Signal(int)  # how many students have answered in this kiosk

    def __init__(
        self,
        service: Callable[[], NeedsService],
        verify: Callable[[str], None],
        ops: Operations,
        items: Sequence[NeedItem],
        class_name: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        lock: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(
            verify,
            ops,
            QCoreApplication.translate("KioskDialog", "Needs questionnaire — class {name}").format(
                name=class_name
            ),
            parent,
            lock=lock,
        )
        self._service = service
        self._today = today
        self._class = class_name
        self.count = 0
        self.setObjectName("kioskDialog")
        self.setWindowTitle(self.tr("Needs Questionnaire"))

        intro = QLabel(
            self.tr(
                "Tick each sentence that is true for you: “I would like help with this.” "
                "Leave the others empty. Your answers count for your class; nobody sees "
                "them with your name. When you are done, choose I Am Done."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.area, self.boxes = _checklist(
            self,
            items,
            "kioskItems",
            self.tr("Tick it if you would like help with this; leave it empty if not."),
        )
        big = self.big_font()
        for widget in (intro, *(box for _, box in self.boxes)):
            widget.setFont(big)
        self.done_button = QPushButton(self.tr("I Am &Done"), self)
        self.done_button.setObjectName("kioskDone")
        self.done_button.setDefault(True)
        self.done_button.setAccessibleDescription(
            self.tr("Saves your answers for your class and clears the form for the next student.")
        )
        self.done_button.clicked.connect(self.submit)
        self.thanks_label = QLabel("", self)
        self.thanks_label.setObjectName("kioskThanks")
        self.thanks_label.setWordWrap(True)
        set_tone(self.thanks_label, "success")
        self.body.addWidget(intro)
        self.body.addWidget(self.area, 1)
        self.bottom.addWidget(self.thanks_label, 1)
        self.bottom.addWidget(self.done_button)

    # -- students ------------------------------------------------------------------------
    def submit(self) -> bool:
        """Save this student's answers and clear the form for the next one."""
        response = AkpdResponse(
            self._class,
            self._today(),
            tuple(i for i, _ in self.boxes),
            frozenset(i for i, box in self.boxes if box.isChecked()),
            AkpdEntry.KIOSK,
        )
        saved = (
            self._ops.op(
                self,
                self.tr("The answers were not saved"),
                lambda: self._service().save_response(response),
            )
            .disabling(self.done_button)
            .result_or(None)
        )
        if saved is None:
            return False
        self.count += 1
        self.clear_form()
        self.thanks_label.setText(
            self.tr("Thank you! Your answers are saved. The next student may begin.")
        )
        self.answered.emit(self.count)
        return True

    def clear_form(self) -> None:
        for _, box in self.boxes:
            box.setChecked(False)
        self.area.verticalScrollBar().setValue(0)


class NeedsAssessmentDialog(QDialog):
    def __init__(
        self,
        service: Callable[[], NeedsService],
        students: Callable[[], list[ClientSummary]],
        verify: Callable[[str], None],
        ops: Operations,
        prompter: Prompter,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        language: str = "en",
        track: Callable[[QDialog], object] | None = None,
        lock: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._students = students
        self._verify = verify
        self._ops = ops
        self._prompter = prompter
        self._today = today
        self._language = language
        self._track = track
        self._lock = lock
        self._items: list[NeedItem] = []
        self.kiosk: KioskDialog | None = None
        self.needs_result: NeedsResult | None = None
        self.setObjectName("needsDialog")
        self.setWindowTitle(self.tr("Needs Assessment (AKPD)"))
        self.resize(1000, 600)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._questionnaire_tab(), self.tr("&Questionnaire"))
        self.tabs.addTab(self._answers_tab(), self.tr("&Answers"))
        self.tabs.addTab(self._results_tab(), self.tr("&Results"))
        self.tabs.setTabToolTip(0, self.tr("The items of the questionnaire, per field"))
        self.tabs.setTabToolTip(1, self.tr("Answers from the paper form, or the kiosk"))
        self.tabs.setTabToolTip(2, self.tr("The ranked needs of a class"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("hint")
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    # -- the questionnaire -----------------------------------------------------------------
    def _questionnaire_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "The items students answer yes or no: “I would like help with this.” Add, "
                "reword or retire items; an item students have answered is never deleted, "
                "only retired (no longer asked)."
            ),
            page,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.item_table = QTableWidget(0, 3, page)
        self.item_table.setObjectName("akpdItems")
        self.item_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Item"), self.tr("Asked")]
        )
        self.item_table.setAccessibleName(self.tr("Questionnaire items"))
        self.item_table.setAccessibleDescription(
            self.tr("Every item, field by field. Choose one to reword, retire or delete it.")
        )
        self.item_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.item_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.item_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.item_table.verticalHeader().setVisible(False)
        header = self.item_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.item_table.itemSelectionChanged.connect(self._item_selected)
        self.field_combo = QComboBox(page)
        self.field_combo.setObjectName("akpdField")
        for field in FIELD_ORDER:
            self.field_combo.addItem(name_of(field), field)
        self.field_combo.setAccessibleName(self.tr("Field of the item"))
        self.field_combo.setAccessibleDescription(
            self.tr("Personal, social, learning or career: where the item is asked.")
        )
        self.item_edit = QLineEdit(page)
        self.item_edit.setObjectName("akpdItemText")
        self.item_edit.setPlaceholderText(self.tr("I would like help with …"))
        self.item_edit.setAccessibleName(self.tr("Text of the item"))
        self.add_button = QPushButton(self.tr("Add &Item"), page)
        self.add_button.setObjectName("akpdAdd")
        self.add_button.clicked.connect(self.add_item)
        self.add_button.setAccessibleDescription(self.tr("Adds the text as a new item."))
        self.reword_button = QPushButton(self.tr("Save &Wording"), page)
        self.reword_button.setObjectName("akpdReword")
        self.reword_button.clicked.connect(self.reword_item)
        self.reword_button.setAccessibleDescription(
            self.tr("Saves the new wording of the chosen item.")
        )
        self.retire_button = QPushButton(self.tr("Re&tire"), page)
        self.retire_button.setObjectName("akpdRetire")
        self.retire_button.clicked.connect(self.toggle_retired)
        self.retire_button.setAccessibleDescription(
            self.tr("Stops asking the chosen item (its answers stay), or asks it again.")
        )
        self.delete_button = QPushButton(self.tr("&Delete"), page)
        self.delete_button.setObjectName("akpdDelete")
        self.delete_button.clicked.connect(self.delete_item)
        self.delete_button.setAccessibleDescription(
            self.tr("Deletes the chosen item if no student has answered it.")
        )
        form = QHBoxLayout()
        form.addWidget(self.field_combo)
        form.addWidget(self.item_edit, 1)
        for button in (self.add_button, self.reword_button, self.retire_button, self.delete_button):
            form.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.item_table, 1)
        layout.addLayout(form)
        self._item_selected()
        return page

    def refresh(self) -> None:
        """The questionnaire (the starter set on the first visit) and the classes."""
        items = self._ops.op(
            self,
            self.tr("The questionnaire could not be read"),
            lambda: self._service().start_questionnaire(self._language),
        ).result_or(None)
        if items is None:
            return
        self._items = items
        self.item_table.setRowCount(0)
        for item in items:
            row = self.item_table.rowCount()
            self.item_table.insertRow(row)
            cells = [
                name_of(item.field),
                item.text,
                self.tr("retired") if item.retired else self.tr("asked"),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.item_table.setItem(row, column, cell)
        self._item_selected()
        self._fill_answer_form()
        self._fill_classes()

    def _selected_item(self) -> NeedItem | None:
        rows = {i.row() for i in self.item_table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _item_selected(self) -> None:
        item = self._selected_item()
        for button in (self.reword_button, self.retire_button, self.delete_button):
            button.setEnabled(item is not None)
        if item is None:
            self.retire_button.setText(self.tr("Re&tire"))
            return
        self.field_combo.setCurrentIndex(max(0, self.field_combo.findData(item.field)))
        self.item_edit.setText(item.text)
        self.retire_button.setText(self.tr("Ask A&gain") if item.retired else self.tr("Re&tire"))

    def _save_item(self, item: NeedItem, done: str) -> None:
        saved = self._ops.op(
            self, self.tr("The item was not saved"), lambda: self._service().save_item(item)
        ).result_or(None)
        if saved is not None:
            self.status_label.setText(done)
            self.refresh()

    def add_item(self) -> None:
        field = ServiceField(self.field_combo.currentData())
        self._save_item(NeedItem(field, self.item_edit.text()), self.tr("The item was added."))

    def reword_item(self) -> None:
        item = self._selected_item()
        if item is None:
            return
        field = ServiceField(self.field_combo.currentData())
        changed = NeedItem(field, self.item_edit.text(), item.position, item.retired, item.id)
        self._save_item(changed, self.tr("The wording was saved."))

    def toggle_retired(self) -> None:
        item = self._selected_item()
        if item is None:
            return
        changed = NeedItem(item.field, item.text, item.position, not item.retired, item.id)
        self._save_item(
            changed,
            self.tr("The item is no longer asked.")
            if not item.retired
            else self.tr("The item is asked again."),
        )

    def delete_item(self) -> None:
        item = self._selected_item()
        if item is None or item.id is None:
            return
        item_id = item.id
        done = self._ops.op(
            self, self.tr("The item was not deleted"), lambda: self._service().delete_item(item_id)
        ).run()
        if done:
            self.status_label.setText(self.tr("The item was deleted."))
            self.refresh()

    # -- answers -------------------------------------------------------------------------
    def _answers_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Type one student's paper form, or let the class answer on this screen in "
                "kiosk mode: it shows the questionnaire only, one student after another, "
                "and is left with the vault's passphrase."
            ),
            page,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.class_edit = QLineEdit(page)
        self.class_edit.setObjectName("akpdClass")
        self.class_edit.setPlaceholderText(self.tr("VIII-B"))
        self.class_edit.setAccessibleName(self.tr("Class"))
        self.date_edit = QDateEdit(page)
        self.date_edit.setObjectName("akpdDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Day the form was filled in"))
        self.date_edit.setAccessibleDescription(self.tr("The day on the paper form, or today."))
        day = self._today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.student_combo = QComboBox(page)
        self.student_combo.setObjectName("akpdStudent")
        self.student_combo.setAccessibleName(self.tr("Student whose record keeps the answers"))
        self.student_combo.setAccessibleDescription(
            self.tr("Optional: her record keeps her answers too. Reports never show them.")
        )
        self.kiosk_button = QPushButton(self.tr("Start &Kiosk…"), page)
        self.kiosk_button.setObjectName("akpdKiosk")
        self.kiosk_button.clicked.connect(lambda: self.start_kiosk())
        self.kiosk_button.setAccessibleDescription(
            self.tr("Shows only the questionnaire, full screen, for the class to answer in turn.")
        )
        self.save_answers_button = QPushButton(self.tr("&Save Answers"), page)
        self.save_answers_button.setObjectName("akpdSaveAnswers")
        self.save_answers_button.clicked.connect(self.save_answers)
        self.save_answers_button.setAccessibleDescription(
            self.tr("Saves this student's ticked items and clears the form.")
        )
        form = QFormLayout()
        form.addRow(self.tr("Class:"), self.class_edit)
        form.addRow(self.tr("Filled in on:"), self.date_edit)
        form.addRow(self.tr("Student (optional):"), self.student_combo)
        self.answer_holder = QVBoxLayout()
        self.answer_area: QScrollArea | None = None
        self.answer_boxes: list[tuple[int, QCheckBox]] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.kiosk_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_answers_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(self.answer_holder, 1)
        layout.addLayout(buttons)
        return page

    def _fill_answer_form(self) -> None:
        if self.answer_area is not None:
            self.answer_holder.removeWidget(self.answer_area)
            self.answer_area.deleteLater()
        self.answer_area, self.answer_boxes = _checklist(
            self,
            self._items,
            "akpdPaperItems",
            self.tr("Ticked: the student said yes on the paper form."),
        )
        self.answer_holder.addWidget(self.answer_area)
        current = self.student_combo.currentData()
        self.student_combo.clear()
        self.student_combo.addItem(self.tr("— the class only —"), None)
        students = self._ops.op(self, "", self._students).result_or([])
        for s in sorted(students, key=lambda s: s.case_code):
            name = " ".join(p for p in (s.given_name, s.family_name or "") if p)
            self.student_combo.addItem(f"{s.case_code} — {name}", s.id)
        self.student_combo.setCurrentIndex(max(0, self.student_combo.findData(current)))

    def save_answers(self) -> bool:
        """One student's paper form, all or nothing; the form is cleared for the next."""
        response = AkpdResponse(
            self.class_edit.text(),
            py_date(self.date_edit.date()),
            tuple(i for i, _ in self.answer_boxes),
            frozenset(i for i, box in self.answer_boxes if box.isChecked()),
            AkpdEntry.PAPER,
            self.student_combo.currentData(),
        )
        saved = self._ops.op(
            self,
            self.tr("The answers were not saved"),
            lambda: self._service().save_response(response),
        ).result_or(None)
        if saved is None:
            return False
        for _, box in self.answer_boxes:
            box.setChecked(False)
        self.student_combo.setCurrentIndex(0)
        self.status_label.setText(self.tr("The answers were saved."))
        self._fill_classes()
        return True

    def start_kiosk(self) -> KioskDialog | None:
        class_name = " ".join(self.class_edit.text().split())
        if not class_name:
            self.status_label.setText(
                self.tr("Say which class will answer before starting the kiosk.")
            )
            set_tone(self.status_label, "error")
            self.class_edit.setFocus()
            return None
        if not any(not i.retired for i in self._items):
            self.status_label.setText(self.tr("The questionnaire has no items to answer."))
            set_tone(self.status_label, "error")
            return None
        set_tone(self.status_label, None)
        kiosk = KioskDialog(
            self._service,
            self._verify,
            self._ops,
            self._items,
            class_name,
            self,
            today=lambda: py_date(self.date_edit.date()),
            lock=self._lock,
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
        self._fill_classes()

    # -- results -------------------------------------------------------------------------
    def _results_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "The needs of a class, most shared first: the share of students who said "
                "yes to each item. A figure from fewer than {n} students is hidden ({mark}); "
                "no student's own answers are shown."
            ).format(n=THRESHOLD, mark=PRIMARY_MARK),
            page,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.result_class = QComboBox(page)
        self.result_class.setObjectName("akpdResultClass")
        self.result_class.setAccessibleName(self.tr("Class whose needs are shown"))
        self.result_class.setAccessibleDescription(
            self.tr("One class that answered, or all classes together.")
        )
        self.result_class.currentIndexChanged.connect(lambda _i: self.show_results())
        self.fields_label = QLabel("", page)
        self.fields_label.setObjectName("akpdFields")
        self.fields_label.setWordWrap(True)
        self.result_table = QTableWidget(0, 4, page)
        self.result_table.setObjectName("akpdResults")
        self.result_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Need"), self.tr("Said yes"), self.tr("Share")]
        )
        self.result_table.setAccessibleName(self.tr("Ranked needs"))
        self.result_table.setAccessibleDescription(
            self.tr("Each item with how many said yes and the share, most shared first.")
        )
        self.result_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.result_table.verticalHeader().setVisible(False)
        header = self.result_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Class:"), page))
        top.addWidget(self.result_class)
        top.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.fields_label)
        layout.addWidget(self.result_table, 1)
        return page

    def _fill_classes(self) -> None:
        classes = self._ops.op(self, "", lambda: self._service().classes()).result_or([])
        current = self.result_class.currentData()
        self.result_class.blockSignals(True)
        self.result_class.clear()
        self.result_class.addItem(self.tr("All classes"), None)
        for name in classes:
            self.result_class.addItem(name, name)
        self.result_class.setCurrentIndex(max(0, self.result_class.findData(current)))
        self.result_class.blockSignals(False)
        self.show_results()

    def _tab_shown(self) -> None:
        if self.tabs.currentIndex() == 2:
            self.show_results()

    def show_results(self) -> None:
        class_name = self.result_class.currentData()
        result = self._ops.op(
            self,
            self.tr("The results could not be read"),
            lambda: self._service().results(class_name),
        ).result_or(None)
        self.needs_result = result
        self.result_table.setRowCount(0)
        if result is None:
            return
        if result.respondents == 0:
            self.fields_label.setText(self.tr("No answers yet."))
            return
        if result.too_few:
            self.fields_label.setText(
                self.tr("{count} students answered: fewer than {n}, so no figure is shown.").format(
                    count=result.respondents, n=THRESHOLD
                )
            )
            return
        parts = [
            self.tr("{field}: {share}").format(
                field=name_of(f.field),
                share=f"{f.percent:.0f} %" if f.percent is not None else PRIMARY_MARK,
            )
            for f in result.fields
        ]
        self.fields_label.setText(
            self.tr("{count} students answered. With at least one need — {fields}").format(
                count=result.respondents, fields=" · ".join(parts)
            )
        )
        for figure in result.items:
            row = self.result_table.rowCount()
            self.result_table.insertRow(row)
            cells = [
                name_of(figure.item.field),
                figure.item.text,
                PRIMARY_MARK if figure.hidden else f"{figure.yes} / {figure.asked}",
                PRIMARY_MARK if figure.percent is None else f"{figure.percent:.0f} %",
            ]
            for column, text in enumerate(cells):
                self.result_table.setItem(row, column, QTableWidgetItem(text))

    def wipe(self) -> None:
        self.class_edit.clear()
        self.item_edit.clear()
        self.result_table.setRowCount(0)
