"""Small timings that used to be limits inside unit tests (wall-clock limits do not belong
there: a loaded machine fails them, a fast one proves nothing).

    python bench/micro.py [--json OUT.json]

Each line: what was timed, the median of the repeats in milliseconds, and the budget the
product aims for. The exit status is 1 when a median is over its budget.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generate import generate_caseload
from counsel_desk.domain.passphrase import assess_passphrase
from counsel_desk.domain.redaction import IdentifierSet, Redactor


def _median_ms(work: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(repeats: int = 5) -> list[dict[str, object]]:
    caseload = generate_caseload(5000, 0)
    big = generate_caseload(2, 40, seed=3).clients[0]
    big.case_code = "C-99999"
    caseload.clients.append(big)
    ids = IdentifierSet.from_caseload(caseload)
    texts = [s.text() for s in big.sessions]

    def redact_all() -> None:
        redactor = Redactor(ids)
        for text in texts:
            redactor.redact(text, subject_client_case_code="C-99999")

    long_text = "".join(chr(33 + (i * 7919) % 90) for i in range(1000))
    assess_passphrase(long_text)  # loads the block list once
    return [
        {
            "what": "identifier set of 5,001 clients",
            "median_ms": _median_ms(lambda: IdentifierSet.from_caseload(caseload), repeats),
            "budget_ms": 2500.0,
        },
        {
            "what": "redact 40 notes against it",
            "median_ms": _median_ms(redact_all, repeats),
            "budget_ms": 1000.0,
        },
        {
            "what": "assess a 1,000-character passphrase",
            "median_ms": _median_ms(lambda: assess_passphrase(long_text), max(repeats, 20)),
            "budget_ms": 10.0,
        },
        {
            "what": "assess 10,000 characters of 'ab'",
            "median_ms": _median_ms(lambda: assess_passphrase("ab" * 5000), repeats),
            "budget_ms": 50.0,
        },
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    results = measure(args.repeats)
    over = False
    for r in results:
        late = float(r["median_ms"]) > float(r["budget_ms"])  # type: ignore[arg-type]
        over |= late
        print(
            f"{r['what']:<40} {float(r['median_ms']):9.2f} ms"  # type: ignore[arg-type]
            f"   budget {float(r['budget_ms']):7.1f} ms{'   OVER' if late else ''}"  # type: ignore[arg-type]
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
