"""Binder: the pins are the versions the tests run, and a fresh environment built from
``binder/requirements.txt`` alone, with netlab installed by ``binder/postBuild`` itself, runs
every student workbook's cells that are not exercises."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BINDER = REPO / "binder"
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)$")

# Run by the fresh environment's own Python: every workbook of both languages, without the
# answer and check cells (a recipe cell, the no-code answer beside a function, is an answer
# cell too: it names the function of the answer cell left out), in a fresh kernel of that
# environment; prints the errors as JSON.
RUNNER = r'''
import json, re, sys
from pathlib import Path
import nbformat
from nbclient import NotebookClient

EXERCISE = re.compile(r"\b(grade|check|or_recipe)\(")
found = {}
for path in sorted(Path(sys.argv[1]).glob("*/*.ipynb")):
    nb = nbformat.read(path, as_version=4)
    nb.cells = [c for c in nb.cells if not (
        c.get("metadata", {}).get("nbgrader", {}).get("solution")
        or c.get("metadata", {}).get("nbgrader", {}).get("grade")
        or (c.cell_type == "code" and EXERCISE.search(c.source)))]
    NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    found[f"{path.parent.name}/{path.name}"] = [
        f"{o['ename']}: {o['evalue']}" for c in nb.cells for o in c.get("outputs", [])
        if o.get("output_type") == "error"]
print(json.dumps(found))
'''


def _pins() -> dict[str, str]:
    pins = {}
    for line in (BINDER / "requirements.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            match = PIN.match(line.strip())
            assert match, f"not an exact pin: {line!r}"
            pins[match.group(1)] = match.group(2)
    return pins


def test_binder_pins_are_the_versions_the_tests_run() -> None:
    pins = _pins()
    for name in ("jupyterlab", "nbgrader", "ipywidgets", "pandas", "altair", "networkx",
                 "anywidget", "vl-convert-python", "ipykernel"):
        assert name in pins, name
    differ = {name: (version, metadata.version(name)) for name, version in pins.items()
              if metadata.version(name) != version}
    assert not differ, f"binder/requirements.txt is stale (run `make binder-lock`): {differ}"


def test_binder_files_say_what_repo2docker_needs() -> None:
    assert "fonts-thai-tlwg" in (BINDER / "apt.txt").read_text().split()
    assert (BINDER / "runtime.txt").read_text().strip() == "python-3.11"
    post = BINDER / "postBuild"
    assert os.access(post, os.X_OK) and post.read_text().startswith("#!/bin/bash")


def test_readme_launches_the_start_workbook_in_each_language() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"https://mybinder\.org/v2/gh/[^)\s]+", readme)
    for lang in ("th", "en"):
        target = f"workbooks/{lang}/00_start_here.ipynb"
        assert any(link.endswith(f"urlpath=lab/tree/{target}") for link in links), lang
        assert (REPO / target).is_file()


def _repository_copy(target: Path) -> Path:
    """The repository's files as Binder sees them (no venv, no git, no build output)."""
    shutil.copytree(REPO, target, ignore=shutil.ignore_patterns(
        ".venv", ".git", "build", "*.egg-info", "__pycache__", ".pytest_cache", "gradebook.db"))
    return target


def test_repo2docker_accepts_the_configuration(tmp_path: Path) -> None:
    """repo2docker itself (what Binder runs) reads binder/ and writes its Dockerfile; with
    --no-build it needs no Docker daemon."""
    repo2docker = Path(sys.executable).parent / "jupyter-repo2docker"
    run = subprocess.run([str(repo2docker), "--no-build", "--no-run", "--debug",
                          str(_repository_copy(tmp_path / "repo"))], cwd=tmp_path,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    dockerfile = run.stdout
    assert "python=3.11" in run.stderr  # runtime.txt
    assert "install --yes --no-install-recommends fonts-thai-tlwg" in dockerfile  # apt.txt
    assert 'pip install --no-cache-dir -r "binder/requirements.txt"' in dockerfile
    assert "RUN ./binder/postBuild" in dockerfile


@pytest.mark.slow
def test_a_fresh_binder_environment_runs_every_workbook(tmp_path: Path) -> None:
    repo = _repository_copy(tmp_path / "repo")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    uv = Path(sys.executable).parent / "uv"
    install = [str(uv), "pip", "install", "--python", str(python)] if uv.exists() else [
        str(python), "-m", "pip", "install", "--quiet"]
    subprocess.run([*install, "-r", str(repo / "binder" / "requirements.txt")], check=True,
                   timeout=1200, capture_output=True)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("NETLAB_", "VIRTUAL_ENV", "PYTHON"))}
    env.update(PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
               HOME=str(tmp_path / "home"), JUPYTER_CONFIG_DIR=str(tmp_path / "jupyter"))
    post = subprocess.run(["bash", str(repo / "binder" / "postBuild")], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=600)
    assert post.returncode == 0, post.stdout + post.stderr
    where = subprocess.run([str(python), "-c", "import netlab; print(netlab.__file__)"],
                           env=env, capture_output=True, text=True, check=True).stdout
    assert str(venv) in where  # installed into the environment, not read from the checkout
    overrides = venv / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert "@jupyterlab/apputils-extension:notification" in overrides.read_text()
    runner = tmp_path / "run_workbooks.py"
    runner.write_text(RUNNER, encoding="utf-8")
    run = subprocess.run([str(python), str(runner), str(repo / "workbooks")], env=env,
                         capture_output=True, text=True, timeout=1800)
    assert run.returncode == 0, run.stderr[-3000:]
    found = json.loads(run.stdout.splitlines()[-1])
    assert len(found) == 14, sorted(found)  # seven workbooks, two languages
    assert not {name: errors for name, errors in found.items() if errors}


def test_readme_links_name_the_repository_of_pyproject() -> None:
    import tomllib

    url = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["urls"]["Repository"]
    slug = url.removeprefix("https://github.com/")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"https://mybinder\.org/v2/gh/([^/]+/[^/]+)/", readme)
    assert links and set(links) == {slug}
