"""What went wrong with one submission, as codes the summary and the report put into words.

Example:
    >>> Flag("tampered", "a_tests").text("en")
    'tampered with a read-only or test cell (restored): a_tests'
"""

from __future__ import annotations

from dataclasses import dataclass

from netlab.i18n import t

__all__ = ["SEVERE", "Flag"]

#: Flags after which the score is not the trainee's full work: the instructor should look.
SEVERE = frozenset({"missing", "empty", "not_json", "not_notebook", "died", "timeout",
                    "tampered", "misnamed"})


@dataclass(frozen=True)
class Flag:
    """One finding about a submission: a code (``grading.flag.<code>``) and what it concerns."""

    code: str
    detail: str = ""

    def text(self, lang: str | None = None) -> str:
        """The finding in words, in ``lang`` or the active language."""
        return t(f"grading.flag.{self.code}", lang, detail=self.detail)
