"""Worked answers for self-learners, taken from the instructor sources' solutions.

``netlab build`` extracts, for every exercise, its answer code and the reasoning in prose from
the one instructor source (:func:`netlab.tracking.extract.extract`). It stores them in the
package, compressed and encoded (:func:`encode`), so that the answers are out of sight in the
trainee's files, as the digests of :mod:`netlab.exercises.keys` are; like them, this is not secrecy
against a determined reader.

:func:`worked` shows one after :data:`WORKED_AFTER` tries that did not
pass (or once the exercise passes), never under nbgrader, and never when an instructor has set
``NETLAB_WORKED_ANSWERS=off``. Showing one is noted in the progress file.

Example:
    >>> decode(encode({"steps.a": {"code": "answers = {}"}}))
    {'steps.a': {'code': 'answers = {}'}}
"""

from __future__ import annotations

import base64
import contextlib
import html
import json
import os
import zlib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from netlab._errors import TraineeMessage
from netlab.exercises import get
from netlab.i18n import get_language, lang_attr, t
from netlab.palette import colour, styled
from netlab.runtime import graded_mode
from netlab.tracking.store import ProgressFile

__all__ = ["DATA_FILE", "WORKED_AFTER", "WorkedAnswer", "WorkedAnswerLocked", "decode",
           "encode", "worked", "worked_switch"]

DATA_FILE = Path(__file__).resolve().parents[1] / "resources" / "worked.dat"

#: Tries that did not pass before a worked answer may be shown.
WORKED_AFTER = 3


def worked_switch() -> str | None:
    """Why worked answers are off (a catalogue key), or None when they may be shown.

    ``NETLAB_WORKED_ANSWERS=off`` (set by an instructor for a graded class) turns them off;
    graded mode always does, and so does an installation without the stored answers (an
    instructor who must keep solutions private deletes ``netlab/resources/worked.dat``, or a
    class server lets only the instructors read it).

    Example:
        >>> worked_switch() is None or os.environ.get("NETLAB_WORKED_ANSWERS") is not None
        True
    """
    if graded_mode():
        return "worked.error.graded"
    if os.environ.get("NETLAB_WORKED_ANSWERS", "").strip().lower() in ("off", "0", "no"):
        return "worked.error.off"
    if not os.access(DATA_FILE, os.R_OK):  # removed, or kept for the instructors (a class)
        return "worked.error.removed"
    return None


class WorkedAnswerLocked(TraineeMessage, PermissionError):
    """A worked answer that may not be shown now; the message says why and when it may."""


def encode(answers: dict[str, Any]) -> str:
    """Worked answers as the text stored in the package (zlib, then base64, 76 a line).

    Example:
        >>> "answers" in encode({"x.a": "answers = 1"})
        False
    """
    raw = json.dumps(answers, ensure_ascii=False, sort_keys=True).encode("utf-8")
    text = base64.b64encode(zlib.compress(raw, 9)).decode("ascii")
    return "\n".join(text[i:i + 76] for i in range(0, len(text), 76)) + "\n"


def decode(text: str) -> dict[str, Any]:
    """The worked answers stored as ``text`` by :func:`encode`.

    Example:
        >>> decode(encode({}))
        {}
    """
    return json.loads(zlib.decompress(base64.b64decode("".join(text.split()))))


@cache
def _answers() -> dict[str, Any]:
    try:
        return decode(DATA_FILE.read_text(encoding="ascii"))
    except OSError:  # not installed, or readable by a class's instructors only
        return {}


@dataclass(frozen=True)
class WorkedAnswer:
    """A worked answer: the reasoning in prose (active language), then the code, with a note
    on how to use it."""

    exercise: str
    title: str
    code: str
    why: str = ""

    def text(self) -> str:
        """The reasoning, the note and the code as plain text."""
        return "\n\n".join(part for part in (self.title, self.why, t("worked.note"), self.code)
                           if part)

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        import mistune

        why = mistune.create_markdown(escape=True)(self.why) if self.why else ""
        return styled(f'<div class="netlab-worked" {lang_attr()} style="border-left:4px solid '
                f'{colour("border")};'
                f'padding:4px 12px"><b>{html.escape(self.title)}</b>{why}'
                f"<p>{html.escape(t('worked.note'))}</p>"
                f"<pre>{html.escape(self.code)}</pre></div>")


def worked(exercise_id: str, store: Any = None) -> WorkedAnswer:
    """The worked answer of an exercise, when a self-learner may see it.

    Raises:
        ValueError: unknown exercise id (naming the known ones).
        WorkedAnswerLocked: graded mode, switched off by the instructor, a reflection (no
            single answer), or fewer than ``WORKED_AFTER`` tries that did not pass.

    Example:
        >>> import tempfile, pathlib
        >>> from netlab.tracking.store import ProgressFile
        >>> store = ProgressFile(pathlib.Path(tempfile.mkdtemp()) / "p.json")
        >>> try:
        ...     worked("problem_typing.a", store)
        ... except WorkedAnswerLocked as exc:
        ...     "3" in str(exc)
        True
    """
    exercise = get(exercise_id)
    reason = worked_switch()
    if reason:
        raise WorkedAnswerLocked(t(reason))
    if exercise.manual or exercise_id not in _answers():
        raise WorkedAnswerLocked(t("worked.error.manual", id=exercise_id))
    store = store or ProgressFile()
    try:
        entry, notice = store.load()
    except OSError as exc:
        raise WorkedAnswerLocked(t("progress.notice.not_read", file=str(store.path),
                                   error=exc.strerror or str(exc))) from exc
    progress = entry.get(exercise_id)
    misses = progress.misses if progress else 0
    if not (progress and progress.passed) and misses < WORKED_AFTER:
        raise WorkedAnswerLocked(
            (notice + "\n" if notice else "")
            + t("worked.error.attempts", id=exercise_id, misses=misses, needed=WORKED_AFTER,
                more=WORKED_AFTER - misses))
    with contextlib.suppress(OSError):  # not noted in the dashboard, but still shown
        store.update(exercise_id, lambda e: replace(e, worked=True))
    stored = _answers()[exercise_id]
    return WorkedAnswer(exercise_id, exercise.title(), stored["code"],
                        stored.get("why", {}).get(get_language(), ""))
