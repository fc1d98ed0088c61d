"""The tie explorer (ipywidgets): pick the level of two members and whether they work in the
same sector, or load a tie of the Wawee map, and see whether the tie is bonding, bridging or
linking, horizontal or vertical (:func:`netlab.foundations.tie_kind`); the answers show as
code to copy.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from netlab._errors import TraineeError, kind_of
from netlab.foundations import TieKind, tie_kind
from netlab.i18n import get_language, t
from netlab.mapping.vocab import LEVELS
from netlab.palette import colour
from netlab.ui.parts.explorer import Explorer
from netlab.ui.parts.html import escape

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TieExplorer", "tie_explorer", "wawee_tie_table"]

_KEYS = ("level_a", "level_b", "same_sector")
_START = {"level_a": "community", "level_b": "community", "same_sector": True}


def wawee_tie_table() -> pd.DataFrame:
    """The ties of the Wawee map as explorer rows: ``id``, ``title_th``, ``title_en`` and the
    three answers (the two ends' levels, whether they share a sector).

    Example:
        >>> table = wawee_tie_table()
        >>> len(table), list(table.columns)[-3:]
        (44, ['level_a', 'level_b', 'same_sector'])
    """
    import pandas as pd

    from netlab.datasets import load

    actors = load("partners").set_index("id")
    ties = load("ties")
    rows = []
    for _, tie in ties.iterrows():
        a, b = actors.loc[tie["source"]], actors.loc[tie["target"]]
        rows.append({
            "id": tie["id"],
            **{f"title_{lang}": f"{tie['source']} {a[f'name_{lang}']} – {tie['target']} "
                                f"{b[f'name_{lang}']}" for lang in ("th", "en")},
            "level_a": a["level"], "level_b": b["level"],
            "same_sector": bool(a["sector"] == b["sector"])})
    return pd.DataFrame(rows)


def _check(answers: Mapping[str, Any]) -> TieKind:
    problems = []
    for key in ("level_a", "level_b"):
        if answers.get(key) not in LEVELS:
            problems.append(t("widgets.ties.bad_level", key=key, value=repr(answers.get(key)),
                              allowed=", ".join(LEVELS)))
    if not isinstance(answers.get("same_sector"), bool):
        problems.append(t("widgets.ties.bad_same", value=repr(answers.get("same_sector")),
                          kind=kind_of(answers.get("same_sector"))))
    if problems:
        raise TraineeError("\n".join(problems))
    sector_b = "same" if answers["same_sector"] else "other"
    return tie_kind(answers["level_a"], "same", answers["level_b"], sector_b)


class TieExplorer(Explorer):
    """Choose the two ends of a tie with buttons (or load one from the Wawee map) and see its
    kind and orientation, with what that kind of tie is good for.

    Args:
        answers: starting answers: ``level_a`` and ``level_b`` (community, subdistrict,
            district, province, national) and ``same_sector`` (True or False).
    """

    _keys = _KEYS

    def __init__(self, answers: Mapping[str, Any] | None = None) -> None:
        start = dict(_START if answers is None else answers)
        _check(start)  # a clear error now rather than a broken widget later
        levels: list[tuple[str, Any]] = [(t(f"mapping.value.level.{v}"), v) for v in LEVELS]
        yes_no: list[tuple[str, Any]] = [(t("widgets.partners.yes"), True),
                                         (t("widgets.partners.no"), False)]
        rows = [("level_a", f"<b>{escape(t('widgets.ties.level_a'))}</b>", levels,
                 [label for label, _ in levels]),
                ("level_b", f"<b>{escape(t('widgets.ties.level_b'))}</b>", levels,
                 [label for label, _ in levels]),
                ("same_sector", f"<b>{escape(t('widgets.ties.same_sector'))}</b>", yes_no,
                 [label for label, _ in yes_no])]
        table = wawee_tie_table()
        self._map_kinds = [_check({k: row[k] for k in _KEYS}).value
                           for _, row in table.iterrows()]
        super().__init__(table, start, title_column=f"title_{get_language()}",
                         pick_key="widgets.ties.pick", load_key="widgets.explorer.load",
                         rows=rows)

    @property
    def result(self) -> TieKind:
        """The kind of the tie the current answers describe."""
        return _check(self.answers)

    def _validate(self, answers: Mapping[str, Any]) -> object:
        return _check(answers)

    def _plain(self, value: Any) -> Any:
        text = str(value)  # numpy's bools print as True and False too
        return text == "True" if text in ("True", "False") else text

    def _render(self) -> None:
        kind = self.result
        self._result.value = (
            f"<div><span style='font-size:1.3em'><b>{escape(kind.label)}</b></span>"
            f" — <span style='color:{colour('accent')}'>"
            f"{escape(kind.orientation.label)}</span>"
            f"<p>{escape(kind.part('meaning'))}</p>"
            f"<p><i>{escape(t('widgets.ties.example'))}</i> "
            f"{escape(kind.part('example'))}</p></div>")
        same = self._map_kinds.count(kind.value)
        on_map = t("widgets.ties.on_map", count=same, total=len(self._map_kinds),
                   kind=kind.label)
        self._chart.value = f"<p>{escape(on_map)}</p>"
        answers = self.answers
        self._code.value = (f"<small>{escape(t('widgets.explorer.code'))}</small><pre>"
                            f"{escape(_call(answers))}</pre>")


def _call(answers: Mapping[str, Any]) -> str:
    sector_b = '"health"' if answers["same_sector"] else '"education"'
    return (f'tie_kind("{answers["level_a"]}", "health", "{answers["level_b"]}", '
            f"{sector_b})")


def tie_explorer(answers: Mapping[str, Any] | None = None) -> TieExplorer:
    """Create the tie explorer (see :class:`TieExplorer`).

    Example:
        >>> tie_explorer({"level_a": "community", "level_b": "province",
        ...               "same_sector": True}).result.value
        'linking'
    """
    return TieExplorer(answers)
