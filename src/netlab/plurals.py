"""Catalogue texts with plural forms: the one piece of language machinery the catalogue itself
uses, kept apart from :mod:`netlab.i18n` so that the catalogue (data) imports nothing that
reads it.

Example:
    >>> plural("ties", one="{ties} tie", other="{ties} ties").choose("en", 2)
    '{ties} ties'
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["Plural", "plural"]


class Plural(str):
    """A message with plural forms, chosen by the count in one of its placeholders with the
    language's plural rules (CLDR, through Babel): English has "one" and "other", Thai only
    "other". As a plain string it is its "other" form.

    Example:
        >>> more = plural("count", one="{count} more try", other="{count} more tries")
        >>> [more.choose("en", n).format(count=n) for n in (1, 2)]
        ['1 more try', '2 more tries']
    """

    forms: Mapping[str, str]
    param: str

    def __new__(cls, param: str, forms: Mapping[str, str]) -> Plural:
        # A form may itself be a Plural (a message with two counts: "1 actor, 2 ties").
        if "other" not in forms:
            raise ValueError(f"plural forms need 'other': {sorted(forms)}")
        made = super().__new__(cls, forms["other"])
        made.forms = dict(forms)
        made.param = param
        return made

    def choose(self, lang: str, count: object) -> str:
        """The form for ``count`` in ``lang``."""
        from babel import Locale

        try:
            category = Locale.parse(lang).plural_form(abs(float(count)))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            category = "other"
        return self.forms.get(category, self.forms["other"])


def plural(param: str, **forms: str) -> Plural:
    """A catalogue text with plural forms (see :class:`Plural`).

    Example:
        >>> plural("ties", one="{ties} tie", other="{ties} ties").choose("en", 1)
        '{ties} tie'
    """
    return Plural(param, forms)
