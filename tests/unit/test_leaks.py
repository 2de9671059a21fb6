"""The leak scans' helper (tests/leaks.py) finds plaintext and ignores chance matches."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from tests.leaks import readable_in


def test_a_name_in_a_plaintext_database_or_json_is_readable(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t(id, given, family, school)")
        conn.execute("INSERT INTO t VALUES (1, 'Budi', 'Santoso', 'SMP Negeri 3')")
    conn.close()
    assert readable_in(b"Budi", path.read_bytes())
    assert readable_in(b"self", b'{"referral_source": "self", "grade": "8B"}')
    assert readable_in("Budi".encode("utf-16-le"), "nama: Budi, kelas 8B".encode("utf-16-le"))
    assert readable_in(b"Budi", b"Budi")  # a tiny file holding only the name


def test_chance_matches_in_ciphertext_are_not_readable() -> None:
    noise = random.Random(13).randbytes(1 << 22)
    assert noise.count(b"Bu") > 20  # short enough to occur by chance, many times
    assert not readable_in(b"Bu", noise)
    # A long secret is never a chance match: found means readable.
    assert readable_in(b"cannot sleep", noise[:1000] + b"cannot sleep" + noise[1000:2000])


def test_a_chance_match_inside_base64_is_not_readable() -> None:
    header = b'{"salt": "q9XbudiZk0selfP2+Lm4wQ8Jt7Hh3Yv6Rr1Ss5Ee8Dd2Cc4Bb9Aa0Zz/A==", "v": 1}'
    assert not readable_in(b"self", header)
    assert readable_in(b"self", b'{"referral": "self", "salt": "q9XbudiZk0P2+Lm4wQ8Jt7Hh"}')
