"""The six partner questions and the validation of a trainee's yes/no answers."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from netlab._answers import YesNoQuestion, validate_flags

__all__ = ["ANSWER_KEYS", "PARTNER_QUESTIONS", "PartnerQuestion", "validate_partner_answers"]


class PartnerQuestion(YesNoQuestion):
    """A yes/no question about an actor; ``test`` (its group) is the part of the decision it
    feeds: reach, the boundary-partner test or the strategic-partner test.

    Example:
        >>> PARTNER_QUESTIONS["direct"].test
        'reach'
    """

    prefix = "partners.q"

    @property
    def test(self) -> str:
        """The part of the decision this question feeds."""
        return self.group


# Which part of the decision each question feeds: reach (Q1), the boundary-partner test,
# the strategic-partner test.
_TESTS = {
    "direct": "reach",
    "intend_change": "boundary",
    "outcome_challenge": "boundary",
    "provides_resources": "strategic",
    "co_implements": "strategic",
    "in_influence": "boundary",
}

#: The six questions, keyed (and iterable) by key, in the order they are asked.
PARTNER_QUESTIONS: Mapping[str, PartnerQuestion] = MappingProxyType(
    {q: q for q in (PartnerQuestion(key, test) for key, test in _TESTS.items())})

#: The answer keys as plain strings, in order (handy for DataFrame columns).
ANSWER_KEYS: tuple[str, ...] = tuple(_TESTS)


def validate_partner_answers(answers: object) -> dict[str, bool]:
    """Check the six yes/no answers and return them as a plain ``{key: bool}`` dict.

    Raises:
        ValueError: in the active language, listing every problem at once: not a mapping,
            unknown or missing keys, values that are not True or False.

    Example:
        >>> validate_partner_answers(dict(direct=True, intend_change=True,
        ...     outcome_challenge=True, provides_resources=False, co_implements=False,
        ...     in_influence=True))["direct"]
        True
    """
    return validate_flags(answers, ANSWER_KEYS, header_key="partners.error.header",
                          not_mapping_key="partners.error.not_mapping")
