"""Bahasa Indonesia is complete: every text the code marks for translation — the PDFs'
headings and fixed texts included — has a finished Indonesian translation in
resources/translations/counsel_desk_id.ts, with the same placeholders and accelerator marks
as the English source."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "counsel_desk_id.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _entries(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")
    return found


@pytest.fixture(scope="module")
def from_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What pyside6-lupdate collects from the code today."""
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    probe = tmp_path_factory.mktemp("lupdate") / "probe_id.ts"
    sources = sorted(str(p) for p in (ROOT / "counsel_desk").rglob("*.py"))
    subprocess.run(
        [lupdate, *sources, "-no-obsolete", "-locations", "none", "-ts", str(probe)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return set(_entries(probe))


def test_every_marked_text_has_a_finished_indonesian_translation(
    from_code: set[tuple[str, str]],
) -> None:
    committed = _entries(TS)
    missing = sorted(from_code - set(committed))
    unfinished = sorted(
        key
        for key in from_code & set(committed)
        if committed[key] is None
        or committed[key].get("type") in {"unfinished", "vanished", "obsolete"}
        or not (committed[key].text or "").strip()
    )
    assert missing == [], f"{len(missing)} texts missing from the .ts (run: python3 dev.py lupdate)"
    assert unfinished == [], f"{len(unfinished)} texts not translated: {unfinished[:5]}"


def test_translations_keep_placeholders_and_accelerators() -> None:
    problems = []
    for (context, source), node in _entries(TS).items():
        text = (node.text or "") if node is not None else ""
        if not text:
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r} (placeholders)")
        single = re.compile(r"(?<!&)&(?!&)")
        if bool(single.search(source)) != bool(single.search(text)):
            problems.append(f"{context}: {source!r} -> {text!r} (accelerator)")
        if source.count("&&") != text.count("&&"):
            problems.append(f"{context}: {source!r} -> {text!r} (literal &)")
    assert problems == []


def test_the_cli_speaks_indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    from counsel_desk.i18n import QT_TRANSLATE_NOOP, Catalog, UserMessage

    Catalog.load.cache_clear()
    catalog = Catalog.load("id")
    english = "Passphrase changed."
    translated = catalog.message(UserMessage(QT_TRANSLATE_NOOP("Cli", english)))
    assert translated and translated != english


PDF_CONTEXTS = ("SupervisionPdf", "RecordPdf", "ReportPdf", "BreachLetter", "PlanSummary")


def _pdf_texts() -> set[tuple[str, str]]:
    """Every fixed text of the PDFs (and the plan summary), as the modules mark it."""
    import importlib

    from counsel_desk.i18n import context_of

    found: set[tuple[str, str]] = set()
    for name in (
        "counsel_desk.export.supervision_summary",
        "counsel_desk.export.record_pdf",
        "counsel_desk.export.report_pdf",
        "counsel_desk.export.breach_letter",
        "counsel_desk.domain.plans",
    ):
        for value in vars(importlib.import_module(name)).values():
            texts = value.values() if isinstance(value, dict) else value
            if isinstance(value, dict | tuple):
                found |= {(context_of(t), t) for t in texts if context_of(t) in PDF_CONTEXTS}
            elif context_of(value) in PDF_CONTEXTS:
                found.add((context_of(value), value))
    return found  # type: ignore[return-value]


def test_every_pdf_text_is_in_the_catalog_in_its_own_context(
    from_code: set[tuple[str, str]],
) -> None:
    """The PDFs' headings and fixed texts are translated by the catalog, so the tests above
    cover them — provided lupdate collected each one (it skips a text it cannot read,
    such as one in parentheses)."""
    texts = _pdf_texts()
    assert {context for context, _ in texts} == set(PDF_CONTEXTS)
    committed = _entries(TS)
    not_collected = sorted(texts - from_code)
    unfinished = sorted(
        key
        for key in texts
        if committed.get(key) is None
        or committed[key].get("type") in {"unfinished", "vanished", "obsolete"}
        or not (committed[key].text or "").strip()
    )
    assert not_collected == [] and unfinished == []
