"""A whole class on a real JupyterHub on 127.0.0.1: ``netlab classroom init`` makes an
instructor and three trainees real Unix users; the hub (LocalProcessSpawner, the real
configurable-http-proxy from npm) starts their servers; a workbook goes out through nbgrader's
exchange (release, then fetch through each server's Assignments API), comes back (submit,
collect), is graded by ``netlab classroom grade`` (a right, a partly wrong and a blank
trainee) and its feedback is released and fetched. On the way, a trainee's attempts to read
another's work, the course, the gradebook, the exchange's inbound folder and the keys are
refused; a trainee's password does not open the instructor's account; a trainee logs in with
a browser and lands on the start workbook in their language, without instructor tools; the
roster changes (an account disabled, its server stopped and its work kept, one added, a bad
roster refused with nothing touched). ``make hub``'s demonstration class starts and stops
cleanly.

Needs root (it creates accounts) and runs in CI; elsewhere set NETLAB_HUB_TEST=1 as root.
Everything it made (accounts, homes, group, folder, processes) is removed whatever happens.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

from netlab.classroom.grade import owner_env
from netlab.classroom.hub import HubProcess, remove_class
from netlab.classroom.layout import ClassDir, course_dir
from netlab.classroom.unix import (
    is_locked,
    live_processes,
    members,
    remove_user,
    run_as,
    stop_processes,
    user_exists,
)

RUN = os.geteuid() == 0 and (bool(os.environ.get("CI")) or
                             os.environ.get("NETLAB_HUB_TEST") == "1")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    not RUN, reason="a class on a real JupyterHub needs root (it creates Unix accounts): it "
                    "runs in CI, or as root with NETLAB_HUB_TEST=1")]

REPO = Path(__file__).resolve().parents[1]
NETLAB = str(Path(sys.executable).parent / "netlab")
A = "01_problem_typing"
KRU, T1, T2, T3, T4 = "nlhub-kru", "nlhub-t1", "nlhub-t2", "nlhub-t3", "nlhub-t4"
TRAINEES = [T1, T2, T3]
PEOPLE = [KRU, *TRAINEES]
EVERYONE = [*PEOPLE, T4, "nlhub-other"]
ROSTER = [(KRU, "th", "", "instructor"), (T1, "th", "A", "trainee"),
          (T2, "en", "B", "trainee"), (T3, "th", "A", "trainee")]


@dataclass
class Klass:
    room: ClassDir
    hub: HubProcess
    client: object
    roster: Path
    seconds: dict[str, float]


def _netlab(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([NETLAB, *argv], capture_output=True, text=True, timeout=600)


def _remove_people() -> None:
    for user in EVERYONE:
        if user_exists(user):
            stop_processes(user, timeout=2)
            remove_user(user)


@pytest.fixture(scope="module")
def klass(tmp_path_factory: pytest.TempPathFactory):
    from hub_class import HubClient, add_service_token, free_ports, write_roster

    if not shutil.which("npm") and not os.environ.get("NETLAB_CHP"):
        pytest.fail("npm is needed for configurable-http-proxy (make test installs it in CI)")
    _remove_people()  # a run that was killed
    room = ClassDir(Path(f"/tmp/netlab-class-{uuid.uuid4().hex[:8]}"))
    roster = write_roster(tmp_path_factory.mktemp("roster") / "roster.csv", ROSTER)
    seconds: dict[str, float] = {}
    hub = HubProcess(room)
    try:
        t0 = time.monotonic()
        init = _netlab("classroom", "init", str(roster), "--root", str(room.root), "--port",
                       str(free_ports()), "--lang", "en")
        assert init.returncode == 0, init.stdout + init.stderr
        seconds["init"] = time.monotonic() - t0
        token = add_service_token(room)
        hub = HubProcess(room)
        t1 = time.monotonic()
        hub.start()
        generate = run_as(KRU, ["nbgrader", "generate_assignment", A, "--force"],
                          course_dir(KRU), owner_env(room))
        assert generate.returncode == 0, generate.stderr[-3000:]
        hub.wait_up()
        seconds["hub up and release generated"] = time.monotonic() - t1
        client = HubClient(hub.url, token)
        t1 = time.monotonic()
        client.spawn(PEOPLE)
        seconds["4 servers"] = time.monotonic() - t1
        yield Klass(room, hub, client, roster, seconds)
    finally:
        hub.stop()
        left = "\n".join(live_processes([*EVERYONE, room.read_settings().pulse_user]))
        remove_class(room)
        _remove_people()
        print(f"\nclass timings: {seconds}")
        assert not left, f"processes left behind after the hub stopped:\n{left}"
        assert not any(user_exists(u) for u in EVERYONE)
        assert not room.root.exists()


def _mode(path: Path) -> str:
    return oct(path.stat().st_mode & 0o7777)


def test_init_made_the_class_with_the_right_owners_and_modes(klass: Klass) -> None:
    room = klass.room
    assert [_mode(p) for p in (room.root, room.exchange, room.hub, room.accounts)] == \
        ["0o755", "0o1777", "0o700", "0o600"]
    for person in PEOPLE:
        home = Path("/home") / person
        assert _mode(home) == "0o700" and home.owner() == person
    assert course_dir(KRU).owner() == KRU and _mode(Path("/home") / KRU) == "0o700"
    assert members("netlab-instructors") == {KRU}
    for secret in room.env.glob("lib/python3*/site-packages/netlab/resources/*"):
        if secret.name in ("keys.json", "worked.dat"):
            assert (_mode(secret), secret.owner(), secret.group()) == \
                ("0o640", "root", "netlab-instructors")
    start = "00_start_here.ipynb"
    assert (Path("/home") / T2 / start).read_bytes() == (REPO / "workbooks/en" / start).read_bytes()
    assert (Path("/home") / T1 / start).read_bytes() == (REPO / "workbooks/th" / start).read_bytes()
    assert len(room.password_file("trainee").read_text().strip()) == 14
    assert len(room.password_file("instructor").read_text().strip()) >= 32


def test_each_server_runs_as_its_person_in_their_language(klass: Klass) -> None:
    client = klass.client
    for person, lang, _, _ in ROSTER:
        out = client.run(person, "import getpass, os\n"
                         "print(getpass.getuser(), os.getcwd(), os.environ['NETLAB_LANG'])")
        assert out.split() == [person, f"/home/{person}", lang]
    landing = client.server("GET", T2, "").headers["Location"].split("?")[0]
    assert landing.endswith(f"/user/{T2}/lab/tree/00_start_here.ipynb"), landing
    landing = client.server("GET", KRU, "").headers["Location"].split("?")[0]
    assert landing.endswith(f"/user/{KRU}/lab/tree/course/grading"), landing


def _disabled_plugins(client, person: str) -> set[str]:
    import json

    html = client.server("GET", person, "lab").text
    data = json.loads(re.search(r'id="jupyter-config-data"[^>]*>(.*?)</script>', html,
                                re.S).group(1))
    disabled = data["disabledExtensions"]
    return set(disabled if isinstance(disabled, list) else
               (k for k, v in disabled.items() if v))


def test_trainees_have_no_instructor_tools_and_the_instructor_has_formgrader(
        klass: Klass) -> None:
    client = klass.client
    tools = {"@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment",
             "@jupyter/nbgrader:course-list"}
    assert tools <= _disabled_plugins(client, T1)
    assert not tools & _disabled_plugins(client, KRU)
    page = client.http.get(f"{client.url}/user/{T1}/formgrader", allow_redirects=False)
    assert page.status_code == 404
    page = client.http.get(f"{client.url}/user/{KRU}/formgrader/", timeout=60)
    assert page.status_code == 200 and "nbgrader" in page.text.lower()


def _answers(fetched, source, wrong: bool):
    """The source's solutions in the fetched workbook; ``wrong``: one case typed wrong."""
    from netlab.build import solved_version

    solved = solved_version(fetched, source)
    if wrong:
        for cell in solved.cells:
            if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == "a_answers":
                first = re.search(r'"C01": "(\w+)"', cell.source)
                other = "simple" if first.group(1) != "simple" else "complex"
                cell.source = cell.source.replace(first.group(0), f'"C01": "{other}"', 1)
    return solved


def _refused(client, person: str, path: str, how: str = "open") -> bool:
    code = (f"try:\n    {how}({path!r})\n    print('read')\n"
            "except PermissionError:\n    print('refused')")
    return client.run(person, code).strip() == "refused"


def test_a_workbook_goes_out_comes_back_graded_and_the_feedback_reaches_the_trainee(
        klass: Klass) -> None:
    from nbgrader.api import Gradebook

    client, room = klass.client, klass.room
    course = course_dir(KRU)
    client.sh(KRU, f"nbgrader release_assignment {A}", cwd="~/course/grading")
    for person in TRAINEES:  # what JupyterLab's Assignments panel calls
        body = client.server("POST", person, "assignments/fetch",
                             params={"course_id": "netlab", "assignment_id": A}).json()
        assert {a["assignment_id"]: a["status"] for a in body["value"]}[A] == "fetched", body

    path = f"api/contents/{A}/{A}.ipynb"
    source = nbformat.read(course / "source" / A / f"{A}.ipynb", as_version=4)
    for person, wrong in ((T1, False), (T2, True)):
        fetched = nbformat.from_dict(client.server("GET", person, path).json()["content"])
        client.server("PUT", person, path, json={
            "type": "notebook", "content": _answers(fetched, source, wrong)})
    for person in TRAINEES:  # T3 submits the workbook as fetched
        body = client.server("POST", person, "assignments/submit",
                             params={"course_id": "netlab", "assignment_id": A}).json()
        assert body["success"], body

    # what a trainee's code cannot reach
    keys = next(room.env.glob("lib/python3*/site-packages/netlab/resources/keys.json"))
    assert _refused(client, T2, f"{room.exchange}/netlab/inbound", "__import__('os').listdir")
    assert _refused(client, T2, f"/home/{T1}/{A}/{A}.ipynb")
    assert _refused(client, T2, str(course), "__import__('os').listdir")
    assert _refused(client, T2, str(keys))
    out = client.run(T2, "from netlab.exercises import keys\nfrom netlab.tracking import worked\n"
                     "from netlab.tracking.coach import worked_switch\n"
                     "print(keys.available(), worked._answers() == {}, worked_switch())")
    assert out.split() == ["False", "True", "worked.error.removed"]

    done = _netlab("classroom", "grade", A, "--root", str(room.root), "--lang", "en")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert (course / "gradebook.db").owner() == KRU
    assert _refused(client, T2, str(course / "gradebook.db"))
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        scores = {p: gradebook.find_submission(A, p).score for p in TRAINEES}
    assert scores == {T1: 12.0, T2: 11.0, T3: 0.0}, done.stdout[-3000:]

    body = client.server("POST", T1, "assignments/fetch_feedback",
                         params={"course_id": "netlab", "assignment_id": A}).json()
    assert body.get("success", True), body
    folder = client.read(T1, f"{A}/feedback")["content"]
    assert len(folder) == 1, folder
    page = client.read(T1, f"{A}/feedback/{folder[0]['name']}/{A}.html")["content"]
    assert "12" in page and "BEGIN HIDDEN TESTS" not in page
    assert _refused(client, T2, f"{room.exchange}/netlab/feedback",
                    "__import__('os').listdir")


def _nbgrader_menu(page) -> list[str]:
    """The items of JupyterLab's Nbgrader menu (none when there is no such menu)."""
    menu = page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader")
    if not menu.count():
        return []
    menu.first.click()
    page.wait_for_selector(".lm-Menu .lm-Menu-itemLabel", timeout=10_000)
    items = page.locator(".lm-Menu .lm-Menu-itemLabel").all_inner_texts()
    page.keyboard.press("Escape")
    return items


def test_a_trainee_logs_in_with_a_browser_and_lands_on_the_start_workbook(
        klass: Klass) -> None:
    """Debian's chromium through Playwright: the hub's log-in form, then JupyterLab."""
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or pytest.skip("no chromium (CI installs it)")
    password = klass.room.password_file("trainee").read_text().strip()
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium)
        try:
            page = browser.new_page()
            page.goto(f"{klass.hub.url}/hub/login")  # the trainees' password, as the instructor
            page.fill("#username_input", KRU)
            page.fill("#password_input", password)
            page.click("#login_submit")
            page.wait_for_selector("text=Invalid username or password", timeout=30_000)
            page.fill("#username_input", T2)
            page.fill("#password_input", password)
            page.click("#login_submit")
            page.wait_for_url(f"**/user/{T2}/lab/tree/00_start_here.ipynb**", timeout=90_000)
            page.locator(".jp-NotebookPanel .jp-MarkdownCell",  # the English start workbook
                         has_text="Start here").first.wait_for(timeout=90_000)
            assert "Formgrader" not in _nbgrader_menu(page)
            shots = os.environ.get("NETLAB_SCREENSHOT_DIR")
            if shots:
                page.screenshot(path=str(Path(shots) / "hub-trainee-start.png"))
            page = browser.new_context().new_page()  # the instructor has the tools
            page.goto(f"{klass.hub.url}/hub/login")
            page.fill("#username_input", KRU)
            page.fill("#password_input",
                      klass.room.password_file("instructor").read_text().strip())
            page.click("#login_submit")
            page.wait_for_url(f"**/user/{KRU}/lab/tree/course/grading**", timeout=90_000)
            page.wait_for_selector(".jp-DirListing-item", timeout=90_000)
            assert "Formgrader" in _nbgrader_menu(page)
        finally:
            browser.close()


def test_the_class_pulse_shows_three_trainees_checks_to_the_instructor_within_5_s(
        klass: Klass) -> None:
    """Each trainee checks Exercise A in a kernel of their own server (T1 three wrong tries,
    T2 and T3 one); the instructor reads the pulse through the hub with their own token."""
    import json

    from hub_pulse import check_cell, numbers, pulse_pids, self_checking, wait_for, wrong

    room, client, url = klass.room, klass.client, klass.hub.url
    settings = room.read_settings()
    assert pulse_pids(settings.pulse_user), "the pulse service does not run as its account"
    assert (_mode(room.pulse), room.pulse.owner()) == ("0o700", settings.pulse_user)
    kru = client.token_of(KRU)
    with self_checking(room):
        for user, tries in ((T1, 3), (T2, 1), (T3, 1)):
            timings = client.run_notebook(user, "00_start_here.ipynb", [
                check_cell("problem_typing.a", wrong(n)) for n in range(tries)])
            assert all(error is None for _, error in timings), timings
    view, waited = wait_for(lambda: numbers(url, kru, workbook=A).json(),
                            lambda v: v["exercises"][0]["started"] == 3, timeout=30)
    klass.seconds["pulse: the last check on the page"] = waited
    assert waited <= 5, f"the page was {waited:.1f} s behind"
    row = next(e for e in view["exercises"] if e["id"] == "problem_typing.a")
    assert (row["started"], row["passed"], row["stuck"], row["stuck_users"],
            row["not_started"]) == (3, 0, 1, [T1], 0)
    c03 = next(w for w in view["wrong"] if w["item"] == "C03")
    assert (c03["wrong"], c03["given"]) == (3, "technical")
    assert view["not_started"] == [] and view["not_sharing"] == []
    group_a = numbers(url, kru, workbook=A, group="A").json()  # T1 and T3
    assert (group_a["trainees"], group_a["exercises"][0]["started"]) == (2, 2)
    assert group_a["groups"] == ["A", "B"]
    later = numbers(url, kru, workbook="02_partner_classification").json()
    assert later["not_started"] == sorted(TRAINEES)
    projected = numbers(url, kru, workbook=A, projector="1")
    assert projected.json()["exercises"][0]["stuck"] == 1
    assert not any(name in projected.text for name in TRAINEES)  # not even hidden
    exported = client.http.get(f"{url}/services/pulse/export.csv", timeout=30,
                               headers={"Authorization": f"token {kru}"})
    assert exported.status_code == 200 and exported.text.count(f"\n{T1},") == 3 * 8
    assert json.loads(client.run(T2, "import netlab, json\n"
                                     "print(json.dumps(bool(netlab.pulse())))"))


def test_a_trainee_can_neither_read_the_pulse_nor_send_as_another(klass: Klass) -> None:
    """What a trainee's kernel tries, with its own hub token (the attacks in
    ``hub_pulse.attack_code``), and the trainee's own token through the hub."""
    import json

    from hub_pulse import attack_code, events_of, numbers

    room, client = klass.room, klass.client
    before = {user: events_of(room, user) for user in TRAINEES}
    found = json.loads(client.run(T2, attack_code(claimed=T1)).strip().splitlines()[-1])
    assert (found["numbers"], found["page"], found["export"]) == (403, 403, 403)
    assert found["as_other"][0] == 400 and "user" in found["as_other"][1]
    assert found["forged"] == 403
    assert found["malformed"][0] == 400 and "try" in found["malformed"][1]
    assert found["oversized"][0] == 413 and "4096" in found["oversized"][1]
    assert found["honest"] == 201
    after = {user: events_of(room, user) for user in TRAINEES}
    assert after == {**before, T2: before[T2] + 1}  # only the honest one, and as T2
    own = client.token_of(T1)
    assert numbers(klass.hub.url, own, workbook=A).status_code == 403
    assert _refused(client, T2, str(room.pulse / "pulse.sqlite"))


def test_a_stopped_pulse_service_loses_nothing_a_kernel_sent_meanwhile(klass: Klass) -> None:
    """The service is stopped (SIGSTOP: it answers nothing, and the hub, seeing it alive,
    starts no other); T3 checks twice meanwhile and the events wait in the outbox; then the
    service is killed and the hub starts it again on its database; both events arrive, and
    what was stored before is still there."""
    import os
    import signal

    from hub_pulse import (
        check_cell,
        events_of,
        outbox_lines,
        pulse_pids,
        self_checking,
        wait_for,
        wrong,
    )

    room, client = klass.room, klass.client
    pids = pulse_pids(room.read_settings().pulse_user)
    assert pids
    before = events_of(room, T3)
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    try:
        with self_checking(room):
            timings = client.run_notebook(T3, "00_start_here.ipynb", [
                check_cell("problem_typing.a", wrong(n)) for n in (1, 2)])
        assert all(error is None for _, error in timings), timings
        assert outbox_lines(Path("/home") / T3) == 2  # waiting, not lost
        assert events_of(room, T3) == before
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
            os.kill(pid, signal.SIGCONT)
    count, waited = wait_for(lambda: events_of(room, T3), lambda n: n == before + 2,
                             timeout=120)
    klass.seconds["pulse: events in after the service came back"] = waited
    assert count == before + 2, f"{count - before} of 2 events arrived in {waited:.0f} s"
    assert outbox_lines(Path("/home") / T3) == 0
    assert set(pulse_pids(room.read_settings().pulse_user)).isdisjoint(pids)  # a new one


def test_the_instructor_sees_the_pulse_page_in_a_browser(klass: Klass) -> None:
    """Through the hub's log-in and OAuth, in the instructor's language (Thai), with every
    request off the hub refused: the page shows the checks of the tests above (T1 stuck on
    Exercise A); the projector view shows the totals and no name."""
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or pytest.skip("no chromium (CI installs it)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium)
        try:
            page = browser.new_page()
            page.route("**/*", lambda route: route.continue_()
                       if route.request.url.startswith(klass.hub.url) else route.abort())
            page.goto(f"{klass.hub.url}/hub/login?next=/services/pulse/")
            page.fill("#username_input", KRU)
            page.fill("#password_input",
                      klass.room.password_file("instructor").read_text().strip())
            page.click("#login_submit")
            page.wait_for_url("**/services/pulse/**", timeout=60_000)
            page.select_option("#workbook", A)
            row = page.locator("#exercises tr").first
            row.locator("td.stuck").wait_for(timeout=10_000)
            assert "ชีพจรของห้อง" in page.title()
            assert T1 in page.inner_text("body")
            page.check("#projector")
            page.wait_for_function("document.body.classList.contains('projector')")
            page.wait_for_function(f"!document.body.innerText.includes({T1!r})",
                                   timeout=10_000)
            text = page.inner_text("body")
            assert not any(name in text for name in TRAINEES)
            shots = os.environ.get("NETLAB_SCREENSHOT_DIR")
            if shots:
                page.screenshot(path=str(Path(shots) / "pulse-projector.png"), full_page=True)
        finally:
            browser.close()


def test_a_changed_roster_adds_and_disables_accounts_and_keeps_everyone_s_work(
        klass: Klass, tmp_path: Path) -> None:
    from hub_class import write_roster

    room, client = klass.room, klass.client
    record = room.accounts.read_bytes()
    # refused: a bad row, then an id that is someone else's account; nothing is touched
    bad = write_roster(tmp_path / "bad.csv", [*ROSTER, ("สมชาย", "th", "", "trainee"),
                                              (T4, "th", "", "trainee")])
    done = _netlab("classroom", "init", str(bad), "--root", str(room.root), "--lang", "en")
    assert done.returncode == 1 and "row 6" in done.stderr and "Thai letters" in done.stderr
    subprocess.run(["useradd", "nlhub-other"], check=True)
    taken = write_roster(tmp_path / "taken.csv", [*ROSTER, (T4, "th", "", "trainee"),
                                                  ("nlhub-other", "en", "", "trainee")])
    done = _netlab("classroom", "init", str(taken), "--root", str(room.root), "--lang", "en")
    assert done.returncode == 1 and "'nlhub-other' is already taken" in done.stderr
    assert room.accounts.read_bytes() == record and not user_exists(T4)

    changed = write_roster(tmp_path / "changed.csv", [*ROSTER[:3], (T4, "en", "B", "trainee")])
    done = _netlab("classroom", "init", str(changed), "--root", str(room.root), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert f"New accounts: {T4}" in done.stdout
    assert f"Disable (their work is kept): {T3}" in done.stdout
    assert user_exists(T4) and is_locked(T3) and not is_locked(T1)
    assert (Path("/home") / T3 / A / f"{A}.ipynb").exists()  # T3's work is kept
    assert not live_processes([T3]), "a disabled trainee's server still runs"
    client.http.delete(f"{client.url}/hub/api/users/{T3}/server", timeout=60)
    started = client.http.post(f"{client.url}/hub/api/users/{T3}/server", timeout=60)
    assert started.status_code == 403 and "not an active account" in started.text, started.text


def test_an_idle_server_is_stopped_and_its_saved_work_stays(klass: Klass) -> None:
    """The hub again with a 15-second idle limit (the class's setting, read at start): a
    trainee's server that saved a file and went idle is stopped by jupyterhub-idle-culler.
    The class pulse keeps after the hub's restart every event it had before."""
    from hub_pulse import wait_for

    room, client, hub = klass.room, klass.client, klass.hub
    kru = {"Authorization": f"token {client.token_of(KRU)}"}
    export = f"{hub.url}/services/pulse/export.csv"
    pulse = client.http.get(export, headers=kru, timeout=30).text
    hub.stop()
    room.write_settings(room.read_settings().but(idle_minutes=0.25))
    hub.start()
    hub.wait_up()
    again, _ = wait_for(lambda: client.http.get(export, headers=kru, timeout=30),
                        lambda r: r.status_code == 200, timeout=60)
    assert again.text == pulse and pulse.count("\n") > 30  # the database outlived the hub
    client.spawn([T1])
    note = {"type": "file", "format": "text", "content": "saved before going idle"}
    client.server("PUT", T1, "api/contents/note.txt", json=note)
    end = time.monotonic() + 120
    while client.api("GET", f"/users/{T1}").json()["servers"] and time.monotonic() < end:
        time.sleep(1)
    assert not client.api("GET", f"/users/{T1}").json()["servers"], "not culled in 120 s"
    assert "Culling server" in hub.log.read_text(encoding="utf-8", errors="replace")
    assert (Path("/home") / T1 / "note.txt").read_text() == "saved before going idle"
    assert not live_processes([T1])

def test_the_demonstration_class_starts_and_stops_cleanly() -> None:
    """What ``make hub`` runs: ready with a log-in page, then Ctrl-C removes it all."""
    import signal

    import requests
    from hub_class import free_ports

    from netlab.classroom.demo import DEMO_ROOT, DEMO_ROSTER

    people = [line.split(",")[0] for line in DEMO_ROSTER.splitlines()[1:]]
    port = free_ports()
    demo = subprocess.Popen([NETLAB, "classroom", "demo", "--port", str(port), "--lang", "en"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    try:
        for line in demo.stdout:
            lines.append(line)
            if "Press Ctrl-C" in line:
                break
        assert "is ready at" in "".join(lines), "".join(lines)
        page = requests.get(f"http://127.0.0.1:{port}/hub/login", timeout=30)
        assert page.ok and "username_input" in page.text
        assert all(user_exists(p) for p in people)
        demo.send_signal(signal.SIGINT)
        rest = demo.communicate(timeout=120)[0]
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
            remove_class(ClassDir(DEMO_ROOT))
    assert demo.returncode == 0 and "Stopped cleanly" in rest, rest
    assert not any(user_exists(p) for p in people) and not DEMO_ROOT.exists()
