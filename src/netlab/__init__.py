"""netlab — Jupyter training workbooks for people who build and run social networks.

The package face is deliberately small and cheap to import: ``import netlab`` loads neither
altair nor pandas nor networkx. Heavy parts load when first used.

Example:
    >>> import netlab
    >>> netlab.get_language() in ("th", "en")
    True
"""

from __future__ import annotations

import importlib
from typing import Any

from netlab.i18n import get_language, language, set_language, t

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "get_language",
    "language",
    "progress",
    "pulse",
    "recap",
    "set_language",
    "setup",
    "t",
    "worked",
]

# Submodules reachable as attributes (netlab.problems, ...) without importing them eagerly.
_LAZY_SUBMODULES = frozenset(
    {"build", "charts", "check", "cli", "datasets", "exercises", "foundations", "health", "mapping",
     "partners", "problems", "schemas", "steps", "ui", "views", "widgets"}
)


def setup(lang: str | None = None, *, interactive: bool = False) -> None:
    """Prepare a notebook: language, offline chart rendering, Thai+Latin fonts.

    Args:
        lang: "th" or "en"; None keeps the current language.
        interactive: render charts as interactive widgets (offline vega bundle) instead of
            static SVG. SVG is the default: it renders everywhere, including nbgrader feedback.

    Example:
        >>> import netlab
        >>> netlab.setup("en")
        >>> netlab.get_language()
        'en'
        >>> netlab.setup("th")
    """
    from netlab._setup import setup as _setup

    _setup(lang, interactive=interactive)


def progress(path: Any = None) -> Any:
    """The learner's progress dashboard: every exercise of the course, done, checked, correct.

    Args:
        path: the progress file; default ``netlab-progress.json`` in the working folder.

    Example:
        >>> import tempfile, pathlib, netlab
        >>> board = netlab.progress(pathlib.Path(tempfile.mkdtemp()) / "p.json")
        >>> board.rows[0].exercise
        'start.practice'
    """
    from netlab.tracking.dashboard import progress as _progress

    return _progress(path)


def recap(workbook: str) -> Any:
    """The end of a workbook: what the trainee did there (best results, from the progress
    record) and a link to the next workbook.

    Example:
        >>> import netlab
        >>> netlab.recap("05_network_foundations").next.name
        '06_social_mapping'
    """
    from netlab.tracking.recap import recap as _recap

    return _recap(workbook)


def worked(exercise_id: str) -> Any:
    """A worked answer for a self-learner, after three tries at the exercise that did not
    pass (or once it passes); never under nbgrader, nor when the instructor switched them off.

    Example:
        >>> import netlab
        >>> try:
        ...     netlab.worked("no.such")
        ... except ValueError as exc:
        ...     "no.such" in str(exc)
        True
    """
    from netlab.tracking.worked import worked as _worked

    return _worked(exercise_id)


def pulse(on: bool | None = None) -> Any:
    """Share your self-checks with the facilitator on the class's hub (``True``, the hub's
    default), stop sharing (``False``), or say which it is (nothing). Only item ids, right or
    wrong, points and tries are sent, never what you typed; off the hub nothing is sent.

    Example:
        >>> import netlab
        >>> netlab.pulse().hub  # not on a class hub here: nothing is sent
        False
    """
    from netlab.tracking.pulse import pulse as _pulse

    return _pulse(on)


def __getattr__(name: str) -> Any:
    if name in _LAZY_SUBMODULES:
        return importlib.import_module(f"netlab.{name}")
    raise AttributeError(f"module 'netlab' has no attribute {name!r}")
