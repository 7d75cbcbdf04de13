"""Store test helpers; `db_url` and `store` (both backends) come from tests/conftest.py."""
from __future__ import annotations

import pytest

from factories import make, signal


@pytest.fixture
def mk():
    return make


@pytest.fixture
def sig():
    return signal

