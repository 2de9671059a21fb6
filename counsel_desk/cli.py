"""``counsel-desk-cli``: the vault from a terminal or a script.

Passphrases never come from the command line: from the terminal without echo or, when
standard input is not a terminal, from its lines (``init``: line 1; ``passwd``: the old
passphrase on line 1 and the new one on line 2). An error is one line on stderr and exit
status 1; a usage error exits 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, NoReturn

from counsel_desk import __version__
from counsel_desk.hardening import harden_process
from counsel_desk.i18n import (
    QT_TRANSLATE_NOOP,
    Catalog,
    CounselDeskError,
    UserMessage,
    system_language,
)
from counsel_desk.vault.kdf import KdfParams, calibrate

if TYPE_CHECKING:
    from counsel_desk.export.pdf_check import SelfCheckFailedError
    from counsel_desk.vault.vault import Vault

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


def _(template: str, **params: object) -> str:
    """``template`` (marked with QT_TRANSLATE_NOOP) in the terminal's language."""
    return Catalog.load(system_language()).message(UserMessage(template, **params))


def say(template: str, **params: object) -> None:
    """A message for the person at the terminal (stderr: stdout is for data)."""
    print(_(template, **params), file=sys.stderr)


class CliError(CounselDeskError):
    """An error to print as one line and exit 1."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(UserMessage(template, **params))


class PassphraseSource:
    """Reads passphrases from the terminal (no echo) or from piped standard input."""

    def __init__(
        self,
        stdin: IO[str],
        prompt: Callable[[str], str] | None = None,
        ask: Callable[[str], str] | None = None,
    ) -> None:
        self._stdin = stdin
        self._prompt = prompt or (lambda label: getpass.getpass(label))
        self._ask = ask or (lambda question: input(question))
        self._interactive = stdin.isatty()

    def agrees(self, question: str) -> bool:
        """A yes/no question on the terminal (Enter means yes); piped input: no."""
        if not self._interactive:
            return False
        answer = self._ask(question).strip().casefold()
        return answer in ("", "y", "yes", "j", "ja", "ya")

    def _line(self, label: str) -> str:
        if self._interactive:
            return self._prompt(label)
        try:
            line = self._stdin.readline()
            line.encode("utf-8")  # bytes read with surrogateescape do not encode
        except (UnicodeDecodeError, UnicodeEncodeError):
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "Cli", "the passphrase on standard input is not UTF-8 text; nothing was changed"
                )
            ) from None
        if not line:
            raise CliError(
                QT_TRANSLATE_NOOP("Cli", "no passphrase on standard input ({what})"),
                what=label.rstrip(": "),
            )
        return line.removesuffix("\n").removesuffix("\r")

    def existing(self, label: str | None = None) -> str:
        return self._line(label or _(QT_TRANSLATE_NOOP("Cli", "Passphrase: ")))

    def new(self, label: str | None = None) -> str:
        first = self._line(label or _(QT_TRANSLATE_NOOP("Cli", "New passphrase: ")))
        if self._interactive and self._prompt(_(QT_TRANSLATE_NOOP("Cli", "Repeat it: "))) != first:
            raise CliError(
                QT_TRANSLATE_NOOP("Cli", "the two passphrases differ; nothing was changed")
            )
        return first


def _message(error: CounselDeskError | UserMessage | str) -> str:
    """One line, in the terminal's language."""
    message = error.message if isinstance(error, CounselDeskError) else error
    if isinstance(message, UserMessage):
        params = {
            k: _message(v) if isinstance(v, UserMessage) else v for k, v in message.params.items()
        }
        text = Catalog.load(system_language()).message(UserMessage(message.template, **params))
    else:
        text = str(message)
    return " ".join(text.split())


def _check_new_passphrase(passphrase: str, vault_words: set[str] | None = None) -> None:
    from counsel_desk.domain.passphrase import assess_passphrase

    assessment = assess_passphrase(passphrase, vault_words=vault_words or set())
    if not assessment.acceptable:
        reasons = "; ".join(_message(p) for p in assessment.problems)
        raise CliError(QT_TRANSLATE_NOOP("Cli", "passphrase refused: {reasons}"), reasons=reasons)


def _open(
    args: argparse.Namespace,
    source: PassphraseSource,
    *,
    passphrase: str | None = None,
    upgrade_and_record: bool = True,
) -> Vault:
    """Open ``args.vault`` with a passphrase from ``source`` and ``--key-file`` if given."""
    from counsel_desk.vault.errors import not_a_vault
    from counsel_desk.vault.vault import Vault, looks_like_vault

    if not looks_like_vault(args.vault):
        raise not_a_vault(str(args.vault))
    if passphrase is None:
        passphrase = source.existing()
    vault = Vault.open(
        args.vault,
        passphrase,
        keyfile=getattr(args, "key_file", None),
        upgrade_and_record=upgrade_and_record,
    )
    if vault.seen_heads_problem is not None:
        say(
            QT_TRANSLATE_NOOP("Cli", "warning: {problem}"),
            problem=_message(vault.seen_heads_problem),
        )
    if upgrade_and_record and vault.rollback_problem is not None:
        say(
            QT_TRANSLATE_NOOP("Cli", "warning: {problem}"),
            problem=_message(vault.rollback_problem),
        )
    if upgrade_and_record and args.command != "passwd":
        weak = _weak_kdf(vault)
        if weak is not None:
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "warning: this vault's passphrase is protected by weaker Argon2 settings "
                    "(t={t}, m={m} KiB, p={p}) than recommended (t=3, m=65536 KiB, p=4), so a "
                    "stolen copy is cheaper to guess; `passwd --strengthen` raises them",
                ),
                t=weak.time_cost,
                m=weak.memory_kib,
                p=weak.parallelism,
            )
    return vault


def _weak_kdf(vault: Vault) -> KdfParams | None:
    """The login slot's Argon2 settings, when they are below RFC 9106's recommendation."""
    return vault.weak_kdf


def cmd_init(args: argparse.Namespace, source: PassphraseSource) -> int:
    from counsel_desk.vault.synced_folders import refuse_synced
    from counsel_desk.vault.vault import Vault

    refuse_synced(args.vault)  # before the passphrase is asked; Vault.create checks again

    floor = KdfParams.recommended_minimum()
    if any(
        v is not None for v in (args.argon2_time, args.argon2_memory_kib, args.argon2_parallelism)
    ):
        params = KdfParams(
            args.argon2_time if args.argon2_time is not None else floor.time_cost,
            args.argon2_memory_kib if args.argon2_memory_kib is not None else floor.memory_kib,
            args.argon2_parallelism if args.argon2_parallelism is not None else floor.parallelism,
        )
        if params.is_below_recommended:
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "warning: these Argon2 settings are below RFC 9106's recommendation "
                    "(t=3, m=65536 KiB, p=4); use them for tests only",
                )
            )
    else:
        params = None
    passphrase = source.new()
    _check_new_passphrase(passphrase)
    if params is None:
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "Measuring this computer to set the key derivation to about 1 second..."
            )
        )
        params = calibrate()
    with Vault.create(args.vault, passphrase, params) as vault:
        say(
            QT_TRANSLATE_NOOP("Cli", "Created vault {folder} (Argon2id t={t}, m={m} KiB, p={p})."),
            folder=vault.folder,
            t=params.time_cost,
            m=params.memory_kib,
            p=params.parallelism,
        )
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Recovery key (shown only now; write it down or print it and keep it somewhere "
                "safe: with it the vault opens when the passphrase is lost):",
            )
        )
        print(vault.recovery_key)
        if args.demo:
            _fill_with_demo(vault)
    return EXIT_OK


def _fill_with_demo(vault: Vault) -> None:
    """The demo's invented records (what ``counsel-desk --demo`` shows), dated relative
    to today, imported as one counsel-desk/2 document."""
    from counsel_desk.demo import build_demo_caseload
    from counsel_desk.demo.records import build_demo_records
    from counsel_desk.export.interchange import dump_document
    from counsel_desk.services.interchange import InterchangeService

    today = dt.date.today()
    caseload = build_demo_caseload(today)
    document = dump_document(caseload, build_demo_records(caseload, today))
    report = InterchangeService(vault).import_text(document)
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Filled it with the demo's invented records: {clients} clients, {sessions} "
            "sessions, {consents} consents, {plans} support plan versions, {attachments} "
            "drawn signatures and scanned forms.",
        ),
        clients=report.clients,
        sessions=report.sessions,
        consents=report.consents,
        plans=report.plan_versions,
        attachments=report.attachments,
    )


def cmd_import(args: argparse.Namespace, source: PassphraseSource) -> int:
    from counsel_desk.services.interchange import InterchangeService

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "cannot read {path}: {reason}"),
            path=args.file,
            reason=exc.strerror,
        ) from exc
    with _open(args, source) as vault:
        report = InterchangeService(vault).import_text(data)
    for ref, issue in report.warnings:
        say(
            QT_TRANSLATE_NOOP("Cli", "warning: {client}: {key}: {problem}"),
            client=ref,
            key=issue.path,
            problem=_message(issue.message),
        )
    say(
        QT_TRANSLATE_NOOP(
            "Cli", "Imported {clients} clients, {sessions} sessions and {consents} consents."
        ),
        clients=report.clients,
        sessions=report.sessions,
        consents=report.consents,
    )
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "With them: {plans} support plan versions, {ratings} progress ratings, "
            "{measures} measures, {follow_ups} follow-ups, {attachments} drawn signatures "
            "and scanned forms, {holds} legal holds.",
        ),
        plans=report.plan_versions,
        ratings=report.ratings,
        measures=report.measures,
        follow_ups=report.follow_ups,
        attachments=report.attachments,
        holds=report.legal_holds,
    )
    if report.activities:
        say(
            QT_TRANSLATE_NOOP("Cli", "And {count} entries of the activity log."),
            count=report.activities,
        )
    if report.roster:
        say(
            QT_TRANSLATE_NOOP("Cli", "And {count} students of the class list (no case opened)."),
            count=report.roster,
        )
    if report.sociometry:
        say(
            QT_TRANSLATE_NOOP("Cli", "And {count} sociometry rounds."),
            count=report.sociometry,
        )
    return EXIT_OK


def _write_private_file(path: Path, text: str) -> str:
    """Write ``text`` to ``path`` (readable by the owner only), replacing it atomically.
    Returns the SHA-256 of what was written, for the audit trail."""
    import hashlib

    from counsel_desk.private_files import failure_reason, write_private

    data = text.encode("utf-8")
    try:
        write_private(path, data)
    except OSError as exc:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "cannot write {path}: {reason}; nothing was written"),
            path=path,
            reason=failure_reason(exc),
        ) from exc
    return hashlib.sha256(data).hexdigest()


def cmd_export_json(args: argparse.Namespace, source: PassphraseSource) -> int:
    from counsel_desk.services.interchange import FORMAT, InterchangeService

    with _open(args, source) as vault:
        service = InterchangeService(vault)
        export = service.export(attachments=not args.no_attachments)
        digest = _write_private_file(args.out, export.text)
        # What and which file (by hash), never where: the path may name a client.
        service.record_export(f"{FORMAT} JSON sha256:{digest}")
    counts = export.counts
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Exported {clients} clients, {sessions} sessions, {consents} consents, "
            "{plans} support plan versions, {ratings} progress ratings, {measures} measures, "
            "{follow_ups} follow-ups, {attachments} drawn signatures and scanned forms, "
            "{holds} legal holds and {terms} never-print words.",
        ),
        clients=counts.clients,
        sessions=counts.sessions,
        consents=counts.consents,
        plans=counts.plan_versions,
        ratings=counts.ratings,
        measures=counts.measures,
        follow_ups=counts.follow_ups,
        attachments=counts.attachments,
        holds=counts.legal_holds,
        terms=counts.never_print,
    )
    if counts.keep_words:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Also exported: {count} kept words (printed as written in supervision summaries).",
            ),
            count=counts.keep_words,
        )
    if counts.school_events:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Also exported: {count} events of the school calendar (their dates are kept "
                "in supervision summaries).",
            ),
            count=counts.school_events,
        )
    if counts.activities:
        say(
            QT_TRANSLATE_NOOP("Cli", "Also exported: {count} entries of the activity log."),
            count=counts.activities,
        )
    if counts.roster:
        say(
            QT_TRANSLATE_NOOP("Cli", "Also exported: {count} students of the class list."),
            count=counts.roster,
        )
    if counts.sociometry:
        say(
            QT_TRANSLATE_NOOP("Cli", "Also exported: {count} sociometry rounds."),
            count=counts.sociometry,
        )
    if counts.attachments_left_out:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Left out as asked (--no-attachments): {count} drawn signatures and scanned "
                "forms; they stay in the vault and its encrypted backups.",
            ),
            count=counts.attachments_left_out,
        )
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Not exported: the audit log (it belongs to this vault alone).",
        )
    )
    if counts.destruction_log:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Not exported: the destruction log ({count} entries): it records what this "
                "vault destroyed and stays with it.",
            ),
            count=counts.destruction_log,
        )
    if counts.autosaved_drafts:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Not exported: {count} unsaved notes recovered from autosave (they are not "
                "notes yet). Open the vault in Counsel Desk, save or discard them, then "
                "export again.",
            ),
            count=counts.autosaved_drafts,
        )
    say(
        QT_TRANSLATE_NOOP(
            "Cli", "Wrote {path}. This file is NOT encrypted: keep it safe and delete it when done."
        ),
        path=args.out,
    )
    return EXIT_OK


def cmd_list(args: argparse.Namespace, source: PassphraseSource) -> int:
    from counsel_desk.services.clients import ClientService

    with _open(args, source) as vault:
        rows = ClientService(vault).list_summaries()
    out = sys.stdout
    for row in rows:
        name = " ".join(row.full_name.split())
        out.write(f"{row.case_code}\t{name}\t{row.status.value}\n")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, source: PassphraseSource) -> int:
    with _open(args, source, upgrade_and_record=False) as vault:
        problems = vault.check_integrity()
    if problems:
        say(
            QT_TRANSLATE_NOOP("Cli", "damaged: {problems}"),
            problems="; ".join(_message(p) for p in problems),
        )
        return EXIT_ERROR
    print(
        _(QT_TRANSLATE_NOOP("Cli", "ok: encryption, database structure and audit trail are intact"))
    )
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, source: PassphraseSource) -> int:
    from counsel_desk.vault.repositories.clients import ClientRepository

    old = source.existing(_(QT_TRANSLATE_NOOP("Cli", "Current passphrase: ")))
    with _open(args, source, passphrase=old) as vault:
        new = source.new()
        with vault.reading() as conn:
            words = ClientRepository(conn).identifying_words()
        _check_new_passphrase(new, words)
        weak = _weak_kdf(vault)
        strengthen = args.strengthen or (
            weak is not None
            and source.agrees(
                _(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "This vault's Argon2 settings (t={t}, m={m} KiB, p={p}) are weaker "
                        "than recommended. Raise them to this computer's calibration now "
                        "(about one second to unlock)? [Y/n] ",
                    )
                ).format(t=weak.time_cost, m=weak.memory_kib, p=weak.parallelism)
            )
        )
        if strengthen:
            say(
                QT_TRANSLATE_NOOP(
                    "Cli", "Measuring this computer to set the key derivation to about 1 second..."
                )
            )
        # never below RFC 9106, nor below what the vault has (a vault made stronger)
        params = calibrate().at_least(vault.login_kdf) if strengthen else None
        recovery_key = vault.change_passphrase(
            old,
            new,
            params,
            keyfile=getattr(args, "key_file", None),
            rotate_key=bool(getattr(args, "rotate_key", False)),
        )
    say(QT_TRANSLATE_NOOP("Cli", "Passphrase changed."))
    if params is not None:
        say(
            QT_TRANSLATE_NOOP("Cli", "Argon2 settings now t={t}, m={m} KiB, p={p}."),
            t=params.time_cost,
            m=params.memory_kib,
            p=params.parallelism,
        )
    elif weak is not None:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The Argon2 settings stay weaker than recommended (t={t}, m={m} KiB, p={p}); "
                "run passwd again with --strengthen to raise them to this computer's "
                "calibration.",
            ),
            t=weak.time_cost,
            m=weak.memory_kib,
            p=weak.parallelism,
        )
    if recovery_key is not None:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The vault's key was changed too: old copies of vault.json, old backups and "
                "the old recovery key no longer open today's records. New recovery key "
                "(shown only now; write it down or print it and keep it somewhere safe):",
            )
        )
        print(recovery_key)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, source: PassphraseSource) -> int:
    from counsel_desk.vault.backup import write_backup

    if args.out.exists():
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "{path} already exists; choose a new file name"), path=args.out
        )
    with _open(args, source) as vault:
        info = write_backup(vault, args.out)
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Backed up to {path} ({size} KiB, encrypted; it opens with the passphrase or "
            "recovery key the vault has now).",
        ),
        path=info.path,
        size=info.size // 1024,
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, source: PassphraseSource) -> int:
    from counsel_desk.vault.backup import restore_backup
    from counsel_desk.vault.vault import Vault

    if not args.backup.is_file():
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "cannot read {path}: no such file"), path=args.backup
        )
    passphrase = source.existing()
    keyfile = args.key_file
    with restore_backup(
        args.backup,
        args.new_vault,
        lambda folder: Vault.open(folder, passphrase, keyfile=keyfile),
    ) as vault:
        folder = vault.folder
    say(
        QT_TRANSLATE_NOOP("Cli", "Restored into {folder}; its integrity was checked."),
        folder=folder,
    )
    return EXIT_OK


def cmd_move(args: argparse.Namespace, source: PassphraseSource) -> int:
    from counsel_desk.vault.move import check_move_target, move_vault
    from counsel_desk.vault.vault import Vault, resolve_vault_folder

    check_move_target(resolve_vault_folder(args.vault), args.target)  # before the passphrase
    passphrase = source.existing()
    keyfile = args.key_file
    vault = _open(args, source, passphrase=passphrase)
    try:
        moved, gone = move_vault(
            vault, args.target, lambda folder: Vault.open(folder, passphrase, keyfile=keyfile)
        )
    finally:
        vault.close()
    with moved:
        folder = moved.folder
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Moved the vault to {folder}; the copy was checked and opens with the same "
            "passphrase, and the old copy was removed.",
        )
        if gone
        else QT_TRANSLATE_NOOP(
            "Cli",
            "Moved the vault to {folder}; the copy was checked and opens with the same "
            "passphrase. The old folder {old} held other files too: they were left there.",
        ),
        folder=folder,
        old=resolve_vault_folder(args.vault),
    )
    return EXIT_OK


def cmd_supervision_pdf(args: argparse.Namespace, source: PassphraseSource) -> int:
    from counsel_desk.domain.disclosures import Sharing
    from counsel_desk.services.supervision import SupervisionRequest, SupervisionService

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise CliError(QT_TRANSLATE_NOOP("Cli", "--from is after --to"))
    from counsel_desk.export.pdf_check import SelfCheckFailedError

    with _open(args, source) as vault:
        service = SupervisionService(vault)
        request = SupervisionRequest(
            service.client_id_for(args.case_code), date_from=args.date_from, date_to=args.date_to
        )
        identifiers = service.identifiers(to_change=True)
        for word in args.redact or ():
            identifiers.add_term(word)
        identifiers.keep(args.keep or ())
        password: str | None = None
        if args.encrypt:
            from counsel_desk.export.pdf_protect import generate_password

            password = generate_password(request.language)
        try:
            result = service.export(
                request,
                args.out,
                identifiers=identifiers,
                sharing=Sharing(args.recipient, password),
            )
        except SelfCheckFailedError as refused:
            _say_where(refused)
            raise
    if password is not None:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Wrote {path}: redacted, checked for every identifier in the vault, and "
                "encrypted (AES-256). Its password (shown only now, kept nowhere; give it "
                "to the supervisor another way than the file):",
            ),
            path=result.path,
        )
        print(password)
    else:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Wrote {path}: redacted, checked for every identifier in the vault. It is NOT "
                "encrypted: share it only with the supervisor.",
            ),
            path=result.path,
        )
    if not result.logged:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The vault cannot be written now (read-only or full): this disclosure is not "
                "in its disclosure log. Note to whom you give it.",
            )
        )
    found = result.summary.descriptions if result.summary is not None else []
    if found and args.show_descriptions:
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "Read these before you send it: they may single the student out:"
            )
        )
        for phrase in found:
            say(QT_TRANSLATE_NOOP("Cli", "  “{phrase}”"), phrase=phrase)
    elif found:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Read it before you send it: {count} printed phrases may single the student "
                "out without a name (a parent's job, the only one in a class); "
                "--show-descriptions lists them.",
            ),
            count=len(found),
        )
    return EXIT_OK


def cmd_bk_report(args: argparse.Namespace, source: PassphraseSource) -> int:
    from counsel_desk.domain.bk_reports import BkSettings
    from counsel_desk.export.pdf_check import SelfCheckFailedError
    from counsel_desk.services.bk_reports import BkReportService

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise CliError(QT_TRANSLATE_NOOP("Cli", "--out must end in .pdf or .xlsx"))
    language = args.language or ("id" if system_language() == "id" else "en")
    with _open(args, source) as vault:
        service = BkReportService(vault)
        if args.jp_minutes is not None:
            kept = service.settings()
            service.save_settings(
                BkSettings(args.jp_minutes, kept.year_start_month, kept.year_start_day)
            )
        report = service.report(service.period(args.period))
        write = service.write_pdf if suffix == ".pdf" else service.write_xlsx
        try:
            path = write(report, args.out, language=language)
        except SelfCheckFailedError as refused:
            _say_where(refused)
            raise
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Wrote {path}: the BK service report of {period}, figures only (small counts "
            "suppressed), checked for every identifier in the vault. It is NOT encrypted.",
        ),
        path=path,
        period=report.period.key,
    )
    return EXIT_OK


def _last_class(text: str) -> int:
    """``IX`` or ``9`` as a level; refused when neither."""
    from counsel_desk.domain.school_year import read_class

    found = read_class(text)
    if found is None or found.rest or found.prefix:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "--last-class must be a class level: IX or 9, XII or 12")
        )
    return found.level


def cmd_new_school_year(args: argparse.Namespace, source: PassphraseSource) -> int:
    from counsel_desk.domain.school_year import Step, kept_reason
    from counsel_desk.services.school_year import SchoolYearService

    with _open(args, source) as vault:
        service = SchoolYearService(vault)
        year = args.year if args.year is not None else service.state().next_year
        last = _last_class(args.last_class) if args.last_class else service.guessed_last_level()
        plan = service.preview(year, last)
        # Case codes only: this may go to a log or a printer.
        for change in plan.changes:
            code, grade = change.student.code, change.student.grade or "—"
            if change.step is Step.MOVES_UP:
                line = _(
                    QT_TRANSLATE_NOOP("Cli", "{code}: {before} → {after}"),
                    code=code,
                    before=grade,
                    after=change.new_grade,
                )
            elif change.step is Step.GRADUATES:
                line = _(
                    QT_TRANSLATE_NOOP(
                        "Cli", "{code}: {before} graduates; the case closes on {day}"
                    ),
                    code=code,
                    before=grade,
                    day=change.closed_on,
                )
            else:
                assert change.kept_because is not None
                line = _(
                    QT_TRANSLATE_NOOP("Cli", "{code}: {before} — {why}"),
                    code=code,
                    before=grade,
                    why=Catalog.load(system_language()).message(kept_reason(change.kept_because)),
                )
            print(line)
        counts = {
            "moved": len(plan.of(Step.MOVES_UP)),
            "graduated": len(plan.of(Step.GRADUATES)),
            "kept": len(plan.of(Step.KEPT)),
        }
        if not args.yes:
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "School year {year}/{next}, last class {last}: {moved} move up, {graduated} "
                    "graduate, {kept} kept. Nothing was changed: run again with --yes to start it.",
                ),
                year=year,
                next=year + 1,
                last=last,
                **counts,
            )
            return EXIT_OK
        service.start(plan)
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Started the school year {year}/{next}: {moved} moved up, {graduated} graduated "
            "and their cases closed, {kept} kept as they were.",
        ),
        year=year,
        next=year + 1,
        **counts,
    )
    return EXIT_OK


def cmd_import_roster(args: argparse.Namespace, source: PassphraseSource) -> int:
    """A class list: the preview on stdout (a line per row, TAB-separated), written only
    with ``--yes`` and only when no row is refused."""
    from dataclasses import replace

    from counsel_desk.domain.roster import Column, RowStatus, changed_names, guess_mapping
    from counsel_desk.domain.vocabulary import display_name
    from counsel_desk.export.roster_file import read_roster_file
    from counsel_desk.services.roster import RosterRequest, RosterService

    language = "id" if system_language() == "id" else "en"
    catalog = Catalog.load(language)
    year = args.school_year
    if year is not None and not _is_school_year(year):
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "--school-year must be like 2026/2027, not {value}"),
            value=year,
        )
    sheet = read_roster_file(args.file)  # before the passphrase: a bad file costs nothing
    with _open(args, source) as vault:
        service = RosterService(vault)
        request = RosterRequest(sheet, tuple(guess_mapping(sheet.headers)), "")
        request = replace(request, school_year=year or service.default_school_year())
        result = service.preview(request)
        for row in result.rows:
            entry = row.entry
            if row.status is RowStatus.REFUSED:
                detail = " ".join(_message(p) for p in row.problems)
            elif row.status is RowStatus.CHANGED:
                detail = ", ".join(
                    catalog.translate("Vocabulary", n) for n in changed_names(row.changed)
                )
            else:
                detail = ""
            name = entry.name if entry else row.values.get(Column.NAME, "")
            cells = (
                str(row.number),
                display_name(row.status, language),
                name,
                (entry.class_name or "") if entry else "",
                detail,
            )
            print("\t".join(" ".join(c.split()) for c in cells))
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{rows} rows: {new} new, {changed} changed, {same} already in the vault, "
                "{refused} refused.",
            ),
            rows=len(result.rows),
            new=result.count(RowStatus.NEW),
            changed=result.count(RowStatus.CHANGED),
            same=result.count(RowStatus.SAME),
            refused=len(result.refused),
        )
        if result.refused:
            for row in result.refused:
                say(
                    QT_TRANSLATE_NOOP("Cli", "row {row}: {reasons}"),
                    row=row.number,
                    reasons=" ".join(_message(p) for p in row.problems),
                )
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{count} rows are refused; nothing was imported. Correct them in the "
                    "spreadsheet (or in the window, where a row can also be skipped).",
                ),
                count=len(result.refused),
            )
        if not args.yes:
            say(
                QT_TRANSLATE_NOOP(
                    "Cli", "Nothing was written: run it again with --yes to import the list."
                )
            )
            return EXIT_OK
        done = service.import_rows(request)
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Imported the class list: {added} students added, {changed} changed, "
            "{unchanged} already there. No case was opened.",
        ),
        added=done.added,
        changed=done.changed,
        unchanged=done.unchanged,
    )
    return EXIT_OK


def _is_school_year(text: str) -> bool:
    first, slash, second = text.partition("/")
    return (
        bool(slash)
        and len(first) == len(second) == 4
        and first.isdigit()
        and second.isdigit()
        and int(second) == int(first) + 1
    )


def _say_where(refused: SelfCheckFailedError) -> None:
    """Where each finding of a refused export is: the page and its sentence, with the
    words found shown as ▮▮▮ (this may be a log: the words themselves never go there)."""
    for finding in refused.findings:
        if finding.page is None:
            say(QT_TRANSLATE_NOOP("Cli", "  in the file's structure: {what}"), what=_(finding.what))
            continue
        say(
            QT_TRANSLATE_NOOP("Cli", "  page {page}: {what}, in: {sentence}"),
            page=finding.page,
            what=_(finding.what),
            sentence=finding.context,
        )
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Find the sentence in the note (▮▮▮ marks the words found), then change the note, "
            "add the person to the record, or export again with --redact WORD.",
        )
    )


COMMANDS: dict[str, Callable[[argparse.Namespace, PassphraseSource], int]] = {
    "init": cmd_init,
    "import": cmd_import,
    "export-json": cmd_export_json,
    "list": cmd_list,
    "verify": cmd_verify,
    "passwd": cmd_passwd,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "move": cmd_move,
    "supervision-pdf": cmd_supervision_pdf,
    "bk-report": cmd_bk_report,
    "new-school-year": cmd_new_school_year,
    "import-roster": cmd_import_roster,
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(
            EXIT_USAGE,
            _(
                QT_TRANSLATE_NOOP("Cli", "{program}: usage error: {problem}"),
                program=self.prog,
                problem=message,
            )
            + "\n",
        )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _(QT_TRANSLATE_NOOP("Cli", "{text} is not a whole number"), text=repr(text))
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_(QT_TRANSLATE_NOOP("Cli", "must be at least 1")))
    return value


def _recipient(text: str) -> str:
    """``--recipient``: one line, no invisible character, at most 200 characters —
    refused as a usage error, in her language, before the vault is unlocked."""
    from counsel_desk.domain.disclosures import recipient_issues

    text = text.strip()
    issues = recipient_issues(text)
    if issues:
        raise argparse.ArgumentTypeError(Catalog.load(system_language()).message(issues[0].message))
    return text


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _(QT_TRANSLATE_NOOP("Cli", "{text} is not a date written YYYY-MM-DD"), text=repr(text))
        ) from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="counsel-desk-cli",
        description=_(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Counsel Desk's encrypted case-record vault from the command line. VAULT is "
                "the vault's folder. Passphrases are read from the terminal, or from standard "
                "input when it is not a terminal; never from arguments.",
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    p: argparse.ArgumentParser = sub.add_parser(
        "init", help=_(QT_TRANSLATE_NOOP("Cli", "create a new vault"))
    )
    p.add_argument("vault", type=Path, metavar="VAULT")
    p.add_argument(
        "--argon2-time",
        type=_positive,
        metavar="N",
        help=_(QT_TRANSLATE_NOOP("Cli", "Argon2id passes")),
    )
    p.add_argument(
        "--argon2-memory-kib",
        type=_positive,
        metavar="N",
        help=_(QT_TRANSLATE_NOOP("Cli", "Argon2id memory in KiB")),
    )
    p.add_argument(
        "--argon2-parallelism",
        type=_positive,
        metavar="N",
        help=_(QT_TRANSLATE_NOOP("Cli", "Argon2id lanes")),
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli",
                "fill it with the demo's invented records (what counsel-desk --demo shows)",
            )
        ),
    )
    key_file_help = _(QT_TRANSLATE_NOOP("Cli", "the vault's key file, if it has one"))

    def vault_command(name: str, help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=_(help_text))
        command.add_argument("vault", type=Path, metavar="VAULT")
        command.add_argument("--key-file", type=Path, metavar="PATH", help=key_file_help)
        return command

    p = vault_command(
        "import",
        QT_TRANSLATE_NOOP("Cli", "import a counsel-desk/1 or /2 JSON file (all or nothing)"),
    )
    p.add_argument("file", type=Path, metavar="FILE.json")
    p = vault_command(
        "export-json",
        QT_TRANSLATE_NOOP(
            "Cli",
            "export the records as counsel-desk/2 JSON (all but the audit and destruction logs)",
        ),
    )
    p.add_argument("out", type=Path, metavar="OUT.json")
    p.add_argument(
        "--no-attachments",
        action="store_true",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli", "leave drawn signatures and scanned forms out (a smaller file)"
            )
        ),
    )
    vault_command(
        "list", QT_TRANSLATE_NOOP("Cli", "list clients: case code, name, status (TAB-separated)")
    )
    vault_command(
        "verify", QT_TRANSLATE_NOOP("Cli", "check encryption, database structure and audit trail")
    )
    p = vault_command("passwd", QT_TRANSLATE_NOOP("Cli", "change the passphrase"))
    p.add_argument(
        "--rotate-key",
        action="store_true",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli",
                "also give the vault a new key (recommended if the old passphrase may have "
                "been seen; rewrites the whole database and prints a new recovery key)",
            )
        ),
    )
    p.add_argument(
        "--strengthen",
        action="store_true",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli",
                "also raise the Argon2 settings to this computer's calibration (about one "
                "second; never below RFC 9106's t=3, m=64 MiB, p=4)",
            )
        ),
    )
    p = vault_command(
        "backup", QT_TRANSLATE_NOOP("Cli", "write an encrypted backup of the vault to one file")
    )
    p.add_argument("out", type=Path, metavar="OUT_FILE")
    p = vault_command(
        "supervision-pdf",
        QT_TRANSLATE_NOOP("Cli", "write a redacted supervision summary of one client"),
    )
    p.add_argument("case_code", metavar="CASE_CODE")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.add_argument(
        "--encrypt",
        action="store_true",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli",
                "protect the PDF with a password (AES-256): five words made for it, printed "
                "on stdout once the file is written, and kept nowhere",
            )
        ),
    )
    p.add_argument(
        "--recipient",
        dest="recipient",
        type=_recipient,
        default="",
        metavar="RECIPIENT",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli", "who receives it (a role or a name), for the vault's disclosure log"
            )
        ),
    )
    p.add_argument("--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD")
    p.add_argument(
        "--redact",
        action="append",
        metavar="WORD",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli", "also redact WORD (a word or phrase) in this summary; may be repeated"
            )
        ),
    )
    p.add_argument(
        "--keep",
        action="append",
        metavar="WORD",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli",
                "keep WORD: a capitalised word after a title or a kinship word that is no "
                "one's name (a place, a brand); names in a record are redacted all the same",
            )
        ),
    )
    p.add_argument(
        "--show-descriptions",
        action="store_true",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli",
                "list the printed phrases that may single the student out without a name "
                "(a parent's job, the only one in a class), for you to read",
            )
        ),
    )
    p = vault_command(
        "bk-report",
        QT_TRANSLATE_NOOP(
            "Cli",
            "write the BK service report (laporan pelaksanaan layanan BK) of a month, a "
            "semester or a school year as PDF or XLSX",
        ),
    )
    p.add_argument(
        "--period",
        required=True,
        metavar="PERIOD",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli",
                "a month (2026-11), a semester of a school year (2026-S1: from the year's "
                "start to December; 2026-S2: from January 2027 to the day before the next "
                "year starts) or a school year (2026/2027)",
            )
        ),
    )
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.xlsx")
    p.add_argument("--language", choices=("en", "id"))
    p.add_argument(
        "--jp-minutes",
        type=int,
        metavar="N",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli",
                "first keep in the vault that one lesson period (JP) lasts N minutes "
                "(1–90; 40 in an SMP, 45 in an SMA)",
            )
        ),
    )
    p = vault_command(
        "new-school-year",
        QT_TRANSLATE_NOOP(
            "Cli",
            "start a new school year: every active client's class moves up, the last class "
            "graduates and its cases close; prints what changes, by case code, and changes "
            "it only with --yes",
        ),
    )
    p.add_argument(
        "--year",
        type=int,
        metavar="YEAR",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli",
                "the year the new school year starts in (2027 for 2027/2028; default: the next)",
            )
        ),
    )
    p.add_argument(
        "--last-class",
        metavar="LEVEL",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli",
                "the school's last class, which graduates (IX at an SMP, XII at an SMA; "
                "default: guessed from the classes in the vault)",
            )
        ),
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("Cli", "start it (else: preview only)")),
    )
    p = vault_command(
        "import-roster",
        QT_TRANSLATE_NOOP(
            "Cli",
            "import a class list (CSV or XLSX, e.g. a Dapodik export) as roster entries, "
            "not clients: prints the preview; writes only with --yes and no row refused",
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--yes",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("Cli", "write the list (all or nothing) after the preview")),
    )
    p.add_argument(
        "--school-year",
        metavar="YYYY/YYYY",
        help=_(
            QT_TRANSLATE_NOOP(
                "Cli", "the school year of the list (default: the one of today, from July)"
            )
        ),
    )
    p = sub.add_parser(
        "restore",
        help=_(QT_TRANSLATE_NOOP("Cli", "restore a backup as a new vault (checked first)")),
    )
    p.add_argument("backup", type=Path, metavar="BACKUP_FILE")
    p.add_argument("new_vault", type=Path, metavar="NEW_VAULT")
    p.add_argument("--key-file", type=Path, metavar="PATH", help=key_file_help)
    p = vault_command(
        "move",
        QT_TRANSLATE_NOOP(
            "Cli",
            "move the vault to a new folder (out of a synced folder): copied, checked, "
            "then the old copy removed",
        ),
    )
    p.add_argument("target", type=Path, metavar="NEW_FOLDER")
    return parser


def _silence_stdout() -> None:
    """Point standard output at the null device, so the interpreter's final flush of
    what could not be written raises nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # no core dump may hold the data key, the passphrase or a record
    parser = build_parser()
    args = parser.parse_args(argv)
    source = PassphraseSource(sys.stdin)
    try:
        code = COMMANDS[args.command](args, source)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:
        # `counsel-desk-cli list | head -1`: the reader has gone. End quietly, and say by
        # the exit status that not everything was written.
        _silence_stdout()
        return EXIT_ERROR
    except CounselDeskError as exc:
        say(QT_TRANSLATE_NOOP("Cli", "counsel-desk-cli: error: {problem}"), problem=_message(exc))
    except OSError as exc:  # a file the system refused, not caught closer to it
        from counsel_desk.private_files import failure_reason

        say(
            QT_TRANSLATE_NOOP("Cli", "counsel-desk-cli: error: {path}: {reason}"),
            path=exc.filename if exc.filename is not None else "",
            reason=_message(failure_reason(exc)),
        )
    except KeyboardInterrupt:
        say(QT_TRANSLATE_NOOP("Cli", "counsel-desk-cli: interrupted; nothing more was changed"))
        return 130
    except Exception as exc:  # a bug: never a traceback, never record content
        if os.environ.get("COUNSEL_DESK_DEBUG"):
            raise
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "counsel-desk-cli: error: unexpected internal error ({kind}); set "
                "COUNSEL_DESK_DEBUG=1 to see details",
            ),
            kind=type(exc).__name__,
        )
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
