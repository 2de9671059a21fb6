"""counsel-desk-cli: the public command-line interface, driven as a script would."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from counsel_desk.cli import main
from tests.integration.conftest import PASSPHRASE, SAMPLE, snapshot
from tests.leaks import readable_in

CHEAP = ["--argon2-time", "1", "--argon2-memory-kib", "8192", "--argon2-parallelism", "1"]


def run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *argv: str | Path,
    stdin: str = PASSPHRASE + "\n",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def call(*argv: str | Path, stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
        return run(monkeypatch, capsys, *argv, stdin=stdin)

    return call


@pytest.fixture
def sample_vault(cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    vault = tmp_path / "vault"
    assert cli("init", vault, *CHEAP)[0] == 0
    code, _, err = cli("import", vault, SAMPLE)
    assert code == 0, err
    return vault


def test_init_import_export_gives_back_exactly_the_sample(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out.json"
    code, _, err = cli("export-json", sample_vault, out)
    assert code == 0, err
    # The counsel-desk/1 sample comes back as counsel-desk/2, every other byte the same.
    assert out.read_bytes() == SAMPLE.read_bytes().replace(
        b'"counsel-desk/1"', b'"counsel-desk/2"', 1
    )
    assert "NOT encrypted" in err


def test_export_json_says_what_it_wrote_and_what_stays_behind(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("export-json", sample_vault, tmp_path / "out.json")
    assert code == 0, err
    assert "Exported 4 clients, 8 sessions, 10 consents, 0 support plan versions" in err
    for kind in ("progress ratings", "measures", "follow-ups", "drawn signatures", "legal holds"):
        assert kind in err
    assert "Not exported: the audit log" in err
    assert "--no-attachments" not in err
    assert "autosave" not in err and "destruction log" not in err
    assert "kept words" not in err  # the sample vault has none


def test_export_json_carries_the_kept_words_and_says_how_many(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from counsel_desk.services.supervision import SupervisionService
    from counsel_desk.vault.vault import Vault

    with Vault.open(sample_vault, PASSPHRASE) as vault:
        SupervisionService(vault).set_kept_words(["Genshin", "Duolingo"])
    out = tmp_path / "out.json"
    code, _, err = cli("export-json", sample_vault, out)
    assert code == 0, err
    assert "Also exported: 2 kept words (printed as written in supervision summaries)" in err
    assert json.loads(out.read_text(encoding="utf-8"))["keep_words"] == ["Duolingo", "Genshin"]


def test_export_json_names_the_unsaved_notes_and_the_destruction_log_it_cannot_carry(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from counsel_desk.domain.model import SessionNote
    from counsel_desk.services.notes import NoteService
    from counsel_desk.vault.repositories.clients import ClientRepository
    from counsel_desk.vault.repositories.retention import DestructionRecord, RetentionRepository
    from counsel_desk.vault.vault import Vault

    with Vault.open(sample_vault, PASSPHRASE) as vault:
        with vault.reading() as conn:
            client_id = ClientRepository(conn).rows()[0].id
        NoteService(vault).autosave(
            client_id, SessionNote(dt.date(2025, 3, 3), fields={"text": "typed, never saved"})
        )
        with vault.transaction() as conn:
            RetentionRepository(conn).log_destruction(
                DestructionRecord("C-0999", "client", None, None, dt.date(2025, 1, 6), "school")
            )
    out = tmp_path / "out.json"
    code, _, err = cli("export-json", sample_vault, out)
    assert code == 0, err
    assert "Not exported: 1 unsaved notes recovered from autosave" in err
    assert "Not exported: the destruction log (1 entries)" in err
    text = out.read_text(encoding="utf-8")
    assert "typed, never saved" not in text and "C-0999" not in text


def test_export_json_without_attachments_says_how_many_it_left_out(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from counsel_desk.domain.enums import AttachmentKind
    from counsel_desk.vault.repositories.consents import ConsentRepository
    from counsel_desk.vault.vault import Vault

    with Vault.open(sample_vault, PASSPHRASE) as vault, vault.transaction() as conn:
        repo = ConsentRepository(conn)
        consent_id = repo.load(None)[0][1].id
        assert consent_id is not None
        repo.add_attachment(
            consent_id,
            AttachmentKind.SIGNATURE,
            "image/png",
            b"\x89PNG fake",
            dt.datetime(2025, 1, 2, 3, 4, 5),
        )
    small, full = tmp_path / "small.json", tmp_path / "full.json"
    code, _, err = cli("export-json", sample_vault, small, "--no-attachments")
    assert code == 0, err
    assert "Left out as asked (--no-attachments): 1 drawn signatures and scanned forms" in err
    assert '"attachments"' not in small.read_text(encoding="utf-8")
    code, _, err = cli("export-json", sample_vault, full)
    assert "1 drawn signatures and scanned forms" in err and "Left out" not in err
    assert '"sha256"' in full.read_text(encoding="utf-8")


def test_export_of_an_import_of_an_export_is_the_same_document(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "first.json"
    cli("export-json", sample_vault, first)
    other = tmp_path / "other"
    cli("init", other, *CHEAP)
    cli("import", other, first)
    second = tmp_path / "second.json"
    cli("export-json", other, second)
    assert second.read_bytes() == first.read_bytes()


def test_a_demo_vault_exports_its_plans_and_attachments_and_re_imports_to_the_same_bytes(
    cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """What a check outside the project runs: the demo vault's export-json, imported into
    an empty vault and exported again, is the same file."""
    demo = tmp_path / "demo"
    code, _, err = cli("init", demo, *CHEAP, "--demo")
    assert code == 0, err
    assert "Filled it with the demo's invented records: 40 clients" in err
    first = tmp_path / "first.json"
    code, _, err = cli("export-json", demo, first)
    assert code == 0, err
    document = json.loads(first.read_text(encoding="utf-8"))
    clients = document["clients"]
    assert sum(len(c.get("support_plans", [])) for c in clients) >= 4
    sessions = [n for c in clients for n in c["sessions"]]
    assert sum(len(n.get("ratings", [])) for n in sessions) >= 10
    assert sum(len(n.get("measures", [])) for n in sessions) >= 10
    assert sum(len(c.get("follow_ups", [])) for c in clients) >= 3
    consents = [k for c in clients for k in c["consents"]]
    assert sum(len(k.get("attachments", [])) for k in consents) >= 3
    other = tmp_path / "other"
    assert cli("init", other, *CHEAP)[0] == 0
    code, _, err = cli("import", other, first)
    assert code == 0, err
    second = tmp_path / "second.json"
    assert cli("export-json", other, second)[0] == 0
    assert second.read_bytes() == first.read_bytes()


def test_no_vault_file_contains_a_name_or_note_text_of_the_sample(sample_vault: Path) -> None:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    secrets: set[str] = set()
    for c in doc["clients"]:
        secrets.update(
            v
            for k, v in c.items()
            if isinstance(v, str)
            and k
            not in {
                "status",
                "risk_level",
                "gender",
                "case_code",
                "grade",
                "opened_on",
                "closed_on",
            }
        )
        secrets.update(g["name"] for g in c["guardians"] + c["emergency_contacts"])
        secrets.update(c["other_people"])
        for s in c["sessions"]:
            secrets.update(v for v in s["fields"].values() if v)
            secrets.update(a["text"] for a in s["addenda"])
            if s["risk_notes"]:
                secrets.add(s["risk_notes"])
    secrets = {s for s in secrets if len(s) >= 4}
    assert "Budi" in secrets and "Santoso" in secrets
    files = [p for p in sample_vault.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            for encoding in ("utf-8", "utf-16-le"):
                readable = readable_in(secret.encode(encoding), data)
                assert not readable, f"{secret!r} readable in {path.name}"


def test_list_prints_case_code_name_and_status_separated_by_tabs(cli, sample_vault: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("list", sample_vault)
    assert code == 0
    assert out.splitlines() == [
        "C-0001\tBudi Santoso\tactive",
        "C-0002\tSiti Rahmawati\tactive",
        "C-0003\tAyu\tclosed",
        "C-0004\tEmily Carter-Nguyễn\tactive",
    ]


def test_verify_reports_an_intact_vault(cli, sample_vault: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("verify", sample_vault)
    assert code == 0
    assert out.startswith("ok")


def test_verify_notices_a_database_copied_back_from_an_older_state(cli, sample_vault: Path) -> None:  # type: ignore[no-untyped-def]
    db = sample_vault / "records.db"
    assert cli("list", sample_vault)[0] == 0  # lock: the header records the audit head
    older = db.read_bytes()
    for _ in range(2):  # more unlocks, more audit entries
        assert cli("list", sample_vault)[0] == 0
    db.write_bytes(older)  # the rollback: an older copy of the database put back
    code, out, err = cli("verify", sample_vault)
    assert code == 1
    assert "older" in out + err and "rollback" in out + err
    code, out, err = cli("list", sample_vault)  # unlocking says so too...
    assert code == 0 and "rollback" in err
    assert cli("verify", sample_vault)[0] == 1  # ...and does not wipe the evidence


def test_byte_flipped_in_the_middle_of_the_database_is_reported_not_crashed(
    cli, sample_vault: Path
) -> None:  # type: ignore[no-untyped-def]
    db = sample_vault / "records.db"
    data = bytearray(db.read_bytes())
    assert len(data) > 3 * 4096
    data[len(data) // 2] ^= 0x40
    db.write_bytes(bytes(data))
    code, out, err = cli("verify", sample_vault)
    assert code == 1
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "damaged" in err or "altered" in err
    assert "Traceback" not in err


def test_wrong_passphrase_is_one_line_and_exit_1_and_changes_nothing(
    cli, sample_vault: Path
) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(sample_vault)
    code, out, err = cli("list", sample_vault, stdin="not the passphrase\n")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "passphrase is not correct" in err
    assert snapshot(sample_vault) == before


def test_broken_import_writes_nothing(cli, sample_vault: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    for c in doc["clients"]:
        c["case_code"] = c["case_code"].replace("C-", "N-")
        c["sessions"] = [
            {**s, "group_members": [m.replace("C-", "N-") for m in s["group_members"]]}
            for s in c["sessions"]
        ]
    doc["clients"][-1]["sessions"][0]["modality"] = "carrier pigeon"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(doc), encoding="utf-8")
    code, _, err = cli("import", sample_vault, broken)
    assert code == 1
    assert "Client 4" in err and "modality" in err
    _, out, _ = cli("list", sample_vault)
    assert len(out.splitlines()) == 4


def test_import_refuses_case_codes_already_in_the_vault(cli, sample_vault: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("import", sample_vault, SAMPLE)
    assert code == 1
    assert "C-0001" in err and "already" in err
    _, out, _ = cli("list", sample_vault)
    assert len(out.splitlines()) == 4


def test_passwd_takes_old_then_new_passphrase_from_stdin(cli, sample_vault: Path) -> None:  # type: ignore[no-untyped-def]
    new = "a fresh and long passphrase for this vault"
    code, _, err = cli("passwd", sample_vault, stdin=f"{PASSPHRASE}\n{new}\n")
    assert code == 0, err
    assert cli("list", sample_vault)[0] == 1
    code, out, _ = cli("list", sample_vault, stdin=new + "\n")
    assert code == 0 and out.startswith("C-0001")


def test_passwd_rotate_key_prints_a_new_recovery_key_and_retires_the_old_header(
    cli, sample_vault: Path
) -> None:  # type: ignore[no-untyped-def]
    new = "a fresh and long passphrase for this vault"
    old_header = (sample_vault / "vault.json").read_bytes()
    code, out, err = cli("passwd", sample_vault, "--rotate-key", stdin=f"{PASSPHRASE}\n{new}\n")
    assert code == 0, err
    recovery = out.strip().splitlines()[-1]
    assert len(recovery.split("-")) == 8
    code, out, _ = cli("list", sample_vault, stdin=new + "\n")
    assert code == 0 and out.startswith("C-0001")
    assert cli("verify", sample_vault, stdin=new + "\n")[0] == 0
    (sample_vault / "vault.json").write_bytes(old_header)
    assert cli("list", sample_vault)[0] == 1


def test_init_refuses_a_short_passphrase(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("init", tmp_path / "v", *CHEAP, stdin="short\n")
    assert code == 1
    assert "passphrase" in err
    assert not (tmp_path / "v").exists()


def test_init_warns_that_cheap_argon2_settings_are_for_tests(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("init", tmp_path / "v", *CHEAP)
    assert code == 0
    assert "below RFC 9106" in err


def test_init_refuses_an_existing_vault(cli, sample_vault: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("init", sample_vault, *CHEAP)
    assert code == 1 and "already exists" in err


def test_not_a_vault_is_a_clear_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("list", tmp_path / "nowhere")
    assert code == 1 and "There is no folder" in err
    assert not (tmp_path / "nowhere").exists()


def test_missing_import_file_is_a_clear_error(cli, sample_vault: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("import", sample_vault, tmp_path / "missing.json")
    assert code == 1 and "cannot read" in err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["init"],
        ["list"],
        ["init", "v", "--argon2-time", "zero"],
        ["init", "v", "--passphrase", "x"],
    ],
)
def test_usage_errors_exit_2(cli, argv: list[str]) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli(*argv)
    assert code == 2
    assert "usage" in err


def test_entry_point_runs_as_a_program_without_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    result = subprocess.run(
        [sys.executable, "-m", "counsel_desk.cli", "list", str(tmp_path / "nope")],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("counsel-desk-cli: error:")
    assert "Traceback" not in result.stderr


def test_init_prints_the_recovery_key_once(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("init", tmp_path / "v", *CHEAP)
    assert code == 0
    key = out.strip()
    assert len(key.split("-")) == 8
    assert "Recovery key" in err
    from counsel_desk.vault import Vault

    Vault.open_with_recovery_key(tmp_path / "v", key, "a new passphrase after loss").close()


def test_backup_and_restore_from_the_command_line(cli, sample_vault: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backup = tmp_path / "counsel.cdbackup"
    code, _, err = cli("backup", sample_vault, backup)
    assert code == 0, err
    assert cli("backup", sample_vault, backup)[0] == 1  # never overwrites
    restored = tmp_path / "restored"
    code, _, err = cli("restore", backup, restored)
    assert code == 0, err
    _, out, _ = cli("list", restored)
    assert out.splitlines()[0] == "C-0001\tBudi Santoso\tactive"
    code, _, err = cli("restore", backup, sample_vault)
    assert code == 1 and "already exists" in err
    code, _, err = cli("restore", backup, tmp_path / "again", stdin="wrong passphrase here\n")
    assert code == 1 and "not correct" in err
    assert not (tmp_path / "again").exists()


def test_key_file_option_opens_a_vault_that_needs_one(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from counsel_desk.vault import Vault

    keyfile = tmp_path / "k.key"
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        vault.add_key_file(PASSPHRASE, keyfile)
    code, _, err = cli("list", sample_vault)
    assert code == 1 and "key file" in err
    code, out, _ = cli("list", sample_vault, "--key-file", keyfile)
    assert code == 0 and out.startswith("C-0001")


def test_export_audit_entry_names_no_path(cli, sample_vault: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from counsel_desk.vault import Vault

    cli("export-json", sample_vault, tmp_path / "Budi Santoso records.json")
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        entry = next(e for e in vault.audit.entries() if e.action == "export_written")
    assert "Budi" not in (entry.detail or "") and "sha256:" in (entry.detail or "")


def test_supervision_pdf_is_redacted_checked_and_audited(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from counsel_desk.vault import Vault

    out = tmp_path / "summary.pdf"
    code, _, err = cli("supervision-pdf", sample_vault, "C-0001", out, "--from", "2025-07-01")
    assert code == 0, err
    text = "\n".join(page.extract_text() or "" for page in PdfReader(out).pages)
    assert "C-0001" in text
    for name in ("Budi", "Santoso", "Ucok", "Hartono", "Rina", "Joko", "Siti", "0811", "Merpati"):
        assert name not in text
    assert "breathing" in text  # the clinical content survives
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        entry = next(e for e in vault.audit.entries() if e.action == "export_written")
    assert entry.case_code == "C-0001" and "sha256:" in (entry.detail or "")
    assert str(tmp_path) not in (entry.detail or "")


def test_supervision_pdf_encrypt_prints_the_password_on_stdout_after_the_file_is_written(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Issue 18, item 6: like the recovery key of passwd --rotate-key, the secret goes
    to stdout alone (for a script), what it is to stderr; it is kept nowhere."""
    from pypdf import PasswordType, PdfReader

    from counsel_desk.vault import Vault

    out = tmp_path / "summary.pdf"
    code, stdout, err = cli(
        "supervision-pdf", sample_vault, "C-0001", out, "--encrypt", "--recipient", "Dr. Sari"
    )
    assert code == 0, err
    password = stdout.strip()
    assert len(password.split(" ")) == 5 and stdout == password + "\n"
    assert password not in err and "encrypted (AES-256)" in err
    reader = PdfReader(out)
    assert reader.decrypt("") == PasswordType.NOT_DECRYPTED
    reader = PdfReader(out)
    assert reader.decrypt(password) != PasswordType.NOT_DECRYPTED
    assert "C-0001" in reader.pages[0].extract_text()
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        entries = [e for e in vault.audit.entries() if e.action == "export_written"]
        with vault.reading() as conn:
            rows = conn.execute("SELECT document, recipient, protected FROM disclosures").fetchall()
    assert rows == [("supervision_summary", "Dr. Sari", 1)]
    assert "password-protected" in (entries[-1].detail or "")
    for word in password.split():
        assert word not in (entries[-1].detail or "").split()  # (a hex digest may hold "cafe")
    assert password.encode() not in (sample_vault / "vault.json").read_bytes()


def test_supervision_pdf_of_an_unknown_case_code_is_a_clear_error(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("supervision-pdf", sample_vault, "C-9999", tmp_path / "x.pdf")
    assert code == 1 and "C-9999" in err
    assert not (tmp_path / "x.pdf").exists()
    assert (
        cli("supervision-pdf", sample_vault, "C-0001", tmp_path / "x.pdf", "--from", "soon")[0] == 2
    )


def test_supervision_pdf_redacts_the_words_named_with_redact(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    out = tmp_path / "summary.pdf"
    code, _, err = cli("supervision-pdf", sample_vault, "C-0001", out, "--redact", "breathing")
    assert code == 0, err
    text = "\n".join(page.extract_text() or "" for page in PdfReader(out).pages)
    assert "breathing" not in text and "[REDACTED]" in text


def test_a_refused_supervision_pdf_says_page_and_sentence_but_never_the_words(
    cli, sample_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # A heading the redactor cannot touch, named as a word to redact: only the
    # read-back check finds it, and refuses.
    out = tmp_path / "summary.pdf"
    code, _, err = cli(
        "supervision-pdf", sample_vault, "C-0001", out, "--redact", "Presenting concern"
    )
    assert code == 1 and not out.exists()
    assert "page 1: a word from the never-print list, in: " in err and "▮▮▮" in err
    assert "--redact WORD" in err
    assert "Presenting concern" not in err and "presenting concern" not in err.lower()


def test_a_vault_on_a_drive_that_is_not_connected_says_connect_it_not_damaged(
    cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "usb-stick" / "vault"
    for command in ("list", "verify", "export-json"):
        argv = [command, gone] + ([tmp_path / "out.json"] if command == "export-json" else [])
        code, _, err = cli(*argv)
        assert code == 1, err
        assert "There is no folder" in err and "connect it and try again" in err
        assert "damaged" not in err and "Traceback" not in err
    assert not (tmp_path / "out.json").exists()


def test_a_folder_that_is_there_but_holds_no_vault_is_still_said_to_be_no_vault(
    cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("list", tmp_path)
    assert code == 1 and "is not a Counsel Desk vault" in err


def test_supervision_pdf_says_when_a_printed_phrase_may_single_the_student_out(
    cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(SAMPLE.read_text("utf-8"))
    doc["clients"][0]["sessions"][0]["fields"]["objective"] = (
        "Fidgeting. He is the principal's son and ketua OSIS this year."
    )
    source = tmp_path / "caseload.json"
    source.write_text(json.dumps(doc), "utf-8")
    vault = tmp_path / "vault"
    assert cli("init", vault, *CHEAP)[0] == 0
    assert cli("import", vault, source)[0] == 0
    out = tmp_path / "summary.pdf"
    code, _, err = cli("supervision-pdf", vault, "C-0001", out)
    assert code == 0, err
    assert "2 printed phrases may single the student out" in err
    assert "principal" not in err  # the phrases themselves only when asked for
    code, _, err = cli("supervision-pdf", vault, "C-0001", out, "--show-descriptions")
    assert code == 0, err
    assert "“the principal's son”" in err and "“ketua OSIS”" in err
    code, _, err = cli("supervision-pdf", vault, "C-0002", tmp_path / "other.pdf")
    assert code == 0 and "single the student out" not in err
