"""Shared by the tests and the doctests in ``src/netlab``: each starts in Thai (the default) and
leaves the language as found, whatever ran before it (the order changes when the suite runs on
several pytest-xdist workers)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import netlab


@pytest.fixture(autouse=True)
def _thai_by_default() -> Iterator[None]:
    with netlab.language("th"):
        yield

