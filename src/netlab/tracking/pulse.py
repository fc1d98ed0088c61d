"""The class pulse in a trainee's kernel: each self-check tells the class's pulse service how
it went, so a facilitator sees where the room is stuck.

It is on only on a class hub, where both are set: the class's pulse address
(``NETLAB_PULSE_URL``, set by the hub for trainees' servers) and the trainee's own hub token
(``JUPYTERHUB_API_TOKEN``, set by JupyterHub). Off the hub (a laptop, Binder) nothing is made,
sent or kept waiting. A check pays one line appended to a file
(:class:`~netlab.classroom.pulse_outbox.Outbox`); a thread sends it. What is sent is in
:mod:`netlab.classroom.pulse_events`: item ids, statuses, points, try and hint stage, never
the trainee's name or what they typed.

A trainee turns it off with ``netlab.pulse(False)`` (and on again with ``netlab.pulse(True)``).
The choice is kept in ``~/.netlab/pulse-off``, so a restarted kernel keeps it, and the service
is told, so the page shows the trainee as "not sharing".

Example:
    >>> target() is None or "NETLAB_PULSE_URL" in os.environ  # off the hub: None
    True
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from netlab.i18n import t

if TYPE_CHECKING:
    from netlab.classroom.pulse_outbox import Outbox
    from netlab.report import Report

__all__ = ["ENV_URL", "PulseState", "folder", "pulse", "send_check", "sharing", "target"]

#: The environment variable with the class's pulse address (set on the hub for trainees).
ENV_URL = "NETLAB_PULSE_URL"
_OFF = "pulse-off"
#: How a report line's status is sent ("error": an answer of the wrong form, a wrong one).
_STATUS = {"ok": "ok", "wrong": "wrong", "error": "wrong", "missing": "missing"}
_outbox: Outbox | None = None
_lock = threading.Lock()


def target() -> tuple[str, str] | None:
    """The pulse service's address and the trainee's hub token, or None off a class hub.

    Example:
        >>> os.environ.get(ENV_URL) is not None or target() is None
        True
    """
    url = os.environ.get(ENV_URL, "").strip()
    token = os.environ.get("JUPYTERHUB_API_TOKEN", "").strip()
    return (url, token) if url and token else None


def folder() -> Path:
    """Where the outbox and the trainee's choice are kept: ``$NETLAB_PULSE_DIR``, or
    ``~/.netlab``.

    Example:
        >>> folder().name == ".netlab" or "NETLAB_PULSE_DIR" in os.environ
        True
    """
    return Path(os.environ.get("NETLAB_PULSE_DIR", "").strip() or Path.home() / ".netlab")


def sharing() -> bool:
    """Whether the trainee shares (has not turned the pulse off).

    Example:
        >>> isinstance(sharing(), bool)
        True
    """
    return not (folder() / _OFF).exists()


def _box(where: tuple[str, str]) -> Outbox:
    global _outbox
    with _lock:
        if _outbox is None:
            from netlab.classroom.pulse_outbox import Outbox, http_sender

            _outbox = Outbox(folder(), http_sender(*where))
        return _outbox


def send_check(report: Report, *, tries: int, hint_stage: int) -> bool:
    """Queue the event of one counted check (on a class hub, while sharing); whether it was
    queued. Never raises: the pulse must not fail a check.

    Example:
        >>> from netlab.report import Line, Report
        >>> send_check(Report("problem_typing.a", "A", [Line("ok", "", "C01")], 1, 8, ""),
        ...            tries=1, hint_stage=0) == (target() is not None and sharing())
        True
    """
    where = target()
    if where is None:
        return False
    try:
        if not sharing():
            return False
        from netlab.classroom.pulse_events import MAX_ITEMS, encode_event, new_event

        items = [(line.item, _STATUS[line.status], line.given or None) for line in report.lines
                 if line.item and line.status in _STATUS][:MAX_ITEMS]
        event = new_event(report.exercise, points=report.points, max_points=report.max_points,
                          tries=max(1, tries), hint_stage=hint_stage, items=items,
                          at=time.time())
        _box(where).put(encode_event(event))
        return True
    except Exception:  # a full disk or a bad home must never fail a check
        return False


class PulseState:
    """What ``netlab.pulse()`` says: whether checks are shared, and where they go.

    Example:
        >>> from netlab.i18n import language
        >>> with language("en"):
        ...     repr(PulseState(False, hub=True)).startswith("Sharing is off")
        True
    """

    def __init__(self, on: bool, hub: bool) -> None:
        self.on = on
        self.hub = hub

    def __repr__(self) -> str:
        if not self.hub:
            return t("pulse.kernel.off_hub")
        return t("pulse.kernel.on" if self.on else "pulse.kernel.off")

    def __bool__(self) -> bool:
        return self.on


def pulse(on: bool | None = None) -> PulseState:
    """Turn sharing of the self-checks with the facilitator on or off (``None``: say whether
    it is on). The choice is kept for later sessions; on the hub the pulse service is told.

    Raises:
        TraineeError: ``on`` is not True, False or None (named, in the active language).

    Example:
        >>> bool(pulse()) == sharing()
        True
    """
    if on is not None and not isinstance(on, bool):
        from netlab._errors import TraineeError

        raise TraineeError(t("pulse.kernel.bad_choice", value=repr(on)[:40]))
    where = target()
    if on is not None and on != sharing():
        mark = folder() / _OFF
        if on:
            mark.unlink(missing_ok=True)
        else:
            mark.parent.mkdir(parents=True, exist_ok=True)
            mark.write_text("off\n", encoding="utf-8")
        if where is not None:
            from netlab.classroom.pulse_events import encode_event, new_sharing

            _box(where).put(encode_event(new_sharing(on, time.time())))
    return PulseState(sharing(), where is not None)
