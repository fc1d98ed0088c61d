"""The page every printable part of the kit shares: A4, Thai fonts, a form's lines and boxes.

The fonts are named, not downloaded: Thai first (the TLWG fonts Debian's ``fonts-thai-tlwg``
installs, then the ones Windows and macOS carry), so a page prints the same offline.

Example:
    >>> html = document("บัตรคำถาม", "<p>สวัสดี</p>", "th")
    >>> '<html lang="th">' in html and "@page" in html
    True
"""

from __future__ import annotations

from html import escape

import mistune

from netlab.i18n import t

__all__ = ["FONTS", "blank", "document", "esc", "header_cells", "markdown", "source_note"]

#: The font stack of every kit page: Thai-capable fonts first.
FONTS = ('"Loma", "Garuda", "Noto Sans Thai", "Leelawadee UI", "Thonburi", "Tahoma", '
         '"DejaVu Sans", sans-serif')

_CSS = """
@page { size: A4 %(orientation)s; margin: 13mm 13mm 14mm 13mm; }
* { box-sizing: border-box; }
html { font-family: %(fonts)s; font-size: 10.5pt; line-height: 1.5; color: #111; }
body { margin: 0; }
h1 { font-size: 17pt; margin: 0 0 2mm; line-height: 1.25; }
h2 { font-size: 13pt; margin: 4mm 0 1.5mm; }
h3 { font-size: 11.5pt; margin: 3mm 0 1mm; }
p, ul, ol { margin: 0 0 2mm; }
table { border-collapse: collapse; width: 100%%; margin: 1mm 0 3mm; }
th, td { border: 0.3mm solid #555; padding: 1.2mm 1.8mm; vertical-align: top; text-align: left; }
th { background: #eef2f7; }
pre, code { font-family: "Tlwg Mono", "DejaVu Sans Mono", monospace; font-size: 9pt; }
pre { white-space: pre-wrap; background: #f5f5f5; padding: 2mm; border-radius: 1mm; }
.lede { color: #333; margin-bottom: 3mm; }
.source { color: #444; font-size: 8.5pt; margin-top: 3mm; border-top: 0.2mm solid #999;
          padding-top: 1.5mm; }
.blank { display: inline-block; min-width: 45mm; border-bottom: 0.3mm dotted #333;
         height: 5mm; vertical-align: bottom; }
.lines { height: %(line)s; background: repeating-linear-gradient(to bottom, transparent 0,
         transparent 7.4mm, #999 7.4mm, #999 7.6mm); }
.box { display: inline-block; width: 4.2mm; height: 4.2mm; border: 0.3mm solid #333;
       vertical-align: middle; margin-right: 1.5mm; }
.page { break-after: page; padding-top: 1.2mm; }  /* no Thai tone mark of the next
   page's first line bleeds into this page's foot */
.page:last-child { break-after: auto; }
.keep { break-inside: avoid; }
.muted { color: #555; }
"""


def esc(text: object) -> str:
    """Text made safe for HTML.

    Example:
        >>> esc("A & B <C>")
        'A &amp; B &lt;C&gt;'
    """
    return escape(str(text), quote=True)


def header_cells(*keys: str) -> str:
    """A table's header cells, one per catalogue key, in the active language.

    Example:
        >>> from netlab.i18n import language
        >>> with language("en"):
        ...     header_cells("kit.plan.time", "kit.plan.minutes")
        '<th>Time</th><th>Minutes</th>'
    """
    from netlab.i18n import t

    return "".join(f"<th>{esc(t(key))}</th>" for key in keys)


def blank(width_mm: int = 45) -> str:
    """A dotted line to write on.

    Example:
        >>> blank(30)
        '<span class="blank" style="min-width:30mm"></span>'
    """
    return f'<span class="blank" style="min-width:{width_mm}mm"></span>'


def source_note(text: str) -> str:
    """The small print at a page's foot that cites where its content comes from.

    Example:
        >>> source_note("Source: the workshop report (2017).")
        '<p class="source">Source: the workshop report (2017).</p>'
    """
    return f'<p class="source">{esc(text)}</p>'


_MARKDOWN = mistune.create_markdown(plugins=["table", "strikethrough"], escape=True)


def markdown(text: str) -> str:
    """Markdown (as the workbooks write it) to HTML, raw HTML escaped.

    Example:
        >>> markdown("**ภาคี** <b>")
        '<p><strong>ภาคี</strong> &lt;b&gt;</p>\\n'
    """
    return str(_MARKDOWN(text))


def document(title: str, body: str, lang: str, *, landscape: bool = False,
             extra_css: str = "") -> str:
    """A whole printable HTML page: A4, Thai fonts, the kit's styles, ``body`` inside.

    Example:
        >>> "landscape" in document("x", "", "en", landscape=True)
        True
    """
    css = _CSS % {"orientation": "landscape" if landscape else "portrait", "fonts": FONTS,
                  "line": "var(--lines, 30mm)"}
    generator = esc(t("kit.generated_by", lang))
    return (f'<!DOCTYPE html>\n<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="generator" content="{generator}">\n<title>{esc(title)}</title>\n'
            f"<style>{css}{extra_css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")
