"""The repository's copy of the shared sample caseload stays the same as the original."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLE_CASELOAD, SHARED_SAMPLE_CASELOAD


def test_sample_caseload_copy_matches_the_shared_original() -> None:
    if not SHARED_SAMPLE_CASELOAD.exists():
        pytest.skip("../shared is not beside this checkout")
    assert SAMPLE_CASELOAD.read_bytes() == SHARED_SAMPLE_CASELOAD.read_bytes()
