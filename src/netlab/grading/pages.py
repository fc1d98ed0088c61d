"""The class report as files: one self-contained HTML page (charts drawn to inline SVG, no
script, nothing loaded from the network) and a CSV per table, in the active language.

Example:
    >>> page("T", [("h", "<p>x</p>")]).count("<script")
    0
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from netlab.grading.charts import score_histogram, share_bars
from netlab.grading.report import ClassResults, cell_summary, item_summary, wrong_answers
from netlab.i18n import lang_attr, t

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["page", "write_report"]

_STYLE = """
body { font-family: Sarabun, "Leelawadee UI", Thonburi, Loma, sans-serif; margin: 2em auto;
       max-width: 60em; padding: 0 1em; color: #222; }
table { border-collapse: collapse; margin: .5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: .25em .6em; text-align: left; }
td.num { text-align: right; }
h2 { margin-top: 1.6em; border-bottom: 1px solid #ddd; }
"""
#: How many of the hardest items the report charts.
HARDEST = 15


def page(title: str, sections: list[tuple[str, str]]) -> str:
    """A whole HTML page: the title, then each (heading, HTML body) section.

    Example:
        >>> "<h2>Scores</h2>" in page("Report", [("Scores", "")])
        True
    """
    body = "".join(f"<h2>{html.escape(h)}</h2>\n{content}\n" for h, content in sections)
    return (f'<!DOCTYPE html>\n<html {lang_attr()}><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head>\n<body><main>"
            f"<h1>{html.escape(title)}</h1>\n{body}</main></body></html>\n")


def _table(frame: pd.DataFrame, columns: dict[str, str], percent: tuple[str, ...] = ()) -> str:
    """``frame``'s ``columns`` (key: column, value: catalogue key of its heading)."""
    if frame.empty:
        return f"<p><i>{html.escape(t('grading.report.none'))}</i></p>"
    head = "".join(f"<th>{html.escape(t(key))}</th>" for key in columns.values())
    rows = []
    for _, row in frame.iterrows():
        cells = []
        for column in columns:
            value = row[column]
            if column in percent:
                cells.append(f'<td class="num">{value:.0%}</td>')
            elif isinstance(value, float):
                cells.append(f'<td class="num">{value:g}</td>')
            else:
                cells.append(f"<td>{html.escape(str(value))}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"


def _svg(chart: object) -> str:
    from netlab.ui.parts.chart_access import to_svg

    return f"<div>{to_svg(chart)}</div>"  # type: ignore[arg-type]


def write_report(results: ClassResults, folder: Path) -> list[Path]:
    """Write ``report.html`` and the CSV tables into ``folder``; returns the files written.

    Example (needs a graded course, so not a doctest)::

        $ netlab report 01_problem_typing --out reports/01
    """
    cells, items = cell_summary(results.cells), item_summary(results.items)
    wrong = wrong_answers(results.items)
    scores = results.students["score"].astype(float)
    top = float(results.students["max_score"].max())
    stats = t("grading.report.stats", count=len(scores), mean=f"{scores.mean():.1f}",
              median=f"{scores.median():g}", max=f"{top:g}")
    hardest = items.head(HARDEST).assign(name=lambda d: d["cell"] + " · " + d["item"],
                                         share=lambda d: d["success"])
    sections = [
        (t("grading.report.scores"),
         f"<p>{html.escape(stats)}</p>" + _svg(score_histogram(scores, top))
         + _table(results.students.assign(flagged=results.students["flagged"].map(
                     {True: t("grading.report.flagged_yes"), False: ""})),
                  {"student": "grading.report.col.student",
                   "score": "grading.report.col.score",
                   "max_score": "grading.report.col.max",
                   "flagged": "grading.report.col.flagged",
                   "findings": "grading.report.col.findings"})),
        (t("grading.report.per_cell"),
         (_svg(share_bars(cells.assign(name=cells["cell"], share=cells["full"]),
                          t("grading.report.full_chart"))) if not cells.empty else "")
         + _table(cells, {"cell": "grading.report.col.cell", "points": "grading.report.col.max",
                          "graded": "grading.report.col.graded",
                          "mean_share": "grading.report.col.mean_share",
                          "full": "grading.report.col.full"}, ("mean_share", "full"))),
        (t("grading.report.per_item"),
         (_svg(share_bars(hardest, t("grading.report.hardest_chart", count=len(hardest))))
          if not hardest.empty else "")
         + _table(items, {"cell": "grading.report.col.cell", "item": "grading.report.col.item",
                          "judged": "grading.report.col.judged",
                          "right": "grading.report.col.right",
                          "success": "grading.report.col.success"}, ("success",))),
        (t("grading.report.misconceptions"),
         f"<p>{html.escape(t('grading.report.misconceptions_note'))}</p>"
         + _table(wrong, {"cell": "grading.report.col.cell", "item": "grading.report.col.item",
                          "given": "grading.report.col.given",
                          "count": "grading.report.col.count",
                          "share": "grading.report.col.share"}, ("share",))),
    ]
    folder.mkdir(parents=True, exist_ok=True)
    written = {
        "report.html": page(t("grading.report.title", assignment=results.assignment),
                            sections),
        "students.csv": results.students.to_csv(index=False),
        "cells.csv": cells.to_csv(index=False),
        "items.csv": items.to_csv(index=False),
        "wrong_answers.csv": wrong.to_csv(index=False),
    }
    for name, text in written.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / name for name in written]
