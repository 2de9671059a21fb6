"""Settings → Retention: which profile gives closed cases their destruction date."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from counsel_desk.domain.retention import PROFILE_NAMES, RetentionPolicy, RetentionProfile
from counsel_desk.services.vault_service import VaultService


def profile_name(profile: RetentionProfile) -> str:
    return QCoreApplication.translate("Retention", PROFILE_NAMES[profile])


def rule_text(policy: RetentionPolicy) -> str:
    """The policy in one sentence (for the settings page and the due list)."""
    match policy.profile:
        case RetentionProfile.SCHOOL:
            return QCoreApplication.translate(
                "RetentionRules",
                "School: {years} years after the case closes (sole-possession notes when "
                "the student leaves)",
            ).format(years=policy.school_years)
        case RetentionProfile.ADULT_CLINICAL:
            return QCoreApplication.translate(
                "RetentionRules", "Adult clinical: {years} years after the last service"
            ).format(years=policy.adult_years)
        case RetentionProfile.MINOR_CLINICAL:
            return QCoreApplication.translate(
                "RetentionRules",
                "Minor clinical: {years} years after the client turns 18, and at least "
                "{adult} years after the last service",
            ).format(years=policy.years_after_majority, adult=policy.adult_years)
        case _:
            return QCoreApplication.translate(
                "RetentionRules", "Custom: {years} years after the last service"
            ).format(years=policy.custom_years)


class RetentionSettingsPage(QWidget):
    def __init__(self, vault: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        policy = vault.retention.policy()
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("retentionProfileCombo")
        for profile in RetentionProfile:
            self.profile_combo.addItem(profile_name(profile), profile.value)
        self.profile_combo.setCurrentIndex(self.profile_combo.findData(policy.profile.value))
        self.profile_combo.setAccessibleDescription(
            self.tr("Which rule gives a closed case its destruction date; the rule is shown below.")
        )

        def spin(value: int, name: str) -> QSpinBox:
            box = QSpinBox(self)
            box.setObjectName(name)
            box.setRange(0, 100)
            box.setSuffix(self.tr(" years"))
            box.setValue(value)
            box.setMinimumWidth(120)
            box.setMaximumWidth(160)
            box.setAccessibleDescription(
                self.tr("How many years a closed case is kept before it is due for destruction.")
            )
            return box

        self.school_spin = spin(policy.school_years, "schoolYearsSpin")
        self.adult_spin = spin(policy.adult_years, "adultYearsSpin")
        self.majority_spin = spin(policy.years_after_majority, "majorityYearsSpin")
        self.custom_spin = spin(policy.custom_years, "customYearsSpin")
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.addRow(self.tr("Retention profile:"), self.profile_combo)
        self.form.addRow(self.tr("Keep after the case closes:"), self.school_spin)
        self.form.addRow(self.tr("Keep after the last service:"), self.adult_spin)
        self.form.addRow(self.tr("Keep after the client turns 18:"), self.majority_spin)
        self.form.addRow(self.tr("Keep after the last service:"), self.custom_spin)
        self.rule_label = QLabel(self)
        self.rule_label.setObjectName("retentionRule")
        self.rule_label.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Closed cases get a destruction date from this rule; open cases never do. "
                "A case on legal hold (for example after an abuse report) is kept past its "
                "date. Nothing is destroyed without your confirmation: see Vault → Due for "
                "Destruction. Check the rule against your professional code and local law."
            ),
            self,
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addLayout(self.form)
        layout.addWidget(self.rule_label)
        layout.addWidget(note)
        layout.addStretch(1)
        self.profile_combo.currentIndexChanged.connect(self._update)
        for box in (self.school_spin, self.adult_spin, self.majority_spin, self.custom_spin):
            box.valueChanged.connect(self._update)
        self._update()

    def policy(self) -> RetentionPolicy:
        return RetentionPolicy(
            RetentionProfile(self.profile_combo.currentData()),
            self.school_spin.value(),
            self.adult_spin.value(),
            self.majority_spin.value(),
            self.custom_spin.value(),
        )

    def _update(self) -> None:
        profile = RetentionProfile(self.profile_combo.currentData())
        shown = {
            RetentionProfile.SCHOOL: (self.school_spin,),
            RetentionProfile.ADULT_CLINICAL: (self.adult_spin,),
            RetentionProfile.MINOR_CLINICAL: (self.majority_spin, self.adult_spin),
            RetentionProfile.CUSTOM: (self.custom_spin,),
        }[profile]
        for box in (self.school_spin, self.adult_spin, self.majority_spin, self.custom_spin):
            self.form.setRowVisible(box, box in shown)
        self.rule_label.setText(rule_text(self.policy()))

    def apply(self) -> None:
        if self._vault.is_unlocked:
            self._vault.retention.set_policy(self.policy())
