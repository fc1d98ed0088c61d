"""Staged hints for a self-check in a live kernel, and the record each check leaves.

A self-check run by a learner in JupyterLab or on Binder goes through :func:`coached_report`:

1. the first try that does not pass says which items are wrong and gives one *nudge* for the
   whole exercise (``exercises.<id>.nudge``);
2. from the next check on, each wrong item carries its stronger hint (``...hint``);
3. once :data:`WORKED_AFTER` tries have not passed, the report says that a worked answer can
   be shown, and names the call (:func:`netlab.worked`), unless worked answers are off.

A check of an answer still blank (as after Run All) is counted but is not a try: it moves no
hint on and brings no worked answer nearer.

Each check is counted in the progress file (:mod:`netlab.tracking.store`). Under nbgrader
(graded mode) nothing is counted or staged: the report is the plain one, hints included, as in
the feedback instructors return.

Example:
    >>> graded_mode()  # not under nbgrader here
    False
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from typing import Any

from netlab.check import Line, Report, report
from netlab.exercises.base import hint_stage
from netlab.i18n import t
from netlab.tracking.store import ExerciseProgress, ProgressFile

__all__ = ["WORKED_AFTER", "coached_report", "graded_mode", "in_kernel", "worked_switch"]

#: Tries that did not pass before a worked answer may be shown.
WORKED_AFTER = 3

#: Line statuses that show something was tried: a check whose lines are all "missing" (an
#: answer left blank, as after Run All) is counted, but is not a miss and moves no hint on.
_TRIED = ("ok", "wrong", "error")


def graded_mode() -> bool:
    """True under nbgrader (autograde, validate): no staging, no record, no worked answer.

    Example:
        >>> os.environ.get("NBGRADER_EXECUTION") is None and not graded_mode()
        True
    """
    return bool(os.environ.get("NBGRADER_EXECUTION"))


def in_kernel() -> bool:
    """True inside a running IPython kernel (a notebook), False in a script or a test run.

    Example:
        >>> in_kernel()
        False
    """
    if "IPython" not in sys.modules:
        return False
    from IPython import get_ipython

    shell = get_ipython()
    return shell is not None and hasattr(shell, "kernel")


def worked_switch() -> str | None:
    """Why worked answers are off (a catalogue key), or None when they may be shown.

    ``NETLAB_WORKED_ANSWERS=off`` (set by an instructor for a graded class) turns them off;
    graded mode always does, and so does an installation without the stored answers (an
    instructor who must keep solutions private deletes ``netlab/resources/worked.dat``).

    Example:
        >>> worked_switch() is None or os.environ.get("NETLAB_WORKED_ANSWERS") is not None
        True
    """
    if graded_mode():
        return "worked.error.graded"
    if os.environ.get("NETLAB_WORKED_ANSWERS", "").strip().lower() in ("off", "0", "no"):
        return "worked.error.off"
    from netlab.tracking.worked import DATA_FILE

    if not DATA_FILE.exists():
        return "worked.error.removed"
    return None


def _nudge(exercise_id: str) -> str | None:
    from netlab.catalogue import MESSAGES

    key = f"exercises.{exercise_id}.nudge"
    return t(key) if key in MESSAGES else None


def coached_report(exercise_id: str, answer: object, options: dict[str, Any],
                   store: ProgressFile | None = None) -> Report:
    """The report of one live self-check, with staged hints; the check is recorded.

    A progress file that cannot be read or written never stops the check: the report gains a
    warning saying what happened to it.

    Example:
        >>> import tempfile, pathlib
        >>> store = ProgressFile(pathlib.Path(tempfile.mkdtemp()) / "p.json")
        >>> first = coached_report("problem_typing.b_rate", 7, {}, store)
        >>> [line.status for line in first.lines]
        ['error', 'info', 'info']
    """
    store = store or ProgressFile()
    notices: list[str] = []
    before, after, trouble = ExerciseProgress(), None, None
    try:
        entries, notice = store.load()
        before = entries.get(exercise_id, before)
        notices += [notice] if notice else []
    except OSError as exc:  # not readable: never written over either
        trouble = exc
    stage = 1 if before.misses == 0 else 2
    with hint_stage(stage):
        result = report(exercise_id, answer, **options)
    done = bool(result.lines) and not any(line.status == "missing" for line in result.lines)
    tried = any(line.status in _TRIED for line in result.lines)
    if trouble is None:
        try:
            _, after, notice = store.record_check(exercise_id, passed=result.passed, done=done,
                                                  points=result.points,
                                                  max_points=result.max_points, tried=tried)
            notices += [notice] if notice and notice not in notices else []
        except OSError as exc:
            trouble = exc
    if after is None:
        notices.append(t("progress.notice.not_saved", file=str(store.path),
                         error=getattr(trouble, "strerror", None) or str(trouble)))
        after = before.checked(passed=result.passed, done=done, points=result.points,
                               max_points=result.max_points, tried=tried)
    extra = [Line("warning", text) for text in notices]
    if tried and not result.passed:  # a blank answer: its "missing" lines say enough
        nudge = _nudge(exercise_id)
        if stage == 1 and nudge:
            extra.append(Line("info", t("hint.nudge", nudge=nudge)))
        if worked_switch() is None and not result.manual:
            if after.misses >= WORKED_AFTER:
                extra.append(Line("info", t("hint.worked_ready",
                                            call=f'netlab.worked("{exercise_id}")')))
            else:
                extra.append(Line("info", t("hint.worked_later",
                                            more=WORKED_AFTER - after.misses)))
    return replace(result, lines=[*result.lines, *extra])
