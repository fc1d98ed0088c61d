"""netlab's text and border colours, readable in JupyterLab's light and dark themes.

A fixed colour chosen for white paper falls to 2.5–3.8:1 on the dark theme's background. Each
colour here is a CSS variable with a light value, a dark value and the light value as fallback
(a feedback page or any page without the style). JupyterLab marks the theme on ``<body>``
(``data-jp-theme-light``); :data:`STYLE` switches the variables there. Every netlab output that
uses a colour carries :data:`STYLE` (a short ``<style>``; repeats are harmless). Text colours
are ≥ 4.5:1 and border colours ≥ 3:1 against the themes' backgrounds (tests/test_palette.py).

Example:
    >>> colour("ok")
    'var(--netlab-ok, #1a7f37)'
    >>> "data-jp-theme-light" in STYLE
    True
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["BACKGROUNDS", "BORDERS", "CSS", "ON_FILL", "PALETTE", "STYLE", "colour", "styled"]

#: name -> (light theme, dark theme).
PALETTE: Mapping[str, tuple[str, str]] = {
    "ok": ("#1a7f37", "#56d364"),
    "wrong": ("#b42318", "#ff7b72"),
    "warn": ("#8a6d00", "#e3b341"),
    "muted": ("#555555", "#bdbdbd"),
    "border": ("#767676", "#8c8c8c"),
    # A chosen answer and the focus ring: a strong fill, with "on-accent" text on it.
    "accent": ("#1565c0", "#79c0ff"),
    "on-accent": ("#ffffff", "#111111"),
}
#: The colours that draw lines, edges and fills, not text (≥ 3:1 is enough for them).
BORDERS = frozenset({"border", "accent"})
#: (text, fill) pairs: text drawn on a fill of the palette (≥ 4.5:1 in both themes).
ON_FILL = (("on-accent", "accent"),)
#: The backgrounds a netlab output can sit on: (light theme, dark theme) pairs, from
#: JupyterLab 4's themes (layout colours 0 and 1) and white paper.
BACKGROUNDS: Mapping[str, tuple[str, ...]] = {
    "light": ("#ffffff", "#f5f5f5"), "dark": ("#111111", "#212121")}


def colour(name: str) -> str:
    """The CSS value of the colour ``name`` (its variable, the light value as fallback).

    Example:
        >>> colour("muted")
        'var(--netlab-muted, #555555)'
    """
    return f"var(--netlab-{name}, {PALETTE[name][0]})"


def _declarations(theme: int) -> str:
    return "".join(f"--netlab-{name}:{pair[theme]};" for name, pair in PALETTE.items())


#: The palette as CSS (for a widget's own stylesheet); :data:`STYLE` wraps it for HTML.
CSS = (":root{" + _declarations(0) + "}"
       "body[data-jp-theme-light='false']{" + _declarations(1) + "}")
STYLE = f"<style>{CSS}</style>"


def styled(markup: str) -> str:
    """``markup`` (one root element) with the palette's style as the root's first child, for
    an output that uses :func:`colour`; the root keeps its attributes (``lang``) first.

    Example:
        >>> styled('<div lang="th">x</div>').replace(STYLE, "")
        '<div lang="th">x</div>'
        >>> styled('<div lang="th">x</div>').startswith('<div lang="th"><style>')
        True
    """
    start = markup.index(">") + 1
    return markup[:start] + STYLE + markup[start:]
