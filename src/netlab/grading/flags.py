"""What went wrong with one submission, as codes the summary and the report put into words.

Example:
    >>> Flag("tampered", "a_tests").text("en")
    'tampered with a read-only or test cell (restored): a_tests'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from netlab.course_layout import grade_id
from netlab.i18n import t

__all__ = ["SEVERE", "Flag", "cell_label"]

#: Flags after which the score is not the trainee's full work: the instructor should look.
SEVERE = frozenset({"missing", "empty", "not_json", "not_notebook", "died", "timeout",
                    "tampered", "misnamed", "no_answer", "links"})


@dataclass(frozen=True)
class Flag:
    """One finding about a submission: a code (``grading.flag.<code>``) and what it concerns."""

    code: str
    detail: str = ""

    @classmethod
    def from_error(cls, exc: BaseException) -> Flag:
        """An unexpected error, named by its type and message (shortened)."""
        return cls("error", f"{type(exc).__name__}: {exc}"[:200])

    @property
    def severe(self) -> bool:
        """Whether the instructor should look at the submission (the score may not be the
        trainee's full work).

        Example:
            >>> Flag("extra_files", "notes.txt").severe, Flag("tampered", "a").severe
            (False, True)
        """
        return self.code in SEVERE or self.code == "error"

    def text(self, lang: str | None = None) -> str:
        """The finding in words, in ``lang`` or the active language."""
        return t(f"grading.flag.{self.code}", lang, detail=self.detail)


def cell_label(cell: Any, number: int) -> str:
    """How a finding names a cell: its grade id, else its number in the notebook (from 1).

    Example:
        >>> from nbformat.v4 import new_code_cell
        >>> cell_label(new_code_cell("x"), 3)
        'cell 3'
    """
    return grade_id(cell) or f"cell {number}"
