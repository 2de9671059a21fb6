"""Measure redaction on real supervision PDFs written by the CLI (issue 16).

For each corpus of ``tests/school_corpora.py`` (A: an Indonesian SMP/SMA, B: English-medium
schools in Jakarta and Bali; 40 students each) this writes the caseload as a counsel-desk/1
file, runs ``counsel-desk-cli init``, ``import`` and ``supervision-pdf`` for every client
(in-process, cheap Argon2 settings, a temporary folder deleted afterwards), reads every
PDF with **pdftotext** and **pypdf**, and prints the issue's table:

* PDFs written / refused by the self-check / failed otherwise;
* core identifiers that reached the PDF: any name part of any listed person (client,
  guardian, contact) found in either extraction — for a name that is also a word, every
  capitalised use — plus the client's street and phone;
* clinical phrases kept, of those written;
* unlisted people after a kinship or role word left in, and those with none before them
  ("At lunch Marwoto sat with her"; ``--without-possible-people`` measures without the
  ``[PERSON ?]`` rule of docs/redaction.md);
* unlisted people after a title in lower case or that are words, chat style ("mas bayu",
  "mr smith", "Pak Made", "Mr Brown") left in, and the roles after a title kept ("bu guru",
  "Pak Satpam");
* capitalised ordinary words lost: capitalised words of the sentences that identify no
  one (places, holidays, "Hope Week", sentence starts);
* ordinary words (lower-case uses of word-names) lost;
* in capitals (a chat message typed in capitals, attack F14): each sentence of the notes
  that holds an unlisted person with no kinship word before it, written in capitals and
  redacted in-process as the summary is — is the name left in? — and each sentence that
  identifies no one, in capitals: how many of its words are lost;
* word-names left in lower-case prose: lower-case uses of a listed name that is also a
  common word, beyond the ordinary uses the corpus wrote ("ketemu eka" is kept by the
  rule of docs/redaction.md: lower-case words in prose stay words).

Nothing identifying is printed: only counts, and with ``--verbose`` the *kind* of leak
per client (token lengths, never the tokens). Run: ``.venv/bin/python -m bench.redaction_eval``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

from counsel_desk.cli import main as cli_main
from counsel_desk.domain.model import Client
from counsel_desk.domain.redaction import IdentifierSet, Redactor
from counsel_desk.export.interchange import dump_document
from tests.school_corpora import CLITICS, SchoolCorpus, school_corpus

PASSPHRASE = "correct horse battery staple for the eval"
CHEAP = ["--argon2-time", "1", "--argon2-memory-kib", "8192", "--argon2-parallelism", "1"]


def _cli(*argv: str | Path) -> tuple[int, str]:
    err = io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(PASSPHRASE + "\n")
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            try:
                code = cli_main([str(a) for a in argv])
            except SystemExit as exc:
                code = int(exc.code or 0)
    finally:
        sys.stdin = old_stdin
    return code, err.getvalue()


def fold(text: str) -> str:
    """What a reader sees: no invisible characters, no accents, one space, line-break
    hyphenation joined ("Bay-\\nu" is "Bayu")."""
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = re.sub(r"-\s*\n\s*", "", text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.split())


def pdf_texts(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    reader = PdfReader(str(path))
    return [fold(out.stdout), fold("\n".join(p.extract_text() or "" for p in reader.pages))]


_SUFFIX = "|".join(CLITICS)


def _uses(token: str, text: str) -> tuple[int, int]:
    """(capitalised, lower-case) uses of ``token`` as a word, with or without a clitic."""
    pattern = re.compile(rf"(?<![^\W\d_])({re.escape(token)})(?:{_SUFFIX})?(?![^\W\d_])", re.I)
    upper = lower = 0
    for m in pattern.finditer(text):
        if m.group(1)[0].isupper():
            upper += 1
        else:
            lower += 1
    return upper, lower


def _count(phrase: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.I))


@dataclass
class Row:
    written: int = 0
    refused: int = 0
    failed: int = 0
    core: int = 0
    clinical_kept: int = 0
    clinical_total: int = 0
    unlisted_left: int = 0
    unlisted_total: int = 0
    bare_left: int = 0
    bare_total: int = 0
    titled_left: int = 0
    titled_total: int = 0
    roles_kept: int = 0
    roles_total: int = 0
    capitalised_lost: int = 0
    capitalised_total: int = 0
    ordinary_lost: int = 0
    ordinary_total: int = 0
    word_names_left: int = 0
    caps_bare_left: int = 0
    caps_bare_total: int = 0
    caps_lost: int = 0
    caps_total: int = 0
    notes: list[str] = field(default_factory=list)


def score(
    row: Row,
    corpus: SchoolCorpus,
    case_code: str | None,
    texts: list[str],
    tokens: dict[str, bool],
    *,
    verbose: bool = False,
) -> None:
    """Add one client's PDF (its extracted texts, folded) to ``row``."""
    client_code = str(case_code)
    truth = corpus.truth[client_code]
    plain = fold(" ".join(truth.plain))
    leaks = 0
    for token, is_word in tokens.items():
        expected = _uses(token, plain)[1] if is_word else 0
        found = lower_left = lost = 0
        for text in texts:
            upper, lower = _uses(token, text)
            if is_word:
                found = max(found, upper)
                lower_left = max(lower_left, max(0, lower - expected))
                lost = max(lost, max(0, expected - lower))
            else:
                found = max(found, upper + lower)
        leaks += found
        row.word_names_left += lower_left
        row.ordinary_lost += lost
        row.ordinary_total += expected
        if verbose and found:
            row.notes.append(f"{client_code}: name part of {len(token)} letters x{found}")
    for probe in truth.probes:
        hit = max(len(re.findall(probe, t)) for t in texts)
        leaks += hit
        if verbose and hit:
            row.notes.append(f"{client_code}: address or phone")
    row.core += leaks
    for phrase, n in Counter(truth.clinical).items():
        kept = min(_count(phrase, t) for t in texts)
        row.clinical_kept += min(n, kept)
        row.clinical_total += n
    for name, n in Counter(truth.unlisted).items():
        left = max(_count(name, t) for t in texts)
        row.unlisted_left += min(n, left)
        row.unlisted_total += n
    for name, n in Counter(truth.bare).items():
        left = max(_count(name, t) for t in texts)
        row.bare_left += min(n, left)
        row.bare_total += n
    for titled, n in Counter(truth.titled).items():
        left = max(_count(titled, t) for t in texts)  # the name goes with its title
        row.titled_left += min(n, left)
        row.titled_total += n
    for role, n in Counter(truth.roles).items():
        kept = min(_count(role, t) for t in texts)
        row.roles_kept += min(n, kept)
        row.roles_total += n
    for word, n in _capitalised(plain).items():
        kept = min(
            len(re.findall(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", t)) for t in texts
        )
        row.capitalised_lost += max(0, n - kept)
        row.capitalised_total += n


_CAPS_WORD = re.compile(r"[^\W\d_]{2,}")


def in_capitals(row: Row, corpus: SchoolCorpus) -> None:
    """Add the corpus's sentences written in capitals, redacted as a summary redacts them
    (``Redactor`` with the possible-people rule; no PDF: the matcher is the same)."""
    ids = IdentifierSet.from_caseload(corpus.caseload)
    for client in corpus.caseload.clients:
        truth = corpus.truth[str(client.case_code)]
        redactor = Redactor(ids, language=corpus.language, possible_people=True)

        def red(text: str, redactor: Redactor = redactor, client: Client = client) -> str:
            return redactor.redact(text, subject_client_case_code=client.case_code).text

        notes = " ".join(s.text() for s in client.sessions)
        for name in sorted(set(truth.bare)):
            for sentence in re.findall(rf"[^.!?]*\b{re.escape(name)}\b[^.!?]*[.!?]?", notes):
                row.caps_bare_total += 1
                row.caps_bare_left += name.upper() in red(sentence.upper())
        for sentence in truth.plain:
            upper = sentence.upper()
            before = Counter(_CAPS_WORD.findall(upper))
            after = Counter(_CAPS_WORD.findall(red(upper)))
            row.caps_total += sum(before.values())
            row.caps_lost += sum((before - after).values())


def _capitalised(text: str) -> Counter[str]:
    """Capitalised words (not all capitals) of text that identifies no one."""
    return Counter(
        w
        for w in re.findall(r"[^\W\d_]+", text)
        if len(w) > 1 and w[0].isupper() and not w.isupper()
    )


def evaluate(corpus: SchoolCorpus, work: Path, *, verbose: bool = False) -> Row:
    row = Row()
    source = work / f"{corpus.name}.json"
    source.write_text(dump_document(corpus.caseload), encoding="utf-8")
    vault = work / f"vault-{corpus.name}"
    code, err = _cli("init", vault, *CHEAP)
    if code:
        raise SystemExit(f"init failed: {err}")
    code, err = _cli("import", vault, source)
    if code:
        raise SystemExit(f"import failed: {err}")
    tokens = corpus.name_tokens()
    for client in corpus.caseload.clients:
        out = work / f"{client.case_code}.pdf"
        code, err = _cli("supervision-pdf", vault, str(client.case_code), out)
        if code or not out.exists():
            if "self-check" in err:
                row.refused += 1
            else:
                row.failed += 1
            if verbose:
                row.notes.append(f"{client.case_code}: not written ({code})")
            continue
        row.written += 1
        score(row, corpus, client.case_code, pdf_texts(out), tokens, verbose=verbose)
        out.unlink()
    return row


def table(rows: dict[str, Row]) -> str:
    names = list(rows)
    lines = ["| | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]

    def line(label: str, values: list[str]) -> None:
        lines.append(f"| {label} | " + " | ".join(values) + " |")

    n = [str(len(school_corpus(k).caseload.clients)) for k in names]
    r = [rows[k] for k in names]
    line("PDFs written", [f"{x.written} of {m}" for x, m in zip(r, n, strict=True)])
    line("refused by the self-check", [str(x.refused) for x in r])
    line("failed otherwise", [str(x.failed) for x in r])
    line("**core identifiers that reached the PDF**", [f"**{x.core}**" for x in r])

    def pct(a: int, b: int) -> str:
        return f"{a} of {b} ({100 * a / b:.0f} %)" if b else "—"

    line("clinical phrases kept", [pct(x.clinical_kept, x.clinical_total) for x in r])
    line(
        "unlisted people after a kinship word left in",
        [pct(x.unlisted_left, x.unlisted_total) for x in r],
    )
    line(
        "unlisted people with no kinship word left in",
        [pct(x.bare_left, x.bare_total) for x in r],
    )
    line(
        "unlisted people after a title, in lower case or a word, left in",
        [pct(x.titled_left, x.titled_total) for x in r],
    )
    line("roles after a title kept", [pct(x.roles_kept, x.roles_total) for x in r])
    line("ordinary words lost", [pct(x.ordinary_lost, x.ordinary_total) for x in r])
    line(
        "capitalised ordinary words lost",
        [pct(x.capitalised_lost, x.capitalised_total) for x in r],
    )
    line(
        "word-names left in lower-case prose (kept by rule)",
        [str(x.word_names_left) for x in r],
    )
    line(
        "in capitals: unlisted people with no kinship word left in",
        [pct(x.caps_bare_left, x.caps_bare_total) for x in r],
    )
    line(
        "in capitals: words of sentences that identify no one lost",
        [pct(x.caps_lost, x.caps_total) for x in r],
    )
    return "\n".join(lines)


def _without_possible_people() -> None:
    from counsel_desk.domain import redaction
    from counsel_desk.export import supervision_summary

    class Before(redaction.Redactor):
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["possible_people"] = False
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    supervision_summary.Redactor = Before  # type: ignore[misc]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["A", "B"], action="append")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--without-possible-people",
        action="store_true",
        help="measure as before issue 16 item 3: no [PERSON ?] for words in no dictionary",
    )
    args = parser.parse_args(argv)
    if args.without_possible_people:
        _without_possible_people()
    if shutil.which("pdftotext") is None:
        raise SystemExit("pdftotext (poppler-utils) is needed")
    rows: dict[str, Row] = {}
    with tempfile.TemporaryDirectory(prefix="redaction-eval-") as tmp:
        for name in args.corpus or ["A", "B"]:
            corpus = school_corpus(name, args.seed)
            rows[name] = evaluate(corpus, Path(tmp), verbose=args.verbose)
            in_capitals(rows[name], corpus)
    print(table(rows))
    if args.verbose:
        for row in rows.values():
            print("\n".join(row.notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
