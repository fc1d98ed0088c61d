"""Staged hints for a self-check in a live kernel, and the record each check leaves.

A self-check run by a learner in JupyterLab or on Binder goes through :func:`coached_report`:

1. the first try that does not pass says which items are wrong and gives one *nudge* for the
   whole exercise (``exercises.<id>.nudge``);
2. from the next check on, each wrong item carries its stronger hint (``...hint``);
3. once :data:`WORKED_AFTER` tries have not passed, the report says that a worked answer can
   be shown, and names the call (:func:`netlab.worked`), unless worked answers are off.

A check of an answer still blank (as after Run All) is counted but is not a try: it moves no
hint on and brings no worked answer nearer.

Each check is counted in the progress file (:mod:`netlab.tracking.store`); on a class hub,
each try is also sent to the class pulse (:mod:`netlab.tracking.pulse`). Under nbgrader
(graded mode) nothing is counted or staged: the report is the plain one, hints included, as in
the feedback instructors return.

Example:
    >>> fingerprint({"C01": "simple"}) == fingerprint({"C01": "simple"})
    True
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from typing import Any

from netlab.exercises import get
from netlab.exercises.base import hint_stage
from netlab.i18n import t
from netlab.judge import judged
from netlab.plain import encode, roundtrip
from netlab.report import Line, Report
from netlab.tracking.pulse import send_check
from netlab.tracking.store import ExerciseProgress, ProgressFile
from netlab.tracking.worked import WORKED_AFTER, worked_switch

__all__ = ["WORKED_AFTER", "coached_report", "fingerprint"]

#: Line statuses that show something was tried: a check whose lines are all "missing" (an
#: answer left blank, as after Run All) is counted, but is not a miss and moves no hint on.
_TRIED = ("ok", "wrong", "error")


def fingerprint(collected: object) -> str:
    """A short fingerprint of an answer as checked (plain data; sets and dicts in a fixed
    order), to tell the same answer checked again.

    Example:
        >>> fingerprint({"W05", "W13"}) == fingerprint({"W13", "W05"})
        True
        >>> fingerprint({"C01": 1, "C02": 2}) == fingerprint({"C02": 2, "C01": 1})
        True
        >>> fingerprint({"C01": "simple"}) == fingerprint({"C01": "complex"})
        False
    """
    def canonical(value: Any) -> Any:
        if isinstance(value, dict):
            if value.get("$") in ("set", "frozenset", "dict"):
                items = [canonical(item) for item in value.get("items", [])]
                return {**value, "items": sorted(items, key=_dumps)}
            return {key: canonical(item) for key, item in value.items()}
        if isinstance(value, list):
            return [canonical(item) for item in value]
        return value

    return hashlib.sha256(_dumps(canonical(encode(collected))).encode("utf-8")).hexdigest()[:16]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


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
    exercise = get(exercise_id)
    collected = roundtrip(exercise.collect(answer, **options))
    with hint_stage(stage):
        result = judged(exercise_id, collected, **options)
    done = bool(result.lines) and not any(line.status == "missing" for line in result.lines)
    tried = any(line.status in _TRIED for line in result.lines)
    mark = fingerprint(collected)
    # The answer of the last try that did not pass, checked again: most likely the answer
    # cell was edited but not run. Said so; not another try.
    again = tried and not result.passed and bool(before.last_miss) and mark == before.last_miss
    counted = tried and not again
    if trouble is None:
        try:
            _, after, notice = store.record_check(exercise_id, passed=result.passed, done=done,
                                                  points=result.points,
                                                  max_points=result.max_points, tried=counted,
                                                  answer=mark)
            notices += [notice] if notice and notice not in notices else []
        except OSError as exc:
            trouble = exc
    if after is None:
        notices.append(t("progress.notice.not_saved", file=str(store.path),
                         error=getattr(trouble, "strerror", None) or str(trouble)))
        after = before.checked(passed=result.passed, done=done, points=result.points,
                               max_points=result.max_points, tried=counted, answer=mark)
    extra = [Line("warning", text) for text in notices]
    if again:
        extra.append(Line("warning", t("hint.same_answer")))
    elif not tried and not result.passed:
        extra.append(Line("info", t("hint.run_answer_cell")))
    reached = 0  # the hint stage this report shows: 0 none, 1 nudge, 2 hints, 3 worked
    if counted and not result.passed:  # a blank answer: its "missing" lines say enough
        reached = stage
        nudge = _nudge(exercise_id)
        if stage == 1 and nudge:
            extra.append(Line("info", t("hint.nudge", nudge=nudge)))
        if worked_switch() is None and not result.manual:
            if after.misses >= WORKED_AFTER:
                reached = 3
                extra.append(Line("info", t("hint.worked_ready",
                                            call=f'netlab.worked("{exercise_id}")')))
            else:
                extra.append(Line("info", t("hint.worked_later",
                                            more=WORKED_AFTER - after.misses)))
    # A try goes to the class pulse; so does an answer that only a graded class's keys could
    # judge ("unchecked": the trainee has started, right or wrong shows only at grading).
    if counted or (not again and any(line.status == "unchecked" for line in result.lines)):
        send_check(result, tries=after.misses + result.passed, hint_stage=reached)
    return replace(result, lines=[*result.lines, *extra])
