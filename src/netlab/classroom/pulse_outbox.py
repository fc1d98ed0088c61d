"""The kernel's side of the class pulse: events wait in a small file and go out from a
background thread, so a self-check never waits for the network and a lost connection loses
nothing.

:meth:`Outbox.put` appends one encoded event to ``<folder>/pulse-outbox.jsonl`` and wakes the
sender; that is all a check pays. The sender posts the waiting events oldest first and keeps
each one until the service has answered for it; an event the service refuses as malformed
(HTTP 400 or 413) is dropped, since sending it again cannot help. A kernel may send an event
twice (say, its connection broke after the service stored it): the service stores each event
id once, so every check counts at most once.

Example:
    >>> import tempfile
    >>> sent = []
    >>> box = Outbox(Path(tempfile.mkdtemp()), lambda raw: sent.append(raw) or 200, start=False)
    >>> box.put(b'{"id": "1"}'); box.pending()
    1
    >>> box.flush(), sent, box.pending()
    (1, [b'{"id": "1"}'], 0)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

__all__ = ["FILE", "Outbox", "http_sender"]


#: The outbox file in the trainee's folder.
FILE = "pulse-outbox.jsonl"
#: Answers after which an event is dropped rather than sent again: the service refused it.
_REFUSED = (400, 413)


def http_sender(url: str, token: str, timeout: float = 5.0) -> Callable[[bytes], int]:
    """A sender that POSTs one event to the pulse service with the trainee's hub token and
    returns the HTTP status (0 when the service could not be reached).

    Example:
        >>> http_sender("http://127.0.0.1:9/events", "token", timeout=0.2)(b"{}")
        0
    """
    def send(raw: bytes) -> int:
        import urllib.error  # here, not at the top: a check that starts the outbox must not
        import urllib.request  # pay for importing the HTTP client; the sender's thread does

        request = urllib.request.Request(url, data=raw, method="POST", headers={
            "Authorization": f"token {token}", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return int(response.status)
        except urllib.error.HTTPError as exc:
            return int(exc.code)
        except (OSError, ValueError):
            return 0
    return send


class Outbox:
    """Events waiting to be sent, in ``folder``; ``send(raw) -> status`` sends one.

    With ``start`` (the default) a daemon thread sends whatever waits, when woken by
    :meth:`put` and every ``interval`` seconds (so events wait out a lost connection)."""

    def __init__(self, folder: Path, send: Callable[[bytes], int], *, interval: float = 5.0,
                 start: bool = True) -> None:
        self.path = Path(folder) / FILE
        self._send = send
        self._interval = interval
        self._lock = threading.Lock()  # the file
        self._flushing = threading.Lock()  # one flush at a time: it removes from the front
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None
        if start:
            self._thread = threading.Thread(target=self._run, name="netlab-pulse", daemon=True)
            self._thread.start()

    def put(self, raw: bytes) -> None:
        """Queue one encoded event (a line of JSON) and wake the sender."""
        line = raw.replace(b"\n", b" ") + b"\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("ab") as fh:
                fh.write(line)
        self._wake.set()

    def pending(self) -> int:
        """How many events wait."""
        with self._lock:
            return len(self._lines())

    def _lines(self) -> list[bytes]:
        return [line for line in self.path.read_bytes().splitlines() if line] \
            if self.path.exists() else []

    def flush(self) -> int:
        """Send what waits, oldest first, until the service cannot be reached; returns how
        many the service took. Refused events are dropped; the rest keep waiting."""
        with self._flushing:
            with self._lock:
                waiting = self._lines()
            done = taken = 0
            for raw in waiting:
                status = self._send(raw)
                if 200 <= status < 300:
                    taken += 1
                elif status not in _REFUSED:
                    break  # unreachable or failing: keep this one and the rest for later
                done += 1
            if done:
                with self._lock:
                    rest = self._lines()[done:]  # events put meanwhile stay at the end
                    self.path.write_bytes(b"".join(line + b"\n" for line in rest))
            return taken

    def _run(self) -> None:
        while not self._stopped.is_set():
            self._wake.wait(self._interval)
            self._wake.clear()
            if not self._stopped.is_set():
                self.flush()

    def stop(self) -> None:
        """Stop the sender (what waits stays in the file)."""
        self._stopped.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
