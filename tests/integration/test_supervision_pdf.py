"""Supervision summaries as PDF files: nothing identifying survives, read two ways (issue 5)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pdfminer.high_level import extract_text as pdfminer_text
from pypdf import PdfReader

from counsel_desk.domain.redaction import IdentifierSet
from counsel_desk.export.interchange import parse_document
from counsel_desk.export.pdf_check import (
    SelfCheckFailedError,
    check_pdf_for_identifiers,
    pdf_structure_problems,
    write_supervision_pdf_checked,
)
from counsel_desk.export.record_pdf import BANNER, render_record_pdf
from counsel_desk.export.supervision_pdf import (
    Section,
    SupervisionInput,
    prepare_supervision_summary,
    render_supervision_pdf,
)
from tests.conftest import REPO_ROOT, sample_caseload_text
from tests.redaction_corpus import generate_corpus, leaks

CORPUS = generate_corpus(5)
IDS = IdentifierSet.from_caseload(CORPUS.caseload)
AS_OF = dt.date(2025, 12, 1)

SUPERVISION_TEXTS = {
    "question": "How do I pace exposure work when {name} still avoids class?",
    "background_strengths": "{name} lives with {guardian}; good at drawing.",
    "conceptualization": "Avoidance keeps the anxiety going; {name}'s belief is 'I will fail'.",
    "goals": "Attend every maths lesson for two weeks.",
    "interventions": "Graded exposure and thought records.",
    "response_progress": "Anxiety ratings falling steadily.",
    "reactions": "I feel protective and notice I rush the plan.",
    "plan": "Review in three weeks; call {guardian} on {phone}.",
}


def _input(client_index: int, **extra: object) -> SupervisionInput:
    client = CORPUS.caseload.clients[client_index]
    fill = {
        "name": client.given_name,
        "guardian": client.guardians[0].name,
        "phone": client.guardians[0].phone,
    }
    texts = {k: v.format(**fill) for k, v in SUPERVISION_TEXTS.items()}
    return SupervisionInput(client, IDS, as_of=AS_OF, **texts, **extra)  # type: ignore[arg-type]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _texts(data: bytes) -> tuple[str, str, dict[str, str]]:
    reader = PdfReader(io.BytesIO(data))
    first = "\n".join(page.extract_text() or "" for page in reader.pages)
    second = pdfminer_text(io.BytesIO(data))
    meta = {str(k): str(v) for k, v in (reader.metadata or {}).items()}
    return first, second, meta


@pytest.mark.parametrize("index", range(len(CORPUS.caseload.clients)))
def test_no_identifier_survives_for_any_client(index: int) -> None:
    client = CORPUS.caseload.clients[index]
    summary = prepare_supervision_summary(_input(index))
    data = render_supervision_pdf(summary)
    first, second, meta = _texts(data)
    # Invariant mode: the fixed date of 2000-01-01 instead of the moment of export.
    assert meta.pop("/CreationDate") == meta.pop("/ModDate") == "D:20000101000000+00'00'"
    for text in (first, second, *meta.values()):
        assert leaks(text, CORPUS.caseload) == []
        assert IDS.find(text) == [], [text[d.start : d.end] for d in IDS.find(text)]
    assert meta["/Title"] == "Supervision summary"
    assert all(meta.get(k, "") == "" for k in ("/Author", "/Subject", "/Keywords", "/Creator"))
    assert "[CLIENT]" in first

    # At least 95% of the non-identifying clinical sentences survive word for word.
    sentences = CORPUS.clinical[client.case_code or ""]
    for text in (first, second):
        squashed = _squash(text)
        kept = sum(1 for s in sentences if s in squashed)
        assert kept >= 0.95 * len(sentences), (kept, len(sentences))


def test_the_same_input_gives_the_same_bytes(tmp_path: Path) -> None:
    a = render_supervision_pdf(prepare_supervision_summary(_input(0)))
    b = render_supervision_pdf(prepare_supervision_summary(_input(0)))
    assert a == b
    # ... in another process too (font subsets, object numbering, the document ID).
    script = (
        "import sys, hashlib; sys.path.insert(0, '.');"
        "from tests.integration.test_supervision_pdf import _input;"
        "from counsel_desk.export.supervision_pdf import *;"
        "print(hashlib.sha256(render_supervision_pdf(prepare_supervision_summary(_input(0))))"
        ".hexdigest())"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == hashlib.sha256(a).hexdigest()


def test_document_id_does_not_depend_on_the_client() -> None:
    ids = set()
    for index in (0, 1):
        data = render_supervision_pdf(prepare_supervision_summary(_input(index)))
        ids.add(bytes(re.search(rb"/ID\s*\[(.*?)\]", data, re.S).group(1)))  # type: ignore[union-attr]
    assert len(ids) == 1


def test_structure_is_clean(tmp_path: Path) -> None:
    path = tmp_path / "summary.pdf"
    write_supervision_pdf_checked(_input(2), path)
    assert pdf_structure_problems(path) == []
    assert check_pdf_for_identifiers(path, IDS) == []
    data = path.read_bytes()
    for marker in (b"/Metadata", b"/Outlines 0", b"/Annots", b"/JavaScript", b"/EmbeddedFile"):
        assert marker not in data or marker == b"/Outlines 0"
    assert b"/FontFile2" in data  # the font is embedded
    assert b"DejaVuSans" in data


def test_self_check_deletes_the_file_and_names_only_categories(tmp_path: Path) -> None:
    # A "never print" word that the app's own heading contains: redaction cannot remove
    # it (headings are not redacted), so only the read-back check can catch it.
    client = CORPUS.caseload.clients[0]
    ids = IdentifierSet.from_caseload(CORPUS.caseload, extra_terms=["Presenting concern"])
    path = tmp_path / "summary.pdf"
    inp = SupervisionInput(client, ids, path, as_of=AS_OF)
    with pytest.raises(SelfCheckFailedError) as caught:
        write_supervision_pdf_checked(inp)
    assert not path.exists()
    assert "never-print" in str(caught.value)
    assert "Presenting concern" not in str(caught.value)
    assert any("Presenting concern" in line for line in caught.value.details())


def test_sections_range_and_private_notes() -> None:
    client = CORPUS.caseload.clients[3]
    days = sorted(s.date for s in client.sessions)
    inp = _input(
        3,
        date_from=days[1],
        date_to=days[3],
        sections=frozenset({Section.SESSIONS, Section.CONTEXT}),
        is_record_note=lambda note: note.date != days[2],
    )
    text = prepare_supervision_summary(inp).plain_text()
    assert "Session 2 — week" in text and "Session 4 — week" in text
    assert "Session 1 —" not in text and "Session 3 —" not in text and "Session 5 —" not in text
    assert "Question for supervision" not in text
    included = prepare_supervision_summary(
        _input(
            3,
            date_from=days[1],
            date_to=days[3],
            include_private_notes=True,
            is_record_note=lambda note: note.date != days[2],
        )
    ).plain_text()
    assert "Session 3 —" in included and "private note" in included


def test_context_shows_age_and_level_not_name_or_birth_date() -> None:
    summary = prepare_supervision_summary(_input(0))
    context = next(s for s in summary.sections if s.key is Section.CONTEXT)
    rows = {i.label: i.text for i in context.items}
    assert rows["Age"].endswith("years")
    assert rows["Case code"] == CORPUS.caseload.clients[0].case_code


def test_indonesian_headings() -> None:
    text = prepare_supervision_summary(_input(1, language="id")).plain_text()
    assert "Pertanyaan untuk supervisi" in text and "Sesi 1 — minggu 1" in text


def test_sample_client_summary(tmp_path: Path) -> None:
    caseload = parse_document(sample_caseload_text()).caseload
    ids = IdentifierSet.from_caseload(caseload)
    client = caseload.clients[0]
    path = tmp_path / "c1.pdf"
    summary = write_supervision_pdf_checked(
        SupervisionInput(client, ids, path, as_of=dt.date(2025, 9, 1))
    )
    text = _squash(_texts(path.read_bytes())[0])
    assert "Call [GUARDIAN 1] on [PHONE] about exam schedule." in text
    assert "[PERSON A]" in text and "Budi" not in text and "Hartono" not in text
    assert summary.possible_names == []


def test_full_record_is_marked_on_every_page() -> None:
    client = CORPUS.caseload.clients[0]
    data = render_record_pdf(client, printed=dt.date(2025, 9, 1))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert BANNER in (page.extract_text() or "")
    assert client.full_name not in str(reader.metadata)
    assert client.given_name in _texts(data)[0]
    # The oracle and the extractors do see identifiers when they are there.
    assert leaks(_texts(data)[0], CORPUS.caseload)
    assert leaks(_texts(data)[1], CORPUS.caseload)


def test_consent_signers_are_identifiers() -> None:
    from counsel_desk.domain.enums import ConsentKind, SignerRelationship
    from counsel_desk.domain.model import Caseload, Client, Consent

    client = Client("Rudi", case_code="Z-1")
    client.consents = [
        Consent(
            ConsentKind.RELEASE_OF_INFORMATION,
            "Margaretha Simanjuntak",
            dt.date(2025, 1, 1),
            signer_relationship=SignerRelationship.OTHER,
        )
    ]
    ids = IdentifierSet.from_caseload(Caseload([client]))
    text = "Spoke with Margaretha; Simanjuntak agreed."
    from counsel_desk.domain.redaction import Redactor

    out = Redactor(ids).redact(text, subject_client_case_code="Z-1").text
    assert out == "Spoke with [PERSON A]; [PERSON A] agreed."


def test_risk_actions_duty_steps_and_struck_notes() -> None:
    import copy

    from counsel_desk.domain import model

    if not hasattr(model, "RiskAssessment"):
        pytest.skip("the model has no structured risk yet")
    from counsel_desk.domain.enums import DutyStep, NoteClass, RiskLevel

    caseload = copy.deepcopy(CORPUS.caseload)
    client = caseload.clients[0]
    guardian = client.guardians[0].name
    first, second, third = client.sessions[:3]
    first.risk = model.RiskAssessment(  # type: ignore[attr-defined]
        self_harm=True, level=RiskLevel.HIGH, actions_taken=f"Safety plan; called {guardian}."
    )
    first.duty_actions = [  # type: ignore[attr-defined]
        model.DutyAction(DutyStep.CONTACTED_GUARDIAN, dt.datetime(2025, 7, 8, 9), f"Pak {guardian}")  # type: ignore[attr-defined]
    ]
    second.struck_at = dt.datetime(2025, 7, 20, 9)  # type: ignore[attr-defined]
    third.note_class = NoteClass.PROCESS  # type: ignore[attr-defined]
    ids = IdentifierSet.from_caseload(caseload)
    text = prepare_supervision_summary(SupervisionInput(client, ids, as_of=AS_OF)).plain_text()
    assert "What was done: Safety plan; called [GUARDIAN 1]." in text
    assert "Contacted the parent or guardian (unless they are the risk): [GUARDIAN 1]" in text
    assert "self-harm" in text
    assert "Session 2 —" not in text and "Session 3 —" not in text
    assert leaks(text, caseload) == []
