"""The vault's "always keep" list (issue 16): a word she said is no one's name is printed
as written in every later supervision summary instead of ``[PERSON ?]`` — but a name in
a record is redacted all the same, and a word also on the never-print list is never
printed."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.model import Client, Contact, SessionNote
from counsel_desk.domain.templates import TemplateId
from counsel_desk.services.clients import ClientService
from counsel_desk.services.notes import NoteService
from counsel_desk.services.supervision import SupervisionRequest, SupervisionService
from counsel_desk.vault import Vault
from tests.integration.conftest import PASSPHRASE

TODAY = dt.date(2025, 9, 1)
NOTE = (
    "Dia belajar pakai Duolingo tiap malam dan main Genshin sampai larut. "
    "Kakaknya Marwoto yang menjemput."
)


def _client(vault: Vault, client: Client, note: str = NOTE) -> int:
    saved, _ = ClientService(vault).save_profile(client, today=TODAY)
    assert saved.id is not None
    note_obj = SessionNote(
        date=dt.date(2025, 8, 25), template=TemplateId.FREE, fields={"text": note}
    )
    NoteService(vault).save_draft(saved.id, note_obj)
    return saved.id


def _summary(vault: Vault, client_id: int, language: str = "en") -> str:
    service = SupervisionService(vault)
    request = SupervisionRequest(client_id, language=language)
    return service.prepare(request).plain_text()


def test_kept_words_are_stored_in_the_vault_tidied_sorted_and_once(
    vault: Vault, vault_path, cheap
) -> None:  # type: ignore[no-untyped-def]
    SupervisionService(vault).set_kept_words([" Genshin ", "duolingo", "Genshin", "", "  "])
    assert SupervisionService(vault).kept_words() == ["duolingo", "Genshin"]
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as again:
        assert SupervisionService(again).kept_words() == ["duolingo", "Genshin"]
        SupervisionService(again).set_kept_words(["Genshin"])  # one removed
        assert SupervisionService(again).kept_words() == ["Genshin"]


def test_a_kept_word_is_printed_as_itself_in_every_later_summary(vault: Vault) -> None:
    first = _client(vault, Client("Ayu", family_name="Lestari"))
    second = _client(vault, Client("Budi", family_name="Santoso"))
    before = _summary(vault, first)
    assert "Duolingo" not in before and "[PERSON ?]" in before
    SupervisionService(vault).set_kept_words(["duolingo"])
    for client_id in (first, second):
        for language in ("en", "id"):
            text = _summary(vault, client_id, language)
            assert "pakai Duolingo tiap malam" in text
            # Only that word: the other unknown words are still possible people.
            assert "Genshin" not in text and "Marwoto" not in text
    assert "main [ORANG ?] sampai" in _summary(vault, second, "id")


def test_a_kept_word_never_unmasks_a_name_in_the_caseload(vault: Vault) -> None:
    client_id = _client(
        vault,
        Client(
            "Febriani",
            family_name="Kusumawardhani",
            guardians=[Contact("Marwoto Hadiprayitno", "ayah")],
            other_people=["Pak Sutarjo"],
        ),
        note=(
            "Febriani bilang capek. febrianinya diam saja. Kusumawardhani keluarga besar. "
            "Pak Marwoto datang; Sutarjo juga. Ketemu Febriani Anggorowati di kantin."
        ),
    )
    service = SupervisionService(vault)
    # She kept every one of them — by mistake, or because one was also a place.
    service.set_kept_words(
        ["Febriani", "Kusumawardhani", "Marwoto", "Hadiprayitno", "Sutarjo", "Anggorowati"]
    )
    text = _summary(vault, client_id)
    for name in ("Febriani", "febriani", "Kusumawardhani", "Marwoto", "Sutarjo"):
        assert name not in text, name
    assert "[CLIENT] bilang capek" in text and "[GUARDIAN 1] datang" in text
    # A kept word right after a listed name is the rest of that person's name.
    assert "Anggorowati" not in text


def test_a_word_on_both_lists_is_never_printed(vault: Vault) -> None:
    client_id = _client(vault, Client("Ayu", family_name="Lestari"))
    service = SupervisionService(vault)
    service.set_kept_words(["Duolingo", "Genshin"])
    service.set_never_print(["duolingo"])
    text = _summary(vault, client_id)
    assert "Duolingo" not in text and "pakai [REDACTED] tiap" in text
    assert "main Genshin sampai" in text
    # The command line's --redact adds a term after the kept words: it wins too.
    ids = service.identifiers()
    ids.add_term("Genshin")
    summary = service.prepare(SupervisionRequest(client_id), identifiers=ids)
    assert "Genshin" not in summary.plain_text()


def test_a_kept_word_is_no_longer_listed_as_a_possible_name(vault: Vault) -> None:
    client_id = _client(vault, Client("Ayu", family_name="Lestari"))
    service = SupervisionService(vault)
    summary = service.prepare(SupervisionRequest(client_id))
    assert "Duolingo" in summary.possible_names
    service.set_kept_words(["Duolingo"])
    assert "Duolingo" not in service.prepare(SupervisionRequest(client_id)).possible_names


def test_a_word_added_from_the_review_is_stored_once_in_any_case_on_its_own_list(
    vault: Vault,
) -> None:
    """The review's one-click buttons: "Always Keep This Word", "Redact Everywhere" and
    "Add as Other Person" each add the word once, whatever its case, and say whether it
    was new; the other list is left as it was."""
    service = SupervisionService(vault)
    service.set_kept_words(["Duolingo"])
    assert service.add_kept_word(" Genshin ") is True
    assert service.add_kept_word("genshin") is False  # there already, in another case
    assert service.add_kept_word("DUOLINGO") is False
    assert service.kept_words() == ["Duolingo", "Genshin"]
    assert service.never_print() == []

    assert service.add_never_print("Marwoto") is True
    assert service.add_never_print("marwoto ") is False
    assert service.never_print() == ["Marwoto"]
    assert service.kept_words() == ["Duolingo", "Genshin"]

    clients = ClientService(vault)
    client_id = _client(vault, Client("Ayu", family_name="Lestari", other_people=["Pak Joko"]))
    assert clients.add_other_person(client_id, "Marwoto", today=TODAY) is True
    assert clients.add_other_person(client_id, "MARWOTO", today=TODAY) is False
    assert clients.add_other_person(client_id, "pak joko", today=TODAY) is False
    assert clients.get(client_id).other_people == ["Pak Joko", "Marwoto"]
    assert "Marwoto" not in _summary(vault, client_id)  # a person of the record now
