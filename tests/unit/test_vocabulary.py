"""One vocabulary (issue 13): every enum member shown to a user has one name, translated."""

from __future__ import annotations

import ast
import inspect
from enum import StrEnum

import pytest

from counsel_desk.domain import enums, vocabulary
from counsel_desk.domain.enums import ConsentKind, DutyStep
from counsel_desk.domain.vocabulary import VOCABULARIES, display_name, english_name
from counsel_desk.i18n import Catalog, context_of


def _all_members() -> list[StrEnum]:
    return [member for cls in VOCABULARIES for member in cls]


def test_every_enum_in_domain_enums_is_a_vocabulary() -> None:
    defined = [
        obj
        for _name, obj in inspect.getmembers(enums, inspect.isclass)
        if issubclass(obj, StrEnum) and obj.__module__ == enums.__name__
    ]
    assert defined
    assert [cls.__name__ for cls in defined if cls not in VOCABULARIES] == []


def test_every_member_of_every_vocabulary_has_a_name() -> None:
    assert vocabulary.missing_names() == []
    for member in _all_members():
        assert english_name(member).strip(), member


def test_a_name_is_found_from_the_stored_value_too() -> None:
    # Records hold the plain string; the profile of an assent bundle must still open.
    assert english_name(ConsentKind("assent")) == english_name(ConsentKind.ASSENT)


@pytest.mark.parametrize("member", _all_members(), ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_every_name_is_translated_into_indonesian(member: StrEnum) -> None:
    name = english_name(member)
    context = context_of(name)
    assert context is not None, f"{member!r} is not marked for translation"
    catalog = Catalog.load("id")
    assert (context, name) in catalog._entries, f"no Indonesian name for {member!r}"


def test_indonesian_names_follow_the_glossary() -> None:
    assert display_name(ConsentKind.ASSENT, "id") == "Persetujuan siswa (assent)"
    assert display_name(ConsentKind.RELEASE_OF_INFORMATION, "id") == ("Izin pengungkapan informasi")
    assert "pihak yang terancam" in display_name(DutyStep.WARNED_PERSON_AT_RISK, "id")
    assert display_name(ConsentKind.ASSENT, "en") == "Student's assent"


def test_every_name_is_marked_with_a_literal_context_lupdate_can_collect() -> None:
    tree = ast.parse(inspect.getsource(vocabulary))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    ]
    assert calls
    for call in calls:
        assert isinstance(call.args[0], ast.Constant) and call.args[0].value == "Vocabulary"
        assert isinstance(call.args[1], ast.Constant)
