"""``netlab.recap("<workbook>")``: the end of a workbook, from the trainee's own record.

What the trainee did here (each exercise's best result so far, and how many are done), and a
link to the next workbook in the course order (:data:`netlab.syllabus.WORKBOOKS`), or back to
the course map after the last one. Text in the active language; HTML without script (a plain
link, which JupyterLab opens as a notebook beside this one).

Example:
    >>> import tempfile, pathlib
    >>> from netlab.i18n import language
    >>> with language("en"):
    ...     text = recap("01_problem_typing", pathlib.Path(tempfile.mkdtemp()) / "p.json").text()
    >>> "02_partner_classification.ipynb" in text
    True
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from netlab._errors import TraineeError
from netlab._status import COLOURS
from netlab.i18n import lang_attr, t
from netlab.palette import styled
from netlab.syllabus import WORKBOOKS, Workbook
from netlab.tracking.dashboard import Row, progress

__all__ = ["Recap", "recap"]


@dataclass(frozen=True)
class Recap:
    """One workbook's exercises as the trainee left them, and where to go next."""

    workbook: Workbook
    rows: list[Row]
    next: Workbook | None

    def _result(self, row: Row) -> str:
        rec = row.record
        if not rec.checks:
            return t("recap.not_checked")
        if row.manual:
            return t("progress.manual_ok") if rec.ever_passed or rec.passed \
                else t("progress.manual_todo")
        mark = "✓" if rec.ever_passed or rec.passed else "…"
        return f"{mark} {max(rec.best, rec.points):g}/{rec.max_points:g}"

    def headline(self) -> str:
        """How many of the workbook's exercises passed (or are complete) at least once."""
        passed = sum(r.record.ever_passed or r.record.passed for r in self.rows)
        return t("recap.headline", passed=passed, total=len(self.rows))

    def link(self) -> tuple[str, str]:
        """(sentence, file) of the next step: the next workbook, or the course map."""
        if self.next is None:
            return t("recap.finished"), WORKBOOKS[0].file
        return (t("recap.next", number=self.next.number,
                  title=t(f"syllabus.{self.next.name}.title"), minutes=self.next.minutes),
                self.next.file)

    def text(self) -> str:
        """The recap as plain text."""
        sentence, file = self.link()
        lines = [f"{t('recap.title')}: {self.headline()}"]
        lines += [f"  {row.title}: {self._result(row)}" for row in self.rows]
        return "\n".join([*lines, f"{sentence} → {file}"])

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        items = "".join(f"<li>{html.escape(row.title)}: {html.escape(self._result(row))}</li>"
                        for row in self.rows)
        sentence, file = self.link()
        return styled(f"<div class='netlab-recap' {lang_attr()} "
                f"style='border-left:4px solid {COLOURS['info']};"
                f"padding:4px 12px'><b>{html.escape(t('recap.title'))}</b>: "
                f"{html.escape(self.headline())}<ul>{items}</ul>"
                f"<p><a href='{html.escape(file)}'>{html.escape(sentence)}</a></p></div>")


def recap(workbook: str, path: Path | str | None = None) -> Recap:
    """The recap of one workbook (``netlab.recap("01_problem_typing")`` in its last cell).

    Raises:
        ValueError: not a workbook of the course (naming the known ones).

    Example:
        >>> import tempfile
        >>> recap("06_social_mapping", Path(tempfile.mkdtemp()) / "p.json").next is None
        True
    """
    names = [wb.name for wb in WORKBOOKS]
    if workbook not in names:
        raise TraineeError(t("recap.unknown", name=repr(workbook), allowed=", ".join(names)))
    index = names.index(workbook)
    board = progress(path)
    rows = [row for row in board.rows if row.workbook.name == workbook]
    following = WORKBOOKS[index + 1] if index + 1 < len(WORKBOOKS) else None
    return Recap(WORKBOOKS[index], rows, following)
