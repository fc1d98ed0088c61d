"""The table ``netlab grade`` prints at the end: one row per student, in the active language."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from netlab.i18n import t

if TYPE_CHECKING:
    from netlab.grading.run import Result

__all__ = ["needs_a_look", "table"]


def _width(text: str) -> int:
    """Columns on screen: Thai vowel and tone marks sit on their letter and take none."""
    return sum(unicodedata.category(ch) != "Mn" for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def needs_a_look(result: Result) -> bool:
    """Whether a result carries a finding the instructor should check by hand.

    Example:
        >>> from netlab.grading.flags import Flag
        >>> from netlab.grading.run import Result
        >>> needs_a_look(Result("s1", flags=[Flag("extra_files", "notes.txt")]))
        False
    """
    return any(flag.severe for flag in result.flags)


def table(results: Sequence[Result], lang: str | None = None) -> str:
    """The per-student summary as aligned text columns.

    Example:
        >>> from netlab.grading.flags import Flag
        >>> from netlab.grading.run import Result
        >>> rows = [Result("s1", 12.0, 12.0),
        ...         Result("s2", 3.0, 12.0, 0, [Flag("timeout", "a")])]
        >>> print(table(rows, "en"))  # doctest: +NORMALIZE_WHITESPACE
        student  score    manual  seconds  findings
        s1       12 / 12  0       0.0      ok
        s2       3 / 12   0       0.0      cell a ran past the time limit and was stopped
    """
    head = [t(f"grading.summary.{k}", lang)
            for k in ("student", "score", "manual", "seconds", "flags")]
    rows = [[r.student, f"{r.score:g} / {r.max_score:g}", str(r.manual),
             f"{r.seconds:.1f}",
             "; ".join(f.text(lang) for f in r.flags) or t("grading.summary.ok", lang)]
            for r in results]
    widths = [max(_width(row[i]) for row in [head, *rows]) for i in range(len(head) - 1)]
    return "\n".join("  ".join([*(_pad(cell, w) for cell, w in zip(row, widths, strict=False)),
                                row[-1]]).rstrip() for row in [head, *rows])
