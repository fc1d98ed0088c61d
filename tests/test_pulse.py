"""The class pulse's event, database and outbox (issue 23): a malformed or oversized event is
refused with a clear error and never reaches the database; no free text is sent; each event
counts once; the numbers the pulse page shows; the database survives a reopen; events wait
out a stopped service (the real service application on loopback)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from netlab.classroom.pulse_events import (
    MAX_BYTES,
    PulseEventError,
    encode_event,
    new_event,
    parse_event,
)
from netlab.classroom.pulse_store import PulseStore
from netlab.i18n import language


def _event(exercise: str = "problem_typing.a", points: float = 7.0, tries: int = 1,
           items: list | None = None, at: float = 1.0) -> bytes:
    return encode_event(new_event(exercise, points=points, max_points=8.0, tries=tries,
                                  hint_stage=0, at=at,
                                  items=items if items is not None else [
                                      ("C01", "ok", "simple"), ("C03", "wrong", "technical")]))


def test_no_answer_text_leaves_the_kernel() -> None:
    raw = _event(items=[("C01", "wrong", "ฉันคิดว่าเป็นปัญหาซับซ้อน"),
                        ("C02", "wrong", "I think it is complex"), ("C03", "wrong", "complex")])
    assert parse_event(raw).items == (("C01", "wrong", None), ("C02", "wrong", None),
                                      ("C03", "wrong", "complex"))
    assert "ฉัน" not in raw.decode() and "I think" not in raw.decode()


@pytest.mark.parametrize("raw,names", [
    (b"not json", "JSON"),
    (b"[1, 2]", "list"),
    (b'{"id": "x"}', "exercise"),
    (_event(exercise="nothing.here"), "'nothing.here'"),
    (_event(tries=0), "try"),
    (_event(items=[("C01", "maybe", None)]), "'maybe'"),
    (_event().replace(b'"technical"', b'"free text, here"'), "free text"),
])
def test_a_malformed_event_is_refused_naming_the_problem(raw: bytes, names: str) -> None:
    for lang in ("th", "en"):
        with language(lang), pytest.raises(PulseEventError) as err:
            parse_event(raw)
        assert names in str(err.value)


def test_an_oversized_event_is_refused_before_it_is_read() -> None:
    raw = _event(items=[(f"C{n:02d}", "ok", None) for n in range(300)])
    assert len(raw) > MAX_BYTES
    with language("en"), pytest.raises(PulseEventError, match=f"{len(raw)} B"):
        parse_event(raw)


def test_each_event_counts_once_and_survives_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "pulse.sqlite"
    store = PulseStore(path)
    first = parse_event(_event())
    assert store.add("t1", first) is True
    assert store.add("t1", first) is False  # sent again after a lost answer: counted once
    store.close()
    again = PulseStore(path)  # the service restarted
    assert again.progress() == [{"exercise": "problem_typing.a", "started": 1, "passed": 0,
                                 "stuck": 0, "stuck_users": []}]
    rows = list(csv.reader(again.export_csv(tmp_path / "pulse.csv").open(encoding="utf-8")))
    assert rows[0][:3] == ["user", "exercise", "points"] and len(rows) == 3  # two items


def test_the_page_counts_started_passed_stuck_and_what_is_wrong_now() -> None:
    store = PulseStore(":memory:")
    wrong = [("C01", "ok", "simple"), ("C03", "wrong", "technical")]
    for n in range(1, 4):  # t1 tries three times and never passes: stuck
        store.add("t1", parse_event(_event(tries=n, at=n, items=wrong)))
    store.add("t2", parse_event(_event(tries=1, at=1, items=wrong)))
    store.add("t2", parse_event(_event(points=8.0, tries=2, at=2,
                                       items=[("C03", "ok", "complex")])))  # t2 passes
    store.add("t3", parse_event(_event(tries=1, at=5, items=[
        ("C03", "wrong", "social_mess"), ("C05", "wrong", None)])))
    store.add("t3", parse_event(_event("partners.a", tries=1, at=6, items=[])))
    store.add("t5", parse_event(_event(tries=1, at=7, items=wrong)))
    assert store.progress("problem_typing") == [
        {"exercise": "problem_typing.a", "started": 4, "passed": 1, "stuck": 1,
         "stuck_users": ["t1"]}]
    assert store.progress("problem_typing", users={"t2", "t3"}) == [  # a group of two
        {"exercise": "problem_typing.a", "started": 2, "passed": 1, "stuck": 0,
         "stuck_users": []}]
    assert store.progress(users=set()) == []
    # right now: the latest checks of t1, t3 and t5 are wrong on C03 (t2's is right), two of
    # them with "technical"; C05 once, with no answer that could be sent
    assert store.wrong_now("problem_typing") == [
        {"exercise": "problem_typing.a", "item": "C03", "wrong": 3, "given": "technical"},
        {"exercise": "problem_typing.a", "item": "C05", "wrong": 1, "given": None}]
    assert store.wrong_now("problem_typing", users={"t3"}) == [
        {"exercise": "problem_typing.a", "item": "C03", "wrong": 1, "given": "social_mess"},
        {"exercise": "problem_typing.a", "item": "C05", "wrong": 1, "given": None}]
    assert store.users("partners") == {"t3"}
    store.set_sharing("t4", False)
    assert store.not_sharing() == {"t4"}


def test_a_lost_connection_loses_nothing_and_counts_each_check_once(tmp_path: Path) -> None:
    from pulse_service import RunningService

    from netlab.classroom.pulse_outbox import Outbox, http_sender

    service = RunningService(tmp_path / "service", {"token-of-t1": "t1"})
    service.start()
    url = f"{service.url}events"
    box = Outbox(tmp_path, http_sender(url, "token-of-t1", timeout=1), start=False)
    box.put(_event(at=1))
    assert box.flush() == 1 and box.pending() == 0
    service.stop()  # the service goes away: checks go on, events wait
    for n in range(2, 5):
        box.put(_event(tries=n, at=n))
    assert box.flush() == 0 and box.pending() == 3
    service.start()  # back on the same port
    assert box.flush() == 3 and box.pending() == 0
    assert service.store.progress()[0]["started"] == 1
    assert len(service.store.wrong_now()) == 1
    rows = service.store._db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    assert rows == 4
    # an event sent twice (say the answer was lost) is stored once
    again = _event(tries=9, at=9)
    box.put(again)
    box.put(again)
    assert box.flush() == 2
    assert service.store._db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 5
    # a malformed event is refused, dropped from the outbox, and never stored
    box.put(b'{"id": "bad"}')
    assert box.flush() == 0 and box.pending() == 0
    assert service.store._db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 5
    service.stop()
    assert service.store.users() == {"t1"}  # read again from the file the service kept


def test_the_sender_thread_sends_what_a_check_puts(tmp_path: Path) -> None:
    import time

    from netlab.classroom.pulse_outbox import Outbox

    sent: list[bytes] = []
    box = Outbox(tmp_path, lambda raw: sent.append(raw) or 201, interval=0.05)
    try:
        box.put(_event())
        deadline = time.monotonic() + 10
        while not sent and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        box.stop()
    assert len(sent) == 1 and box.pending() == 0


def test_the_page_data_filters_by_group_and_leaves_names_out_for_the_projector() -> None:
    import json

    from netlab.classroom.pulse_view import class_pulse

    people = [{"id": "t1", "lang": "th", "group": "A", "role": "trainee"},
              {"id": "t2", "lang": "en", "group": "B", "role": "trainee"},
              {"id": "t3", "lang": "th", "group": "A", "role": "trainee"},
              {"id": "kru", "lang": "th", "group": "", "role": "instructor"}]
    store = PulseStore(":memory:")
    for n in range(1, 4):  # t1 stuck
        store.add("t1", parse_event(_event(tries=n, at=n)))
    store.add("t2", parse_event(_event(tries=1, at=4)))
    store.set_sharing("t3", False)
    view = class_pulse(store, people, workbook="01_problem_typing", lang="en")
    row = view["exercises"][0]
    assert (view["trainees"], view["groups"], row["id"], row["title"]) == \
        (3, ["A", "B"], "problem_typing.a", "Exercise A: type eight cases")
    assert (row["started"], row["stuck"], row["stuck_users"], row["not_started"]) == \
        (2, 1, ["t1"], 1)
    assert view["not_started"] == ["t3"] and view["not_sharing"] == ["t3"]
    assert view["wrong"][0]["item"] == "C03" and view["wrong"][0]["wrong"] == 2
    group_b = class_pulse(store, people, workbook="01_problem_typing", group="B")
    assert group_b["trainees"] == 1 and group_b["exercises"][0]["started"] == 1
    projected = class_pulse(store, people, workbook="01_problem_typing", projector=True)
    assert projected["exercises"][0]["stuck"] == 1 and projected["not_started"] == 1
    assert not any(name in json.dumps(projected) for name in ("t1", "t2", "t3", "kru"))
    with language("th"):
        thai = class_pulse(store, people, workbook="01_problem_typing", lang="th")
    assert thai["exercises"][0]["title"].startswith("แบบฝึกหัด A")
