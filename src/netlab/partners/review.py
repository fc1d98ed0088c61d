"""Findings of a structural review (outcome challenges, strategy maps): what is missing,
misplaced or worth a second look, each with a severity."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Literal

from netlab._status import html_list, text_line
from netlab.i18n import Message, lang_attr, t
from netlab.palette import styled

__all__ = ["Finding", "Review", "Severity"]

#: ``error``: missing or wrong, must be fixed; ``warning``: worth a second look (soft);
#: ``ok``: a check that passed; ``info``: for information.
Severity = Literal["error", "warning", "ok", "info"]


@dataclass(frozen=True)
class Finding:
    """One finding: a severity, a code tests can rely on, and a message.

    Example:
        >>> Finding("ok", "levels", Message("lang.name")).severity
        'ok'
    """

    severity: Severity
    code: str
    message: Message

    @property
    def text(self) -> str:
        """The finding in the active language."""
        return self.message.render()


@dataclass(frozen=True)
class Review:
    """All findings of one review, in order.

    Example:
        >>> r = Review("x", (Finding("warning", "count", Message("lang.name")),))
        >>> r.ok, r.codes("warning")
        (True, ['count'])
    """

    subject: str
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        """True when nothing is an error (warnings are allowed)."""
        return not any(f.severity == "error" for f in self.findings)

    def codes(self, severity: Severity | None = None) -> list[str]:
        """The codes of the findings (of one severity, or all)."""
        return [f.code for f in self.findings if severity in (None, f.severity)]

    def text(self) -> str:
        """The review as plain text, one finding per line."""
        head = t("partners.review.head", subject=self.subject)
        return "\n".join([head, *(text_line(f.severity, f.text) for f in self.findings)])

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        head = html.escape(t("partners.review.head", subject=self.subject))
        items = html_list((f.severity, f.text) for f in self.findings)
        return styled(f'<div class="netlab-review" {lang_attr()}><b>{head}</b>{items}</div>')
