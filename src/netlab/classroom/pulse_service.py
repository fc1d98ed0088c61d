"""The class pulse service: a JupyterHub service that takes the events of trainees' self-checks
and serves the facilitator's pulse page.

The hub starts it (``hubconf``) as its own Unix account, which owns the pulse folder (the
database and the class's people) and nothing else: it cannot read a trainee's home, the
course or the keys. Routes, under the service's prefix (``/services/pulse/``):

- ``POST events``: one event or change of sharing, with the trainee's hub token. The trainee is
  the token's owner, as the hub says (an event never names anyone), so a kernel cannot speak
  for another trainee. A malformed event is refused (400; 413 when too large) with the problem
  named in Thai and English, and never stored. Each event is stored once by its id. A
  trainee's kernel may send :data:`BURST` events at once and one a second after that; more is
  refused for now (429) and waits in the kernel's outbox, so a runaway or hostile kernel
  cannot fill the service's disk.
- ``GET`` (the page), ``GET api/pulse`` (its numbers), ``GET export.csv``: through the hub's
  OAuth, for users whose roles give ``access:services!service=pulse``: the class's instructors
  (the hub's admins), no trainee.

Example:
    >>> app = make_app(Path(tempfile.mkdtemp()), lambda token: None)
    >>> app.settings["prefix"], app.settings["store"].not_sharing()
    ('/services/pulse/', set())
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from tornado import web

from netlab.classroom.pulse_events import MAX_BYTES, PulseEvent, PulseEventError, parse_message
from netlab.classroom.pulse_page import page_html
from netlab.classroom.pulse_store import PulseStore
from netlab.classroom.pulse_view import Person, class_pulse, read_people
from netlab.i18n import language, t

__all__ = ["BURST", "DATABASE", "PREFIX", "RateLimit", "main", "make_app"]

#: The service's name on the hub and the prefix of its routes.
NAME = "pulse"
PREFIX = f"/services/{NAME}/"
#: The database file in the pulse folder.
DATABASE = "pulse.sqlite"
#: Bodies larger than this are cut off by the server before they are read at all.
_MAX_BODY = 64 * 1024
#: Events one trainee may send at once; after that, one a second.
BURST = 30


class RateLimit:
    """A bucket of :data:`BURST` events per trainee, refilled at ``per_second``.

    Example:
        >>> limit = RateLimit(burst=2, per_second=0.0)
        >>> [limit.allow("t1", now=0.0) for _ in range(3)], limit.allow("t2", now=0.0)
        ([True, True, False], True)
    """

    def __init__(self, burst: int = BURST, per_second: float = 1.0) -> None:
        self.burst = burst
        self.per_second = per_second
        self._left: dict[str, tuple[float, float]] = {}

    def allow(self, user: str, now: float | None = None) -> bool:
        """Whether ``user`` may send one more event now (and count it)."""
        now = time.monotonic() if now is None else now
        left, then = self._left.get(user, (float(self.burst), now))
        left = min(float(self.burst), left + (now - then) * self.per_second)
        if left < 1:
            self._left[user] = (left, now)
            return False
        self._left[user] = (left - 1, now)
        return True


Identify = Callable[[str], "Awaitable[str | None] | str | None"]


def _both(key: str, **values: Any) -> dict[str, str]:
    return {lang: t(key, lang, **values) for lang in ("th", "en")}


def _problems(raw: bytes) -> dict[str, str]:
    """Why the service refuses ``raw``, in Thai and English (read again only for a refusal)."""
    said = {}
    for lang in ("th", "en"):
        with language(lang):
            try:
                parse_message(raw)
            except PulseEventError as exc:
                said[lang] = str(exc)
    return said


class _Events(web.RequestHandler):
    """``POST events``: take one event of the token's trainee."""

    def check_xsrf_cookie(self) -> None:  # a token, not a browser's cookie, authenticates
        return

    async def post(self) -> None:
        header = self.request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() not in ("token", "bearer") or not token.strip():
            return self._refuse(401, _both("pulse.service.no_token"))
        user = self.settings["identify"](token.strip())
        if isinstance(user, Awaitable):
            user = await user
        if not user:
            return self._refuse(403, _both("pulse.service.bad_token"))
        if not self.settings["limit"].allow(user):
            return self._refuse(429, _both("pulse.service.too_many", burst=BURST))
        try:
            message = parse_message(self.request.body)
        except PulseEventError:
            too_large = len(self.request.body) > MAX_BYTES
            return self._refuse(413 if too_large else 400, _problems(self.request.body))
        store: PulseStore = self.settings["store"]
        if isinstance(message, PulseEvent):
            stored = store.add(user, message)
        else:
            store.set_sharing(user, message.sharing, message.time)
            stored = True
        self.set_status(201 if stored else 200)
        self.finish({"stored": stored})

    def _refuse(self, status: int, message: dict[str, str]) -> None:
        self.set_status(status)
        self.finish({"error": message})


class _Viewer(web.RequestHandler):
    """A page route: only for the hub's users whose roles reach the service (instructors)."""

    def _lang(self, people: list[Person]) -> str:
        wanted = self.get_argument("lang", "")
        if wanted in ("th", "en"):
            return wanted
        name = (self.current_user or {}).get("name", "")
        person = next((p for p in people if p["id"] == name), None)
        return person["lang"] if person and person["lang"] in ("th", "en") else \
            os.environ.get("NETLAB_LANG", "th")


class _Nobody:
    """The viewer when none is given: nobody may view (no log-in to send anyone to)."""

    def get_current_user(self) -> None:
        return None

    def get_login_url(self) -> str:
        raise web.HTTPError(403)


class _Page(_Viewer):
    @web.authenticated
    def get(self) -> None:
        self.set_header("Cache-Control", "no-store")
        self.set_header("Content-Security-Policy",
                        "default-src 'self'; style-src 'unsafe-inline'; "
                        "script-src 'unsafe-inline'; connect-src 'self'")
        token = self.xsrf_token
        self.finish(page_html(self._lang(read_people(self.settings["folder"])),
                              self.settings["prefix"],
                              bool(self.get_argument("projector", "")),
                              token.decode() if isinstance(token, bytes) else str(token)))


class _Numbers(_Viewer):
    @web.authenticated
    def get(self) -> None:
        self.set_header("Cache-Control", "no-store")
        people = read_people(self.settings["folder"])  # once: the language and the view
        view = class_pulse(self.settings["store"], people,
                           workbook=self.get_argument("workbook", ""),
                           group=self.get_argument("group", ""),
                           projector=bool(self.get_argument("projector", "")),
                           lang=self._lang(people))
        self.finish(view)


class _Export(_Viewer):
    @web.authenticated
    def get(self) -> None:
        with tempfile.TemporaryDirectory() as folder:
            path = self.settings["store"].export_csv(Path(folder) / "pulse.csv")
            data = path.read_bytes()
        self.set_header("Content-Type", "text/csv; charset=utf-8")
        self.set_header("Content-Disposition",
                        f'attachment; filename="pulse-{time.strftime("%Y%m%d-%H%M")}.csv"')
        self.finish(data)


def make_app(folder: Path, identify: Identify, viewer: type | None = None,
             prefix: str = PREFIX, **settings: Any) -> web.Application:
    """The service's application over the pulse ``folder``. ``identify(token)`` names the
    user a token belongs to (the hub's answer; None for no user); ``viewer``, a mixin such as
    JupyterHub's ``HubOAuthenticated``, says who is viewing the page (without one, no one is);
    ``limit`` (a setting) is the :class:`RateLimit` per trainee.

    Example:
        >>> app = make_app(Path(tempfile.mkdtemp()), lambda token: "t1")
        >>> app.settings["store"].progress()
        []
    """
    store = PulseStore(Path(folder) / DATABASE)

    def viewing(handler: type) -> type:
        return type(handler.__name__, (viewer or _Nobody, handler), {})

    routes: list[Any] = [
        (prefix + "events", _Events),
        (prefix, viewing(_Page)),
        (prefix + "api/pulse", viewing(_Numbers)),
        (prefix + "export.csv", viewing(_Export)),
    ]
    if viewer is not None and "hub_auth" in settings:
        from jupyterhub.services.auth import HubOAuthCallbackHandler

        routes.append((prefix + "oauth_callback", HubOAuthCallbackHandler))
    settings.setdefault("limit", RateLimit())
    return web.Application(routes, store=store, folder=Path(folder), identify=identify,
                           prefix=prefix, **settings)


def main(argv: list[str] | None = None) -> None:
    """Run the service as the hub starts it: ``python -m netlab.classroom.pulse_service
    --folder DIR --port N`` (127.0.0.1 only; the hub's proxy and the kernels reach it there)."""
    import asyncio

    from jupyterhub.services.auth import HubOAuth, HubOAuthenticated
    from tornado.httpserver import HTTPServer

    parser = argparse.ArgumentParser(prog="netlab-pulse")
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    hub_auth = HubOAuth(api_token=os.environ["JUPYTERHUB_API_TOKEN"], cache_max_age=60)

    async def identify(token: str) -> str | None:
        with contextlib.suppress(Exception):  # the hub unreachable: the kernel sends later
            model = await hub_auth.user_for_token(token, sync=False)
            if model and model.get("kind", "user") == "user":
                return str(model["name"])
        return None

    app = make_app(args.folder, identify, HubOAuthenticated,
                   prefix=os.environ.get("JUPYTERHUB_SERVICE_PREFIX", PREFIX),
                   hub_auth=hub_auth, cookie_secret=os.urandom(32), xsrf_cookies=False)

    async def serve() -> None:
        HTTPServer(app, max_body_size=_MAX_BODY).listen(args.port, "127.0.0.1")
        await asyncio.Event().wait()

    asyncio.run(serve())


if __name__ == "__main__":
    main()
