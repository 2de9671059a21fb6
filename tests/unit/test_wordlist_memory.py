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

    english = wordlist.hunspell("en")
    walked = [o for o in gc.get_objects() if o is english or o is english.aff]
    print(len(walked), collected == ["freed"], wordlist.is_word("families"))
    """
)


def test_a_loaded_dictionary_is_out_of_the_collectors_way_and_garbage_before_it_is_freed():
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    walked, freed, works = result.stdout.split()
    assert walked == "0"  # neither the dictionary nor its affix rules are scanned
    assert freed == "True"  # a cycle that was garbage before the freeze is not kept
    assert works == "True"  # and the word check still answers
