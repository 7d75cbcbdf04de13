"""Fixtures for the ingest readers' tests."""
from __future__ import annotations

from pathlib import Path

import pytest

INGEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def idata() -> Path:
    """tests/ingest/data: small fixtures written for these tests."""
    return INGEST_DATA
