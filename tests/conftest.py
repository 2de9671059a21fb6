"""Shared test helpers and fixtures."""

from __future__ import annotations

import locale
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

REPO_ROOT = Path(__file__).resolve().parents[1]

# The counsel-desk/1 sample caseload (a copy of ../shared/sample-caseload.json, kept in the
# repository so the tests stand alone; tests/unit/test_fixtures.py checks they agree).
SAMPLE_CASELOAD = REPO_ROOT / "tests" / "fixtures" / "sample-caseload.json"
SHARED_SAMPLE_CASELOAD = REPO_ROOT.parent / "shared" / "sample-caseload.json"


def sample_caseload_text() -> str:
    """The sample caseload document, exactly as stored (UTF-8, no final newline)."""
    return SAMPLE_CASELOAD.read_bytes().decode("utf-8")


def sample_exported_text() -> str:
    """What ``export-json`` writes for a vault holding just the sample: the counsel-desk/1
    sample as counsel-desk/2 (it holds no /2 record, so only the format changes)."""
    return sample_caseload_text().replace('"counsel-desk/1"', '"counsel-desk/2"', 1)


# Hypothesis: the default profile keeps the suite quick; `HYPOTHESIS_PROFILE=thorough`
# runs many more examples by hand (docs/testing.md). No deadline: an example's time is
# no behaviour (timings live in bench/), and on a shared machine, or under mutation
# testing's coverage tracing, a 200 ms deadline fails tests that are right.
settings.register_profile("default", deadline=None)
settings.register_profile("thorough", max_examples=300, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session", autouse=True)
def _dictionaries_read_first() -> None:
    """As the app does at start-up (``app.main``): the spelling dictionaries are read,
    and frozen out of the cyclic collector's way (``domain/wordlist.py``), before any
    test's windows and vaults exist. Read later, the freeze would keep the reference
    cycles of whatever test then ran for the rest of the worker's life."""
    from counsel_desk.domain.wordlist import load_dictionaries

    load_dictionaries()


@pytest.fixture(autouse=True)
def _system_messages_follow_the_environment() -> Iterator[None]:
    """After each test, the C library's own messages (``os.strerror``) follow the
    environment again.

    A test that runs the CLI in this process with ``LANGUAGE=id`` makes glibc answer in
    Indonesian; glibc reads ``LANGUAGE`` again only when the message locale is set, so
    without this every later test would see "Tidak ruang lagi diperangkat" for ENOSPC."""
    yield
    current = locale.setlocale(locale.LC_MESSAGES)
    locale.setlocale(locale.LC_MESSAGES, "C")
    locale.setlocale(locale.LC_MESSAGES, current)


@pytest.fixture(autouse=True)
def _private_data_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The per-user data folder (``seen-heads.json`` lives there) is a temp folder: a test
    never reads or writes the developer's own."""
    home = tmp_path_factory.mktemp("data-home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home
