"""``netlab feedback``: nbgrader's own feedback, made safe to hand out and readable offline.

It runs nbgrader's ``GenerateFeedback`` converter (same files, same ``feedback/`` folder, same
scores per cell, so ``nbgrader release_feedback`` and the exchange keep working) with two
preprocessors of ours in front of nbgrader's:

- :class:`HideHiddenTests` removes every hidden-test region (nbgrader's ``ClearHiddenTests``
  does the cutting), and in a cell that had one keeps only the check's own report: no
  traceback (it quotes the hidden source), no printed output (a trainee's function can print
  the held-out data), no record for the class report. Stock feedback shows all of it
  (nbgrader issue #917).
- :class:`StaticCharts` redraws any Vega-Lite output as inline SVG (vl-convert, offline).

:class:`FeedbackPages` is nbgrader's converter without one step: it copies no other file of
the graded folder into ``feedback/`` (stock feedback copies every non-notebook file there,
and ``release_feedback`` hands them to the trainee).

After nbgrader's ``GetGrades``, :class:`ScoreSummary` puts a summary at the top, in the chosen
language: the total and each graded cell's points, with a chart drawn to SVG. The page loads
nothing from the network: the MathJax script nbgrader's template links is left out.

Example:
    >>> from nbformat.v4 import new_code_cell
    >>> cell = new_code_cell("x = 1\\n### BEGIN HIDDEN TESTS\\nassert x\\n### END HIDDEN TESTS")
    >>> cell.metadata["nbgrader"] = {"grade": True, "grade_id": "t", "points": 1}
    >>> HideHiddenTests().preprocess_cell(cell, {}, 0)[0].source
    'x = 1'
"""

from __future__ import annotations

import html
import json
import re
import shutil
from base64 import b64encode
from pathlib import Path
from typing import Any

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor, Preprocessor
from nbformat import NotebookNode
from nbformat.v4 import new_markdown_cell
from nbgrader.converters import GenerateFeedback
from nbgrader.preprocessors import ClearHiddenTests, GetGrades
from traitlets import Bool
from traitlets.config import Config

from netlab.grading.verdict import error_output
from netlab.i18n import t
from netlab.report import RECORD_MIME

__all__ = ["FeedbackPages", "HideHiddenTests", "ScoreSummary", "StaticCharts",
           "feedback_config", "offline"]

#: Output types a hidden-test cell keeps: the check's report (text/html) and its points.
_REPORT_TYPES = ("text/html", "text/plain")
_VEGA = re.compile(r"application/vnd\.vega(lite)?\.v\d+\+json")
#: The MathJax set-up and loader nbgrader's feedback template always writes (from a CDN).
_MATHJAX = re.compile(r'<script type="text/x-mathjax-config">.*?</script>\s*'
                      r'|<script[^>]*src="https?://[^"]*mathjax[^"]*"[^>]*>\s*</script>\s*',
                      re.S | re.I)


class FeedbackPages(GenerateFeedback):
    """nbgrader's ``GenerateFeedback``, writing the feedback pages and nothing else."""

    def init_assignment(self, assignment_id: str, student_id: str) -> None:
        """Stock copies every other file of the graded folder here; only nbgrader's own
        ``timestamp.txt`` and ``submission_secret.txt`` are copied: ``nbgrader
        release_feedback`` names the feedback by them (and fails without them)."""
        source = Path(self._format_source(assignment_id, student_id))
        dest = Path(self._format_dest(assignment_id, student_id))
        for name in ("timestamp.txt", "submission_secret.txt"):
            if (source / name).is_file() and not (source / name).is_symlink():
                dest.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source / name, dest / name)


class HideHiddenTests(ClearHiddenTests):
    """nbgrader's hidden-test clearing, extended to the outputs of the cells it touched."""

    enforce_metadata = False  # autograded notebooks are checked already

    def preprocess(self, nb: NotebookNode, resources: Any) -> tuple[NotebookNode, Any]:
        """Cut every hidden region, then redact any output, in any cell, that quotes a line of
        one (a trainee's later cell can print the kernel's input history, ``In``)."""
        secrets = self._hidden_lines(nb)
        nb, resources = super().preprocess(nb, resources)
        if secrets:
            for cell in nb.cells:
                if cell.cell_type == "code":
                    cell.outputs = [self._redacted(o) if _quotes(o, secrets) else o
                                    for o in cell.get("outputs", [])]
        return nb, resources

    def _hidden_lines(self, nb: NotebookNode) -> set[str]:
        lines: set[str] = set()
        for cell in nb.cells:
            inside = False
            for line in cell.source.splitlines() if cell.cell_type == "code" else ():
                if self.begin_test_delimeter in line:
                    inside = True
                elif self.end_test_delimeter in line:
                    inside = False
                elif inside and len(line.strip()) >= _SECRET_MIN:
                    lines.add(line.strip())
        return lines

    @staticmethod
    def _redacted(output: NotebookNode) -> NotebookNode:
        return NotebookNode(output_type="stream", name="stdout",
                            text=t("grading.feedback.redacted") + "\n")

    def preprocess_cell(self, cell: NotebookNode, resources: Any,
                        cell_index: int) -> tuple[NotebookNode, Any]:
        """Cut the hidden region; then keep only the check's verdict among the outputs."""
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.get("outputs", []) if RECORD_MIME not in
                            o.get("data", {})]
        if not self._remove_hidden_test_region(cell):
            return cell, resources
        kept = []
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                kept.append(error_output(output.ename, output.evalue))
            elif output.output_type == "execute_result":
                output.data = {k: v for k, v in output.data.items() if k in _REPORT_TYPES}
                kept.append(output)
        cell.outputs = kept
        return cell, resources


#: Shorter hidden lines (a bracket, ``)``) are too common to count as quoting a hidden test.
_SECRET_MIN = 8


def _quotes(output: NotebookNode, secrets: set[str]) -> bool:
    """Whether any text of ``output`` contains one of the hidden lines."""
    texts = [output.get("text", ""), output.get("evalue", ""),
             *output.get("traceback", []), *output.get("data", {}).values()]
    found = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in texts)
    return any(line in found for line in secrets)


class StaticCharts(Preprocessor):
    """Vega-Lite outputs redrawn as SVG, so charts show without JavaScript or a network."""

    enabled = Bool(True)

    def preprocess_cell(self, cell: NotebookNode, resources: Any,
                        cell_index: int) -> tuple[NotebookNode, Any]:
        """Add an ``image/svg+xml`` rendering to each Vega-Lite output and drop the spec."""
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            for key in [k for k in data if _VEGA.fullmatch(k)]:
                spec = data.pop(key)
                if "image/svg+xml" in data:
                    continue
                import vl_convert as vlc

                try:
                    data["image/svg+xml"] = (vlc.vegalite_to_svg(spec) if "lite" in key
                                             else vlc.vega_to_svg(spec))
                except Exception as exc:  # one bad chart must not cost the whole page
                    data["text/plain"] = t("grading.feedback.chart_failed", error=str(exc))
        return cell, resources


def _points(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


class ScoreSummary(Preprocessor):
    """The total and each graded cell's points, at the top, in the active language."""

    enabled = Bool(True)

    def preprocess(self, nb: NotebookNode, resources: Any) -> tuple[NotebookNode, Any]:
        """Insert the summary (one line of HTML) before the first cell."""
        rows = []
        for cell in nb.cells:
            grading = cell.metadata.get("nbgrader", {})
            if "score" in grading and grading.get("points"):
                rows.append((grading["grade_id"], grading["score"], float(grading["points"])))
        info = resources["nbgrader"]
        body = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{_points(score)} / {_points(points)}</td></tr>"
            for name, score, points in rows)
        chart = _chart(rows) if rows else ""
        summary = (
            '<div class="netlab-summary" style="border:1px solid #ccc;padding:8px 16px;'
            'margin-bottom:16px">'
            f"<h2>{html.escape(t('grading.feedback.title', assignment=info['assignment'], student=info['student']))}</h2>"  # noqa: E501
            f"<p><b>{html.escape(t('grading.feedback.total', score=_points(info['score']), max=_points(info['max_score'])))}</b></p>"  # noqa: E501
            f"<table><tr><th>{html.escape(t('grading.feedback.cell'))}</th>"
            f"<th>{html.escape(t('grading.feedback.points'))}</th></tr>{body}</table>"
            f"{chart}<p><i>{html.escape(t('grading.feedback.note'))}</i></p></div>")
        # a Markdown cell: nbconvert passes its HTML through (raw cells are always sanitised)
        nb.cells.insert(0, new_markdown_cell(summary))
        return nb, resources


def _chart(rows: list[tuple[str, float | None, float]]) -> str:
    """Each graded cell's share of its points, as an image named by what it shows (it was
    marked decorative, alt="", though it carries the scores)."""
    import pandas as pd

    from netlab.grading.charts import share_bars
    from netlab.ui.parts.chart_access import draw

    frame = pd.DataFrame([{"name": name, "share": (score or 0) / points}
                          for name, score, points in rows])
    svg, text = draw(share_bars(frame, t("grading.feedback.share")).to_dict(validate=False))
    data = b64encode(svg.encode("utf-8")).decode("ascii")
    return (f'<p><img alt="{html.escape(text, quote=True)}" '
            f'src="data:image/svg+xml;base64,{data}"></p>')


def feedback_config(config: Config) -> Config:
    """The course configuration with netlab's preprocessors around nbgrader's, and no script
    loaded from the network.

    Example:
        >>> [c.__name__ for c in feedback_config(Config()).GenerateFeedback.preprocessors][:4]
        ['HideHiddenTests', 'StaticCharts', 'GetGrades', 'ScoreSummary']
    """
    out = Config()
    out.merge(config)
    out.GenerateFeedback.preprocessors = [HideHiddenTests, StaticCharts, GetGrades, ScoreSummary,
                                          CSSHTMLHeaderPreprocessor]
    out.HTMLExporter.mathjax_url = ""
    return out


def offline(page: str, lang: str | None = None) -> str:
    """A feedback page without the MathJax scripts nbgrader's template loads from a CDN
    (workbooks write no TeX; offline, the script only fails), and, given ``lang``, with the
    page's language on ``<html>`` (a screen reader then reads Thai with a Thai voice). The
    template's colours that fall under WCAG AA are mended (:data:`READABLE`).

    Example:
        >>> offline('<p>a</p><script src="https://cdn.x/mathjax/2.7.7/latest.js"></script>')
        '<p>a</p>'
        >>> offline('<html lang="en"><p>ก</p></html>', "th")
        '<html lang="th"><p>ก</p></html>'
    """
    page = _MATHJAX.sub("", page)
    page = page.replace("</head>", READABLE + "</head>", 1)
    if lang:
        page = _HTML_TAG.sub(lambda m: f'<html{_LANG.sub("", m.group(1))} lang="{lang}">',
                             page, count=1)
    return page


#: nbgrader's feedback template (Bootstrap 3, nbconvert's Pygments) draws links at 4.17:1 and
#: 2.77:1 against the text around them, its "(Top)" link at 2.37:1 and code comments at 4.46:1;
#: these rules bring each to WCAG 2.2 AA (4.5:1, links underlined). Checked with axe-core in
#: tests/test_browser_pages.py.
READABLE = """<style>
a, a:visited, div.nbgrader_cell .panel-heading a { color: #1d4f7c; text-decoration: underline; }
.panel-primary > .panel-heading a, div.nbgrader_cell.panel-primary > .panel-heading a {
  color: #ffffff; }
.highlight .c, .highlight .c1, .highlight .cm, .highlight .cs, .highlight .ch,
.highlight .cp, .highlight .cpf { color: #2f5f5f; }
</style>"""
_HTML_TAG = re.compile(r"<html\b([^>]*)>", re.IGNORECASE)
_LANG = re.compile(r"""\s+lang=("[^"]*"|'[^']*'|\S+)""", re.IGNORECASE)
