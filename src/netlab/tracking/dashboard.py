"""``netlab.progress()``: every exercise of the course, and what the learner's checks found.

Rows follow the course order (:data:`netlab.syllabus.WORKBOOKS`). For each exercise: *done*
(the last check found an answer for every part), *checked* (how many times), the *latest
result* and the *best result* (points, ✓ when everything checked here passed; for a reflection,
that it is complete), and whether the worked answer was shown. Text in the active language;
HTML without script.

Example:
    >>> import tempfile, pathlib
    >>> from netlab.tracking.store import ProgressFile
    >>> board = progress(pathlib.Path(tempfile.mkdtemp()) / "p.json")
    >>> board.rows[0].exercise, board.rows[0].checks
    ('start.practice', 0)
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from netlab._status import COLOURS
from netlab.i18n import lang_attr, t
from netlab.palette import styled
from netlab.syllabus import WORKBOOKS, Workbook, workbook_of
from netlab.tracking.store import ExerciseProgress, ProgressFile

__all__ = ["Dashboard", "Row", "progress"]


@dataclass(frozen=True)
class Row:
    """One exercise on the dashboard."""

    workbook: Workbook
    exercise: str
    title: str
    manual: bool
    record: ExerciseProgress

    @property
    def checks(self) -> int:
        """How many times the exercise was checked."""
        return self.record.checks


@dataclass(frozen=True)
class Dashboard:
    """The rows, the file they come from, and a notice if that file had to be set aside."""

    rows: list[Row]
    path: Path
    notice: str | None = None

    def summary(self, workbook: Workbook) -> tuple[int, int, int]:
        """(exercises, checked, correct) of one workbook.

        Example:
            >>> import tempfile
            >>> board = progress(Path(tempfile.mkdtemp()) / "p.json")
            >>> board.summary(WORKBOOKS[1])[0]
            4
        """
        rows = [r for r in self.rows if r.workbook == workbook]
        return (len(rows), sum(r.checks > 0 for r in rows),
                sum(r.record.passed or r.record.ever_passed for r in rows))

    def _mark(self, row: Row) -> tuple[str, str, str, str]:
        """done, the latest result, the best result, worked answer seen."""
        rec = row.record
        if not rec.checks:
            return "–", "–", "–", ""
        done = "✓" if rec.done else "…"
        if row.manual:
            correct = t("progress.manual_ok") if rec.passed else t("progress.manual_todo")
            best = t("progress.manual_ok") if rec.ever_passed or rec.passed else "–"
        else:
            correct = f"{'✓' if rec.passed else '✗'} {rec.points:g}/{rec.max_points:g}"
            top = max(rec.best, rec.points)
            best = f"{'✓' if rec.ever_passed or rec.passed else '✗'} {top:g}/{rec.max_points:g}"
        return done, correct, best, "✓" if rec.worked else ""

    def text(self) -> str:
        """The dashboard as plain text."""
        out = [t("progress.title"), t("progress.file", file=str(self.path))]
        if self.notice:
            out.append(f"⚠ {self.notice}")
        for wb in WORKBOOKS:
            total, checked, correct = self.summary(wb)
            out.append(f"\n{wb.number} {t(f'syllabus.{wb.name}.title')}: "
                       + t("progress.workbook", total=total, checked=checked, correct=correct))
            for row in (r for r in self.rows if r.workbook == wb):
                done, right, best, seen = self._mark(row)
                out.append(f"  {row.title}: {t('progress.col.done')} {done} · "
                           f"{t('progress.col.checks')} {row.checks} · "
                           f"{t('progress.col.correct')} {right or '–'} · "
                           f"{t('progress.col.best')} {best}"
                           + (f" · {t('progress.col.worked')}" if seen else ""))
        return "\n".join(out)

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        head = "".join(f"<th style='text-align:left;padding:2px 8px'>{html.escape(t(k))}</th>"
                       for k in ("progress.col.exercise", "progress.col.done",
                                 "progress.col.checks", "progress.col.correct",
                                 "progress.col.best", "progress.col.worked"))
        body = []
        for wb in WORKBOOKS:
            total, checked, correct = self.summary(wb)
            share = correct / total if total else 0.0
            bar = (f"<div style='display:inline-block;width:120px;height:10px;"
                   f"background:var(--jp-layout-color3, #e0e0e0);"
                   f"vertical-align:middle'><div style='width:{share:.0%};height:10px;"
                   f"background:{COLOURS['ok']}'></div></div>")
            title = html.escape(t(f"syllabus.{wb.name}.title"))
            counts = html.escape(t("progress.workbook", total=total, checked=checked,
                                   correct=correct))
            body.append(f"<tr><td colspan='6' style='padding:8px 8px 2px'><b>{wb.number} "
                        f"{title}</b> {bar} {counts}</td></tr>")
            for row in (r for r in self.rows if r.workbook == wb):
                done, right, best, seen = self._mark(row)
                cells = (row.title, done, str(row.checks), right, best, seen)
                body.append("<tr>" + "".join(f"<td style='padding:2px 8px'>{html.escape(c)}"
                                             "</td>" for c in cells) + "</tr>")
        notice = (f"<p style='color:{COLOURS['warning']}'>⚠ {html.escape(self.notice)}</p>"
                  if self.notice else "")
        return styled(f"<div class='netlab-progress' {lang_attr()}>"
                f"<h3>{html.escape(t('progress.title'))}</h3>"
                f"{notice}<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}"
                f"</tbody></table><p><i>{html.escape(t('progress.file', file=str(self.path)))}"
                "</i></p></div>")


def progress(path: Path | str | None = None) -> Dashboard:
    """The learner's progress across all workbooks (``netlab.progress()`` in a notebook).

    Args:
        path: the progress file; default ``netlab-progress.json`` in the working folder.

    Example:
        >>> import tempfile
        >>> "02" in progress(Path(tempfile.mkdtemp()) / "p.json").text()
        True
    """
    from netlab.exercises import all_exercises

    store = ProgressFile(Path(path) if path is not None else None)
    try:
        entries, notice = store.load()
    except OSError as exc:  # e.g. a folder where the file should be: left as it is
        entries, notice = {}, t("progress.notice.not_read", file=str(store.path),
                                error=exc.strerror or str(exc))
    rows = [Row(workbook_of(ex_id), ex_id, exercise.title(), exercise.manual,
                entries.get(ex_id, ExerciseProgress()))
            for ex_id, exercise in all_exercises().items()]
    order = {wb.name: i for i, wb in enumerate(WORKBOOKS)}
    rows.sort(key=lambda r: order[r.workbook.name])  # stable: keeps each workbook's order
    return Dashboard(rows, store.path, notice)
