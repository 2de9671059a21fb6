"""One Indonesian term per thing (issue 22, /work/shared/glossary-id.md): the glossary's
terms hold across the catalog and the PDFs, and the renderings that misled are gone."""

from __future__ import annotations

import copy
import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest

from counsel_desk.domain.enums import ConsentKind, DutyStep, Modality, NoteClass
from counsel_desk.domain.redaction import IdentifierSet
from counsel_desk.domain.reminders import ReminderKind
from counsel_desk.domain.vocabulary import display_name
from counsel_desk.export.record_pdf import render_record_pdf
from counsel_desk.export.supervision_pdf import (
    SupervisionInput,
    prepare_supervision_summary,
    render_supervision_pdf,
)
from counsel_desk.paths import resource_path
from tests.redaction_corpus import generate_corpus

# Renderings the glossary rules out, wherever Indonesian text is shown or printed.
FORBIDDEN = (
    "Hapus berkas kunci",
    "Berkas kunci dihapus",
    "Penahanan hukum",
    "penahanan hukum",
    "Tandatangani dan kunci",
    "(asen)",
    "asent",
    "Jatuh tempo pemusnahan",
    "Pemikiran kerja",
    "Alat bantu ingatan",
    "digarap",
    "menyakiti diri",
    "Pelepasan informasi",
    "Masalah yang disampaikan",
    "Respons dan kemajuan",
    "Ringkasan supervisi",
    "orang yang berisiko",
    "Persetujuan anak",
)

CORPUS = generate_corpus(3)
IDS = IdentifierSet.from_caseload(CORPUS.caseload)
AS_OF = dt.date(2025, 12, 1)


def _translations() -> list[str]:
    root = ET.parse(resource_path("translations", "counsel_desk_id.ts")).getroot()
    return [m.findtext("translation") or "" for m in root.iter("message")]


def _indonesian_client():
    """A client whose own texts are all Indonesian, so every English word left in an
    Indonesian PDF would be the app's."""
    client = copy.deepcopy(CORPUS.caseload.clients[1])
    for note in client.sessions:
        note.fields = {key: "Konseli bercerita tentang sekolah." for key in note.fields}
        note.addenda = []
        note.risk = None
        note.risk_notes = ""
    client.presenting_concern = "Konflik dengan teman sekelas."
    client.referral_source = None
    return client


def _supervision_text(language: str) -> str:
    inp = SupervisionInput(_indonesian_client(), IDS, as_of=AS_OF, language=language)
    summary = prepare_supervision_summary(inp)
    return summary.plain_text()


@pytest.mark.parametrize("term", FORBIDDEN)
def test_no_misleading_or_second_rendering_in_the_catalog(term: str) -> None:
    assert [t for t in _translations() if term in t] == []


def test_vocabulary_names_are_the_glossary_terms() -> None:
    assert display_name(ConsentKind.INFORMED_CONSENT, "id") == (
        "Persetujuan konseling (informed consent)"
    )
    assert display_name(ConsentKind.GUARDIAN_CONSENT, "id") == "Persetujuan orang tua/wali"
    assert display_name(ConsentKind.ASSENT, "id") == "Persetujuan siswa (assent)"
    assert display_name(Modality.CHAT, "id") == "Obrolan"
    assert display_name(NoteClass.SOLE_POSSESSION, "id") == "Catatan pengingat pribadi"
    assert display_name(NoteClass.PROCESS, "id") == "Catatan pribadi konselor"
    assert display_name(ReminderKind.TURNING_18, "id") == "Segera berusia 18 tahun"
    assert display_name(ReminderKind.RISK_REVIEW, "id") == "Waktunya tinjauan risiko"
    assert "pihak yang terancam" in display_name(DutyStep.WARNED_PERSON_AT_RISK, "id")


def test_indonesian_supervision_summary_uses_the_glossary_and_its_placeholders() -> None:
    text = _supervision_text("id")
    for term in FORBIDDEN:
        assert term not in text
    assert "Masalah yang dikemukakan" in text
    for english in ("[CLIENT]", "[GUARDIAN", "[PERSON", "[PHONE]", "[DATE]", "Year "):
        assert english not in text


def test_indonesian_record_pdf_calls_the_whole_record_berkas_kasus() -> None:
    from io import BytesIO

    from pypdf import PdfReader

    pdf = render_record_pdf(_indonesian_client(), printed=AS_OF, language="id")
    reader = PdfReader(BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "Berkas kasus" in text and "Catatan lengkap" not in text
    assert reader.metadata is not None and reader.metadata.title == "Berkas kasus"
    for term in FORBIDDEN:
        assert term not in text


# Words both languages share: names of note formats, loan words, the glossary's own
# bracketed English terms, and the vault's product name.
_SHARED = {
    "soap",
    "dap",
    "birp",
    "girp",
    "video",
    "individual",
    "status",
    "supervisi",
    "informed",
    "consent",
    "assent",
    "counsel",
    "desk",
    "data",
    "email",
    "e-mail",
    "sesi",
    "menit",
    "konseling",
    "intervensi",
    "respons",
    "chat",
}


def _words(text: str) -> set[str]:
    without_labels = re.sub(r"\[[^\]]*\]", " ", text)
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]+", without_labels)}


def test_indonesian_supervision_pdf_holds_no_english_words_of_the_app() -> None:
    client = _indonesian_client()
    english = _words(_supervision_text("en"))
    # The PDF itself, read back, not just the summary it was made from.
    from io import BytesIO

    from pypdf import PdfReader

    inp = SupervisionInput(client, IDS, as_of=AS_OF, language="id")
    pdf = render_supervision_pdf(prepare_supervision_summary(inp))
    reader = PdfReader(BytesIO(pdf))
    indonesian = _words("\n".join(page.extract_text() or "" for page in reader.pages))
    own_text = _words("Konseli bercerita tentang sekolah. Konflik dengan teman sekelas.")
    case_code = _words(client.case_code)
    assert sorted((english & indonesian) - own_text - case_code - _SHARED) == []


def _indonesian_report_text() -> tuple[str, str | None]:
    from io import BytesIO

    from pypdf import PdfReader

    from counsel_desk.domain.enums import SessionKind
    from counsel_desk.domain.reports import SessionFact, build_report
    from counsel_desk.export.report_pdf import render_report_pdf

    # Enough sessions of every modality (chat among them) that no row is suppressed.
    facts = [
        SessionFact(dt.date(2025, 8, 1 + i), frozenset({i}), 45, modality, SessionKind.INDIVIDUAL)
        for modality in Modality
        for i in range(6)
    ]
    report = build_report(dt.date(2025, 7, 1), dt.date(2025, 12, 31), facts, {})
    reader = PdfReader(BytesIO(render_report_pdf(report, language="id")))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return text, reader.metadata.title if reader.metadata is not None else None


def test_indonesian_term_report_uses_the_glossary() -> None:
    text, title = _indonesian_report_text()
    flat = " ".join(text.split())
    for term in FORBIDDEN:
        assert term not in flat
    # "siswa" in every PDF ("peserta didik" only where a regulation is quoted), and the
    # modalities by their vocabulary names ("Obrolan", not "Chat").
    assert "peserta didik" not in flat.lower()
    assert "Siswa yang dilayani" in flat
    assert "Obrolan" in flat and "Chat" not in flat
    assert "Tatap muka" in flat
    assert title == "Laporan layanan BK"


def test_indonesian_breach_letter_pdf_dates_and_title_are_indonesian() -> None:
    from io import BytesIO

    from pypdf import PdfReader

    from counsel_desk.export.breach_letter import LetterFacts, fill_letter, render_letter_pdf

    facts = LetterFacts(
        clients=3,
        minors=1,
        notes=9,
        consents=2,
        first_record=dt.date(2025, 5, 2),
        last_record=None,
        incident="",
        discovered=dt.date(2025, 8, 17),
        what_happened="",
        contact="",
        written_on=dt.date(2025, 8, 18),
        done_steps=frozenset({"principal_informed"}),
    )
    text = fill_letter(facts, "id")
    assert "17 Agustus 2025" in text and "2 Mei 2025" in text and "[tidak diketahui]" in text
    assert "[tanggal dan jam]" in text and "Pimpinan sekolah telah diberi tahu" in text
    reader = PdfReader(BytesIO(render_letter_pdf(text, "id")))
    assert reader.metadata is not None and reader.metadata.title == "Pemberitahuan"
    printed = " ".join("\n".join(p.extract_text() or "" for p in reader.pages).split())
    assert "Apa yang terjadi" in printed and "August" not in printed
