"""The class pulse from a self-check to the service (issue 23): the live check's coaching sends
one event per try, with the try number and the hint stage it reached, only on a class hub and
only while the trainee shares; ``netlab.pulse(False)`` stops it and the service hears so;
the service (the real application on loopback) refuses a request without a token, with a
token it does not know, a malformed or an oversized event, naming the problem in Thai and
English, and stores nothing of them. The hub's own part (who a token belongs to, who may see
the page) is tested on a real hub in ``test_classroom_hub.py``."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from pulse_service import RunningService

import netlab
from netlab.build import worked_answers
from netlab.tracking import pulse
from netlab.tracking.coach import coached_report
from netlab.tracking.store import ProgressFile

WRONG = {"C01": "simple", "C02": "simple", "C03": "technical"}


@pytest.fixture
def service(tmp_path: Path) -> Iterator[RunningService]:
    running = RunningService(tmp_path / "service", {"token-t1": "t1", "token-t2": "t2"})
    running.start()
    yield running
    running.stop()


@pytest.fixture
def hub(service: RunningService, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningService]:
    """A trainee's kernel on the hub: the pulse address, t1's token, a fresh outbox."""
    monkeypatch.setenv(pulse.ENV_URL, f"{service.url}events")
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "token-t1")
    monkeypatch.setenv("NETLAB_PULSE_DIR", str(tmp_path / "home" / ".netlab"))
    monkeypatch.setattr(pulse, "_outbox", None)
    yield service
    if pulse._outbox is not None:
        pulse._outbox.stop()


def _events(service: RunningService, count: int, timeout: float = 15) -> list[dict]:
    """The stored events once there are ``count`` (the outbox's thread sends them)."""
    deadline = time.monotonic() + timeout
    while True:
        rows = [dict(r) for r in service.store._db.execute(
            "SELECT * FROM events ORDER BY time")]
        if len(rows) >= count or time.monotonic() > deadline:
            return rows
        time.sleep(0.02)


def test_off_the_hub_nothing_is_made_sent_or_kept(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pulse.ENV_URL, raising=False)
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "token-t1")  # a token alone is not a class
    monkeypatch.setenv("NETLAB_PULSE_DIR", str(tmp_path / "pulse"))
    monkeypatch.setattr(pulse, "_outbox", None)
    coached_report("problem_typing.a", WRONG, {}, ProgressFile(tmp_path / "p.json"))
    assert pulse.target() is None and pulse._outbox is None
    assert not (tmp_path / "pulse").exists()
    with netlab.language("en"):
        assert "not the class's hub" in repr(netlab.pulse())


def test_each_try_sends_one_event_with_its_try_and_hint_stage(hub: RunningService,
                                                              tmp_path: Path) -> None:
    store = ProgressFile(tmp_path / "p.json")
    coached_report("problem_typing.a", {}, {}, store)  # blank (Run All): not a try, not sent
    for n, wrong in enumerate(("simple", "technical", "complex")):
        coached_report("problem_typing.a", {**WRONG, "C08": wrong}, {}, store)
        if n == 0:  # the same answer again is not another try
            coached_report("problem_typing.a", {**WRONG, "C08": wrong}, {}, store)
    events = _events(hub, 3)
    assert [(e["tries"], e["hint_stage"]) for e in events] == [(1, 1), (2, 2), (3, 3)]
    assert {e["user"] for e in events} == {"t1"}  # the token's owner, named by the service
    assert hub.store.progress()[0] | {"stuck_users": None} == {
        "exercise": "problem_typing.a", "started": 1, "passed": 0, "stuck": 1,
        "stuck_users": None}
    assert hub.store.wrong_now(top=1)[0] == {"exercise": "problem_typing.a", "item": "C01",
                                             "wrong": 1, "given": "simple"}
    scope: dict[str, object] = {}
    exec(worked_answers()["start.practice"]["code"], scope)  # our own source's answer
    coached_report("start.practice", scope["answers_start"], {}, store)
    passed = _events(hub, 4)[-1]
    assert (passed["exercise"], passed["tries"], passed["hint_stage"]) == \
        ("start.practice", 1, 0)
    assert passed["points"] == passed["max_points"] > 0


def test_turning_sharing_off_stops_events_is_kept_and_shows_on_the_page(
        hub: RunningService, tmp_path: Path) -> None:
    store = ProgressFile(tmp_path / "p.json")
    with netlab.language("en"):
        assert "shared with the facilitator" in repr(netlab.pulse())
        off = netlab.pulse(False)
    assert (not off and "not sharing" in repr(off).lower()) or "ไม่แบ่งปัน" in repr(off)
    coached_report("problem_typing.a", WRONG, {}, store)
    deadline = time.monotonic() + 15
    while hub.store.not_sharing() != {"t1"} and time.monotonic() < deadline:
        time.sleep(0.02)
    assert hub.store.not_sharing() == {"t1"}
    assert pulse._outbox is not None and pulse._outbox.flush() == 0  # nothing else waits
    assert _events(hub, 1, timeout=0.5) == []
    pulse._outbox.stop()
    pulse._outbox = None  # a new kernel: the choice is kept
    assert not netlab.pulse()
    netlab.pulse(True)
    coached_report("problem_typing.a", {**WRONG, "C08": "complex"}, {}, store)
    assert len(_events(hub, 1)) == 1 and hub.store.not_sharing() == set()


@pytest.mark.parametrize("lang,said", [("th", "True"), ("en", "takes True")])
def test_a_bad_choice_is_named(lang: str, said: str) -> None:
    with netlab.language(lang), pytest.raises(ValueError) as err:
        netlab.pulse("no")  # type: ignore[arg-type]
    assert "'no'" in str(err.value) and said in str(err.value)


def test_the_service_refuses_what_it_cannot_trust_and_stores_none_of_it(
        service: RunningService) -> None:
    url = f"{service.url}events"
    event = json.dumps({"id": "a" * 32, "exercise": "problem_typing.a", "points": 1.0,
                        "max_points": 8.0, "try": 1, "hint_stage": 1, "time": 1.0,
                        "items": [["C01", "wrong", "simple"]]}).encode()
    no_token = requests.post(url, data=event, timeout=10)
    unknown = requests.post(url, data=event, headers={"Authorization": "token forged"},
                            timeout=10)
    as_t2 = {"Authorization": "token token-t2"}
    malformed = requests.post(url, data=event.replace(b'"try": 1', b'"try": "one"'),
                              headers=as_t2, timeout=10)
    huge = requests.post(url, data=event[:-1] + b', "pad": "' + b"x" * 5000 + b'"}',
                         headers=as_t2, timeout=10)
    assert (no_token.status_code, unknown.status_code, malformed.status_code,
            huge.status_code) == (401, 403, 400, 413)
    assert "token" in no_token.json()["error"]["en"]
    assert "try" in malformed.json()["error"]["en"] and "try" in malformed.json()["error"]["th"]
    assert "4096" in huge.json()["error"]["en"]
    assert service.store.users() == set()
    taken = requests.post(url, data=event, headers=as_t2, timeout=10)
    again = requests.post(url, data=event, headers=as_t2, timeout=10)
    assert (taken.status_code, again.status_code) == (201, 200)
    assert service.store.users() == {"t2"}  # the token's owner, whoever the sender claims
    assert requests.get(service.url, timeout=10).status_code == 403  # no viewer: no page


def test_in_a_graded_class_a_check_says_started_and_nothing_of_right_or_wrong(
        hub: RunningService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the key file (a graded class), the check cannot judge, so the event says the
    trainee started, with no item right or wrong and no points."""
    from netlab.exercises import keys

    monkeypatch.setattr(keys, "KEYS_FILE", tmp_path / "keys.json")
    keys._keys.cache_clear()
    try:
        coached_report("problem_typing.a", WRONG, {}, ProgressFile(tmp_path / "p.json"))
    finally:
        keys._keys.cache_clear()
    [event] = _events(hub, 1)
    assert (event["points"], event["tries"]) == (0.0, 1)
    statuses = {r["status"] for r in hub.store._db.execute("SELECT status FROM items")}
    assert statuses <= {"missing"}  # the unanswered items; nothing judged right or wrong
    assert hub.store.progress()[0]["started"] == 1 and hub.store.wrong_now() == []


def test_a_kernel_that_floods_the_service_is_held_back_and_loses_nothing(
        service: RunningService, tmp_path: Path) -> None:
    """A runaway (or hostile) kernel: after the burst it may send, the service refuses for now
    (429) and stores nothing more; the outbox keeps what was refused for later."""
    from netlab.classroom.pulse_events import encode_event, new_event
    from netlab.classroom.pulse_outbox import Outbox, http_sender
    from netlab.classroom.pulse_service import BURST

    def event(n: int) -> bytes:
        return encode_event(new_event("problem_typing.a", points=1.0, max_points=8.0,
                                      tries=n + 1, hint_stage=1, items=[], at=float(n + 1)))

    box = Outbox(tmp_path, http_sender(f"{service.url}events", "token-t1"), start=False)
    for n in range(BURST + 5):
        box.put(event(n))
    sent = box.flush()
    assert BURST <= sent < BURST + 5 and box.pending() == BURST + 5 - sent  # kept, in order
    assert len(_events(service, sent, timeout=1)) == sent
    refused = requests.post(f"{service.url}events", data=event(99), timeout=10,
                            headers={"Authorization": "token token-t1"})
    assert refused.status_code == 429 and str(BURST) in refused.json()["error"]["en"]
    other = requests.post(f"{service.url}events", data=event(100), timeout=10,
                          headers={"Authorization": "token token-t2"})
    assert other.status_code == 201  # one trainee's flood does not hold another back
