"""Implementation of :func:`netlab.setup` (kept out of ``__init__`` so altair loads lazily).

The module is named ``_setup`` rather than ``setup`` because a submodule called ``setup``
would replace the function ``netlab.setup`` as soon as it was imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from netlab.i18n import set_language

if TYPE_CHECKING:
    from altair.theme import ThemeConfig

#: Thai fonts first (Windows: Leelawadee UI, macOS: Thonburi, Linux/TLWG: Loma, Garuda), then a
#: generic family. A list that ends in a generic family keeps text visible in vl-convert even
#: when none of the named fonts is installed. Noto Sans Thai comes last among the named fonts:
#: it has no Latin digits, which then fall back to another font.
FONT_STACK = (
    'Sarabun, "Leelawadee UI", Thonburi, Loma, Garuda, "Noto Sans Thai", "Noto Sans", sans-serif'
)

THEME_NAME = "netlab"

_state: dict[str, Any] = {"theme": False, "renderer": None}


def theme_config() -> ThemeConfig:
    """The altair theme netlab charts use: Thai+Latin fonts, horizontal axis labels.

    Example:
        >>> theme_config()["config"]["axisX"]["labelAngle"]
        0
    """
    return {
        "config": {
            "font": FONT_STACK,
            "axis": {"labelFont": FONT_STACK, "titleFont": FONT_STACK, "labelFontSize": 12,
                     "titleFontSize": 13, "labelLimit": 220},
            # Long Thai nominal labels rotate -90 degrees by default: keep them horizontal.
            "axisX": {"labelAngle": 0},
            "legend": {"labelFont": FONT_STACK, "titleFont": FONT_STACK, "labelFontSize": 12,
                       "titleFontSize": 13, "labelLimit": 260},
            "header": {"labelFont": FONT_STACK, "titleFont": FONT_STACK},
            "title": {"font": FONT_STACK, "fontSize": 15, "anchor": "start"},
            "text": {"font": FONT_STACK},
            "mark": {"font": FONT_STACK},
            "view": {"stroke": None},
        }
    }


def _register_theme() -> None:
    import altair as alt

    if not _state["theme"]:
        alt.theme.register(THEME_NAME, enable=False)(theme_config)
        _state["theme"] = True
    alt.theme.enable(THEME_NAME)


def _enable_renderer(interactive: bool) -> None:
    import altair as alt

    if interactive:
        # Offline interactive widgets: the vega bundle comes from vl-convert, not a CDN.
        alt.renderers.enable("jupyter", offline=True)
        _state["renderer"] = "jupyter"
    else:
        # Static SVG drawn in the kernel by vl-convert: no JavaScript, no network, and it
        # survives nbconvert / nbgrader feedback unchanged; shown as a figure with a text
        # alternative and its data table (netlab.ui.parts.chart_access).
        from netlab.ui.parts.chart_access import render

        if "netlab" not in alt.renderers.names():
            alt.renderers.register("netlab", render)
        alt.renderers.enable("netlab")
        _state["renderer"] = "netlab"


def setup(lang: str | None = None, *, interactive: bool = False) -> None:
    """See :func:`netlab.setup`.

    Example:
        >>> setup("en"); active_renderer()
        'netlab'
        >>> setup("th")
    """
    if lang is not None:
        set_language(lang)
    _register_theme()
    _enable_renderer(interactive)


def active_renderer() -> str | None:
    """The renderer the last :func:`setup` enabled ("netlab", "jupyter") or None.

    Example:
        >>> active_renderer() in (None, "netlab", "jupyter")
        True
    """
    return _state["renderer"]
