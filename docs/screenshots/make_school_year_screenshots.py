"""Screenshot of issue 20, item 2: Vault → New School Year…, its preview of every active
client's class now and after, in English and in Indonesian (the dialog fits 1280×680).

    python3 dev.py screenshots school_year    # this one; Xvfb if need be
    xvfb-run -a .venv/bin/python docs/screenshots/make_school_year_screenshots.py --language id

Like make_needs_screenshots.py: the demo caseload (fictional people) in a throw-away vault
under a temporary HOME.
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
    dialog = window.vault_actions.show_school_year()
    assert dialog is not None
    dialog.resize(980, 620)
    dialog.move(0, 0)
    settle()
    shoot(dialog, args.out / f"{prefix}new-school-year.png", wait_ms=500)
    dialog.reject()
    window.lock()
    runner.wait_for_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
