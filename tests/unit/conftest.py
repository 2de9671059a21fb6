"""Unit tests' own fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _redaction_answers_asked_afresh(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each redaction test starts with the word checks' caches empty, so what it checks is
    computed by the code as it is, not answered from an earlier test's cache. Mutation
    testing runs a mutant in a process whose caches the unchanged code filled: a bug on a
    cache miss (a character's folding, a word's look-up) was never reached."""
    if not request.module.__name__.rpartition(".")[2].startswith("test_redaction"):
        yield
        return
    from counsel_desk.domain import redaction

    redaction.forget_looked_up_words()
    redaction._char_cache.clear()
    yield
