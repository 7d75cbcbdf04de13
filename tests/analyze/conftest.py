from __future__ import annotations

import pytest

from nukewatch.analyze import Analyzer


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()
