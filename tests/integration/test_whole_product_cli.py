"""The command line, as a program (subprocess), on a few generated caseloads with every
kind of record: init, import, list, verify, supervision-pdf for every client, and
export-json giving back the imported bytes — exit codes only 0 or a clear error, never a
traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counsel_desk.export.interchange import dump_document
from tests.caseloads import realistic_caseloads, vault_word_lists
from tests.integration.conftest import PASSPHRASE

CHEAP = ["--argon2-time", "1", "--argon2-memory-kib", "8192", "--argon2-parallelism", "1"]
_ROOT = Path(__file__).resolve().parents[2]


def _cli(*argv: str | Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "counsel_desk.cli", *map(str, argv)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(_ROOT)},
        timeout=120,
        check=False,
    )
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr
    return result


@settings(
    max_examples=20 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 2,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_the_cli_imports_exports_and_writes_supervision_pdfs_for_any_caseload(
    data: st.DataObject,
) -> None:
    caseload = data.draw(realistic_caseloads(max_clients=2))
    lists = data.draw(vault_word_lists(caseload))  # kept words, some of them names
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = root / "in.json"
        source.write_bytes(dump_document(caseload, lists).encode("utf-8"))
        vault = root / "vault"
        assert _cli("init", vault, *CHEAP).returncode == 0
        imported = _cli("import", vault, source)
        assert imported.returncode == 0, imported.stderr
        assert _cli("list", vault).returncode == 0
        assert _cli("verify", vault).returncode == 0
        first = root / "first.json"
        assert _cli("export-json", vault, first).returncode == 0
        exported = json.loads(first.read_text("utf-8"))
        assert exported.get("keep_words", []) == lists.keep_words
        assert exported.get("school_calendar", []) == [e.to_json() for e in lists.school_calendar]
        codes = [c["case_code"] for c in exported["clients"]]
        for code in codes:
            pdf = _cli("supervision-pdf", vault, code, root / "s.pdf")
            # Names typed as counselors type them never make the self-check refuse.
            assert pdf.returncode == 0, pdf.stderr
        second_vault = root / "again"
        assert _cli("init", second_vault, *CHEAP).returncode == 0
        assert _cli("import", second_vault, first).returncode == 0
        second = root / "second.json"
        assert _cli("export-json", second_vault, second).returncode == 0
        assert second.read_bytes() == first.read_bytes()
