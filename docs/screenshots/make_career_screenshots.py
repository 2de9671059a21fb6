"""Screenshots of issue 20, item 4: the career-interest inventory — the Screening tab with
its Career Interests… button, the results window (code, six bars, explanation), the
counselor's paper entry and the student's kiosk before and after Done — in English and
in Indonesian, at the commonest school laptop size (1366×768).

    python3 dev.py screenshots career    # this one; Xvfb if need be
    xvfb-run -a .venv/bin/python docs/screenshots/make_career_screenshots.py --language id

The demo caseload (fictional people) in a throw-away vault under a temporary HOME.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from make_screenshots import demo_window, isolated_home, settle, shoot  # noqa: E402


def _answer(form, answers: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    for key, value in answers.items():
        form.groups[key].button(value).click()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--language", choices=("en", "id"), default="en")
    args = parser.parse_args()
    work = isolated_home()
    window, runner = demo_window(args.language, work)
    window.resize(1366, 768)
    prefix = "" if args.language == "en" else "id-"

    from counsel_desk.domain.career_interests import ITEMS, CareerInterestResult

    summary = next(s for s in window.client_model.summaries() if s.status.value == "active")
    # An earlier inventory from paper: Social and Artistic, Investigative and
    # Conventional tied for the third place.
    window.vault.career_interests.save(
        CareerInterestResult(
            summary.id,
            dt.date.today() - dt.timedelta(weeks=5),
            {i.key: {"S": 4, "A": 3, "I": 2, "C": 2}.get(i.type.value, 1) for i in ITEMS},
        )
    )
    window.workspace.open_client(summary.id)
    profile = window.profile_view
    view = profile.screening_view
    profile.tabs.setCurrentIndex(profile.TAB_SCREENING)
    view.reload()
    settle()
    shoot(window, args.out / f"{prefix}career-screening-tab.png", wait_ms=500)

    career = view.open_career_interests()
    assert career is not None
    career.resize(1280, 720)
    settle()
    shoot(career, args.out / f"{prefix}career-window.png", wait_ms=600)

    dialog = career.fill_in()
    _answer(dialog.form, {i.key: (n * 7) % 5 for n, i in enumerate(ITEMS[:9])})
    settle()
    shoot(dialog, args.out / f"{prefix}career-form.png", wait_ms=500)
    dialog.reject()

    kiosk = career.start_kiosk()
    assert kiosk is not None
    kiosk.setGeometry(0, 0, 1366, 768)  # full screen on the laptop (Xvfb has no window manager)
    _answer(kiosk.form, {i.key: (n * 3) % 5 for n, i in enumerate(ITEMS[:3])})
    settle()
    shoot(kiosk, args.out / f"{prefix}career-kiosk.png", wait_ms=500)
    _answer(kiosk.form, {i.key: (n * 3) % 5 for n, i in enumerate(ITEMS)})
    kiosk.submit()
    settle()
    shoot(kiosk, args.out / f"{prefix}career-kiosk-done.png", wait_ms=500)
    kiosk._release()  # as the counselor's passphrase does
    settle()
    career.table.selectRow(career.table.rowCount() - 1)
    settle()
    shoot(career, args.out / f"{prefix}career-window-after-kiosk.png", wait_ms=600)
    window.lock()
    runner.wait_for_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
