"""Which school counseling service a contact was: komponen, bidang, strategi and the ASCA
use-of-time category (issue 17)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.enums import (
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    SessionKind,
    UseOfTime,
)
from counsel_desk.domain.school_services import (
    CLIENT_STRATEGIES,
    ServiceClass,
    derived_use_of_time,
    suggested_strategy,
)
from counsel_desk.ui.labels import name_of


class ServiceSelector(QWidget):
    """Komponen (or "not classified"), strategi, the bidang ticked, and the ASCA category
    (derived unless she picks one). ``strategies``: those this contact may have — a note in
    a client's record never has guidance of a group or class."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        strategies: Sequence[ServiceStrategy] = CLIENT_STRATEGIES,
    ) -> None:
        super().__init__(parent)
        self._kind = SessionKind.INDIVIDUAL
        self._loading = False
        self.component_combo = QComboBox(self)
        self.component_combo.setObjectName("serviceComponent")
        self.component_combo.addItem(self.tr("Not classified"), None)
        for component in ServiceComponent:
            self.component_combo.addItem(name_of(component), component)
        self.component_combo.setAccessibleName(self.tr("Service component"))
        self.component_combo.setAccessibleDescription(
            self.tr(
                "Which component of the guidance and counseling program this contact "
                "belongs to; the school's reports count it there."
            )
        )
        self.strategy_combo = QComboBox(self)
        self.strategy_combo.setObjectName("serviceStrategy")
        for strategy in strategies:
            self.strategy_combo.addItem(name_of(strategy), strategy)
        self.strategy_combo.setAccessibleName(self.tr("Service strategy"))
        self.strategy_combo.setAccessibleDescription(
            self.tr("How the service was given: counseling, consultation, a home visit …")
        )
        self.field_checks: dict[ServiceField, QCheckBox] = {}
        areas = QHBoxLayout()
        areas.setContentsMargins(0, 0, 0, 0)
        self.areas_label = QLabel(self.tr("Area:"), self)
        areas.addWidget(self.areas_label)
        for area in ServiceField:
            check = QCheckBox(name_of(area), self)
            check.setObjectName(f"serviceField_{area.value}")
            check.setAccessibleDescription(self.tr("Tick every area the contact was about."))
            self.field_checks[area] = check
            areas.addWidget(check)
            check.toggled.connect(self._edited)
        self.asca_combo = QComboBox(self)
        self.asca_combo.setObjectName("serviceUseOfTime")
        self.asca_combo.addItem("", None)  # "as derived": its text follows the choices
        for category in UseOfTime:
            self.asca_combo.addItem(name_of(category), category)
        self.asca_combo.setAccessibleName(self.tr("ASCA use-of-time category"))
        self.asca_combo.setAccessibleDescription(
            self.tr(
                "How an English-medium school's report counts this contact. It follows the "
                "strategy unless you choose another."
            )
        )
        # Long names ("Indirect: consultation and collaboration (follows the strategy)")
        # must not widen the form: the combos shrink and show the whole name when open.
        for combo in (self.component_combo, self.strategy_combo, self.asca_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.group_hint = QLabel(
            self.tr(
                "Group counseling: each member has a client record and the note lists them. "
                "Group guidance keeps no client records: record it as an activity."
            ),
            self,
        )
        self.group_hint.setObjectName("hint")
        self.group_hint.setWordWrap(True)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.component_combo, 0, 0)
        grid.addWidget(self.strategy_combo, 0, 1)
        # The areas and the ASCA category share a row: the note's text stays in view.
        self.asca_label = QLabel(self.tr("ASCA:"), self)
        areas.addSpacing(12)
        areas.addWidget(self.asca_label)
        areas.addWidget(self.asca_combo, 1)
        grid.addLayout(areas, 1, 0, 1, 2)
        grid.addWidget(self.group_hint, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.component_combo.currentIndexChanged.connect(self._edited)
        self.strategy_combo.currentIndexChanged.connect(self._edited)
        self.asca_combo.currentIndexChanged.connect(self._edited)
        self._update()

    # -- reading and writing -------------------------------------------------------------
    def set_service(self, service: ServiceClass | None, kind: SessionKind | None = None) -> None:
        """Show ``service`` (``None``: not classified) without telling ``changed``."""
        self._loading = True
        try:
            if kind is not None:
                self._kind = SessionKind(kind)
            if service is None:
                self.component_combo.setCurrentIndex(0)
                self._choose(self.strategy_combo, suggested_strategy(self._kind))
                for check in self.field_checks.values():
                    check.setChecked(False)
                self.asca_combo.setCurrentIndex(0)
            else:
                self._choose(self.component_combo, service.component)
                if self.strategy_combo.findData(service.strategy) < 0:
                    self.strategy_combo.addItem(name_of(service.strategy), service.strategy)
                self._choose(self.strategy_combo, service.strategy)
                for area, check in self.field_checks.items():
                    check.setChecked(area in service.fields)
                self._choose(self.asca_combo, service.use_of_time)
        finally:
            self._loading = False
        self._update()

    def service(self) -> ServiceClass | None:
        component = self._component()
        if component is None:
            return None
        use_of_time = self.asca_combo.currentData()
        return ServiceClass(
            component=component,
            strategy=self._strategy(),
            fields=tuple(a for a, check in self.field_checks.items() if check.isChecked()),
            use_of_time=UseOfTime(use_of_time) if use_of_time is not None else None,
        )

    def _component(self) -> ServiceComponent | None:
        data = self.component_combo.currentData()  # Qt hands a str back, not the enum
        return ServiceComponent(data) if data is not None else None

    def _strategy(self) -> ServiceStrategy:
        return ServiceStrategy(self.strategy_combo.currentData())

    def set_kind(self, kind: SessionKind) -> None:
        """The note's kind changed: while unclassified, the strategy offered follows it."""
        self._kind = SessionKind(kind)
        if self._component() is None:
            self._loading = True
            try:
                self._choose(self.strategy_combo, suggested_strategy(self._kind))
            finally:
                self._loading = False
        self._update()

    def set_editable(self, editable: bool) -> None:
        self.component_combo.setEnabled(editable)
        self._update(editable)

    # -- internals ---------------------------------------------------------------------
    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _edited(self, *_args: object) -> None:
        self._update()
        if not self._loading:
            self.changed.emit()

    def _update(self, editable: bool | None = None) -> None:
        component = self._component()
        on = component is not None
        if editable is None:
            editable = self.component_combo.isEnabled()
        for widget in (self.strategy_combo, self.asca_combo, *self.field_checks.values()):
            widget.setEnabled(on and editable)
        for widget in (
            self.areas_label,
            self.asca_label,
            self.asca_combo,
            *self.field_checks.values(),
        ):
            widget.setVisible(on)
        strategy = self._strategy()
        if component is not None:
            derived = derived_use_of_time(component, strategy)
            self.asca_combo.setItemText(
                0, self.tr("{category} (follows the strategy)").format(category=name_of(derived))
            )
        self.asca_combo.setToolTip(self.asca_combo.currentText())  # when cut short
        self.group_hint.setVisible(
            (on and strategy is ServiceStrategy.GROUP_COUNSELING) or self._kind is SessionKind.GROUP
        )


class ServiceDialog(QDialog):
    """Classify a signed note (its classification is not part of what was signed)."""

    def __init__(
        self, parent: QWidget | None, service: ServiceClass | None, kind: SessionKind
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Service Classification"))
        self.setObjectName("serviceDialog")
        intro = QLabel(
            self.tr(
                "Which service this contact was, for the school's reports. The note itself "
                "stays as it was signed; the change is kept in the audit log."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.selector = ServiceSelector(self)
        self.selector.set_service(service, kind)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.selector)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def service(self) -> ServiceClass | None:
        return self.selector.service()
