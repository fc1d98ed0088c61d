"""What a network is, on screen: the origin, orientation and member-link cards (views).

Example:
    >>> "netlab-card" in origin_cards()._repr_html_()
    True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from netlab.i18n import t
from netlab.ui.parts.html import HTMLView, card, escape

if TYPE_CHECKING:
    from netlab.foundations.concepts import _Concept

__all__ = ["member_link_cards", "orientation_cards", "origin_cards"]

def _concept_cards(members: Iterable[_Concept], parts: tuple[str, ...],
                   colour: str) -> tuple[list[str], list[str]]:
    """Cards of foundations concepts: each part under its ``foundations.label.*`` label."""
    cards, lines = [], []
    for member in members:
        body = "<br>".join(f"<i>{escape(t(f'foundations.label.{p}'))}:</i> "
                           f"{escape(member.part(p))}" for p in parts)
        short = member.short
        after = (f" <code>{escape(member.value)}</code>"
                 + (f" · <i>{escape(short)}</i>" if short else ""))
        cards.append(card("netlab-card netlab-concept", colour, member, after, body))
        lines.append(f"{member.value} ({member.label}): {member.part(parts[0])}")
    return cards, lines


def origin_cards() -> HTMLView:
    """The three origins of a network: meaning, how to recognise it, example, anchor.

    Example:
        >>> "evolutionary" in repr(origin_cards())
        True
    """
    from netlab.foundations import Origin

    cards, lines = _concept_cards(Origin, ("meaning", "signs", "example", "anchor"), "#3B8C86")
    return HTMLView("".join(cards), "\n".join(lines))


def orientation_cards() -> HTMLView:
    """Horizontal and vertical networks, then bonding, bridging and linking ties.

    Example:
        >>> "linking" in repr(orientation_cards())
        True
    """
    from netlab.foundations import Orientation, TieKind

    cards, lines = _concept_cards(Orientation, ("meaning", "signs", "anchor"), "#4c78a8")
    more, more_lines = _concept_cards(TieKind, ("meaning", "example"), "#9d755d")
    heading = f"<h4>{escape(t('foundations.label.tie_kinds'))}</h4>"
    return HTMLView("".join([*cards, heading, *more]), "\n".join([*lines, *more_lines]))


def member_link_cards() -> HTMLView:
    """The three kinds of member link (seed 004).

    Example:
        >>> "group_group" in repr(member_link_cards())
        True
    """
    from netlab.foundations import MemberLink

    cards, lines = _concept_cards(MemberLink, ("meaning", "example"), "#b279a2")
    heading = f"<h4>{escape(t('foundations.label.member_links'))}</h4>"
    return HTMLView(heading + "".join(cards), "\n".join(lines))
