"""Refresh the README's previews of the workshop kit: one page of each part, rendered from the
PDFs ``netlab kit`` printed (and one slide, from chromium). Run by ``make kit-previews``.

    python docs/kit/previews.py build/kit docs/kit
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pypdfium2 as pdfium
from playwright.sync_api import sync_playwright

#: (preview file, PDF in the kit, page index)
PAGES = (
    ("session_plan_th.png", "th/session_plan.pdf", 0),
    ("guide_02_en.png", "en/guides/02_partner_classification.pdf", 0),
    ("problem_card_th.png", "th/handouts/problem_card.pdf", 0),
    ("bp_sp_table_th.png", "th/handouts/bp_sp_table.pdf", 0),
    ("netmap_cards_th.png", "th/handouts/netmap_kit.pdf", 0),
    ("netmap_legend_en.png", "en/handouts/netmap_kit.pdf", 2),
    ("health_form_th.png", "th/handouts/health_form.pdf", 0),
    ("steps_sheet_en.png", "en/handouts/steps_sheet.pdf", 0),
)


def main(kit: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, pdf, index in PAGES:
        page = pdfium.PdfDocument(str(kit / pdf))[index]
        page.render(scale=1.0, grayscale=False).to_pil().convert("P", palette=1,
                                                                  colors=64).save(out / name)
        print(f"wrote {out / name}")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or
                                    "/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        page.goto((kit / "slides" / "02_partner_classification.th.html").resolve().as_uri()
                  + "#/2")
        page.wait_for_function("window.netlabReveal && netlabReveal.isReady()")
        page.wait_for_timeout(800)
        page.screenshot(path=str(out / "slide_02_th.png"))
        browser.close()
    print(f"wrote {out / 'slide_02_th.png'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
