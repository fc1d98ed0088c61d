"""The Zero to JupyterHub values and image (``classroom/kubernetes/``), checked as far as this
machine allows (no cluster, no Docker): the values merged over chart 4.4.0's defaults validate
against the chart's own schema, as ``helm install`` does; the hub's settings are accepted by
JupyterHub's own classes; the Python the values carry runs in JupyterHub's real configuration
loader and gives each person of the roster their role, language and start page; the image is
built from Binder's pins, holds no solution, and its Jupyter configuration hides nbgrader's
instructor tools from trainees."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
KUBE = REPO / "classroom" / "kubernetes"
CHART = Path(__file__).parent / "data" / "z2jh-4.4.0"
ROSTER_PATH = "/usr/local/etc/jupyterhub/netlab/roster.csv"


def _values() -> dict[str, Any]:
    return yaml.safe_load((KUBE / "config.yaml").read_text(encoding="utf-8"))


def _merged(defaults: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """Helm's merge of a values file over the chart's defaults (maps merged, the rest
    replaced)."""
    out = copy.deepcopy(defaults)
    for key, value in values.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merged(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def test_the_values_validate_against_the_chart_s_schema() -> None:
    schema = json.loads((CHART / "values.schema.json").read_text(encoding="utf-8"))
    defaults = yaml.safe_load((CHART / "values.yaml").read_text(encoding="utf-8"))
    jsonschema.validate(_merged(defaults, _values()), schema)
    broken = _merged(defaults, {**_values(), "singleuser": {"memory": {"guarante": "1G"}}})
    with pytest.raises(jsonschema.ValidationError):  # the check can fail
        jsonschema.validate(broken, schema)


def test_the_hub_settings_are_accepted_by_jupyterhub_s_own_classes() -> None:
    from jupyterhub.app import JupyterHub
    from jupyterhub.auth import Authenticator
    from jupyterhub.authenticators.shared import SharedPasswordAuthenticator
    from traitlets.config import Config

    settings = _values()["hub"]["config"]
    classes = {"JupyterHub": JupyterHub, "Authenticator": Authenticator,
               "SharedPasswordAuthenticator": SharedPasswordAuthenticator}
    for name, traits in settings.items():
        known = classes[name].class_traits(config=True)
        assert set(traits) <= set(known), (name, set(traits) - set(known))
    auth = SharedPasswordAuthenticator(config=Config(settings))
    assert len(auth.admin_password) >= 32 and auth.user_password != auth.admin_password
    assert JupyterHub(config=Config(settings)).authenticator_class is SharedPasswordAuthenticator


def _roster(tmp_path: Path) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(_values()["hub"]["extraFiles"]["netlab-roster"]["stringData"],
                    encoding="utf-8")
    return path


def test_the_roster_it_carries_is_a_valid_roster_and_matches_who_may_log_in(
        tmp_path: Path) -> None:
    from netlab.classroom.roster import read_roster

    roster = read_roster(_roster(tmp_path))
    auth = _values()["hub"]["config"]["Authenticator"]
    assert sorted(auth["allowed_users"]) == sorted(p.id for p in roster.people)
    assert auth["admin_users"] == [p.id for p in roster.instructors]
    assert _values()["hub"]["extraFiles"]["netlab-roster"]["mountPath"] == ROSTER_PATH


def test_its_python_runs_in_jupyterhub_s_config_loader_and_sets_each_person_up(
        tmp_path: Path) -> None:
    from jupyterhub.app import JupyterHub
    from tornado import web

    roster = _roster(tmp_path)
    snippets = _values()["hub"]["extraConfig"]
    config = tmp_path / "jupyterhub_config.py"
    config.write_text("c = get_config()  # noqa\n" + "\n".join(
        text.replace(ROSTER_PATH, str(roster)) for text in snippets.values()), encoding="utf-8")
    hub = JupyterHub()
    hub.load_config_file(str(config))
    hook = hub.config.KubeSpawner.pre_spawn_hook

    def spawn(name: str) -> SimpleNamespace:
        spawner = SimpleNamespace(user=SimpleNamespace(name=name), environment={},
                                  default_url="")
        hook(spawner)
        return spawner

    jane, kru = spawn("t02"), spawn("kru_somchai")
    assert (jane.environment, jane.default_url) == (
        {"JUPYTER_CONFIG_PATH": "/etc/netlab/trainee:/etc/netlab/common", "NETLAB_LANG": "en"},
        "/lab/tree/00_start_here.ipynb")
    assert kru.environment["JUPYTER_CONFIG_PATH"].startswith("/etc/netlab/instructor:")
    assert kru.default_url == "/lab/tree/course/grading"
    with pytest.raises(web.HTTPError) as refused:
        spawn("stranger")
    assert refused.value.status_code == 403


def test_the_image_uses_binder_s_pins_the_chart_s_hub_and_holds_no_solution() -> None:
    dockerfile = (KUBE / "Dockerfile").read_text(encoding="utf-8")
    chart = yaml.safe_load((CHART / "Chart.yaml").read_text(encoding="utf-8"))
    assert "pip install --no-cache-dir -r /tmp/netlab/binder/requirements.txt" in dockerfile
    assert f"ARG JUPYTERHUB_VERSION={chart['appVersion']}" in dockerfile
    assert "NETLAB_SELF_CHECK=off netlab trainee-package" in dockerfile  # no keys, no answers
    assert "rm -rf /tmp/netlab" in dockerfile  # the checkout (the course's source) is gone
    assert not re.search(r"^(COPY|ADD) .*grading", dockerfile, re.MULTILINE)
    assert "USER 1000" in dockerfile
    image = _values()["singleuser"]["image"]
    assert image["tag"] == __import__("netlab").__version__


def test_the_image_s_configuration_hides_instructor_tools_from_trainees(tmp_path: Path) -> None:
    netlab = str(Path(sys.executable).parent / "netlab")
    done = subprocess.run([netlab, "classroom", "image-config", "--out", str(tmp_path),
                           "--ngshare", "http://ngshare:8080/services/ngshare"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.count("wrote") == 6
    trainee = json.loads((tmp_path / "trainee/labconfig/page_config.json").read_text())
    instructor = json.loads((tmp_path / "instructor/labconfig/page_config.json").read_text())
    assert trainee["disabledExtensions"]["@jupyter/nbgrader:formgrader"] is True
    assert instructor["disabledExtensions"]["@jupyter/nbgrader:formgrader"] is False
    common = (tmp_path / "common/nbgrader_config.py").read_text()
    assert "configureExchange(c, 'http://ngshare:8080/services/ngshare')" in common
    env = _values()["singleuser"]["extraEnv"]["JUPYTER_CONFIG_PATH"]
    assert env == "/etc/netlab/trainee:/etc/netlab/common"  # the default is the trainee's


def _bytes(quantity: str) -> float:
    units = {"K": 1e3, "M": 1e6, "G": 1e9, "Ki": 2**10, "Mi": 2**20, "Gi": 2**30}
    number, unit = re.fullmatch(r"([0-9.]+)([KMG]i?)?", quantity).groups()
    return float(number) * units.get(unit or "", 1)


def test_the_resource_requests_come_from_the_measured_class() -> None:
    """The pods' guarantees cover what bench/classroom.py measured per trainee at its
    largest load (docs/benchmarks_classroom.md): memory (PSS) and the share of a core."""
    bench = (REPO / "docs" / "benchmarks_classroom.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d+) \| [^|]+ \| [^|]+ \| [^|]+ \| (\d+) / \d+ \|", bench, re.M)
    largest, pss = max((int(n), int(p)) for n, p in rows)
    cores = int(re.search(r"on (\d+) cores", bench).group(1))
    single = _values()["singleuser"]
    assert _bytes(single["memory"]["guarantee"]) >= pss * 2**20
    assert _bytes(single["memory"]["limit"]) > _bytes(single["memory"]["guarantee"])
    assert single["cpu"]["guarantee"] >= cores / largest
