"""counsel-desk-cli import-roster (issue 20, item 1): the preview on stdout, nothing written
without --yes, and nothing at all while a row is refused — each refused row named by its
number as the spreadsheet shows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsel_desk.vault.vault import Vault
from tests.integration.conftest import PASSPHRASE
from tests.integration.test_cli import CHEAP, run

HEADER = "Nama,NISN,JK,Tanggal Lahir,Kelas"
GOOD = (
    "Rina Wulandari,0012345678,P,12/03/2012,VIII-B",
    "Budi Santoso,0012345679,L,2012-02-01,VIII-B",
)


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def call(*argv: str | Path, stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
        return run(monkeypatch, capsys, *argv, stdin=stdin)

    return call


@pytest.fixture
def vault(cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "vault"
    assert cli("init", path, *CHEAP)[0] == 0
    return path


def _list(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "kelas.csv"
    path.write_text("\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    return path


def _entries(path: Path) -> list[str]:
    with Vault.open(path, PASSPHRASE) as vault, vault.reading() as conn:
        return [r[0] for r in conn.execute("SELECT name FROM roster_entries ORDER BY name")]


def test_the_preview_writes_nothing_without_yes(cli, vault: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("import-roster", vault, _list(tmp_path, *GOOD))
    assert code == 0, err
    assert out.splitlines() == [
        "2\tNew\tRina Wulandari\tVIII-B\t",
        "3\tNew\tBudi Santoso\tVIII-B\t",
    ]
    assert "2 rows: 2 new, 0 changed, 0 already in the vault, 0 refused." in err
    assert "--yes" in err
    assert _entries(vault) == []


def test_yes_writes_the_list_and_again_changes_nothing(cli, vault: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _list(tmp_path, *GOOD)
    code, _, err = cli("import-roster", vault, path, "--yes")
    assert code == 0, err
    assert "2 students added, 0 changed, 0 already there" in err
    assert _entries(vault) == ["Budi Santoso", "Rina Wulandari"]
    code, out, err = cli("import-roster", vault, path, "--yes")
    assert code == 0, err
    assert "0 students added, 0 changed, 2 already there" in err
    assert "\tAlready in the vault\t" in out


def test_a_refused_row_writes_nothing_and_each_is_named(cli, vault: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _list(
        tmp_path,
        GOOD[0],
        "Dewi,1.23E+09,P,12/03/2012,VIII-B",
        GOOD[1],
        "Sari,0012345670,P,01/01/1900,VIII-B",
        "Rina W.,0012345678,P,12/03/2012,VIII-B",
    )
    code, out, err = cli("import-roster", vault, path, "--yes")
    assert code == 1
    assert "row 3: Excel turned this NISN into a number; format the column as text." in err
    assert "row 5: The birth date 1900-01-01 is in 1900 or earlier" in err
    assert "row 6: The same student as row 2." in err
    assert "3 rows are refused; nothing was imported" in err
    assert "Traceback" not in err
    assert "3\tRefused\t" in out
    assert _entries(vault) == []


def test_a_file_that_is_no_class_list_is_refused_before_the_passphrase(  # type: ignore[no-untyped-def]
    cli, vault: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "kelas.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 64)
    code, _, err = cli("import-roster", vault, bad, stdin="")
    assert code == 1
    assert "is not a CSV or XLSX file" in err and "passphrase" not in err.casefold()
    no_name = _list(tmp_path, "x,y")
    no_name.write_text("Siswa X,Nomor\nRina,1\n", encoding="utf-8")
    code, _, err = cli("import-roster", vault, no_name)
    assert code == 1 and "No column holds the students' names" in err


def test_the_messages_are_in_indonesian_when_the_terminal_is(  # type: ignore[no-untyped-def]
    cli, vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    monkeypatch.setenv("LANGUAGE", "id")
    code, out, err = cli("import-roster", vault, _list(tmp_path, "Dewi,12345,P,12/03/2012,VIII-B"))
    assert code == 1
    assert "baris 2: NISN “12345” tidak 10 digit." in err
    assert "\tDitolak\t" in out


def test_a_doctype_bomb_is_refused_with_its_message_and_nothing_is_written(  # type: ignore[no-untyped-def]
    cli, vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.xlsx_build import LAUGHS, excel_package

    bomb = tmp_path / "kelas.xlsx"
    bomb.write_bytes(
        excel_package(
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row>',
            prolog={"xl/worksheets/sheet1.xml": LAUGHS},
        )
    )
    assert cli("import-roster", vault, _list(tmp_path, *GOOD), "--yes")[0] == 0
    code, out, err = cli("import-roster", vault, bomb, "--yes", stdin="")
    assert code == 1 and out == ""
    assert "kelas.xlsx is refused unread: it declares a DOCTYPE" in err
    assert _entries(vault) == ["Budi Santoso", "Rina Wulandari"]  # the list as it was
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    monkeypatch.setenv("LANGUAGE", "id")
    code, _, err = cli("import-roster", vault, bomb, stdin="")
    assert code == 1 and "kelas.xlsx ditolak tanpa dibaca" in err
