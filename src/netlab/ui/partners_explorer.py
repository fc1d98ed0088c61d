"""The partner explorer (ipywidgets): answer the six questions for an actor and watch its role,
the reasons and the AIIM chart follow; the answers show as code to copy.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from netlab.i18n import get_language, t
from netlab.partners import (
    ANSWER_KEYS,
    PARTNER_QUESTIONS,
    PartnerClassification,
    aiim_quadrant,
    classify_partner,
)
from netlab.ui.partners import aiim_chart
from netlab.ui.parts.explorer import Explorer
from netlab.ui.parts.html import escape

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["PartnerExplorer", "partner_explorer"]


_PARTNER_START = {"direct": True, "intend_change": False, "outcome_challenge": False,
                  "provides_resources": False, "co_implements": False, "in_influence": True}


class PartnerExplorer(Explorer):
    """Answer the six partner questions yes/no (or load an actor of the Wawee network) and
    watch the role, the reasons, the next step and the actor's place on the AIIM chart.

    Args:
        actors: the actor table (the "load" list and the chart); default ``partners``.
        answers: starting answers (default: direct and within influence, nothing else).

    Example:
        >>> explorer = PartnerExplorer()
        >>> explorer.set_answers(dict(explorer.answers, intend_change=True,
        ...                           outcome_challenge=True))
        >>> explorer.result.role.value
        'boundary'
    """

    _keys = ANSWER_KEYS

    def __init__(self, actors: pd.DataFrame | None = None,
                 answers: Mapping[str, bool] | None = None) -> None:
        if actors is None:
            from netlab.datasets import load

            actors = load("partners")
        start = dict(_PARTNER_START if answers is None else answers)
        classify_partner(start)
        yes_no = [(t("widgets.partners.yes"), True), (t("widgets.partners.no"), False)]
        rows = [(q.key, f"<code>{escape(q.key)}</code> {escape(q.text)}", yes_no,
                 [q.help, q.help]) for q in PARTNER_QUESTIONS.values()]
        self._selected: str | None = None
        self._drawn_for: object = object()  # the highlight the chart was drawn for
        super().__init__(actors, start, title_column=f"name_{get_language()}",
                         pick_key="widgets.partners.pick", load_key="widgets.partners.load",
                         rows=rows)

    @property
    def result(self) -> PartnerClassification:
        """The classification of the current answers."""
        return classify_partner(self.answers)

    def _validate(self, answers: Mapping[str, Any]) -> object:
        return classify_partner(answers)

    def _plain(self, value: Any) -> Any:
        return bool(value)

    def _on_pick(self, change: Mapping[str, object]) -> None:
        self._selected = str(change["new"]) or None
        super()._on_pick(change)

    def _render(self) -> None:
        from netlab.ui.parts.chart_access import to_svg

        result = self.result
        reasons = "".join(f"<li>{escape(r)}</li>" for r in result.reasons)
        where = ""
        if self._selected:
            row = self._table.set_index("id").loc[self._selected]
            quadrant = aiim_quadrant(int(row["alignment"]), int(row["interest"]))
            where = (f"<div>{escape(t('widgets.partners.quadrant', quadrant=quadrant.label))}: "
                     f"{escape(quadrant.advice)}</div>")
        self._result.value = (
            f"<div><span style='font-size:1.3em'><b>{escape(result.role.label)}</b></span>"
            f" <code>{escape(result.role.value)}</code><ul>{reasons}</ul>"
            f"<b>{escape(t('widgets.partners.next'))}:</b> "
            f"{escape(result.role.next_step)}{where}</div>")
        # The chart depends only on which actor is ringed, not on the answers: draw it only
        # when that changes (an SVG render per click would make the buttons feel slow).
        if self._drawn_for != self._selected:
            self._chart.value = to_svg(aiim_chart(self._table, highlight=self._selected))
            self._drawn_for = self._selected
        self._show_code("answers", self.answers)


def partner_explorer(actors: pd.DataFrame | None = None,
                     answers: Mapping[str, bool] | None = None) -> PartnerExplorer:
    """Create the partner explorer (see :class:`PartnerExplorer`).

    Example:
        >>> partner_explorer().result.role.value
        'indirect'
    """
    return PartnerExplorer(actors, answers)
