"""Class-list preview at 5,000 rows (issue 20, item 1; target < 1 s): the file read
(CSV, XLSX by the streaming reader of export/roster_xlsx.py) and every row checked and
matched against a vault's list — empty (a first import) and holding the same 5,000 (the
list imported again). Invented names, in memory only.

    python -m bench.roster [--rows 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import time

import openpyxl

from counsel_desk.domain.roster import RowStatus, guess_mapping, preview
from counsel_desk.export.roster_file import read_roster_bytes

HEADER = [
    "No", "Nama", "NIPD", "JK", "NISN", "Tempat Lahir", "Tanggal Lahir", "NIK",
    "Alamat", "No HP", "Nama Ayah", "Nama Ibu", "Rombel Saat Ini",
]  # fmt: skip
GIVEN = ["Rina", "Budi", "Sari", "Dewi", "Agus", "Putri", "Wayan", "Nur", "Eko", "Maya"]
FAMILY = ["Wulandari", "Santoso", "Lestari", "Pratama", "Saputra", "Hidayat", "Nababan"]
TODAY = dt.date(2026, 11, 20)


def _rows(count: int) -> list[list[object]]:
    rng = random.Random(20)
    rows = []
    for n in range(count):
        born = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(1800))
        rows.append(
            [
                n + 1,
                f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {n}",
                str(2526000 + n),
                rng.choice("LP"),
                f"{n:010d}",
                "Bantul",
                born,
                f"{3404000000000000 + n}",
                f"Jl. Kenanga No. {n % 90 + 1}, Sleman",
                f"0813{5550000 + n}",
                f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                f"{rng.choice(['VII', 'VIII', 'IX'])}-{rng.choice('ABCDEFGH')}",
            ]
        )
    return rows


def csv_bytes(rows: list[list[object]]) -> bytes:
    lines = [";".join(HEADER)]
    for row in rows:
        cells = [c.strftime("%d/%m/%Y") if isinstance(c, dt.date) else str(c) for c in row]
        lines.append(";".join(cells))
    return ("\ufeff" + "\n".join(lines) + "\n").encode("utf-8")


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _time(
    data: bytes, name: str, existing: list, repeat: int
) -> tuple[float, float, float, object]:
    """Best of ``repeat`` previews (read + check): (whole, read, check) of the best run."""
    best = (float("inf"), 0.0, 0.0)
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        sheet = read_roster_bytes(data, name)
        read = time.perf_counter()
        result = preview(
            sheet.rows, guess_mapping(sheet.headers), existing, today=TODAY, school_year="2026/2027"
        )
        end = time.perf_counter()
        best = min(best, (end - start, read - start, end - read))
    return (*best, result)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = _rows(args.rows)
    for kind, data in (("csv", csv_bytes(rows)), ("xlsx", xlsx_bytes(rows))):
        name = f"kelas.{kind}"
        first, read, check, result = _time(data, name, [], args.repeat)
        entries = [r.entry for r in result.rows if r.entry is not None]  # type: ignore[attr-defined]
        again, read_again, check_again, result = _time(data, name, entries, args.repeat)
        same = result.count(RowStatus.SAME)  # type: ignore[attr-defined]
        print(
            f"{kind}: {args.rows} rows, {len(data) / 1e6:.1f} MB: preview {first:.3f} s "
            f"(read {read:.3f} + check {check:.3f}) first import; {again:.3f} s "
            f"(read {read_again:.3f} + check {check_again:.3f}) again, {same} the same"
        )


if __name__ == "__main__":
    main()
