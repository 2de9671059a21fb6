"""Screenshots of issue 20, item 4: sociometry for a class of 32 — the sociogram with its
table, the paper entry, the kiosk a student answers in (her name, then her choices), and the homeroom teacher's PDF
(initials) — at 1366×768, in English or in Indonesian.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_sociometry_screenshots.py
    xvfb-run -a .venv/bin/python docs/screenshots/make_sociometry_screenshots.py --language id

Like make_needs_screenshots.py: the demo caseload (fictional people) in a throw-away vault
under a temporary HOME, with a class list of 32 invented students of VIII-D, who answer "Teman duduk" (three choices) and "Tidak ingin sekelompok".
The teacher's PDF is turned into a PNG with ``pdftoppm -png -r 80`` (poppler-utils).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from make_screenshots import demo_window, isolated_home, settle, shoot  # noqa: E402

SIZE = (1366, 768)
MORE = [
    "Andi Saputra",
    "Bella Kurniasih",
    "Cahyo Nugroho",
    "Dina Marlina",
    "Eko Prasetyo",
    "Fitri Handayani",
    "Galih Ramadhan",
    "Hana Safitri",
    "Ilham Maulana",
    "Intan Permatasari",
    "Johan Sitorus",
    "Kevin Wijaya",
    "Laras Ayuningtyas",
    "Miftahul Jannah",
    "Nadia Putri",
    "Oka Wirawan",
    "Putri Ramadhani",
    "Rafi Akbar",
    "Salsabila Azzahra",
    "Taufik Hidayat",
    "Umar Said",
    "Vivi Anggraeni",
    "Wulan Sari",
    "Yoga Firmansyah",
    "Zaki Mubarak",
    "Aulia Rahman",
    "Gita Anggraini Siregar",
    "Ridwan Fadillah Hasibuan",
    "Theresia Ndruru",
    "Made Ayu Kusumawati",
    "Yusuf Maulana Harahap",
    "Clara Oktavia Tambunan",
]


def choices(number: int, count: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """A class as classes are: two popular students, small groups of friends who choose
    each other, a few left out, one many would rather not work with."""
    if number in (count, count - 1):  # two who are left out: they choose, nobody them
        return ((1, 2, 9), ())
    group = (number - 1) // 4  # friends in fours
    mates = [g for g in range(group * 4 + 1, group * 4 + 5) if g != number and g < count - 1]
    popular = [1] if number % 2 and number != 1 else [2] if number % 5 == 0 else []
    positive = popular + [m for m in mates if m not in popular]
    negative = (7,) if number % 3 == 0 and number != 7 else ()
    return tuple(dict.fromkeys(positive))[:3], negative


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--language", choices=("en", "id"), default="en")
    args = parser.parse_args()
    work = isolated_home()
    window, runner = demo_window(args.language, work)
    prefix = "" if args.language == "en" else "id-"

    sheet = work / "viii-d.csv"
    sheet.write_text(
        "Nama Peserta Didik;Rombel\n" + "".join(f"{n};VIII-D\n" for n in MORE), encoding="utf-8"
    )
    window.vault.roster.import_rows(window.vault.roster.read(sheet))

    from counsel_desk.domain.enums import AkpdEntry
    from counsel_desk.domain.sociometry import Answer, Criterion, Member, SociometryRound

    service = window.vault.sociometry
    criteria = (
        (Criterion("Teman duduk"), Criterion("Tidak ingin sekelompok", False))
        if args.language == "id"
        else (Criterion("Seatmate"), Criterion("Would rather not work with", False))
    )
    # Numbered in the list's order (as an import keeps them), so the pictures are the same
    # each time; a round made in the window is numbered at random.
    members = tuple(
        Member(n, c.roster_id, c.client_id)
        for n, c in enumerate(service.candidates("VIII-D"), start=1)
    )
    made = service.save_new(SociometryRound("VIII-D", window.context.today(), criteria, 3, members))
    count = len(made.members)
    assert count == 32, count
    assert made.id is not None

    def answer(numbers: range) -> None:
        assert made.id is not None
        for number in numbers:
            positive, negative = choices(number, count)
            entry = AkpdEntry.KIOSK if number % 2 else AkpdEntry.PAPER
            service.save_answer(made.id, Answer(number, (positive, negative), entry))

    answer(range(1, 25))  # eight are still to answer in the kiosk
    dialog = window.plan_actions.show_sociometry()
    assert dialog is not None
    dialog.resize(*SIZE)
    dialog.move(0, 0)
    dialog.refresh_rounds(select=made.id)
    dialog.tabs.setCurrentIndex(1)
    kiosk = dialog.start_kiosk()
    assert kiosk is not None
    kiosk.showNormal()  # offscreen "full screen" is the platform's 800×800
    kiosk.setGeometry(0, 0, *SIZE)  # the laptop's full screen
    kiosk.student_list.setCurrentRow(2)
    settle()
    shoot(kiosk, args.out / f"{prefix}sociometry-kiosk-names.png", wait_ms=500)
    kiosk.pick_me(count)
    kiosk.choose(0, [1, 2, 9])
    settle()
    shoot(kiosk, args.out / f"{prefix}sociometry-kiosk.png", wait_ms=500)
    kiosk.wipe()
    kiosk._release()  # as the passphrase does
    answer(range(25, count))  # the last one is still answering
    dialog.refresh_rounds(select=made.id)
    dialog.status_label.clear()

    dialog.tabs.setCurrentIndex(2)
    dialog.question_combo.setCurrentIndex(0)
    settle()
    shoot(dialog, args.out / f"{prefix}sociometry-sociogram.png", wait_ms=500)

    dialog.tabs.setCurrentIndex(1)
    dialog.select_member(5)
    settle()
    shoot(dialog, args.out / f"{prefix}sociometry-choices.png", wait_ms=500)

    pdf = work / "sociogram.pdf"
    dialog.label_combo.setCurrentIndex(dialog.label_combo.findData("initials"))
    dialog.save_teacher_pdf(pdf)
    runner.wait_for_all()
    settle()
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "2", str(pdf), str(work / "page")],
        check=True,
    )
    for page in sorted(work.glob("page-*.png")):
        target = args.out / f"{prefix}sociometry-teacher-pdf-{page.stem[-1]}.png"
        target.write_bytes(page.read_bytes())
        print(f"wrote {target}")
    dialog.reject()
    window.lock()
    runner.wait_for_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
