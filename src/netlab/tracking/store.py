"""The learner's progress file: what each self-check found, kept on the learner's computer.

``netlab-progress.json`` lives in the folder the workbooks run in (``$NETLAB_PROGRESS_FILE``
overrides the path). Every self-check in a live kernel updates its exercise's entry; nothing
else writes it, and it never leaves the computer.

A file that cannot be read (broken JSON, an entry edited by hand into something that is not a
count or a yes/no) is never reset silently: it is renamed to a backup beside it
(``netlab-progress.json.bak-<date>-<time>``, never over an older backup), a new record starts,
and the notice returned says both names and what was wrong, in the active language.

Example:
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> store = ProgressFile(folder / "netlab-progress.json")
    >>> before, after, notice = store.record_check("problem_typing.a", passed=False, done=True,
    ...                                            points=6.0, max_points=8.0)
    >>> before.checks, after.checks, after.misses, notice
    (0, 1, 1, None)
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from netlab.i18n import t

__all__ = ["FILE_NAME", "ExerciseProgress", "ProgressFile", "default_path"]

FILE_NAME = "netlab-progress.json"
FORMAT = 1


@dataclass(frozen=True)
class ExerciseProgress:
    """One exercise's record: checks run, tries that did not pass (misses), the last result, and
    whether the worked answer was shown.

    Example:
        >>> ExerciseProgress().checks
        0
    """

    checks: int = 0
    misses: int = 0
    done: bool = False
    passed: bool = False
    points: float = 0.0
    max_points: float = 0.0
    worked: bool = False
    last: str = ""
    #: The best points any check reached, and whether any check passed.
    best: float = 0.0
    ever_passed: bool = False
    #: A fingerprint of the answer of the last try that did not pass ("" when none): the same
    #: answer checked again is said to be the same, not counted as another try.
    last_miss: str = ""

    def checked(self, *, passed: bool, done: bool, points: float, max_points: float,
                tried: bool = True, answer: str = "") -> ExerciseProgress:
        """This record after one more check: a miss only if something was ``tried`` and it
        did not pass; ``answer`` is the fingerprint of the answer checked.

        Example:
            >>> ExerciseProgress().checked(passed=False, done=False, points=0, max_points=3,
            ...                            tried=False).misses
            0
        """
        missed = tried and not passed
        return replace(self, checks=self.checks + 1, misses=self.misses + missed, done=done,
                       passed=passed, points=float(points), max_points=float(max_points),
                       last=datetime.now().isoformat(timespec="seconds"),
                       best=max(self.best, float(points)),
                       ever_passed=self.ever_passed or passed,
                       last_miss=answer if missed else ("" if passed else self.last_miss))


_KINDS: dict[str, tuple[type, ...]] = {
    "checks": (int,), "misses": (int,), "done": (bool,), "passed": (bool,),
    "points": (int, float), "max_points": (int, float), "worked": (bool,), "last": (str,),
    "best": (int, float), "ever_passed": (bool,), "last_miss": (str,)}
#: What each kind of field allows, named in the message about a bad value.
_ALLOWED = {(int,): "progress.allowed.count", (bool,): "progress.allowed.bool",
            (int, float): "progress.allowed.number", (str,): "progress.allowed.text"}


class Unreadable(ValueError):
    """The file's content, and why it cannot be used (in the active language)."""


def default_path(folder: Path | None = None) -> Path:
    """``$NETLAB_PROGRESS_FILE``, or ``netlab-progress.json`` in the working folder; when
    that folder is a language's (``workbooks/th``, ``workbooks/en``), in the folder above it,
    so that one record covers the course in both languages.

    Example:
        >>> default_path(Path("/course/workbooks/en")) == default_path(Path("/course/workbooks/th"))
        True
        >>> str(default_path(Path("/home/ann")))
        '/home/ann/netlab-progress.json'
    """
    env = os.environ.get("NETLAB_PROGRESS_FILE", "").strip()
    if env:
        return Path(env)
    from netlab.i18n import LANGUAGES

    here = folder or Path.cwd()
    return (here.parent if here.name in LANGUAGES else here) / FILE_NAME


def merged(a: ExerciseProgress, b: ExerciseProgress) -> ExerciseProgress:
    """One record of two kept for the same exercise (before progress was shared by both
    languages): counts added, the latest check's result, the best of both.

    Example:
        >>> one = ExerciseProgress(checks=2, misses=1, points=8, best=8, ever_passed=True,
        ...                        passed=True, last="2026-01-02T10:00:00")
        >>> two = ExerciseProgress(checks=1, misses=1, points=2, best=2,
        ...                        last="2026-01-03T10:00:00")
        >>> m = merged(one, two)
        >>> (m.checks, m.misses, m.points, m.best, m.ever_passed)
        (3, 2, 2.0, 8.0, True)
    """
    latest = b if b.last >= a.last else a
    return replace(latest, checks=a.checks + b.checks, misses=a.misses + b.misses,
                   points=float(latest.points), max_points=float(latest.max_points),
                   best=float(max(a.best, b.best, a.points, b.points)),
                   ever_passed=a.ever_passed or b.ever_passed or a.passed or b.passed,
                   worked=a.worked or b.worked)


def _entry(exercise: str, raw: object) -> ExerciseProgress:
    if not isinstance(raw, dict):
        raise Unreadable(t("progress.problem.entry", exercise=exercise, value=repr(raw)))
    known = {f.name for f in fields(ExerciseProgress)}
    for key, value in raw.items():
        if key not in known:
            raise Unreadable(t("progress.problem.field", exercise=exercise, field=key,
                               allowed=", ".join(sorted(known))))
        kinds = _KINDS[key]
        bad = (not isinstance(value, kinds) or (bool not in kinds and isinstance(value, bool))
               or (isinstance(value, (int, float)) and not isinstance(value, bool)
                   and (value < 0 or (isinstance(value, float) and not math.isfinite(value)))))
        if bad:
            raise Unreadable(t("progress.problem.value", exercise=exercise, field=key,
                               value=repr(value), allowed=t(_ALLOWED[kinds])))
    entry = ExerciseProgress(**raw)
    if entry.misses > entry.checks:
        raise Unreadable(t("progress.problem.misses", exercise=exercise, misses=entry.misses,
                           checks=entry.checks))
    return entry


def parse(text: str) -> dict[str, ExerciseProgress]:
    """The entries of a progress file's text.

    Raises:
        Unreadable: what is wrong, naming the bad value and what is allowed.

    Example:
        >>> parse('{"format": 1, "exercises": {"steps.a": {"checks": 2}}}')["steps.a"].checks
        2
        >>> try:
        ...     parse('{"format": 1, "exercises": {"steps.a": {"checks": "many"}}}')
        ... except Unreadable as exc:
        ...     "'many'" in str(exc)
        True
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Unreadable(t("progress.problem.json", line=exc.lineno, column=exc.colno)) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT \
            or not isinstance(data.get("exercises"), dict):
        raise Unreadable(t("progress.problem.shape", format=FORMAT))
    return {str(key): _entry(str(key), raw) for key, raw in data["exercises"].items()}


class ProgressFile:
    """Read and update one progress file (see the module docstring)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()

    def _merge_language_files(self) -> str | None:
        """Fold the per-language files an older netlab kept (``th/``, ``en/`` below this
        file's folder) into this one; each is kept, renamed ``...merged-<date-time>``."""
        from netlab.i18n import LANGUAGES

        olds = [self.path.parent / lang / FILE_NAME for lang in LANGUAGES]
        olds = [old for old in olds if old.is_file() and old != self.path]
        if not olds:
            return None
        entries, notice = self._read()
        for old in olds:
            try:
                found = parse(old.read_text(encoding="utf-8"))
            except (Unreadable, UnicodeDecodeError, OSError):
                continue  # left where it is, untouched
            for key, entry in found.items():
                entries[key] = merged(entries[key], entry) if key in entries else entry
            self.save(entries)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            os.replace(old, old.with_name(f"{FILE_NAME}.merged-{stamp}"))
        return notice

    def load(self) -> tuple[dict[str, ExerciseProgress], str | None]:
        """The entries, and a notice when an unreadable file was set aside (else None).

        Raises:
            OSError: the file exists but cannot be opened (a folder in its place, no
                permission); it is left as it is, and must not be written over.

        Example:
            >>> ProgressFile(Path("/nonexistent/x.json")).load()
            ({}, None)
        """
        notice = self._merge_language_files()
        entries, later = self._read()
        return entries, notice or later

    def _read(self) -> tuple[dict[str, ExerciseProgress], str | None]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}, None
        except UnicodeDecodeError:
            return {}, self._set_aside(t("progress.problem.encoding"))
        try:
            return parse(text), None
        except Unreadable as exc:
            return {}, self._set_aside(str(exc))

    def _set_aside(self, problem: str) -> str:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.name}.bak-{stamp}")
        number = 1
        while backup.exists():
            backup = self.path.with_name(f"{self.path.name}.bak-{stamp}-{number}")
            number += 1
        os.replace(self.path, backup)
        return t("progress.notice.set_aside", file=self.path.name, backup=backup.name,
                 problem=problem)

    def save(self, entries: dict[str, ExerciseProgress]) -> None:
        """Write all entries at once (a temporary file renamed over the old one, so a crash
        never leaves half a file).

        Example:
            >>> import tempfile
            >>> f = ProgressFile(Path(tempfile.mkdtemp()) / "p.json")
            >>> f.save({"steps.a": ExerciseProgress(checks=1)}); f.load()[0]["steps.a"].checks
            1
        """
        data = {"format": FORMAT,
                "exercises": {key: asdict(entry) for key, entry in sorted(entries.items())}}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False, indent=1)
                out.write("\n")
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def update(self, exercise: str, change: Any) -> tuple[ExerciseProgress, ExerciseProgress,
                                                           str | None]:
        """Apply ``change(entry) -> entry`` to one exercise, re-reading the file just before
        writing so that another notebook's records are kept. Returns the entry before and
        after, and the notice from :meth:`load`.

        Example:
            >>> import tempfile
            >>> f = ProgressFile(Path(tempfile.mkdtemp()) / "p.json")
            >>> f.update("steps.a", lambda e: replace(e, worked=True))[1].worked
            True
        """
        entries, notice = self.load()
        before = entries.get(exercise, ExerciseProgress())
        after = change(before)
        entries[exercise] = after
        self.save(entries)
        return before, after, notice

    def record_check(self, exercise: str, *, passed: bool, done: bool, points: float,
                     max_points: float, tried: bool = True, answer: str = ""
                     ) -> tuple[ExerciseProgress, ExerciseProgress, str | None]:
        """Count one self-check of ``exercise`` (see :meth:`update` for the result). A check
        that did not pass is a miss only when something was ``tried``: a check of an answer
        left blank counts as a check, not as a miss.

        Example:
            >>> import tempfile
            >>> f = ProgressFile(Path(tempfile.mkdtemp()) / "p.json")
            >>> after = f.record_check("steps.a", passed=True, done=True, points=8,
            ...                        max_points=8)[1]
            >>> after.checks, after.misses, after.passed
            (1, 0, True)
            >>> blank = f.record_check("steps.b", passed=False, done=False, points=0,
            ...                        max_points=4, tried=False)[1]
            >>> blank.checks, blank.misses
            (1, 0)
        """
        return self.update(exercise, lambda entry: entry.checked(
            passed=passed, done=done, points=points, max_points=max_points, tried=tried,
            answer=answer))
