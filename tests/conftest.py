"""Shared test fixtures: where ../shared is, and a PostgreSQL URL when one is reachable."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NUKEWATCH_SHARED", ROOT.parent / "shared"))
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"shared files not found at {SHARED} (set NUKEWATCH_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA
