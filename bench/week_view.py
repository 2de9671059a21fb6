"""The week view of the appointments (issue 20, item 5) at 500 appointments in one week.

    QT_QPA_PLATFORM=offscreen python bench/week_view.py [--count 500] [--repeats 5] [--json OUT]

A real vault (cheap Argon2: the timing is of the view, not of the unlock) holds ``count``
appointments in one week (Monday to Saturday, 07:00 to 16:00, many overlapping) and 40
clients; then, with the median of ``repeats`` runs each:

* **read + build**: ``AppointmentService.between`` for the week and ``WeekView.set_week``
  (conflicts found, blocks laid out);
* **paint**: one full paint of the view at 1366 px wide (``widget.grab()``);
* **move**: ``AppointmentService.move`` of one appointment (checked for names against the
  vault, saved, audited), the week read again and the view rebuilt and painted — what a
  drag costs from the release of the mouse until the moved block is on screen.

It prints each median in milliseconds beside its budget and exits with 1 when one is over.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BUDGETS_MS = {"read + build": 150.0, "paint": 100.0, "move": 250.0}


def _median_ms(work: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(count: int = 500, repeats: int = 5) -> list[dict[str, object]]:
    from PySide6.QtWidgets import QApplication

    from counsel_desk.domain.appointments import Appointment, AppointmentKind
    from counsel_desk.domain.model import Client
    from counsel_desk.services.vault_service import KdfParams, VaultService
    from counsel_desk.ui.widgets.week_view import WeekView
    from counsel_desk.vault.repositories.appointments import AppointmentRepository

    app = QApplication.instance() or QApplication([])
    monday = dt.date(2026, 12, 7)
    with tempfile.TemporaryDirectory(prefix="counsel-desk-week-bench-") as scratch:
        service = VaultService(clock=lambda: dt.datetime(2026, 12, 7, 7, 0))
        service.create(
            Path(scratch) / "v", "week view benchmark passphrase", KdfParams.cheap_for_tests()
        )
        ids = [
            service.clients.save_profile(Client(given_name=f"Siswa{n}", family_name="Bench"))[0].id
            for n in range(40)
        ]
        rng = random.Random(20)
        with service.vault.transaction() as conn:
            repo = AppointmentRepository(conn)
            for _ in range(count):
                start = rng.randrange(7 * 12, 15 * 12) * 5
                length = rng.choice([20, 40, 45, 80])
                kind = rng.choice(list(AppointmentKind))
                with_client = kind in (AppointmentKind.CLIENT, AppointmentKind.PARENT_MEETING)
                repo.insert(
                    Appointment(
                        kind=kind,
                        day=monday + dt.timedelta(days=rng.randrange(6)),
                        start=dt.time(start // 60, start % 60),
                        end=dt.time((start + length) // 60, (start + length) % 60),
                        client_id=rng.choice(ids) if with_client else None,
                        subject="VIII-B" if not with_client else "",
                        purpose="Tindak lanjut",
                    )
                )
        appointments = service.appointments
        view = WeekView(today=lambda: monday)
        view.resize(1366, 24 * 44)
        saturday = monday + dt.timedelta(days=5)

        def build() -> None:
            view.set_week(monday, appointments.between(monday, saturday))

        def paint() -> None:
            view.grab()

        first = appointments.between(monday, saturday)[0]
        assert first.id is not None
        moves = iter(range(10**6))

        def move() -> None:
            n = next(moves)
            appointments.move(first.id, monday + dt.timedelta(days=n % 6), dt.time(8 + n % 7, 15))
            build()
            paint()

        build()
        results = [
            ("read + build", _median_ms(build, repeats)),
            ("paint", _median_ms(paint, repeats)),
            ("move", _median_ms(move, repeats)),
        ]
        conflicts = len(view.conflicting_ids())
        service.lock(backup=False)
    del app
    return [
        {
            "what": f"{what} ({count} appointments, {conflicts} in a conflict)",
            "median_ms": round(ms, 1),
            "budget_ms": BUDGETS_MS[what],
        }
        for what, ms in results
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = measure(args.count, args.repeats)
    over = False
    for row in rows:
        flag = "" if float(row["median_ms"]) <= float(row["budget_ms"]) else "  OVER BUDGET"  # type: ignore[arg-type]
        over = over or bool(flag)
        print(f"{row['what']}: {row['median_ms']} ms (budget {row['budget_ms']} ms){flag}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
