"""Drive a real class's JupyterHub without a browser (shared by the classroom test and the
class benchmark): the hub's REST API with a service token, each person's server through the
proxy (the contents API, nbgrader's Assignments endpoints, kernels over their websocket).

The token's service is added through the class's own extension point (``hub/config.d``).
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import time
import uuid
from pathlib import Path
from typing import Any

import requests
import websocket  # websocket-client

from netlab.classroom.layout import ClassDir

__all__ = ["HubClient", "add_service_token", "free_ports", "write_roster"]


def free_ports(count: int = 3, start: int = 18000) -> int:
    """The first port p such that p .. p+count-1 are free on 127.0.0.1."""
    port = start + os.getpid() % 1000 * 5
    while True:
        try:
            for k in range(count):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", port + k))
            return port
        except OSError:
            port += count


def write_roster(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    """A roster CSV of (id, lang, group, role) rows."""
    lines = ["id,name,lang,group,role", *(f"{i},{i.upper()},{lang},{group},{role}"
                                          for i, lang, group, role in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def add_service_token(room: ClassDir) -> str:
    """A service token with the rights a test needs (start servers, reach them, make a
    person's token to act as them)."""
    token = secrets.token_hex(32)
    extra = room.hub / "config.d" / "50-test-service.py"
    extra.parent.mkdir(mode=0o700, exist_ok=True)
    extra.write_text(
        f'c.JupyterHub.services.append({{"name": "test-driver", "api_token": {token!r}}})\n'
        'c.JupyterHub.load_roles.append({"name": "test-driver", "services": ["test-driver"],\n'
        '    "scopes": ["admin:users", "admin:servers", "access:servers", "read:users",\n'
        '               "tokens"]})\n')
    extra.chmod(0o600)
    return token


class HubClient:
    """The hub's API and the people's servers, as the test's service."""

    def __init__(self, url: str, token: str) -> None:
        self.url = url
        self.token = token
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"token {token}"

    def api(self, method: str, path: str, **kw: Any) -> requests.Response:
        r = self.http.request(method, f"{self.url}/hub/api{path}", timeout=60, **kw)
        r.raise_for_status()
        return r

    def token_of(self, user: str) -> str:
        """A new API token of ``user``, with everything ``user``'s roles allow."""
        return self.api("POST", f"/users/{user}/tokens", json={"note": "test"}).json()["token"]

    def spawn(self, users: list[str], timeout: float = 180) -> dict[str, float]:
        """Start the users' servers at once; the seconds each took to be ready."""
        started = time.monotonic()
        for user in users:
            self.api("POST", f"/users/{user}/server")
        ready: dict[str, float] = {}
        while len(ready) < len(users) and time.monotonic() - started < timeout:
            for user in users:
                if user not in ready:
                    server = self.api("GET", f"/users/{user}").json()["servers"].get("")
                    if server and server.get("ready"):
                        ready[user] = time.monotonic() - started
            time.sleep(0.25)
        missing = sorted(set(users) - set(ready))
        assert not missing, f"servers not ready after {timeout:.0f} s: {missing}"
        return ready

    def server(self, method: str, user: str, path: str, **kw: Any) -> requests.Response:
        r = self.http.request(method, f"{self.url}/user/{user}/{path}", timeout=300,
                              allow_redirects=False, **kw)
        r.raise_for_status()
        return r

    def _connect(self, user: str, kernel_id: str) -> websocket.WebSocket:
        return websocket.create_connection(
            f"{self.url.replace('http', 'ws', 1)}/user/{user}/api/kernels/{kernel_id}/channels",
            header=[f"Authorization: token {self.token}"], timeout=600)

    @staticmethod
    def _execute(ws: websocket.WebSocket, user: str, code: str) -> tuple[str, str | None]:
        """Run ``code`` on an open kernel connection; (printed output, traceback or None)."""
        msg_id, out, error = uuid.uuid4().hex, [], None
        ws.send(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": user,
                       "session": uuid.uuid4().hex, "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell",
            "content": {"code": code, "silent": False, "store_history": True,
                        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}))
        while True:
            msg = json.loads(ws.recv())
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "stream":
                out.append(msg["content"]["text"])
            elif msg["msg_type"] == "error":
                error = "\n".join(msg["content"]["traceback"])
            elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return "".join(out), error

    def run(self, user: str, code: str) -> str:
        """Run ``code`` in a new kernel of ``user``'s server (as that Unix user); its printed
        output. A Python error fails the test with its traceback."""
        kid = self.server("POST", user, "api/kernels", json={"name": "python3"}).json()["id"]
        ws = self._connect(user, kid)
        try:
            out, error = self._execute(ws, user, code)
        finally:
            ws.close()
            self.server("DELETE", user, f"api/kernels/{kid}")
        assert error is None, f"{user}: {error}"
        return out

    def run_notebook(self, user: str, path: str, cells: list[str],
                     keep: bool = True) -> list[tuple[float, str | None]]:
        """Run ``cells`` one after the other in a kernel of a session on ``path`` (the
        notebook's folder is its working folder, as in JupyterLab); (seconds, traceback or
        None) per cell. ``keep``: leave the kernel running (as a trainee's stays)."""
        session = self.server("POST", user, "api/sessions", json={
            "path": path, "type": "notebook", "name": "", "kernel": {"name": "python3"}}).json()
        ws = self._connect(user, session["kernel"]["id"])
        timings = []
        try:
            for code in cells:
                started = time.monotonic()
                _, error = self._execute(ws, user, code)
                timings.append((time.monotonic() - started, error))
        finally:
            ws.close()
            if not keep:
                self.server("DELETE", user, f"api/sessions/{session['id']}")
        return timings

    def sh(self, user: str, command: str, cwd: str = "~") -> str:
        """Run a shell command in ``user``'s server; its output (the test fails if it fails)."""
        out = self.run(user, "import os, subprocess\n"
                       f"r = subprocess.run({command!r}, shell=True, "
                       f"cwd=os.path.expanduser({cwd!r}), capture_output=True, text=True)\n"
                       "print(r.returncode); print(r.stdout[-4000:]); print(r.stderr[-4000:])")
        assert out.startswith("0\n"), f"{user}$ {command}\n{out}"
        return out

    def read(self, user: str, path: str) -> dict[str, Any]:
        """A file of ``user``'s through their server's contents API (its JSON model)."""
        return self.server("GET", user, f"api/contents/{path}").json()
