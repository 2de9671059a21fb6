"""The activity log (issue 17, item 2) through the services and the interchange format:
no one the vault knows is named in it, its rules, and a whole-vault round trip. Vaults use
KdfParams.cheap_for_tests() (weak Argon2 on purpose, to keep the suite fast)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from counsel_desk.domain.activities import Activity
from counsel_desk.domain.enums import (
    ActivityKind,
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    UseOfTime,
)
from counsel_desk.domain.model import Client, Contact
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.domain.validation import ValidationError
from counsel_desk.export.interchange import InterchangeError
from counsel_desk.services.activities import ActivityNamesError
from counsel_desk.services.vault_service import KdfParams, VaultService

PASSPHRASE = "activity log passphrase, long enough"
TODAY = dt.date(2026, 11, 20)
GUIDANCE = ServiceClass(
    ServiceComponent.BASIC, ServiceStrategy.CLASSROOM_GUIDANCE, (ServiceField.LEARNING,)
)


@pytest.fixture
def vault(tmp_path: Path):
    service = VaultService(clock=lambda: dt.datetime.combine(TODAY, dt.time(10, 0)))
    service.create(tmp_path / "v", PASSPHRASE, KdfParams.cheap_for_tests())
    service.clients.save_profile(
        Client(
            given_name="Rina",
            family_name="Wulandari",
            case_code="BK-007",
            school="SMP Negeri 2 Bantul",
            grade="VIII-B",
            phone="0812-3456-7788",
            guardians=[Contact("Sri Wulandari", "ibu")],
        ),
        today=TODAY,
    )
    service.supervision.set_never_print(["Kampung Melayu"])
    yield service
    service.lock()


def _guidance(**changes) -> Activity:
    activity = Activity(
        kind=ActivityKind.CLASSROOM_GUIDANCE,
        date=dt.date(2026, 11, 4),
        topic="Mengenal gaya belajar",
        class_name="VIII-B",
        students_present=32,
        periods=2,
        service=GUIDANCE,
    )
    for key, value in changes.items():
        setattr(activity, key, value)
    return activity


def test_classical_guidance_for_a_class_named_like_a_students_class_is_kept(vault) -> None:
    saved = vault.activities.save(_guidance(notes="Di SMP Negeri 2 Bantul, kelas VIII-B."))
    assert vault.activities.get(saved.id) == saved
    assert saved.asca is UseOfTime.DIRECT_INSTRUCTION
    assert saved.length_in_minutes(40) == 80


@pytest.mark.parametrize(
    ("change", "words", "code"),
    [
        ({"topic": "Konseling Rina soal gaya belajar"}, "Rina", "BK-007"),
        ({"notes": "rinanya tidak hadir"}, "rinanya", "BK-007"),
        ({"notes": "Ibu Sri Wulandari datang"}, "Sri Wulandari", "BK-007"),
        ({"notes": "telp 0812 3456 7788"}, "0812 3456 7788", "BK-007"),
        ({"class_name": "Wulandari"}, "Wulandari", "BK-007"),
        ({"notes": "dekat Kampung Melayu"}, "Kampung Melayu", None),
    ],
)
def test_an_activity_naming_someone_the_vault_knows_is_refused_and_not_saved(
    vault, change, words, code
) -> None:
    with pytest.raises(ActivityNamesError) as raised:
        vault.activities.save(_guidance(**change))
    found = raised.value.found[0]
    assert found.text == words and found.case_code == code
    assert words in str(raised.value)
    if code is not None:
        assert code in str(raised.value)
    assert vault.activities.activities() == []


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"topic": "  "}, "topic"),
        ({"periods": 2, "minutes": 45}, "minutes"),
        ({"periods": 0}, "periods"),
        ({"periods": None, "minutes": 0}, "minutes"),
        ({"students_present": -1}, "students_present"),
        ({"date": TODAY + dt.timedelta(days=1)}, "date"),
        ({"kind": ActivityKind.NON_COUNSELING_DUTY}, "service"),
        ({"topic": "Gaya\nbelajar"}, "topic"),
        (
            {"service": ServiceClass(ServiceComponent.BASIC, ServiceStrategy.MEDIATION, ())},
            "service.fields",
        ),
    ],
)
def test_a_broken_activity_is_refused_naming_the_field_and_nothing_saved(
    vault, change, key
) -> None:
    with pytest.raises(ValidationError) as raised:
        vault.activities.save(_guidance(**change))
    assert raised.value.issues[0].path == key
    assert vault.activities.activities() == []


def test_invisible_characters_pasted_into_the_topic_are_taken_out(vault) -> None:
    saved = vault.activities.save(_guidance(topic="\u200bMengenal gaya\u00ad belajar "))
    assert saved.topic == "Mengenal gaya belajar"


def test_guidance_of_a_group_is_an_activity_with_its_own_strategy(vault) -> None:
    group = ServiceClass(
        ServiceComponent.RESPONSIVE, ServiceStrategy.GROUP_GUIDANCE, (ServiceField.SOCIAL,)
    )
    saved = vault.activities.save(_guidance(kind=ActivityKind.GROUP_GUIDANCE, service=group))
    assert vault.activities.get(saved.id).service == group


def test_the_activity_log_goes_out_with_export_json_and_comes_back_byte_for_byte(
    vault, tmp_path: Path
) -> None:
    vault.activities.save(_guidance())
    vault.activities.save(
        Activity(
            kind=ActivityKind.NON_COUNSELING_DUTY,
            date=dt.date(2026, 11, 5),
            topic="Piket pagi",
            minutes=90,
        )
    )
    export = vault.interchange.export()
    assert export.counts.activities == 2
    document = json.loads(export.text)
    assert [a["kind"] for a in document["activities"]] == [
        "classroom_guidance",
        "non_counseling_duty",
    ]
    assert document["activities"][1]["service"] is None
    other = VaultService()
    other.create(tmp_path / "w", PASSPHRASE, KdfParams.cheap_for_tests())
    try:
        report = other.interchange.import_text(export.text)
        assert report.activities == 2
        assert other.interchange.export_text() == export.text
    finally:
        other.lock()


def test_an_imported_activity_naming_a_client_of_the_same_file_imports_nothing(
    vault, tmp_path: Path
) -> None:
    vault.activities.save(_guidance(notes="Siswa aktif."))
    document = json.loads(vault.interchange.export_text())
    document["activities"][0]["notes"] = "Rina aktif bertanya."
    other = VaultService()
    other.create(tmp_path / "w", PASSPHRASE, KdfParams.cheap_for_tests())
    try:
        with pytest.raises(InterchangeError) as raised:
            other.interchange.import_text(json.dumps(document))
        assert raised.value.key == "activities[0].notes"
        assert "Rina" in str(raised.value)
        assert other.clients.list_summaries() == []
        assert other.activities.activities() == []
    finally:
        other.lock()


def test_a_broken_activity_in_a_file_names_its_key() -> None:
    from counsel_desk.export.interchange import parse_document

    base = {
        "kind": "classroom_guidance",
        "date": "2026-11-04",
        "topic": "Gaya belajar",
        "class_name": None,
        "students_present": None,
        "periods": 2,
        "minutes": 30,
        "notes": "",
        "service": None,
    }
    with pytest.raises(InterchangeError) as raised:
        parse_document(
            json.dumps({"format": "counsel-desk/2", "clients": [], "activities": [base]})
        )
    assert raised.value.key == "activities[0].minutes"
    with pytest.raises(InterchangeError) as raised:
        parse_document(
            json.dumps(
                {
                    "format": "counsel-desk/2",
                    "clients": [],
                    "activities": [{**base, "kind": "rapat"}],
                }
            )
        )
    assert raised.value.key == "activities[0].kind"
    with pytest.raises(InterchangeError) as raised:
        parse_document(json.dumps({"format": "counsel-desk/1", "clients": [], "activities": []}))
    assert raised.value.key == "activities"
