"""The netlab command: version, lab-setup (merges, never silently loses settings), errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import netlab
from netlab import cli


def test_version(venv_env: dict[str, str]) -> None:
    out = subprocess.run([sys.executable, "-m", "netlab.cli", "--version"], capture_output=True,
                         text=True, check=True, env=venv_env)
    assert out.stdout.strip() == f"netlab {netlab.__version__}"


def _settings(prefix: Path) -> Path:
    return prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"


def test_lab_setup_merges_with_existing_settings(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    target = _settings(tmp_path)
    target.parent.mkdir(parents=True)
    target.write_text(json.dumps({
        "@jupyterlab/apputils-extension:themes": {"theme": "JupyterLab Dark"},
        "@jupyterlab/apputils-extension:notification": {"doNotDisturbMode": True}}))
    assert cli.main(["lab-setup"]) == 0
    merged = json.loads(target.read_text())
    assert merged["@jupyterlab/apputils-extension:themes"] == {"theme": "JupyterLab Dark"}
    notification = merged["@jupyterlab/apputils-extension:notification"]
    assert notification["doNotDisturbMode"] is True
    assert notification["fetchNews"] == "false" and notification["checkForUpdates"] is False


def test_lab_setup_keeps_a_backup_of_a_broken_file(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    target = _settings(tmp_path)
    target.parent.mkdir(parents=True)
    target.write_text("{ not json")
    assert cli.main(["lab-setup"]) == 0
    assert target.with_suffix(".json.bak").read_text() == "{ not json"
    assert "kept a copy" in capsys.readouterr().out
    assert json.loads(target.read_text())


def test_lab_setup_hides_instructor_tools_from_trainees_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The role switch writes what `jupyter labextension disable` and `jupyter server extension
    disable` would, and the real Jupyter configuration loader reads it that way."""
    from jupyter_server.serverapp import ServerApp  # noqa: F401 - the real reader below
    from traitlets.config.loader import JSONFileConfigLoader

    from netlab.lab_setup import INSTRUCTOR_ONLY, SERVER_FILE

    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    page = tmp_path / "etc" / "jupyter" / "labconfig" / "page_config.json"
    page.parent.mkdir(parents=True)
    page.write_text(json.dumps({"disabledExtensions": {"some-other:plugin": True}}))
    server_d = tmp_path / "etc" / "jupyter" / "jupyter_server_config.d"

    def enabled() -> dict[str, bool]:
        merged: dict[str, bool] = {}
        for path in sorted(server_d.glob("*.json")):  # the order Jupyter loads them in
            config = JSONFileConfigLoader(path.name, str(server_d)).load_config()
            merged.update(config.ServerApp.jpserver_extensions)
        return merged

    server_d.mkdir(parents=True)
    (server_d / "nbgrader.json").write_text(json.dumps({"ServerApp": {"jpserver_extensions": {
        name: True for name in INSTRUCTOR_ONLY["server"]}}}))
    assert cli.main(["lab-setup"]) == 0  # a trainee by default
    disabled = json.loads(page.read_text())["disabledExtensions"]
    assert all(disabled[name] for name in INSTRUCTOR_ONLY["lab"])
    assert disabled["some-other:plugin"] and "@jupyter/nbgrader:assignment-list" not in disabled
    assert not any(enabled()[name] for name in INSTRUCTOR_ONLY["server"])
    assert (server_d / SERVER_FILE).exists()
    assert cli.main(["lab-setup", "--role", "instructor"]) == 0
    disabled = json.loads(page.read_text())["disabledExtensions"]
    assert not any(name in disabled for name in INSTRUCTOR_ONLY["lab"])
    assert all(enabled()[name] for name in INSTRUCTOR_ONLY["server"])
    with pytest.raises(SystemExit):
        cli.main(["lab-setup", "--role", "teacher"])


def test_build_reports_nbgrader_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    course = tmp_path / "grading"
    (course / "source" / "99_broken").mkdir(parents=True)
    (course / "nbgrader_config.py").write_text("c = get_config()\n")
    (course / "source" / "99_broken" / "99_broken.ipynb").write_text("not a notebook")
    assert cli.main(["build", "--course", str(course), "--out", str(tmp_path / "wb")]) == 1
    assert "99_broken" in capsys.readouterr().err


def test_unknown_command_is_refused() -> None:
    with pytest.raises(SystemExit):
        cli.main(["frobnicate"])


@pytest.mark.parametrize("setting,locale,expected", [
    ("", "en_US.UTF-8", "No assignment 99_nothing"),
    ("", "th_TH.UTF-8", "ไม่พบงาน 99_nothing"),
    ("", "C.UTF-8", "No assignment 99_nothing"),
    ("th", "en_US.UTF-8", "ไม่พบงาน 99_nothing"),
    ("en", "th_TH.UTF-8", "No assignment 99_nothing"),
])
def test_instructor_commands_speak_the_locale_or_the_course_setting(
        tmp_path: Path, venv_env: dict[str, str], setting: str, locale: str,
        expected: str) -> None:
    """Not Thai by default: --lang, else c.Netlab.instructor_language, else the locale."""
    course = tmp_path / "grading"
    course.mkdir()
    (course / "nbgrader_config.py").write_text(
        f'c = get_config()\nc.Netlab.instructor_language = "{setting}"\n', encoding="utf-8")
    env = {k: v for k, v in venv_env.items() if not k.startswith("LC_")}
    env.update(LANG=locale)
    env.pop("NETLAB_LANG", None)
    out = subprocess.run([sys.executable, "-m", "netlab.cli", "report", "99_nothing",
                          "--course", str(course)], capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 1 and expected in out.stderr, out.stderr
