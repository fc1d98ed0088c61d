"""Shared fixtures (the language each test starts in is set by the root ``conftest.py``).

The data of the throw-away workbook (``data/new_workbook``) are files to copy, not tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
collect_ignore_glob = ["data/*"]


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def venv_env() -> dict[str, str]:
    """Environment for subprocesses: the running interpreter's bin first on PATH."""
    import sys

    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


@pytest.fixture(scope="session")
def graded(tmp_path_factory: pytest.TempPathFactory,
           venv_env: dict[str, str]) -> tuple[Path, Path, str]:
    """A class graded by ``netlab grade`` (and stock nbgrader): see ``graded_class``."""
    from graded_class import grade_class

    return grade_class(tmp_path_factory, venv_env)


@pytest.fixture(scope="session")
def cheated(tmp_path_factory: pytest.TempPathFactory,
            venv_env: dict[str, str]) -> tuple[Path, Path, str]:
    """A class of cheats graded by ``netlab grade`` and stock nbgrader: see ``cheats``."""
    from cheats import grade_cheats

    return grade_cheats(tmp_path_factory, venv_env)
