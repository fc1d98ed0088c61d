"""The message catalogue: every trainee-visible string of the package, in Thai and English.

Each area keeps its messages in its own module as ``{key: {"th": ..., "en": ...}}``; this
module merges them and refuses duplicate keys. A test fails when a key lacks a language or when
the two languages use different ``{placeholders}``.

Example:
    >>> from netlab.catalogue import MESSAGES
    >>> sorted(MESSAGES["lang.name"])
    ['en', 'th']
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from netlab.catalogue import (
    charts,
    check,
    classroom,
    classroom_setup,
    core,
    datasets,
    exercises,
    exercises_mapping,
    exercises_partners,
    exercises_steps,
    foundations,
    grading,
    health,
    item_hints,
    learner,
    mapping,
    nudges,
    partner_tools,
    partners,
    presentation,
    problems,
    steps,
    steps_tools,
    wayfinding,
    widgets,
)

_AREAS = (core, datasets, problems, partners, partner_tools, steps, steps_tools, health,
          foundations, check,
          exercises, exercises_partners, exercises_steps, exercises_mapping, item_hints, mapping,
          charts,
          grading, widgets, learner, nudges, wayfinding, presentation, classroom,
          classroom_setup)


def _merge() -> Mapping[str, Mapping[str, str]]:
    merged: dict[str, Mapping[str, str]] = {}
    for area in _AREAS:
        for key, entry in area.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"duplicate catalogue key {key!r} in {area.__name__}")
            merged[key] = MappingProxyType(dict(entry))
    return MappingProxyType(merged)


MESSAGES: Mapping[str, Mapping[str, str]] = _merge()
