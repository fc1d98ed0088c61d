"""An axe-core audit of what netlab draws in JupyterLab (shared by the browser tests).

axe-core (npm, pinned in the Makefile and installed beside the venv) runs inside the page on
the notebook's output areas only (the cells' outputs: netlab's views, widgets, charts and
reports), in JupyterLab's light theme and again in its dark theme. WCAG 2.0-2.2 level A and AA
rules. JupyterLab's own interface is outside the audited region and left alone.
"""

from __future__ import annotations

import json
import os
import sys
import warnings
from pathlib import Path
from typing import Any

AXE_VERSION = "4.14.1"
AXE = Path(sys.prefix) / "axe" / "node_modules" / "axe-core" / "axe.min.js"
AXE_HINT = (f"axe-core {AXE_VERSION} is not installed beside the venv ({AXE}); "
            "`make test` installs it with npm.")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

#: Violations that are not netlab's: (rule, a CSS selector of where they are, why they are left
#: alone). Empty while netlab's outputs in JupyterLab pass.
Known = list[tuple[str, str, str]]
KNOWN: Known = []

_RUN = """async ([tags, whole]) => {
  const where = whole ? 'html' : '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output';
  const outputs = document.querySelectorAll(where);
  if (!outputs.length) { return {outputs: 0, violations: []}; }
  const result = await axe.run({include: [where]},
                               {runOnly: {type: 'tag', values: tags},
                                resultTypes: ['violations']});
  return {outputs: outputs.length, version: axe.version,
          violations: result.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map((n) => ({target: n.target.join(' '), html: n.html.slice(0, 160),
                                        why: n.failureSummary}))}))};
}"""


def _unexcused(violation: dict[str, Any], page: Any, known: Known) -> dict[str, Any] | None:
    """The violation with only the nodes no known entry excuses (None if none is left)."""
    where = [selector for rule, selector, _ in known if rule == violation["id"]]
    nodes = [node for node in violation["nodes"] if not any(
        page.evaluate("([t, s]) => !!document.querySelector(t)?.closest(s)",
                      [node["target"], selector]) for selector in where)]
    return {**violation, "nodes": nodes} if nodes else None


def audit(page: Any, where: str, *, whole: bool = False, known: Known | None = None) -> int:
    """Run axe on the open notebook's outputs (or the ``whole`` page); fail with every
    violation found that ``known`` does not excuse. Returns how many regions were audited."""
    if not AXE.exists():
        if os.environ.get("NETLAB_BROWSER_REQUIRED"):  # CI: the audit must run
            raise AssertionError(AXE_HINT)
        warnings.warn(AXE_HINT, stacklevel=2)
        return 0
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    found = page.evaluate(_RUN, [TAGS, whole])
    assert found["outputs"] > 0, f"{where}: no output to audit"
    assert found["version"] == AXE_VERSION, found["version"]
    left = (_unexcused(v, page, KNOWN if known is None else known) for v in found["violations"])
    bad = [v for v in left if v is not None]
    assert not bad, f"{where}: axe-core found\n" + json.dumps(bad, ensure_ascii=False, indent=1)
    return int(found["outputs"])


def audit_both_themes(page: Any, where: str, set_theme: Any) -> None:
    """:func:`audit` in JupyterLab's light theme, then in its dark theme (and back)."""
    audit(page, f"{where}, light theme")
    set_theme(page, "JupyterLab Dark")
    try:
        audit(page, f"{where}, dark theme")
    finally:
        set_theme(page, "JupyterLab Light")
