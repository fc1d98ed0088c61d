"""The real pulse service application (``netlab.classroom.pulse_service.make_app``) served on
loopback from a thread, for tests and the benchmark. Only the hub is left out: ``tokens`` maps
a token to its user, where the hub would answer; the real-hub test covers the hub's part.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from pathlib import Path

from netlab.classroom.pulse_service import DATABASE, PREFIX, make_app
from netlab.classroom.pulse_store import PulseStore

__all__ = ["RunningService"]


class RunningService:
    """The service over ``folder``; stopped and started again on the same port, its database
    is reopened from disk, as after a restart."""

    def __init__(self, folder: Path, tokens: dict[str, str]) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.tokens = tokens
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}{PREFIX}"
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._app = None

    @property
    def store(self) -> PulseStore:
        """The database as the service keeps it (read from disk when the service is down)."""
        if self._app is not None:
            return self._app.settings["store"]
        return PulseStore(self.folder / DATABASE)

    def start(self) -> None:
        from tornado.httpserver import HTTPServer

        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            self._loop = loop
            self._app = make_app(self.folder, self.tokens.get)
            self._server = HTTPServer(self._app, max_body_size=64 * 1024)
            self._server.listen(self.port, "127.0.0.1")
            loop.call_soon(ready.set)
            loop.run_forever()
            self._server.stop()
            loop.run_until_complete(self._server.close_all_connections())
            loop.close()

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        assert ready.wait(10), "the pulse service did not start"

    def stop(self) -> None:
        assert self._loop is not None and self._thread is not None
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        if self._app is not None:
            self._app.settings["store"].close()
        self._app = None
