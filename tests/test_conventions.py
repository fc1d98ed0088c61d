"""The house rules, checked: small modules, documented public functions with an example,
notebooks committed without outputs (the import rules: ``test_architecture.py``)."""

from __future__ import annotations

import ast
import json
import re
import subprocess
from pathlib import Path

import pytest

import netlab

SRC = Path(netlab.__file__).parent
REPO = SRC.parents[1]
MODULES = sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_module_is_small(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 400


def _public_functions(tree: ast.Module) -> list[ast.FunctionDef]:
    exported: set[str] | None = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            exported = set(ast.literal_eval(node.value))
    return [n for n in tree.body if isinstance(n, ast.FunctionDef)
            and not n.name.startswith("_") and (exported is None or n.name in exported)]


@pytest.mark.parametrize("path", [p for p in MODULES if "catalogue" not in p.parts],
                         ids=lambda p: str(p.relative_to(SRC)))
def test_public_functions_have_types_and_a_docstring_with_an_example(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for fn in _public_functions(tree):
        doc = ast.get_docstring(fn) or ""
        assert doc, f"{path.name}:{fn.name} has no docstring"
        hooks = {"post_convert_hook", "main", "parser"}  # called by nbgrader / the shell
        if fn.name not in hooks:  # a doctest, or a shell example for side-effect commands
            shell = re.search(r"^\s*\$ ", doc, re.MULTILINE)
            assert ">>>" in doc or shell, f"{path.name}:{fn.name}: no example"
        assert fn.returns is not None, f"{path.name}:{fn.name} has no return type"
        for arg in fn.args.args + fn.args.kwonlyargs:
            assert arg.annotation is not None, f"{path.name}:{fn.name}({arg.arg}) untyped"


def test_tracked_notebooks_have_no_outputs() -> None:
    listed = subprocess.run(["git", "ls-files", "*.ipynb"], cwd=REPO, capture_output=True,
                            text=True, check=False).stdout.split()
    paths = [REPO / p for p in listed] or list(REPO.glob("**/workbooks/*/*.ipynb"))
    paths += list((REPO / "grading" / "source").rglob("*.ipynb"))
    paths += list((REPO / "grading" / "start").glob("*.ipynb"))
    assert paths
    for path in paths:
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None, path


THAI = re.compile(r"[\u0E00-\u0E7F]")


@pytest.mark.parametrize("path", sorted([*(REPO / "grading" / "source").rglob("*.ipynb"),
                                          *(REPO / "grading" / "start").glob("*.ipynb")]),
                         ids=lambda p: p.stem)
def test_sources_say_everything_in_both_languages(path: Path) -> None:
    """Every Thai cell has its English twin (same id, -th / -en), and every comment a trainee
    reads in a shared code cell is written in both languages."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    stems: dict[str, set[str]] = {"th": set(), "en": set()}
    for cell in nb["cells"]:
        tags = cell["metadata"].get("tags", [])
        lang = next((t[5:] for t in tags if t.startswith("lang-")), None)
        if lang:
            assert cell["id"].endswith(f"-{lang}"), cell["id"]
            stems[lang].add(cell["id"][:-3])
            continue
        if cell["cell_type"] != "code" or "instructor" in tags:
            continue
        source = "".join(cell["source"])
        source = re.sub(r"### BEGIN (SOLUTION|HIDDEN TESTS).*?### END \1", "", source,
                        flags=re.DOTALL)
        comments = " ".join(line.split("#", 1)[1] for line in source.splitlines()
                            if "#" in line and not line.lstrip().startswith("###"))
        if re.search(r"[A-Za-z]{3,}", comments) or THAI.search(comments):
            assert THAI.search(comments) and re.search(r"[A-Za-z]{3,}", comments), (
                f"{cell['id']}: a comment in one language only: {comments!r}")
    assert stems["th"] == stems["en"], stems["th"] ^ stems["en"]
