"""Take the README's screenshots of the real application windows.

Run them all with ``python3 dev.py screenshots`` (it starts Xvfb when DISPLAY is unset),
or this one alone under an X server:

    Xvfb :99 -screen 0 1400x900x24 &
    DISPLAY=:99 python docs/screenshots/make_screenshots.py [--language id]

In Indonesian (``--language id``) every file is named id-*.png (id-caseload.png for
caseload-dashboard.png).

The sample caseload (shared/sample-caseload.json, fictional people) is imported into a
throw-away vault in a temporary folder. Its dates are moved, keeping their spacing, so
that the latest session was a few days ago: the dashboard then shows what a counselor
would see on an ordinary day. Settings go to the same temporary folder, so the
developer's own are never touched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

PASSPHRASE = "tiga kucing makan nasi goreng pedas"
# The file names in another language: the language first (id-welcome.png), a few shorter.
OTHER_LANGUAGE_NAMES = {"caseload-dashboard.png": "caseload.png"}
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}:\d{2})?$")


# --- shared by the screenshot scripts ------------------------------------------------


def isolated_home(prefix: str = "counsel-desk-shots-") -> Path:
    """A throw-away folder made HOME (vaults, settings, Qt's own files go there), so the
    developer's own are never touched. Call before anything of Qt is created."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    (work / "home").mkdir()
    os.environ["HOME"] = str(work / "home")  # a vault sits where a real one would
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    os.environ.pop("XDG_DATA_HOME", None)
    return work


def screenshot_application(language: str = "en"):  # type: ignore[no-untyped-def]
    """The app's QApplication in ``language``, with the font the screenshots use."""
    from counsel_desk.app import create_application, load_translations

    app = create_application([sys.argv[0]])
    load_translations(app, language)
    font = app.font()
    font.setFamily("DejaVu Sans")
    font.setPointSize(10)
    app.setFont(font)
    return app


def hide_weak_key_banner(window) -> None:  # type: ignore[no-untyped-def]
    """The screenshots' vaults use cheap Argon2 settings (made in a moment); the banner
    that says so is left out, as a vault made by the app, with this computer's settings,
    shows none."""
    banner = window.kdf_banner
    show_for = banner.show_for
    banner.show_for = lambda _weak, **_kw: show_for(None)


def settle(ms: int = 300) -> None:
    """Let the window draw. An event loop with a timer, not a processEvents() loop:
    PySide6 6.12 drops a reference to None on every Python call of processEvents()."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget, path: Path, wait_ms: int = 400) -> None:  # type: ignore[no-untyped-def]
    """Save ``widget`` as a PNG: the window as the screen shows it when there is a
    screen, else the widget's own rendering (offscreen)."""
    from PySide6.QtGui import QGuiApplication

    widget.raise_()
    widget.activateWindow()
    settle(wait_ms)
    screen = widget.screen() or QGuiApplication.primaryScreen()
    pixmap = screen.grabWindow(widget.winId())
    if pixmap.isNull() or pixmap.width() < 50:
        pixmap = widget.grab()
    pixmap.save(str(path), "PNG")
    print(f"wrote {path} ({pixmap.width()}x{pixmap.height()})")


def demo_window(language: str, work: Path):  # type: ignore[no-untyped-def]
    """The main window over a throw-away vault of the demo caseload (fictional people),
    unlocked, at 1280×800: what the scripts of single dialogs shoot from. Returns the
    window and its task runner (wait for it before exiting)."""
    from PySide6.QtCore import QEventLoop, QSettings

    from counsel_desk.demo.caseload import build_demo_caseload
    from counsel_desk.export.interchange import dump_document
    from counsel_desk.paths import default_vault_path
    from counsel_desk.services.vault_service import KdfParams, VaultService
    from counsel_desk.ui.main_window import MainWindow
    from counsel_desk.ui.settings import AppSettings
    from counsel_desk.ui.tasks import TaskRunner

    app = screenshot_application(language)
    vault_path = default_vault_path()
    builder = VaultService()
    builder.create(vault_path, PASSPHRASE, KdfParams.cheap_for_tests())  # screenshots only
    builder.interchange.import_text(dump_document(build_demo_caseload(dt.date.today())))
    builder.lock()

    settings = AppSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = language
    runner = TaskRunner(app)
    window = MainWindow(VaultService(), settings, runner)
    hide_weak_key_banner(window)  # cheap Argon2 settings, see there
    window.resize(1280, 800)
    window.unlock_view.set_vault_path(vault_path)
    window.show()
    window.unlock_view.passphrase_edit.setText(PASSPHRASE)
    loop = QEventLoop()
    window.unlock_view.unlocked.connect(loop.quit)
    window.unlock_view.start_unlock()
    loop.exec()
    settle()
    return window, runner


def find_sample() -> Path:
    for candidate in (
        REPO.parent / "shared" / "sample-caseload.json",
        Path("/work/shared/sample-caseload.json"),
        REPO / "tests" / "fixtures" / "sample-caseload.json",
    ):
        if candidate.is_file():
            return candidate
    raise SystemExit("sample-caseload.json not found")


def shift_dates(document: object, days: int) -> object:
    """Every date and timestamp in the document moved by ``days``."""
    if isinstance(document, dict):
        return {key: shift_dates(value, days) for key, value in document.items()}
    if isinstance(document, list):
        return [shift_dates(value, days) for value in document]
    if isinstance(document, str):
        match = _DATE.match(document)
        if match:
            day = dt.date.fromisoformat(match.group(1)) + dt.timedelta(days=days)
            return day.isoformat() + (match.group(2) or "")
    return document


def recent_caseload(sample: Path, today: dt.date) -> str:
    document = json.loads(sample.read_text(encoding="utf-8"))
    sessions = [
        dt.date.fromisoformat(s["date"]) for c in document["clients"] for s in c["sessions"]
    ]
    delta = (today - dt.timedelta(days=5) - max(sessions)).days
    shifted = shift_dates(document, delta)
    # Birthdays stay where they were: the clients keep their ages from the sample.
    for original, moved in zip(document["clients"], shifted["clients"], strict=True):
        moved["date_of_birth"] = original.get("date_of_birth")
    return json.dumps(shifted, ensure_ascii=False)


def signature_stroke(width: int, height: int) -> list[tuple[float, float]]:
    """A handwriting-like stroke across the pad (widget coordinates): a run of loops,
    like a quickly written name, rising a little towards the end."""
    import math

    points = []
    steps = 400
    loops = 7
    for i in range(steps + 1):
        t = i / steps
        angle = t * loops * 2 * math.pi
        radius = height * (0.16 + 0.06 * math.sin(t * math.pi * 3))
        x = width * (0.12 + 0.6 * t) - radius * 0.9 * math.sin(angle)
        y = height * (0.52 - 0.08 * t) - radius * math.cos(angle) * (0.8 + 0.2 * math.sin(t * 11))
        points.append((x, y))
    return points


def signature_flourish(width: int, height: int) -> list[tuple[float, float]]:
    """The underline that ends many signatures."""
    return [
        (width * (0.12 + 0.66 * i / 40), height * (0.8 - 0.06 * (i / 40) ** 2)) for i in range(41)
    ]


# What the counselor types in these shots, in each language (the sample's own records
# are in English either way).
TEXTS = {
    "en": {
        "question": "Budi avoids his classmates before exams, and Doni, a classmate, has "
        "started teasing him. How can I help him re-engage without pushing too hard?",
        "background_strengths": "Lives with his father Hartono Santoso at Jl. Merpati No. 12; "
        "close to his aunt Sri Wahyuni (0812 9988 7766). Draws well; Pak Joko says he helps "
        "younger students.",
        "conceptualization": "Exam anxiety kept going by avoidance; he fears disappointing his "
        "father since the results of 17 Agustus 2024.",
        "reactions": "I notice I want to protect Ucok from the teasing.",
        "subjective": "Budi says the maths test on Friday keeps him awake; he skipped lunch "
        'twice this week to revise. "If I fail, Ayah will be so disappointed."',
        "objective": "Arrived on time. Fidgeted less than last week; good eye contact when "
        "talking about his drawings.",
        "assessment_begun": "Test anxiety easing with breathing practice; ",
        "assessment": "Test anxiety easing with breathing practice; still avoids eating "
        "before tests.",
        "plan": "Practise the 4-7-8 breathing before Friday's test; a short check-in on Monday.",
        "addendum": "Pak Hartono phoned after school: Budi ate lunch today and asked to keep "
        "the Monday check-in.",
        "addendum_reason": "Information from the father after the session",
        "hold_reason": "Abuse report to the police, kept until the case ends",
    },
    "id": {
        "question": "Budi menghindari teman sekelasnya menjelang ulangan, dan Doni, teman "
        "sekelasnya, mulai mengejeknya. Bagaimana saya membantunya kembali terlibat tanpa "
        "terlalu mendesak?",
        "background_strengths": "Tinggal bersama ayahnya, Hartono Santoso, di Jl. Merpati "
        "No. 12; dekat dengan tantenya, Sri Wahyuni (0812 9988 7766). Pandai menggambar; "
        "Pak Joko bilang dia suka membantu adik kelas.",
        "conceptualization": "Kecemasan menghadapi ulangan bertahan karena penghindaran; dia "
        "takut mengecewakan ayahnya sejak hasil ujian 17 Agustus 2024.",
        "reactions": "Saya merasa ingin melindungi Ucok dari ejekan itu.",
        "subjective": "Budi bilang ulangan matematika hari Jumat membuatnya susah tidur; "
        "minggu ini dua kali dia tidak makan siang supaya bisa belajar. "
        '"Kalau aku gagal, Ayah pasti kecewa sekali."',
        "objective": "Datang tepat waktu. Lebih tenang daripada minggu lalu; kontak mata "
        "baik saat bercerita tentang gambarnya.",
        "assessment_begun": "Kecemasan menghadapi ulangan berkurang dengan latihan pernapasan; ",
        "assessment": "Kecemasan menghadapi ulangan berkurang dengan latihan pernapasan; "
        "masih tidak mau makan sebelum ulangan.",
        "plan": "Latihan pernapasan 4-7-8 sebelum ulangan hari Jumat; bertemu sebentar hari Senin.",
        "addendum": "Pak Hartono menelepon sepulang sekolah: Budi makan siang hari ini dan "
        "minta pertemuan hari Senin tetap ada.",
        "addendum_reason": "Informasi dari ayah setelah sesi",
        "hold_reason": "Laporan kekerasan ke polisi, disimpan sampai kasusnya selesai",
    },
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument(
        "--language", default="en", choices=("en", "id"), help="the interface language"
    )
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        raise SystemExit("Run under an X server (DISPLAY=:99 with Xvfb).")

    work = isolated_home()

    from PySide6.QtCore import QEventLoop, QSettings

    from counsel_desk.services.vault_service import KdfParams, VaultService
    from counsel_desk.ui.main_window import MainWindow
    from counsel_desk.ui.settings import AppSettings
    from counsel_desk.ui.tasks import TaskRunner

    app = screenshot_application(args.language)
    texts = TEXTS[args.language]  # what she types, in the language she works in

    def snap(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        if args.language != "en":  # id-welcome.png, id-caseload.png ...
            name = f"{args.language}-{OTHER_LANGUAGE_NAMES.get(name, name)}"
        shoot(widget, args.out / name)

    settings = AppSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = args.language  # as she chose it: a summary's headings follow it
    from counsel_desk.paths import default_vault_path

    vault_path = default_vault_path()

    # The vault with the sample caseload (product-strength Argon2 parameters).
    builder = VaultService()
    builder.create(vault_path, PASSPHRASE, KdfParams.recommended_minimum())
    builder.interchange.import_text(recent_caseload(find_sample(), dt.date.today()))
    builder.lock()

    vault = VaultService()
    runner = TaskRunner(app)
    window = MainWindow(vault, settings, runner)
    window.resize(1280, 800)
    window.move(40, 30)

    # 1. The welcome dialog, with a passphrase typed in (its strength shown).
    dialog = window.session.make_welcome_dialog()
    dialog.location_edit.setText("/home/counselor/.local/share/Counsel Desk/Vault")
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE)
    dialog.adjustSize()
    dialog.move(200, 80)
    dialog.show()
    snap(dialog, "welcome.png")
    dialog.passphrase_edit.wipe()
    dialog.repeat_edit.wipe()
    dialog.reject()  # closed, not hidden: the unlock card comes back (stand_aside_for)
    dialog.deleteLater()

    # 2. The unlock window.
    window.unlock_view.set_vault_path(vault_path)
    window.show()
    window.unlock_view.focus_passphrase()
    settle()
    snap(window, "unlock.png")
    window.unlock_view.passphrase_edit.setText(PASSPHRASE)

    # 3. The caseload with the dashboard.
    loop = QEventLoop()
    window.unlock_view.unlocked.connect(loop.quit)
    window.unlock_view.start_unlock()
    loop.exec()
    window.caseload_view.set_status_filter(window.caseload_view.proxy.status_filter.ALL)
    window.caseload_view.table.clearSelection()
    settle()
    snap(window, "caseload-dashboard.png")

    # 4. A client profile.
    summary = next(s for s in window.client_model.summaries() if s.case_code == "C-0001")
    window.workspace.open_client(summary.id)
    settle()
    snap(window, "client-profile.png")
    window.profile_view.tabs.setCurrentIndex(window.profile_view.TAB_CONTACTS)
    settle()
    snap(window, "client-contacts.png")

    # 5. Privacy mode on the dashboard.
    window.workspace.show_dashboard()
    window.set_privacy(True)
    settle()
    snap(window, "privacy-mode.png")
    window.set_privacy(False)

    # 5b. Export for Supervision: the review step, every replacement highlighted.
    window.workspace.open_client(summary.id)
    export = window.supervision_actions.export_for_supervision()
    export.move(60, 40)
    for key in ("question", "background_strengths", "conceptualization", "reactions"):
        export.compose.text_edits[key].setPlainText(texts[key])
    loop = QEventLoop()
    export.preview_ready.connect(loop.quit)
    export.review()
    loop.exec()
    settle()
    snap(export, "supervision-export.png")
    export.reject()

    # 5c. Session notes and consents (issue 4): a SOAP note being written, its guidance
    # beside each field; then the same note signed, with an addendum and its reason.
    from PySide6.QtCore import QDate, QTime

    from counsel_desk.domain.enums import ConsentKind, SignerRelationship
    from counsel_desk.domain.templates import TemplateId

    window.resize(1360, 860)
    window.move(20, 20)
    window.workspace.open_client(summary.id)
    profile = window.profile_view
    profile.tabs.setCurrentIndex(profile.TAB_SESSIONS)
    sessions = profile.sessions_view
    sessions.new_note(TemplateId.SOAP)
    editor = sessions.editor
    session_day = dt.date.today()
    while session_day.weekday() >= 5:  # a school day: inside the working hours
        session_day -= dt.timedelta(days=1)
    editor.date_edit.setDate(QDate(session_day.year, session_day.month, session_day.day))
    editor.time_check.setChecked(True)
    editor.time_edit.setTime(QTime(9, 30))
    editor.duration_spin.setValue(40)
    editor.field_edits["subjective"].setPlainText(texts["subjective"])
    editor.field_edits["objective"].setPlainText(texts["objective"])
    editor.field_edits["assessment"].setPlainText(texts["assessment_begun"])
    editor.field_edits["assessment"].setFocus()
    editor.field_edits["assessment"].moveCursor(
        editor.field_edits["assessment"].textCursor().MoveOperation.End
    )
    settle(2200)  # the autosave fires 1.5 s after the last keystroke
    snap(window, "note-editor.png")

    editor.field_edits["assessment"].setPlainText(texts["assessment"])
    editor.field_edits["plan"].setPlainText(texts["plan"])
    sessions.sign()
    sessions.add_addendum(texts["addendum"], texts["addendum_reason"])
    sessions.viewer.browser.verticalScrollBar().setValue(0)
    settle()
    snap(window, "signed-note-addendum.png")

    # The consent dialog, its signature drawn on the pad.
    window.resize(1280, 800)
    window.move(40, 30)
    profile.tabs.setCurrentIndex(profile.TAB_CONSENTS)
    consent = profile.consents_view.open_consent_dialog(ConsentKind.ONLINE_COUNSELING)
    consent.signer_edit.setText("Hartono Santoso")
    consent.relationship_combo.setCurrentIndex(
        consent.relationship_combo.findData(SignerRelationship.GUARDIAN)
    )
    consent.detail_edit.setText("father")
    consent.method_tabs.setCurrentIndex(1)
    consent.move(40, 20)  # 1120 wide: all of it on the 1400-pixel screen
    settle()
    consent.pad.draw_path(signature_stroke(consent.pad.width(), consent.pad.height()))
    consent.pad.draw_path(signature_flourish(consent.pad.width(), consent.pad.height()))
    settle()
    snap(consent, "consent-signature.png")
    consent.reject()

    # Ctrl+F: search with highlighted snippets (the last word is a prefix).
    window.workspace.show_dashboard()
    search = window.workspace.show_search()
    search.move(280, 120)
    search.edit.setText("anxi")
    settle(500)
    snap(search, "search-results.png")
    search.reject()

    # 6. Keys, backups, audit, retention (ui/vault_actions.py).
    def wait_for(task) -> None:
        if task is not None and not task.done:
            loop = QEventLoop()
            task.finished.connect(loop.quit)
            task.failed.connect(loop.quit)
            loop.exec()

    from counsel_desk.domain.retention import RetentionPolicy, RetentionProfile
    from counsel_desk.ui.dialogs.settings_dialog import SettingsDialog
    from counsel_desk.vault.credentials import new_recovery_key

    key_dialog = window.vault_actions.show_recovery_key(new_recovery_key(), vault_path)
    key_dialog.adjustSize()
    key_dialog.move(300, 120)
    settle()
    snap(key_dialog, "recovery-key.png")
    key_dialog.stored_check.setChecked(True)
    key_dialog.accept()

    # A few automatic backups to list: lock and unlock twice, a second apart.
    for _ in range(2):
        settle(1100)
        window.lock()
        window.unlock_view.passphrase_edit.setText(PASSPHRASE)
        loop = QEventLoop()
        window.unlock_view.unlocked.connect(loop.quit)
        window.unlock_view.start_unlock()
        loop.exec()
    settings_dialog = SettingsDialog(window.settings, window, vault=window.vault)
    settings_dialog.tabs.setCurrentWidget(settings_dialog.backup_page)
    # No narrower than it opens in the app (its Indonesian texts are longer).
    settings_dialog.resize(max(680, settings_dialog.sizeHint().width()), 560)
    settings_dialog.move(300, 120)
    settings_dialog.show()
    settle()
    snap(settings_dialog, "backup-settings.png")
    settings_dialog.reject()

    audit = window.vault_actions.show_audit()
    while audit.is_loading:  # the entries are read in a worker
        settle(50)
    wait_for(audit.start_verify())
    audit.move(200, 90)
    settle()
    snap(audit, "audit-trail.png")
    audit.reject()

    # Retention: the school profile (0 years) makes every closed case due; one is on hold.
    clients = window.vault.clients
    closed = [s for s in window.client_model.summaries() if str(s.status) == "closed"]
    if len(closed) < 2:
        for summary in [s for s in window.client_model.summaries() if str(s.status) != "closed"][
            : 2 - len(closed)
        ]:
            clients.close_case(summary.id, dt.date.today() - dt.timedelta(days=3))
    window.vault.retention.set_policy(RetentionPolicy(RetentionProfile.SCHOOL, school_years=0))
    statuses = window.vault.retention.due_for_destruction()
    if len(statuses) > 1:
        window.vault.retention.set_legal_hold(statuses[-1].client_id, texts["hold_reason"])
    due = window.vault_actions.show_due()
    due.move(200, 90)
    if due.model.rowCount():
        due.table.selectRow(0)
    settle()
    snap(due, "due-for-destruction.png")
    due.reject()

    window.lock()
    runner.wait_for_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
