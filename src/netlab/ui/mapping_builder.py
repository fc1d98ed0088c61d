"""The map builder: a form to add, edit and remove actors and ties of one's own network.

Every change goes through :class:`netlab.mapping.draft.MapDraft`, which checks it and saves both
CSV files at once; this module only draws the form. A refused change (bad value, an actor that
still has ties, files changed elsewhere) is shown in red in the active language and nothing is
lost: the form keeps what was typed.

Example:
    >>> import tempfile
    >>> builder = MapBuilder("demo", tempfile.mkdtemp())
    >>> builder.actor_id.value = "A"; builder.actor_name.value = "Volunteers"
    >>> builder.save_actor.click()
    >>> builder.draft.actors["id"].tolist()
    ['A']
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

import ipywidgets as w

from netlab.i18n import t, t_or
from netlab.mapping import Goal, TieType
from netlab.mapping.draft import MapDraft
from netlab.mapping.vocab import LEVELS
from netlab.palette import STYLE, colour
from netlab.ui.parts.html import escape
from netlab.ui.parts.submit_button import SubmitButton

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["MapBuilder", "map_builder"]

#: On a narrow screen the fields wrap and shrink to the page; the drawn map scales down.
_NARROW_CSS = """<style>
.netlab-map-builder { --jp-widgets-inline-width: min(300px, 100%);
  --jp-widgets-inline-width-short: min(148px, 100%); max-width: 100%; }
.netlab-map-builder .widget-hbox { flex-wrap: wrap; max-width: 100%; }
.netlab-map-builder .widget-inline-hbox { max-width: 100%; }
.netlab-map-builder .netlab-chart svg { max-width: 100%; height: auto; }
.netlab-map-builder table { display: block; overflow-x: auto; max-width: 100%; }
</style>"""
_WIDE = {"description_width": "initial"}
#: The actor form's fields, in the order of :meth:`MapBuilder._actor_fields`.
_ACTOR = ("id", "name", "sector", "level", "influence", "goal")


def _label(column: str, value: object) -> str:
    """A cell as a trainee reads it: blank for nothing, tie types, goals and levels named in
    the active language, anything else as typed."""
    from netlab._frames import plain

    value = plain(value)
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "→" if value else ""
    if column == "type":
        return TieType.parse(value).label
    if column == "goal":
        return Goal.parse(value).label
    return t_or(f"mapping.value.{column}.{value}", value)


def _shown(frame: pd.DataFrame) -> pd.DataFrame:
    shown = frame.copy().astype(object)
    for column in shown.columns:
        shown[column] = [_label(column, v) for v in shown[column]]
    return shown.rename(columns=lambda c: t_or(f"mapping.column.{c}", c))


class MapBuilder(w.VBox):
    """Actors (id, name, sector, level, influence, goal) and ties (source, target, type,
    weight, direction) edited in a form and saved to ``<name>_actors.csv`` and
    ``<name>_ties.csv`` in ``folder`` after every change."""

    def __init__(self, name: str = "my_network", folder: str | os.PathLike[str] = ".") -> None:
        self.status = w.HTML()
        try:
            self.draft: MapDraft | None = MapDraft(name, folder)
        except ValueError as exc:  # an unreadable file of that name: leave it alone
            super().__init__([w.HTML(self._error(exc) + escape(t("mapping.builder.other_name")))])
            self.draft = None
            return
        self.actor_id = w.Text(description=t("mapping.builder.id"), style=_WIDE)
        self.actor_name = w.Text(description=t("mapping.builder.name"), style=_WIDE)
        self.actor_sector = w.Text(description=t("mapping.column.sector"), style=_WIDE)
        self.actor_level = w.Dropdown(
            options=[("", "")] + [(t_or(f"mapping.value.level.{v}", v), v) for v in LEVELS],
            description=t("mapping.column.level"), style=_WIDE)
        # Number fields, not sliders: ipywidgets' slider handle has no accessible name.
        self.actor_influence = w.BoundedIntText(min=0, max=5, value=0,
                                                description=t("mapping.chart.influence"),
                                                style=_WIDE)
        self.actor_goal = w.Dropdown(options=[(g.label, g.value) for g in Goal],
                                     description=t("mapping.chart.goal"), style=_WIDE)
        actor = dict(zip(_ACTOR, self._actor_fields(), strict=True))
        # Each button carries its fields' values as shown at the click (see SubmitButton).
        self.save_actor = SubmitButton(
            t("mapping.builder.save_actor"), actor, button_style="primary",
            blanks={"id": "", "name": "", "sector": "", "level": "", "influence": 0,
                    "goal": self.actor_goal.options[0][1]})
        self.remove_actor = SubmitButton(t("mapping.builder.remove_actor"),
                                         {"id": self.actor_id})
        self.tie_source = w.Dropdown(description=t("mapping.builder.source"), style=_WIDE)
        self.tie_target = w.Dropdown(description=t("mapping.builder.target"), style=_WIDE)
        self.tie_type = w.Dropdown(options=[(tt.label, tt.value) for tt in TieType],
                                   value=TieType.INFORMATION.value,  # the commonest tie
                                   description=t("mapping.chart.tie_type"), style=_WIDE)
        self.tie_weight = w.BoundedIntText(min=1, max=3, value=1,
                                           description=t("mapping.chart.weight"), style=_WIDE)
        self.tie_directed = w.Checkbox(description=t("mapping.builder.directed"))
        self.add_tie = SubmitButton(
            t("mapping.builder.add_tie"),
            {"source": self.tie_source, "target": self.tie_target, "type": self.tie_type,
             "weight": self.tie_weight, "directed": self.tie_directed},
            button_style="primary")
        self.tie_pick = w.Dropdown(description=t("mapping.builder.tie"), style=_WIDE)
        self.remove_tie = SubmitButton(t("mapping.builder.remove_tie"), {"tie": self.tie_pick})
        self.table = w.HTML()
        self.drawn = w.HTML()  # the map, drawn again after every change
        self.drawn.add_class("netlab-chart")
        self._pending: tuple[object, ...] | None = None  # a change to an actor, to confirm
        self.save_actor.on_submit(self._click_save)
        for field in self._actor_fields():
            field.observe(lambda _: self._unconfirm(), names="value")
        self.remove_actor.on_submit(lambda form: self._keep(
            lambda: self._draft.remove_actor(form["id"])))
        self.add_tie.on_submit(lambda form: self._keep(lambda: self._add_tie(form)))
        self.remove_tie.on_submit(lambda form: self._keep(
            lambda: self._draft.remove_tie(int(form["tie"] or 0))))
        paths = " + ".join(p.name for p in self.draft.paths)
        super().__init__([
            w.HTML(_NARROW_CSS + STYLE),
            w.HTML(f"<b>{escape(t('mapping.builder.title', files=paths))}</b>"),
            w.HTML(f"<i>{escape(t('mapping.builder.actors'))}</i>"),
            w.HBox([self.actor_id, self.actor_name]),
            w.HBox([self.actor_sector, self.actor_level]),
            w.HBox([self.actor_influence, self.actor_goal]),
            w.HBox([self.save_actor, self.remove_actor]),
            w.HTML(f"<i>{escape(t('mapping.builder.ties'))}</i>"),
            w.HBox([self.tie_source, self.tie_target, self.tie_type]),
            w.HBox([self.tie_weight, self.tie_directed, self.add_tie]),
            w.HBox([self.tie_pick, self.remove_tie]),
            self.status, self.drawn, self.table])
        self.add_class("netlab-map-builder")
        self._refresh(t("mapping.builder.loaded", actors=len(self.draft.actors),
                        ties=len(self.draft.ties)) if self.draft.loaded else "")

    @property
    def _draft(self) -> MapDraft:
        """:attr:`draft`, there in every builder with controls (the one that refused an
        unreadable file, whose draft is None, has none)."""
        return cast(MapDraft, self.draft)

    @staticmethod
    def _error(exc: Exception) -> str:
        return (f"<pre style='color:{colour('wrong')};white-space:pre-wrap'>{escape(exc)}"
                "</pre>")

    def _actor_fields(self) -> tuple[w.ValueWidget, ...]:
        return (self.actor_id, self.actor_name, self.actor_sector, self.actor_level,
                self.actor_influence, self.actor_goal)

    def _unconfirm(self, force: bool = False) -> None:
        """The form changed: a pending confirmation no longer holds. (A late update that only
        brings the kernel up to the confirmed values changes nothing.)"""
        shown = tuple(f.value for f in self._actor_fields())
        if self._pending is not None and (force or shown != self._pending):
            self._pending = None
            self.save_actor.description = t("mapping.builder.save_actor")

    def _changes(self, form: dict[str, object]) -> list[str]:
        """What saving ``form`` would change in the existing actor ``form["id"]``."""
        row = self._draft.actors.set_index("id").loc[str(form["id"]).strip()]
        changes = []
        for column, new in form.items():
            if column == "id":
                continue
            new = new.strip() if isinstance(new, str) else new
            old = _label(column, row.get(column)) if column in row.index else ""
            shown = _label(column, new) if new not in ("", None) else ""
            if str(old) != str(shown):
                changes.append(t("mapping.builder.change", field=t_or(
                    f"mapping.column.{column}", column), old=old or "–", new=shown or "–"))
        return changes

    def _click_save(self, form: dict[str, object]) -> bool:
        """Add a new actor at once; for an existing one, first say what would change and
        ask for a second click (nothing is written until then). True once saved: the form
        may then return to blank."""
        ident = str(form["id"]).strip()
        if ident and ident in {str(i) for i in self._draft.actors["id"]}:
            state = tuple(form[k] for k in _ACTOR)
            if self._pending != state:
                changes = self._changes(form)
                if not changes:
                    self.status.value = self._note(t("mapping.builder.no_change", id=ident))
                    return False
                self._pending = state
                self.save_actor.description = t("mapping.builder.confirm_button", id=ident)
                self.status.value = self._note(t("mapping.builder.confirm", id=ident,
                                                 changes="; ".join(changes)))
                return False
        self._unconfirm(force=True)
        return self._do(lambda: self._save_actor(form))

    @staticmethod
    def _note(text: str) -> str:
        return f"<span style='color:{colour('warn')}'>⚠ {escape(text)}</span>"

    def _save_actor(self, form: dict[str, object]) -> None:
        def text(key: str) -> str | None:
            return str(form[key] or "").strip() or None

        self._draft.set_actor(str(form["id"]), name=text("name"), sector=text("sector"),
                              level=form["level"] or None, influence=form["influence"],
                              goal=form["goal"])

    def _add_tie(self, form: dict[str, Any]) -> None:  # as SubmitButton sends it
        self._draft.add_tie(form["source"], form["target"], form["type"], form["weight"],
                            form["directed"])

    def _do(self, change: Callable[[], None]) -> bool:
        """Make a change and show it; a refused change keeps what was typed. True if saved."""
        try:
            change()
        except ValueError as exc:
            self.status.value = self._error(exc)
            return False
        self._refresh(t("mapping.builder.saved", actors=len(self._draft.actors),
                        ties=len(self._draft.ties)))
        return True

    def _keep(self, change: Callable[[], None]) -> bool:
        """Make a change; the form keeps its values either way (False: no blanking)."""
        self._do(change)
        return False

    def _refresh(self, message: str) -> None:
        ids = [str(i) for i in self._draft.actors["id"]]
        for box in (self.tie_source, self.tie_target):
            previous = box.value
            box.options = ids  # the shown choice is always the value: never a blank "V1"
            box.value = previous if previous in ids else (ids[0] if ids else None)
        self.tie_pick.options = [
            (f"{n + 1}. {r.source} – {r.target} ({_label('type', r.type)})", str(n))
            for n, r in enumerate(self._draft.ties.itertuples(index=False))]
        if self.tie_pick.options:
            self.tie_pick.value = self.tie_pick.options[-1][1]
        self.status.value = (f"<span style='color:{colour('ok')}'>{escape(message)}</span>"
                             if message else "")
        self.table.value = "".join(_shown(frame).to_html(index=False, border=0)
                                   for frame in (self._draft.actors, self._draft.ties))
        self.drawn.value = self._drawing()

    def _drawing(self) -> str:
        """The map so far as an SVG (nothing before the first actor)."""
        if not len(self._draft.actors):
            return ""
        from netlab.mapping import SocialMap
        from netlab.ui.mapping import map_chart
        from netlab.ui.parts.chart_access import to_svg

        try:
            drawn = SocialMap(self._draft.actors, self._draft.ties)
            return to_svg(map_chart(drawn, width=520, height=360))
        except ValueError as exc:  # saved, but not drawable yet: say why
            return self._error(exc)


def map_builder(name: str = "my_network", folder: str | os.PathLike[str] = ".") -> MapBuilder:
    """A :class:`MapBuilder` for the map called ``name`` in ``folder``.

    Example:
        >>> import tempfile
        >>> map_builder("mine", tempfile.mkdtemp()).draft.paths[0].name
        'mine_actors.csv'
    """
    return MapBuilder(name, folder)
