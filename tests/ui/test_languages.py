"""The app starts in English and in Bahasa Indonesia: the translation (.qm, compiled from
resources/translations/counsel_desk_id.ts) is found and used, and dates follow the
language. Cheap Argon2 settings via the conftest helpers (tests only)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from counsel_desk.app import load_translations
from counsel_desk.i18n import Catalog
from counsel_desk.ui.labels import format_date
from counsel_desk.ui.main_window import MainWindow
from counsel_desk.ui.qt_texts import STANDARD_BUTTONS
from tests.ui.conftest import make_vault, sample_clients, unlock

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "counsel_desk_id.ts"


@pytest.fixture(scope="module", autouse=True)
def compiled_translation() -> None:
    """The .qm is generated (dev.py builds it); make sure this checkout has a fresh one."""
    qm = TS.with_suffix(".qm")
    if qm.exists() and qm.stat().st_mtime >= TS.stat().st_mtime:
        return
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(qm)], check=True, timeout=120)


@pytest.fixture
def language(qapp, request):  # type: ignore[no-untyped-def]
    load_translations(qapp, request.param)
    yield request.param
    load_translations(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


def _expected(language: str, context: str, source: str) -> str:
    return source if language == "en" else Catalog.load("id").translate(context, source)


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_the_app_starts_in_each_language(
    qtbot, language, vault_service, settings, runner, prompter, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(vault_service, settings, runner, prompter)
    qtbot.addWidget(window)
    window.show()
    unlock_text = window.unlock_view.unlock_button.text()
    assert unlock_text == _expected(language, "UnlockView", "Unlock")
    menus = [a.text() for a in window.menuBar().actions()]
    assert _expected(language, "WindowActions", "&File") in menus
    if language == "id":
        assert unlock_text != "Unlock" and "&File" not in menus
    unlock(qtbot, window, make_vault(tmp_path / "vault", sample_clients()))
    assert window.vault.is_unlocked
    header = window.client_model.headerData(0, Qt.Orientation.Horizontal)
    assert header == _expected(language, "ClientTableModel", "Case code")


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_dates_follow_the_language(language) -> None:  # type: ignore[no-untyped-def]
    shown = format_date(dt.date(2025, 8, 17))
    assert shown == ("17 Aug 2025" if language == "en" else "17 Agu 2025")


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_qts_standard_buttons_read_in_indonesian_too(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    # Qt has no Indonesian translation of its own: ours answers for its button texts.
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["Batal", "OK", "Simpan", "Tutup"]
    for text in STANDARD_BUTTONS:
        shown = QCoreApplication.translate("QPlatformTheme", text)
        assert shown == _expected(language, "QPlatformTheme", text)
        assert shown != text or text == "OK"


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_the_signers_relationship_reads_in_indonesian(language) -> None:  # type: ignore[no-untyped-def]
    # The names were plain strings lupdate never collected: "Parent or guardian" read in
    # English in the Indonesian consent dialog.
    from counsel_desk.domain.enums import SignerRelationship
    from counsel_desk.ui.dialogs.consent_dialog import _relationship_label

    shown = [_relationship_label(r) for r in SignerRelationship]
    assert shown == ["Konseli", "Orang tua/wali", "Orang lain"]


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_the_unlock_cards_links_show_whole(
    qtbot, language, vault_service, settings, runner, prompter
) -> None:  # type: ignore[no-untyped-def]
    # "Lupa frasa sandi? Gunakan kunci pemulihan…" was cut at both ends in a 480-px card.
    window = MainWindow(vault_service, settings, runner, prompter)
    qtbot.addWidget(window)
    window.resize(1280, 680)
    window.show()
    qtbot.waitExposed(window)
    view = window.unlock_view
    for button in (view.use_key_file_button, view.recover_button):
        assert button.width() >= button.sizeHint().width(), button.text()
