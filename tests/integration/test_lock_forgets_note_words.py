"""A lock leaves no word of her notes in the word checks' memory.

The redaction asks "is this an ordinary word?" of every capitalised word of a summary
(issue 16's ``[PERSON ?]``), and the spell checker of every word she types; both keep
the answers, keyed by the word — the notes' names and nicknames among them. A lock
forgets them (the dictionaries stay loaded); the next export asks again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from counsel_desk.domain import redaction, wordlist
from counsel_desk.domain.model import Client, SessionNote
from counsel_desk.domain.templates import TemplateId
from counsel_desk.services.spelling import SpellChecker
from counsel_desk.services.supervision import SupervisionRequest
from counsel_desk.services.vault_service import VaultService
from counsel_desk.vault.kdf import KdfParams

PASSPHRASE = "kunci lemari arsip BK 2025"
TODAY = dt.date(2025, 9, 1)
NOTE = "Kata Marwoto, Ucok dan Kang Ujang menunggunya di gerbang tiap pulang sekolah."


def _exported_once(service: VaultService) -> None:
    client, _ = service.clients.save_profile(Client("Ayu", family_name="Lestari"), today=TODAY)
    assert client.id is not None
    note = SessionNote(date=TODAY, template=TemplateId.FREE, fields={"text": NOTE})
    service.notes.save_draft(client.id, note)
    text = service.supervision.prepare(SupervisionRequest(client.id)).plain_text()
    assert "Marwoto" not in text  # in no record and no dictionary: [PERSON ?]


def test_a_lock_forgets_the_words_the_redaction_looked_up(tmp_path: Path) -> None:
    # cheap Argon2: the test is about memory after the lock, not the key
    service = VaultService()
    service.create(tmp_path / "v", PASSPHRASE, KdfParams.cheap_for_tests())
    _exported_once(service)
    assert redaction._is_word.cache_info().currsize > 0  # the note's words, asked about
    assert wordlist.is_word.cache_info().currsize > 0
    service.lock()
    assert redaction._is_word.cache_info().currsize == 0
    assert wordlist.is_word.cache_info().currsize == 0

    service.unlock(tmp_path / "v", PASSPHRASE)  # and the next export works as before
    try:
        client_id = service.clients.list_summaries()[0].id
        text = service.supervision.prepare(SupervisionRequest(client_id)).plain_text()
        assert "Marwoto" not in text and "[PERSON ?]" in text
    finally:
        service.lock()


def test_a_spell_checker_forgets_the_words_it_was_asked_about() -> None:
    checker = SpellChecker("id")
    checker.personal = {"ucok"}
    assert not checker.is_correct("Marwoto")
    assert checker.is_correct("sekolah")
    assert checker.words_remembered == 2  # her own words are not asked of the dictionary
    checker.forget_words()
    assert checker.words_remembered == 0
    assert checker.is_correct("sekolah") and not checker.is_correct("Marwoto")
