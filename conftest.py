"""Shared by the tests and the doctests in ``src/netlab``: each starts in Thai (the default) and
leaves the language as found, whatever ran before it; and how the suite is split between
pytest-xdist's workers (``make test`` runs ``pytest -n auto --dist loadgroup``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import netlab


@pytest.fixture(autouse=True)
def _thai_by_default() -> Iterator[None]:
    with netlab.language("th"):
        yield


#: Session fixtures that build and grade a whole class (minutes each): every test using one runs
#: on the same worker, so that each class is built once however many workers there are.
SHARED_CLASSES = ("graded", "cheated")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Group the tests for ``--dist loadgroup``: by file (a file's module fixtures, such as a
    JupyterLab server or a hub, start once), except that the tests of one graded class form one
    group. Runs before pytest-xdist reads the groups; without xdist the marks do nothing."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        shared = [name for name in SHARED_CLASSES if name in fixtures]
        group = shared[0] if shared else item.nodeid.split("::")[0]
        item.add_marker(pytest.mark.xdist_group(group))
