"""A table kept folded until the trainee opens it: the answers of a practice, shown under it
only on request (an HTML ``<details>``; its plain-text form names it and shows nothing more).

Example:
    >>> import pandas as pd
    >>> from netlab.i18n import language
    >>> with language("en"):
    ...     view = folded(pd.DataFrame({"id": ["A01"], "step": ["awareness"]}))
    >>> "<details" in view._repr_html_(), "awareness" in repr(view)
    (True, False)
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netlab.i18n import lang_attr, t

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Folded", "folded"]


@dataclass(frozen=True)
class Folded:
    """A table behind a one-line summary."""

    summary: str
    table: pd.DataFrame

    def _repr_html_(self) -> str:
        return (f"<details class='netlab-folded' {lang_attr()}><summary>{html.escape(self.summary)}"
                f"</summary>{self.table.to_html(index=False, border=0)}</details>")

    def __repr__(self) -> str:
        return f"{self.summary} (…)"


def folded(table: pd.DataFrame, summary_key: str = "folded.after_practice") -> Folded:
    """``table`` folded under the summary ``summary_key`` (in the active language).

    Example:
        >>> import pandas as pd
        >>> folded(pd.DataFrame({"a": [1]})).summary != ""
        True
    """
    return Folded(t(summary_key), table)
