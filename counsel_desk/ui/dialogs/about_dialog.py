"""About Counsel Desk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

import counsel_desk
from counsel_desk.ui.icons import app_icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Counsel Desk"))
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(80, 80))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Counsel Desk {version}").format(version=counsel_desk.__version__))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Confidential case records for school counselors: client profiles, "
                "session notes and consents in an encrypted vault on this computer "
                "(SQLCipher, with a key derived by Argon2id from your passphrase).\n\n"
                "Nothing leaves this computer unless you export it. "
                "Licensed under the GNU GPL, version 3 or later."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setMinimumWidth(360)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(text)
        column.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(18)
        row.addWidget(logo)
        row.addLayout(column, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.addLayout(row)
        layout.addWidget(buttons)
