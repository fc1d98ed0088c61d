"""Static HTML for notebooks: :class:`HTMLView` (HTML with a plain-text fallback) and the
small builders the topics' views share (escaped text, cards, lists, tables, citations).

Example:
    >>> repr(HTMLView("<b>x</b>", "x"))
    'x'
"""

from __future__ import annotations

import html

from netlab._labels import CatalogueEnum
from netlab.i18n import get_language, lang_attr, t
from netlab.palette import colour, styled

__all__ = ["HTMLView"]

MUTED, BORDER = colour("muted"), colour("border")
CARD = ("border:1px solid var(--jp-border-color2, #ccc);border-left:6px solid {colour};"
        "border-radius:4px;padding:6px 12px;margin:6px 0")


class HTMLView:
    """A piece of HTML with a plain-text fallback."""

    def __init__(self, markup: str, text: str) -> None:
        self.markup = markup
        self.text = text
        self.lang = get_language()  # the language it was written in

    def _repr_html_(self) -> str:
        return styled(f'<div class="netlab-view" {lang_attr(self.lang)}>{self.markup}</div>')

    def __repr__(self) -> str:
        return self.text


def escape(text: object) -> str:
    return html.escape(str(text))


def cite(keys: str) -> str:
    """Short citations (active language) for comma-separated keys: catalogue ``source.<key>``."""
    return "; ".join(t(f"source.{key.strip()}") for key in keys.split(","))


def card(classes: str, colour: str, member: CatalogueEnum, after_title: str, body: str) -> str:
    """One card: the member's name in the active language, the other language's name in
    brackets, then ``body`` (already HTML)."""
    other = member.name_en if get_language() == "th" else member.name_th
    return (f'<div class="{classes}" style="{CARD.format(colour=colour)}">'
            f"<b>{escape(member.label)}</b> <span style='color:{MUTED}'>({escape(other)})</span>"
            f"{after_title}<br>{body}</div>")


def bullet_list(label_key: str, items: list[str]) -> str:
    """A labelled bullet list (HTML)."""
    lis = "".join(f"<li>{escape(i)}</li>" for i in items)
    return f"<i>{escape(t(label_key))}:</i><ul style='margin:2px 0'>{lis}</ul>"


def html_table(classes: str, head_keys: tuple[str, ...], rows: list[str]) -> str:
    head = "".join(f"<th style='text-align:left'>{escape(t(k))}</th>" for k in head_keys)
    return (f"<table class='{classes}'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")
