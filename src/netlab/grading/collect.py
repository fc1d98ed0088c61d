"""``netlab collect``: submissions from an LMS download (zip) into ``submitted/``.

This is nbgrader's own ``zip_collect`` (:class:`nbgrader.apps.ZipCollectApp`, with its
``ExtractorPlugin`` and ``FileNameCollectorPlugin``), run in-process with its conventions: the
archives go to ``downloaded/<assignment>/archive``, are extracted to
``downloaded/<assignment>/extracted``, and each file whose path matches the regular expression
(named groups ``student_id``, ``file_id``, optionally ``timestamp``) is copied to
``submitted/<student_id>/<assignment>/``; of two files for the same student and notebook the
newer timestamp wins. What netlab adds: ready-made patterns for common downloads, errors in the
active language instead of an exit, and a list of every file that was not collected, with why.

Example:
    >>> import re
    >>> m = re.match(PRESETS["nbgrader"], "x/ps1_bitdiddle_attempt_2016-01-30-15-00-00_ps1.ipynb")
    >>> m["student_id"], m["file_id"]
    ('bitdiddle', 'ps1')
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from netlab.grading.course import Course, GradingError
from netlab.i18n import t

if TYPE_CHECKING:
    from traitlets.config import Config

__all__ = ["PRESETS", "Collected", "collect", "readable_timestamp"]

#: Ready-made file-name patterns (``--preset``); a course may set its own in
#: ``nbgrader_config.py`` (``c.FileNameCollectorPlugin.named_regexp``) or pass ``--regexp``.
PRESETS: dict[str, str] = {
    # nbgrader's documented example (Blackboard style): ps1_<id>_attempt_<time>_<notebook>
    "nbgrader": r".*_(?P<student_id>\w+)_attempt_(?P<timestamp>[0-9\-]+)_(?P<file_id>\w+)",
    # Moodle "download all submissions" in folders: <full name>_<n>_assignsubmission_file_/
    # (the participant number is the student id)
    "moodle": r".*/[^/]*_(?P<student_id>\d+)_assignsubmission_file_/(?P<file_id>[^/]+)$",
}


@dataclass
class Collected:
    """What one collection did: the students whose files were copied, those whose earlier
    submission it replaced (kept in ``downloaded/replaced/<assignment>/<date-time>/<student>``),
    and the files left out with the reason (a catalogue key: ``grading.collect.skip.*``)."""

    students: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: Where the replaced submissions were kept (None when none was replaced).
    backup: Path | None = None


#: A timestamp written with dashes only (2026-11-02-09-30-00), as LMS file names do.
_DASHED = re.compile(r"(\d{4}-\d\d-\d\d)[-_T ](\d\d)-(\d\d)(?:-(\d\d))?")


def readable_timestamp(text: str) -> str:
    """``2026-11-02-09-30-00`` as ``2026-11-02 09:30:00``; other text unchanged. nbgrader's
    date parser reads the dashed form as 09:00 with a time-zone offset, losing the minutes
    that decide which of two attempts is newer.

    Example:
        >>> readable_timestamp("2026-11-02-09-30-00"), readable_timestamp("2026-11-02 09:30")
        ('2026-11-02 09:30:00', '2026-11-02 09:30')
    """
    match = _DASHED.fullmatch(text)
    if not match:
        return text
    day, hour, minute, second = match.groups()
    return f"{day} {hour}:{minute}:{second or '00'}"


def _collector() -> type:
    """nbgrader's file-name collector, with timestamps made readable for its parser."""
    from nbgrader.plugins import FileNameCollectorPlugin

    class Collector(FileNameCollectorPlugin):
        def collect(self, submitted_file: str) -> dict | None:
            info = super().collect(submitted_file)
            if info and info.get("timestamp"):
                info["timestamp"] = readable_timestamp(info["timestamp"])
            return info

    return Collector


def _regexp(course: Course, regexp: str | None, preset: str | None) -> str:
    if preset is not None:
        if preset not in PRESETS:
            raise GradingError(t("grading.error.preset", value=preset,
                               allowed=", ".join(PRESETS)))
        return PRESETS[preset]
    regexp = regexp or course.config.FileNameCollectorPlugin.get("named_regexp") or ""
    if not regexp:
        raise GradingError(t("grading.error.no_regexp", allowed=", ".join(PRESETS)))
    try:
        groups = re.compile(regexp).groupindex
    except re.error as exc:
        raise GradingError(t("grading.error.regexp", value=regexp, detail=str(exc))) from exc
    if not {"student_id", "file_id"} <= set(groups):
        raise GradingError(t("grading.error.regexp", value=regexp,
                           detail="(?P<student_id>...) (?P<file_id>...)"))
    return regexp


def collect(course: Course, assignment: str, archives: list[Path], *,
            regexp: str | None = None, preset: str | None = None) -> Collected:
    """Extract ``archives`` and copy each matching notebook into ``submitted/``.

    nbgrader replaces the whole ``submitted/<student>/<assignment>`` folder of a student it
    collects; the folder as it was is kept first in
    ``downloaded/replaced/<assignment>/<date-time>/`` (earlier collects keep theirs) and the
    student is listed in :attr:`Collected.replaced`. The download itself stays under
    ``downloaded/<assignment>/``.

    Example (needs a course and a download, so not a doctest)::

        $ netlab collect 01_problem_typing moodle-download.zip --preset moodle
    """
    from nbgrader.apps import ZipCollectApp
    from nbgrader.coursedir import CourseDirectory

    pattern = _regexp(course, regexp, preset)
    course.assignment(assignment)  # an unknown assignment is an error before anything moves
    for archive in archives:
        if not archive.is_file():
            raise GradingError(t("grading.error.no_archive", value=str(archive)))
    top = course.root / "downloaded" / assignment
    shutil.rmtree(top, ignore_errors=True)
    (top / "archive").mkdir(parents=True)
    for archive in archives:
        shutil.copy(archive, top / "archive" / archive.name)

    config = cast("Config", course.config.copy())  # traitlets annotates copy() as a dict
    config.CourseDirectory.root = str(course.root)
    config.CourseDirectory.assignment_id = assignment
    config.FileNameCollectorPlugin.named_regexp = pattern
    config.ZipCollectApp.collector_plugin = _collector()
    config.ZipCollectApp.force = True
    config.ExtractorPlugin.force = True
    before = _backup_folder(course.root / "downloaded" / "replaced" / assignment)
    for folder in course.root.glob(f"submitted/*/{assignment}"):
        shutil.copytree(folder, before / folder.parent.name)
    app = ZipCollectApp(config=config)
    app.coursedir = CourseDirectory(config=config)  # what NbGrader.initialize() would set
    app.log.setLevel(logging.ERROR)
    try:
        app.init_plugins()
        app.extract_archive_files()
        app.process_extracted_files()
    except SystemExit as exc:  # nbgrader's self.fail: two copies without timestamps
        raise GradingError(t("grading.error.collect", detail=str(exc))) from exc
    done = _what_happened(course, assignment, top / "extracted", pattern)
    for kept in sorted(before.glob("*")) if before.is_dir() else []:
        if kept.name in done.students and _differs(kept, course.path(
                "submitted", kept.name, assignment)):
            done.replaced.append(kept.name)
        else:
            shutil.rmtree(kept)
    if done.replaced:
        done.backup = before
    with contextlib.suppress(OSError):
        before.rmdir()  # nothing replaced: no empty folder left behind
    return done


def _backup_folder(parent: Path) -> Path:
    """A new folder named by the date and time under ``parent``; earlier ones are kept.

    Example:
        >>> import tempfile
        >>> parent = Path(tempfile.mkdtemp())
        >>> _backup_folder(parent) != _backup_folder(parent)
        True
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder, number = parent / stamp, 1
    while folder.exists():
        folder, number = parent / f"{stamp}-{number}", number + 1
    folder.mkdir(parents=True)
    return folder


def _differs(old: Path, new: Path) -> bool:
    """Whether two folders hold different files (names or bytes)."""
    def files(top: Path) -> dict[str, bytes]:
        return {str(p.relative_to(top)): p.read_bytes() for p in top.rglob("*") if p.is_file()}

    return files(old) != files(new)


def _what_happened(course: Course, assignment: str, extracted: Path,
                   pattern: str) -> Collected:
    out = Collected()
    taken: set[tuple[str, str]] = set()
    for path in sorted(p for p in extracted.rglob("*") if p.is_file()):
        rel = str(path.relative_to(extracted))
        match = re.match(pattern, str(path)) if path.suffix == ".ipynb" else None
        if path.suffix != ".ipynb":
            out.skipped.append((rel, "not_notebook"))
            continue
        if match is None:
            out.skipped.append((rel, "no_match"))
            continue
        student = match["student_id"]
        name = os.path.splitext(match["file_id"])[0] + ".ipynb"
        dest = course.path("submitted", student, assignment) / name
        if (student, name) in taken or not dest.is_file() \
                or dest.read_bytes() != path.read_bytes():
            out.skipped.append((rel, "older"))
            continue
        taken.add((student, name))
        if student not in out.students:
            out.students.append(student)
    out.students.sort()
    return out
