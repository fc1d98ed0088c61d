"""How a status (ok, wrong, missing, error, warning, info, unchecked) looks in text and HTML,
shared by self-check reports and domain reviews so that the same finding looks the same
everywhere."""

from __future__ import annotations

import html
from collections.abc import Iterable

from netlab.palette import colour

__all__ = ["COLOURS", "ICONS", "html_list", "text_line"]

ICONS = {"ok": "✓", "wrong": "✗", "missing": "…", "error": "!", "warning": "⚠", "info": "·",
         "unchecked": "?"}
#: CSS colours that follow the theme (an output using them carries netlab.palette.STYLE).
COLOURS = {"ok": colour("ok"), "wrong": colour("wrong"), "missing": colour("warn"),
           "error": colour("wrong"), "warning": colour("warn"), "info": colour("muted"),
           "unchecked": colour("muted")}


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
        >>> "--netlab-wrong" in html_list([("error", "<b>")])
        True
        >>> "&lt;b&gt;" in html_list([("ok", "<b>")])
        True
    """
    lis = "".join(f'<li style="list-style:none;color:{COLOURS[status]}">'
                  f"<b>{ICONS[status]}</b> {html.escape(text)}</li>" for status, text in items)
    return f'<ul style="margin:4px 0;padding-left:4px">{lis}</ul>'
