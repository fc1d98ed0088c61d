"""The active language and the message catalogue.

Every sentence a trainee can read comes from the catalogue (``netlab.catalogue``) through
:func:`t`, in the active language. Domain results keep :class:`Message` objects (a key and
its parameters) so that they can be re-read in another language later.

Example:
    >>> from netlab.i18n import t, language
    >>> with language("en"):
    ...     t("lang.name")
    'English'
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from netlab._errors import TraineeError
from netlab.plurals import Plural

LANGUAGES: tuple[str, ...] = ("th", "en")
DEFAULT_LANGUAGE = "th"


def _initial_language() -> str:
    env = os.environ.get("NETLAB_LANG", "").strip().lower()
    return env if env in LANGUAGES else DEFAULT_LANGUAGE


_current: str = _initial_language()


def _check_language(lang: object) -> str:
    if not isinstance(lang, str) or lang.strip().lower() not in LANGUAGES:
        # Said in both languages: we cannot know which one the reader wants.
        raise TraineeError(
            t("lang.unknown", "th", value=repr(lang), allowed=", ".join(LANGUAGES))
            + " / "
            + t("lang.unknown", "en", value=repr(lang), allowed=", ".join(LANGUAGES))
        )
    return lang.strip().lower()


def set_language(lang: str) -> None:
    """Set the active language ("th" or "en").

    Example:
        >>> set_language("en"); get_language()
        'en'
    """
    global _current
    _current = _check_language(lang)


def get_language() -> str:
    """Return the active language code.

    Example:
        >>> get_language() in LANGUAGES
        True
    """
    return _current


@contextmanager
def language(lang: str) -> Iterator[None]:
    """Temporarily switch the active language.

    Example:
        >>> with language("th"):
        ...     get_language()
        'th'
    """
    global _current
    previous = _current
    _current = _check_language(lang)
    try:
        yield
    finally:
        _current = previous


def _catalogue() -> Mapping[str, Mapping[str, str]]:
    from netlab.catalogue import MESSAGES

    return MESSAGES


def t(key: str, lang: str | None = None, /, **params: Any) -> str:
    """Look up ``key`` in the catalogue and fill in ``params``.

    Args:
        key: a catalogue key such as "problems.error.unknown_id".
        lang: force a language; default the active one.
        **params: values for the ``{placeholders}`` of the message; a message with plural
            forms (:class:`Plural`) takes the form for its count.

    Raises:
        KeyError: the key is not in the catalogue (a bug in netlab, caught by the tests).

    Example:
        >>> t("lang.name", "th")
        'ภาษาไทย'
    """
    lang = lang or _current
    text = _catalogue()[key][lang]
    while isinstance(text, Plural) and text.param in params:  # nested: one per count
        text = text.choose(lang, params[text.param])
    return text.format(**params) if params else str(text)


def lang_attr(lang: str | None = None) -> str:
    """The HTML ``lang`` attribute of netlab's outputs (so that a screen reader reads Thai with
    a Thai voice): the active language, or ``lang``.

    Example:
        >>> lang_attr("th")
        'lang="th"'
    """
    return f'lang="{lang or _current}"'


#: Thai counts years in the Buddhist era: B.E. = C.E. + 543.
BUDDHIST_ERA_OFFSET = 543


def year(value: int, lang: str | None = None, *, era: bool = False) -> str:
    """A year (given in the Common Era, as the datasets keep it) as the language writes it:
    Thai in the Buddhist era (พ.ศ.), English as it is; ``era`` names the era in Thai.

    Example:
        >>> year(2008, "th"), year(2008, "th", era=True), year(2008, "en")
        ('2551', 'พ.ศ. 2551', '2008')
    """
    if (lang or _current) == "th":
        shown = str(int(value) + BUDDHIST_ERA_OFFSET)
        return f"พ.ศ. {shown}" if era else shown
    return str(int(value))


def t_or(key: str, fallback: object) -> str:
    """``t(key)`` when the catalogue has the key, else ``fallback`` as text: known column
    names and values are translated, a trainee's own keep their own names.

    Example:
        >>> t_or("lang.name", "x") == t("lang.name"), t_or("no.such.key", "my_column")
        (True, 'my_column')
    """
    return t(key) if key in _catalogue() else str(fallback)


def _render(value: Any, lang: str | None) -> Any:
    if isinstance(value, Message):
        return value.render(lang)
    if isinstance(value, tuple) and value and all(isinstance(v, Message) for v in value):
        return ", ".join(v.render(lang) for v in value)
    return value


@dataclass(frozen=True)
class Message:
    """A catalogue key with its parameters, rendered in the active language on demand.

    Example:
        >>> m = Message("lang.name")
        >>> with language("en"):
        ...     str(m)
        'English'
    """

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: str | None = None) -> str:
        """Render in ``lang`` (default: the active language), rendering nested messages too;
        a tuple of messages renders as a comma-separated list.

        Example:
            >>> Message("lang.unknown", {"value": "x", "allowed": (Message("lang.name"),)}
            ...         ).render("en")
            'Unknown language x; allowed: English'
        """
        return t(self.key, lang, **{name: _render(value, lang)
                                    for name, value in self.params.items()})

    def __str__(self) -> str:
        return self.render()


def problems_error(header_key: str, problems: list[str]) -> TraineeError:
    """One error listing every problem under a heading from the catalogue.

    Example:
        >>> print(problems_error("partners.error.header", ["a", "b"]))
        คำตอบของภาคียังใช้ไม่ได้:
        - a
        - b
    """
    return TraineeError("\n".join([t(header_key), *("- " + p for p in problems)]))
