"""How a status (ok, wrong, missing, error, warning, info, unchecked) looks in text and HTML,
shared by self-check reports and domain reviews so that the same finding looks the same
everywhere."""

from __future__ import annotations

import html
from collections.abc import Iterable

__all__ = ["COLOURS", "ICONS", "html_list", "text_line"]

ICONS = {"ok": "✓", "wrong": "✗", "missing": "…", "error": "!", "warning": "⚠", "info": "·",
         "unchecked": "?"}
COLOURS = {"ok": "#1a7f37", "wrong": "#b42318", "missing": "#8a6d00", "error": "#b42318",
           "warning": "#8a6d00", "info": "#555", "unchecked": "#555"}


def text_line(status: str, text: str) -> str:
    """One indented plain-text line with the status icon.

    Example:
        >>> text_line("ok", "fine")
        '  ✓ fine'
    """
    return f"  {ICONS[status]} {text}"


def html_list(items: Iterable[tuple[str, str]]) -> str:
    """``(status, text)`` pairs as a coloured HTML list (text escaped).

    Example:
        >>> "#b42318" in html_list([("error", "<b>")]) and "&lt;b&gt;" in html_list([("ok", "<b>")])
        True
    """
    lis = "".join(f'<li style="list-style:none;color:{COLOURS[status]}">'
                  f"<b>{ICONS[status]}</b> {html.escape(text)}</li>" for status, text in items)
    return f'<ul style="margin:4px 0;padding-left:4px">{lis}</ul>'
