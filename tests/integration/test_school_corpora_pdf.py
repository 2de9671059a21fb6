"""Supervision PDFs of the two school corpora: nothing identifying reaches the text a
supervisor reads, and the clinical writing is all there (issue 16).

Each client of ``tests/school_corpora.py`` is written with the self-check (a refusal fails
the test) and read back with two extractors, pypdf and pdfminer.six; the oracle is
``bench/redaction_eval.py``'s (plain folded-text searches, not the engine's matcher).
The whole table, with pdftotext and the CLI, is ``python -m bench.redaction_eval``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pdfminer.high_level import extract_text as pdfminer_text
from pypdf import PdfReader

from bench.redaction_eval import Row, fold, score
from counsel_desk.domain.redaction import IdentifierSet
from counsel_desk.export.pdf_check import write_supervision_pdf_checked
from counsel_desk.export.supervision_pdf import SupervisionInput
from tests.school_corpora import school_corpus

CORPORA = {name: school_corpus(name) for name in ("A", "B")}


@pytest.mark.parametrize("name", sorted(CORPORA))
@pytest.mark.parametrize("index", [0, 3, 12, 27])
def test_a_school_supervision_pdf_holds_no_identifier_and_every_clinical_phrase(
    name: str, index: int, tmp_path: Path
) -> None:
    corpus = CORPORA[name]
    ids = IdentifierSet.from_caseload(corpus.caseload)
    client = corpus.caseload.clients[index]
    path = tmp_path / "summary.pdf"
    write_supervision_pdf_checked(
        SupervisionInput(client, ids, path, as_of=dt.date(2025, 12, 1), language=corpus.language)
    )
    reader = PdfReader(str(path))
    texts = [
        fold("\n".join(page.extract_text() or "" for page in reader.pages)),
        fold(pdfminer_text(str(path))),
    ]
    row = Row()
    score(row, corpus, client.case_code, texts, corpus.name_tokens())
    assert row.core == 0
    assert row.unlisted_left == 0
    assert row.clinical_kept == row.clinical_total > 0
