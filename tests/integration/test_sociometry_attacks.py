"""Attacks on sociometry (review of 2026-12-07, docs/attacks-2026-12-07b.md): what the
homeroom teacher's version lets her work out. Vaults use KdfParams.cheap_for_tests()."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counsel_desk.domain.sociometry import Criterion, LabelMode, teacher_labels
from counsel_desk.services.vault_service import KdfParams, VaultService

TODAY = dt.date(2026, 11, 20)
HEADER = "Nama Peserta Didik;NISN;JK;Tanggal Lahir;Rombel"
# A class list as schools keep it: by name, which is also the order of the "absen" numbers.
NAMES = (
    "Adi Nugroho", "Bayu Setiawan", "Budi Santoso", "Citra Lestari", "Dewi Anggraini",
    "Eka Putri", "Fajar Hidayat", "Gita Maharani", "Hendra Wijaya", "Indah Permata",
    "Joko Susilo", "Kirana Paramitha",
)  # fmt: skip


@pytest.fixture
def vault(tmp_path: Path):
    service = VaultService(clock=lambda: dt.datetime.combine(TODAY, dt.time(10, 0)))
    service.create(
        tmp_path / "v", "sociometry passphrase, long enough", KdfParams.cheap_for_tests()
    )
    path = tmp_path / "kelas.csv"
    rows = [f"{name};00123456{n:02d};P;12/03/2012;VIII-B" for n, name in enumerate(NAMES)]
    path.write_text("\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    service.roster.import_rows(service.roster.read(path))
    yield service
    service.lock()


def test_the_teachers_number_keys_cannot_be_read_off_the_alphabetical_class_list(vault) -> None:
    candidates = vault.sociometry.candidates("VIII-B")
    assert [c.name for c in candidates] == sorted(NAMES)  # the list she ticks is by name
    made = vault.sociometry.create_round(
        "VIII-B", TODAY, (Criterion("Teman duduk"),), 3, candidates
    )
    people = vault.sociometry.people(made.id)
    by_key = [people[n].name for n in sorted(people)]
    # S01, S02 … in the teacher's PDF: were they the class list's order, her own list
    # (or the absen numbers) would name every isolate and every rejected student.
    assert by_key != sorted(NAMES)
    assert sorted(by_key) == sorted(NAMES)


def test_shared_initials_are_not_numbered_in_the_class_lists_order(vault) -> None:
    # Bayu Setiawan and Budi Santoso are both "BS": over several rounds "BS-1" must not
    # always be the one first on the list.
    firsts = set()
    for _ in range(24):
        made = vault.sociometry.create_round(
            "VIII-B", TODAY, (Criterion("Teman duduk"),), 3, vault.sociometry.candidates("VIII-B")
        )
        people = vault.sociometry.people(made.id)
        labels = teacher_labels({n: p.name for n, p in people.items()}, LabelMode.INITIALS)
        firsts.add(next(people[n].name for n, label in labels.items() if label == "BS-1"))
    assert firsts == {"Bayu Setiawan", "Budi Santoso"}
