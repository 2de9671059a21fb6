"""The canary scan: after a whole working session in a fresh HOME and TMPDIR, no file
anywhere under them (settings, caches, backups, the vault) holds a client's name or a
sentence of a note. The only readable output is what the counselor asked for. (The
summary PDF's streams are compressed, so this byte scan says nothing about it: its
redaction is checked on its extracted text in tests/integration/test_supervision_pdf.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLE_CASELOAD
from tests.leaks import readable_in
from tests.reliability.conftest import ROOT

EXTRA = [
    "Kadek Wirawan",
    "panic before the Friday test",
    "called back in the evening",
    "Ucok unfinished draft words",
]


def _canaries() -> set[str]:
    doc = json.loads(SAMPLE_CASELOAD.read_text(encoding="utf-8"))
    found: set[str] = set(EXTRA)
    for c in doc["clients"]:
        found.update(
            v
            for k, v in c.items()
            if isinstance(v, str)
            and k
            in {
                "given_name",
                "family_name",
                "preferred_name",
                "school",
                "student_number",
                "national_id",
                "phone",
                "email",
                "address",
                "presenting_concern",
            }
        )
        found.update(p["name"] for p in c["guardians"] + c["emergency_contacts"])
        found.update(c["other_people"])
        for s in c["sessions"]:
            for text in [*s["fields"].values(), s["risk_notes"] or ""]:
                found.update(part.strip() for part in text.split(".") if len(part.strip()) > 12)
    return {c for c in found if c and len(c) >= 4}


def test_no_file_outside_the_chosen_exports_holds_client_data(tmp_path: Path) -> None:
    home, tmp, exports = tmp_path / "home", tmp_path / "tmp", tmp_path / "exports"
    home.mkdir()
    tmp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(
        HOME=str(home),
        TMPDIR=str(tmp),
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )
    result = subprocess.run(
        [sys.executable, "-m", "tests.reliability.canary_session", str(exports)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "session complete" in result.stdout
    files = [p for base in (home, tmp, exports) for p in base.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert "vault.json" in names and "records.db" in names  # the session really ran
    assert any(n.endswith(".cdbackup") and n.startswith("auto-") for n in names)
    assert "supervision.pdf" in names
    canaries = _canaries()
    assert "Budi" in canaries and "Hartono Santoso" in canaries
    leaks = []
    for path in files:
        data = path.read_bytes()
        for canary in canaries:
            for encoding in ("utf-8", "utf-16-le"):
                if readable_in(canary.encode(encoding), data):
                    leaks.append(f"{canary!r} in {path.relative_to(tmp_path)}")
    assert leaks == []
