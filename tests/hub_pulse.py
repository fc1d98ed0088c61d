"""Helpers of the class pulse's tests on the real hub (``test_classroom_hub.py``): the code a
trainee's kernel runs, the instructor's reading of the page through the hub, the database as
root sees it."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import requests

from netlab.classroom.layout import ClassDir
from netlab.classroom.pulse_service import DATABASE, PREFIX

__all__ = ["WRONG", "attack_code", "check_cell", "events_of", "numbers", "outbox_lines",
           "pulse_pids", "self_checking", "wait_for", "wrong"]

#: A wrong answer to Exercise A of 01 (C03 typed as "technical", as graded classes do);
#: ``wrong(n)`` changes C08 so that each try is a new answer.
WRONG = {**{f"C0{n}": "simple" for n in range(1, 9)}, "C03": "technical"}


def wrong(n: int) -> dict[str, str]:
    """The n-th different wrong answer."""
    return {**WRONG, "C08": ("simple", "complex", "social_mess")[n % 3]}


def check_cell(exercise: str, answer: object) -> str:
    """A check cell as a workbook has it."""
    return f"from netlab.check import check\ncheck({exercise!r}, {answer!r})"


@contextlib.contextmanager
def self_checking(room: ClassDir) -> Iterator[None]:
    """The class self-checking with its keys for a while: the key file and worked answers
    readable by all, as ``netlab classroom init --self-check on`` leaves them; back to the
    instructors only (0640) afterwards."""
    secrets = [p for p in room.env.glob("lib/python3*/site-packages/netlab/resources/*")
               if p.name in ("keys.json", "worked.dat")]
    for path in secrets:
        path.chmod(0o644)
    try:
        yield
    finally:
        for path in secrets:
            path.chmod(0o640)


def numbers(hub_url: str, token: str, **params: str) -> requests.Response:
    """The pulse page's numbers, read through the hub with ``token``."""
    return requests.get(f"{hub_url}{PREFIX}api/pulse", params=params, timeout=30,
                        headers={"Authorization": f"token {token}"}, allow_redirects=False)


def wait_for(read: Callable[[], Any], done: Callable[[Any], bool],
             timeout: float) -> tuple[Any, float]:
    """``read()`` until ``done`` says yes or ``timeout`` seconds pass: the last value read and
    the seconds it took."""
    started = time.monotonic()
    while True:
        value = read()
        if done(value) or time.monotonic() - started > timeout:
            return value, time.monotonic() - started
        time.sleep(0.1)


def events_of(room: ClassDir, user: str) -> int:
    """How many events of ``user`` the service's database holds (read as root)."""
    with contextlib.closing(sqlite3.connect(f"file:{room.pulse / DATABASE}?mode=ro",
                                            uri=True)) as db:
        return int(db.execute("SELECT COUNT(*) FROM events WHERE user = ?",
                              (user,)).fetchone()[0])


def attack_code(claimed: str) -> str:
    """What a trainee's kernel tries against the pulse service, printing each answer's status:
    reading the page, its numbers and its export with the kernel's own hub token; sending an
    event that names ``claimed`` as its trainee; sending with a forged token; a malformed and
    an oversized event; and one honest event."""
    return f'''
import json, os, urllib.error, urllib.request, uuid
url = os.environ["NETLAB_PULSE_URL"]
base = url.rsplit("events", 1)[0]
mine = os.environ["JUPYTERHUB_API_TOKEN"]
def call(address, data=None, token=mine):
    request = urllib.request.Request(address, data=data, headers={{
        "Authorization": "token " + token, "Content-Type": "application/json"}})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, ""
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")
def event(**extra):
    body = {{"id": uuid.uuid4().hex, "exercise": "problem_typing.a", "points": 8.0,
            "max_points": 8.0, "try": 1, "hint_stage": 0, "time": 1.0, "items": []}}
    body.update(extra)
    return json.dumps(body).encode()
found = {{
    "numbers": call(base + "api/pulse")[0], "page": call(base)[0],
    "export": call(base + "export.csv")[0],
    "as_other": call(url, event(user={claimed!r})),
    "forged": call(url, event(), token="0" * 32)[0],
    "malformed": call(url, event(**{{"try": "one"}})),
    "oversized": call(url, event(items=[["C01", "ok", "x" * 30]] * 200)),
    "honest": call(url, event())[0],
}}
print(json.dumps(found))
'''


def pulse_pids(user: str) -> list[int]:
    """The processes of the pulse service's account."""
    import subprocess

    out = subprocess.run(["pgrep", "-u", user], capture_output=True, text=True).stdout
    return [int(pid) for pid in out.split()]


def outbox_lines(home: Path) -> int:
    """Events waiting in a trainee's outbox (read as root)."""
    path = home / ".netlab" / "pulse-outbox.jsonl"
    return len(path.read_bytes().splitlines()) if path.exists() else 0
