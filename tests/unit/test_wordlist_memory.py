"""The spelling dictionaries stay loaded for the life of the process; Python's cyclic
collector must not walk them on every full pass (each pass held the interpreter, and
with it the window, ~150 ms per dictionary: the stalls of an import or an export)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import gc, weakref
    from counsel_desk.domain import wordlist

    class Thing:
        pass

    gc.disable()  # no automatic pass: only the loader's own collection can free it
    collected = []
    garbage = Thing()
    garbage.me = garbage  # a reference cycle: only the cyclic collector frees it
    weakref.finalize(garbage, collected.append, "freed")
    del garbage

    wordlist.load_dictionaries(freeze_if=lambda: FREEZE)
    english = wordlist.hunspell("en")
    walked = [o for o in gc.get_objects() if o is english or o is english.aff]
    print(len(walked), collected == ["freed"], wordlist.is_word("families"))
    """
)


def _probe(freeze: bool) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", f"FREEZE = {freeze}\n" + PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.split()


def test_a_loaded_dictionary_is_out_of_the_collectors_way_and_garbage_before_it_is_freed():
    walked, freed, works = _probe(freeze=True)
    assert walked == "0"  # neither the dictionary nor its affix rules are scanned
    assert freed == "True"  # a cycle that was garbage before the freeze is not kept
    assert works == "True"  # and the word check still answers


def test_the_dictionaries_are_not_frozen_when_a_vault_opened_before_they_were_read():
    """The app freezes only while no vault is open: with records in memory, a frozen
    reference cycle would keep them until the app quits."""
    walked, _freed, works = _probe(freeze=False)
    assert walked == "2"  # the collector still walks them: nothing was frozen
    assert works == "True"
