"""The identifier set of the whole vault is built once per unlock and kept (issue 14,
speed: a supervision summary of 40 sessions in well under a second at 5,000 clients) —
and never kept a moment too long: every change that could add a name is seen by the next
summary, whichever code path made it, and nothing is kept after the vault locks."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlcipher3.dbapi2 as sqlite

from counsel_desk.domain.model import Client, Contact, SessionNote
from counsel_desk.domain.templates import TemplateId
from counsel_desk.services.clients import ClientService
from counsel_desk.services.interchange import InterchangeService
from counsel_desk.services.notes import NoteService
from counsel_desk.services.supervision import SupervisionRequest, SupervisionService
from counsel_desk.vault import Vault
from counsel_desk.vault.people_changes import NOT_ABOUT_PEOPLE, PeopleChanges, watched
from tests.integration.conftest import PASSPHRASE

TODAY = dt.date(2025, 9, 1)


def _client(vault: Vault, client: Client, note: str) -> int:
    saved, _ = ClientService(vault).save_profile(client, today=TODAY)
    assert saved.id is not None
    NoteService(vault).save_draft(
        saved.id,
        SessionNote(date=dt.date(2025, 8, 25), template=TemplateId.FREE, fields={"text": note}),
    )
    return saved.id


def _summary(vault: Vault, client_id: int) -> str:
    return SupervisionService(vault).prepare(SupervisionRequest(client_id)).plain_text()


def test_the_identifier_set_is_built_once_while_nothing_about_people_changes(
    vault: Vault,
) -> None:
    ayu = _client(vault, Client("Ayu", family_name="Lestari"), "Ayu datang sendiri.")
    service = SupervisionService(vault)
    first = service.identifiers()
    _summary(vault, ayu)  # a summary writes an audit entry; a note is saved below
    NoteService(vault).save_draft(
        ayu, SessionNote(date=dt.date(2025, 8, 26), template=TemplateId.FREE, fields={"text": "x"})
    )
    assert SupervisionService(vault).identifiers() is first


def test_a_set_asked_for_to_change_is_a_new_one_and_leaves_the_kept_one_alone(
    vault: Vault,
) -> None:
    _client(vault, Client("Ayu", family_name="Lestari"), "-")
    service = SupervisionService(vault)
    kept = service.identifiers()
    own = service.identifiers(to_change=True)
    assert own is not kept
    own.keep(["Lestari"])  # the CLI's --keep: only in its own set
    assert service.identifiers() is kept


@pytest.mark.parametrize(
    ("change", "leaked"),
    [
        (
            lambda v, ids: ClientService(v).save_profile(Client("Marwoto"), today=TODAY),
            "Marwoto",
        ),
        (
            lambda v, ids: ClientService(v).save_profile(
                _renamed(v, ids["ayu"], "Sekar"), today=TODAY
            ),
            "Sekar",
        ),
        (
            lambda v, ids: ClientService(v).save_profile(
                _with_guardian(v, ids["ayu"], "Suparmi"), today=TODAY
            ),
            "Suparmi",
        ),
        (lambda v, ids: SupervisionService(v).set_never_print(["Genshin"]), "Genshin"),
        (
            lambda v, ids: InterchangeService(v).import_text(_import_of("Kinanthi")),
            "Kinanthi",
        ),
    ],
    ids=["new client", "client renamed", "guardian added", "never-print word", "import"],
)
def test_a_name_added_after_a_summary_is_redacted_in_the_next_one(
    vault: Vault, change, leaked: str
) -> None:  # type: ignore[no-untyped-def]
    note = "Ayu cerita Marwoto, Sekar, Suparmi dan Kinanthi main Genshin bersama."
    ids = {"ayu": _client(vault, Client("Ayu", family_name="Lestari"), note)}
    SupervisionService(vault).set_kept_words(["Marwoto", "Sekar", "Suparmi", "Kinanthi", "Genshin"])
    assert leaked in _summary(vault, ids["ayu"])  # kept as no one's name, for now
    change(vault, ids)
    assert leaked not in _summary(vault, ids["ayu"])


def test_a_kept_word_added_after_a_summary_is_printed_in_the_next_one(vault: Vault) -> None:
    ayu = _client(vault, Client("Ayu"), "Dia main Duolingo tiap malam.")
    assert "Duolingo" not in _summary(vault, ayu)
    SupervisionService(vault).set_kept_words(["Duolingo"])
    assert "Duolingo" in _summary(vault, ayu)


def test_every_table_a_name_can_come_from_is_watched_for_changes(vault: Vault) -> None:
    """A change to any table but those known to hold no one's identity makes the next
    summary build the set again, by whatever code path it was written."""
    with vault.reading() as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE 'sqlite%'"
            )
        ]
        changes = PeopleChanges(conn)
    # A new table is watched unless it is listed as holding no one (say which here).
    assert set(changes.watched) == {
        "clients",
        "contacts",
        "other_people",
        "client_tags",
        "consents",
        "vault_settings",
        "intake_requests",
        "roster_entries",  # the class list (issue 20)
    }
    search_index = ("note_search_", "profile_search_")
    assert set(changes.watched) == {
        t for t in tables if watched(t) and not t.startswith(search_index)
    }
    assert set(tables) >= NOT_ABOUT_PEOPLE, "a table listed as holding no one is gone"
    with vault.transaction() as conn:
        before = changes.count
        conn.execute("INSERT INTO vault_settings (key, value) VALUES ('x', '1')")
        conn.execute("UPDATE vault_settings SET value = '2' WHERE key = 'x'")
        conn.execute("DELETE FROM vault_settings WHERE key = 'x'")
    assert changes.count == before + 3


def test_building_the_identifier_set_reads_no_table_left_unwatched(vault: Vault) -> None:
    """The tables left out of the watch must really be tables the set is not made from:
    SQLite reports every table the build reads."""
    _client(vault, Client("Ayu", family_name="Lestari"), "Ayu datang sendiri.")
    read: set[str] = set()

    def authorizer(action: int, table: str | None, *_: object) -> int:
        if action == sqlite.SQLITE_READ and table:
            read.add(table)
        return sqlite.SQLITE_OK

    with vault.reading() as conn:
        conn.set_authorizer(authorizer)
    try:
        SupervisionService(vault).identifiers(to_change=True)
    finally:
        with vault.reading() as conn:
            conn.set_authorizer(None)
    assert "clients" in read
    assert not read & NOT_ABOUT_PEOPLE


def test_nothing_derived_from_people_is_kept_after_the_vault_locks(vault_path, cheap) -> None:  # type: ignore[no-untyped-def]
    with Vault.create(vault_path, PASSPHRASE, cheap) as vault:
        ayu = _client(vault, Client("Ayu", family_name="Lestari"), "Ayu datang sendiri.")
        SupervisionService(vault).identifiers()
        assert vault._about_people
    assert not vault._about_people
    with Vault.open(vault_path, PASSPHRASE) as again:
        assert "Lestari" not in _summary(again, ayu)


def _renamed(vault: Vault, client_id: int, given: str) -> Client:
    client = ClientService(vault).get(client_id)
    client.given_name = given
    return client


def _with_guardian(vault: Vault, client_id: int, name: str) -> Client:
    client = ClientService(vault).get(client_id)
    client.guardians.append(Contact(name, relationship="ibu"))
    return client


def _import_of(name: str) -> str:
    import json

    return json.dumps(
        {
            "format": "counsel-desk/1",
            "clients": [{"case_code": "K-77", "given_name": name, "sessions": []}],
        }
    )


def test_a_second_caller_waits_for_the_build_under_way_instead_of_building_again(
    vault: Vault,
) -> None:
    # the set prepared in the background after an unlock, and the export dialog opened
    # while it is built: one build, one set for both
    import threading

    started, release = threading.Event(), threading.Event()
    builds: list[object] = []

    def slow() -> object:
        started.set()
        release.wait(10)
        builds.append(object())
        return builds[-1]

    results: list[object] = []
    first = threading.Thread(target=lambda: results.append(vault.about_people("x", slow)))
    first.start()
    assert started.wait(10)
    second = threading.Thread(target=lambda: results.append(vault.about_people("x", slow)))
    second.start()
    second.join(0.2)
    assert second.is_alive()  # waiting, not building
    release.set()
    first.join(10)
    second.join(10)
    assert len(builds) == 1
    assert results == [builds[0], builds[0]]


def test_a_caller_that_waited_for_a_build_that_failed_builds_itself(vault: Vault) -> None:
    import threading

    started, release = threading.Event(), threading.Event()

    def failing() -> object:
        started.set()
        release.wait(10)
        raise RuntimeError("the build broke")

    errors: list[BaseException] = []

    def first_caller() -> None:
        try:
            vault.about_people("x", failing)
        except RuntimeError as error:
            errors.append(error)

    first = threading.Thread(target=first_caller)
    first.start()
    assert started.wait(10)
    results: list[str] = []
    second = threading.Thread(target=lambda: results.append(vault.about_people("x", lambda: "own")))
    second.start()
    release.set()
    first.join(10)
    second.join(10)
    assert len(errors) == 1
    assert results == ["own"]
    assert vault.about_people("x", lambda: "again") == "own"  # kept


def test_a_build_under_way_while_people_change_is_not_waited_for(vault: Vault) -> None:
    import threading

    started, release = threading.Event(), threading.Event()

    def slow() -> str:
        started.set()
        release.wait(10)
        return "before the change"

    results: list[str] = []
    first = threading.Thread(target=lambda: results.append(vault.about_people("x", slow)))
    first.start()
    assert started.wait(10)
    ClientService(vault).save_profile(Client("Marwoto"), today=TODAY)
    assert vault.about_people("x", lambda: "after the change") == "after the change"
    release.set()
    first.join(10)
    assert results == ["before the change"]
    assert vault.about_people("x", lambda: "third") == "after the change"


def test_a_summary_and_the_set_it_needs_run_no_pass_of_the_cyclic_collector(
    vault: Vault,
) -> None:
    """Issue 14: the collector's full passes over a summary's objects (the caseload's
    profiles, the identifier set, the rendered text) held the window ~100 ms each; none
    of them form cycles, so the collector waits until the work is done."""
    import gc

    from bench.generate import generate_caseload
    from counsel_desk.export.interchange import dump_document

    InterchangeService(vault).import_text(dump_document(generate_caseload(150, 4, 4)))
    client_id = _client(vault, Client(given_name="Ayu", opened_on=TODAY), "Ayu cerita.")
    passes: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.collect()
    gc.callbacks.append(count)
    try:
        _summary(vault, client_id)
    finally:
        gc.callbacks.remove(count)
    assert len(passes) <= 1 and 2 not in passes  # one may start as the service is made
