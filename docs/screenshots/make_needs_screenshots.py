"""Screenshots of issue 17, item 6: the needs assessment (AKPD) — its results for a class
and the kiosk the class answered in — and the BK program drafted from them, in English
and in Indonesian, at the laptop size (1280×680).

    python3 dev.py screenshots needs    # this one; Xvfb if need be
    xvfb-run -a .venv/bin/python docs/screenshots/make_needs_screenshots.py --language id

Like make_bk_report_screenshots.py: the demo caseload (fictional people) in a throw-away
vault under a temporary HOME; 32 students of VIII-B answer in the kiosk.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from make_screenshots import demo_window, isolated_home, settle, shoot  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--language", choices=("en", "id"), default="en")
    args = parser.parse_args()
    work = isolated_home()

    window, runner = demo_window(args.language, work)

    prefix = "" if args.language == "en" else "id-"
    dialog = window.plan_actions.show_needs()
    assert dialog is not None
    dialog.resize(1280, 680)
    dialog.move(0, 0)
    dialog.tabs.setCurrentIndex(1)
    dialog.class_edit.setText("VIII-B")
    kiosk = dialog.start_kiosk()
    assert kiosk is not None
    kiosk.setGeometry(0, 0, 1280, 680)  # full screen on the laptop (Xvfb has no window manager)
    settle()
    for student in range(32):
        for i, (_, box) in enumerate(kiosk.boxes):
            box.setChecked((student * 5 + i * 7) % 13 < 3 + (i % 4) * 2)
        kiosk.submit()
    kiosk.thanks_label.clear()
    kiosk.boxes[1][1].setChecked(True)
    kiosk.boxes[4][1].setChecked(True)
    settle()
    shoot(kiosk, args.out / f"{prefix}akpd-kiosk.png", wait_ms=500)
    kiosk.wipe()
    kiosk._release()  # as the passphrase does
    dialog.tabs.setCurrentIndex(2)
    dialog.result_class.setCurrentIndex(dialog.result_class.findData("VIII-B"))
    settle()
    shoot(dialog, args.out / f"{prefix}akpd-results.png", wait_ms=500)
    dialog.reject()

    program = window.plan_actions.show_program()
    assert program is not None
    program.resize(1280, 680)
    program.move(0, 0)
    program.class_combo.setCurrentIndex(program.class_combo.findData("VIII-B"))
    program.level_edit.setText("VIII")
    program.make_draft()
    program.save()
    program.table.selectRow(0)
    settle()
    shoot(program, args.out / f"{prefix}bk-program.png", wait_ms=500)
    program.reject()
    window.lock()
    runner.wait_for_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
