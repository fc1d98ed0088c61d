"""Printable pages: HTML to A4 PDF in Debian's chromium, driven by Playwright, offline.

One browser prints a whole kit. Every request a page makes outside ``file:`` is refused, so a
page that would need the network fails here instead of printing without its fonts or styles.

Example:
    >>> chromium_path(environ={"NETLAB_CHROMIUM": "/opt/chromium"}, which=lambda name: None)
    '/opt/chromium'
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from netlab.i18n import t

__all__ = ["KitError", "Printer", "chromium_path"]


class KitError(RuntimeError):
    """What stops a kit from being built, said in the active language."""


def chromium_path(environ: Mapping[str, str] | None = None,
                  which: Callable[[str], str | None] = shutil.which) -> str:
    """The chromium to print with: ``$NETLAB_CHROMIUM``, else Debian's ``chromium`` on PATH.

    Example:
        >>> chromium_path(environ={}, which=lambda name: "/usr/bin/" + name)
        '/usr/bin/chromium'
    """
    env = os.environ if environ is None else environ
    found = env.get("NETLAB_CHROMIUM") or which("chromium") or which("chromium-browser")
    if not found:
        raise KitError(t("kit.no_chromium"))
    return found


class Printer:
    """A headless chromium that prints local HTML files to A4 PDF (backgrounds kept).

    Example:
        >>> Printer(chromium="/usr/bin/chromium").chromium
        '/usr/bin/chromium'
    """

    def __init__(self, chromium: str | None = None) -> None:
        self.chromium = chromium or chromium_path()
        self._playwright: Any = None
        self._browser: Any = None

    def __enter__(self) -> Printer:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError as exc:
            raise KitError(t("kit.no_playwright")) from exc
        self._playwright = sync_playwright().start()
        try:
            self._browser = self._playwright.chromium.launch(
                executable_path=self.chromium, headless=True, args=["--no-sandbox"])
        except Exception as exc:
            self._playwright.stop()
            raise KitError(t("kit.chromium_failed", path=self.chromium, error=exc)) from exc
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._browser is not None:
            self._browser.close()
        if self._playwright is not None:
            self._playwright.stop()

    def print_pdf(self, html: Path, pdf: Path) -> Path:
        """Print one local HTML file to ``pdf`` (A4, the page's own ``@page`` size and
        margins); refuses any request that leaves the machine."""
        if self._browser is None:
            raise RuntimeError("use Printer as a context manager")
        page = self._browser.new_page()
        refused: list[str] = []

        def only_local(route: Any) -> None:
            url = route.request.url
            if url.startswith(("file:", "data:", "about:")):
                route.continue_()
            else:
                refused.append(url)
                route.abort()

        try:
            page.route("**/*", only_local)
            page.goto(html.resolve().as_uri(), wait_until="load")
            page.evaluate("document.fonts.ready.then(() => true)")
            if refused:
                raise KitError(t("kit.network", page=html.name, url=refused[0]))
            pdf.parent.mkdir(parents=True, exist_ok=True)
            page.pdf(path=str(pdf), format="A4", print_background=True,
                     prefer_css_page_size=True)
        finally:
            page.close()
        return pdf
