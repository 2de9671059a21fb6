"""Screenshots of issue 20, item 3: the Screening tab with its chart, a PHQ-A in the kiosk,
the counselor's GAD-7 form scored as she goes, and the note a self-harm answer opens, in
English and in Indonesian, at the commonest school laptop size (1366×768).

    python3 dev.py screenshots screening    # this one; Xvfb if need be
    xvfb-run -a .venv/bin/python docs/screenshots/make_screening_screenshots.py --language id

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

    from counsel_desk.domain.screening import InstrumentId, ScreeningEntry, ScreeningResult

    summary = next(s for s in window.client_model.summaries() if s.status.value == "active")
    window.workspace.open_client(summary.id)
    profile = window.profile_view
    view = profile.screening_view
    # Earlier results, filled in with the counselor: a PHQ-A easing over the term.
    today = dt.date.today()
    for weeks, level in ((9, 2), (6, 2), (3, 1)):
        answers = {str(i): max(0, level - (i % 3 == 0)) for i in range(1, 9)} | {"9": 0}
        window.vault.screening.save(
            ScreeningResult(
                summary.id,
                InstrumentId.PHQA,
                today - dt.timedelta(weeks=weeks),
                answers | {"past_month": 0, "ever": 0},
                ScreeningEntry.COUNSELOR,
            )
        )
    profile.tabs.setCurrentIndex(profile.TAB_SCREENING)
    view.reload()
    settle()
    shoot(window, args.out / f"{prefix}screening-tab.png", wait_ms=500)

    view.instrument_combo.setCurrentIndex(view.instrument_combo.findData(InstrumentId.GAD7))
    dialog = view.fill_in()
    assert dialog is not None
    _answer(dialog.form, {"1": 2, "2": 3, "3": 2, "4": 1, "5": 1})
    settle()
    shoot(dialog, args.out / f"{prefix}screening-form.png", wait_ms=500)
    dialog.reject()

    view.instrument_combo.setCurrentIndex(view.instrument_combo.findData(InstrumentId.PHQA))
    kiosk = view.start_kiosk()
    assert kiosk is not None
    kiosk.setGeometry(0, 0, 1366, 768)  # full screen on the laptop (Xvfb has no window manager)
    _answer(kiosk.form, {"1": 2, "2": 1, "3": 2, "4": 1})
    settle()
    shoot(kiosk, args.out / f"{prefix}screening-kiosk.png", wait_ms=500)
    _answer(kiosk.form, {"5": 1, "6": 2, "7": 1, "8": 0, "9": 1, "past_month": 0})
    kiosk.submit()
    settle()
    shoot(kiosk, args.out / f"{prefix}screening-kiosk-done.png", wait_ms=500)
    kiosk._release()  # as the counselor's passphrase does
    settle()
    shoot(window, args.out / f"{prefix}screening-risk-note.png", wait_ms=800)
    window.lock()
    runner.wait_for_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
