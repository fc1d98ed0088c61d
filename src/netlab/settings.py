"""The class settings an instructor sets in ``grading/nbgrader_config.py`` (section ``Netlab``).

- ``c.Netlab.release_language``: the language of the workbook nbgrader's exchange hands out
  (``release/<a>/``); the other language stays in ``workbooks/<lang>/``. Submissions in either
  language are graded alike.
- ``c.Netlab.instructor_language``: the language netlab's instructor commands print in; empty
  (the default) follows the instructor's locale (Thai for a ``th`` locale, English otherwise).
- ``c.Netlab.self_check``: whether the package built for trainees (``netlab trainee-package``)
  carries the self-check keys and worked answers: on for self-learners (the default), off for
  a graded class. ``NETLAB_SELF_CHECK=off`` (or ``on``) in the environment wins over it.

Example:
    >>> from traitlets.config import Config
    >>> settings = Netlab(config=Config({"Netlab": {"release_language": "en"}}))
    >>> settings.release_language, settings.instructor_language, settings.self_check
    ('en', '', True)
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from traitlets import Bool, Unicode, validate
from traitlets.config import Configurable

from netlab.i18n import LANGUAGES

__all__ = ["Netlab", "locale_language", "self_check_env"]


def locale_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of a locale: Thai for ``th_TH.UTF-8`` and the like, else English.
    ``LC_ALL`` wins over ``LC_MESSAGES``, which wins over ``LANG`` (POSIX order).

    Example:
        >>> locale_language({"LANG": "th_TH.UTF-8"}), locale_language({"LANG": "C.UTF-8"})
        ('th', 'en')
        >>> locale_language({"LC_ALL": "en_GB.UTF-8", "LANG": "th_TH.UTF-8"})
        'en'
    """
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "th" if value.lower().startswith("th") else "en"
    return "en"


def self_check_env(environ: Mapping[str, str] | None = None) -> bool | None:
    """``NETLAB_SELF_CHECK`` read as on or off, or None when it is not set.

    Raises:
        ValueError: a value that is neither (naming it and what is allowed).

    Example:
        >>> self_check_env({"NETLAB_SELF_CHECK": "off"}), self_check_env({})
        (False, None)
    """
    env = os.environ if environ is None else environ
    value = env.get("NETLAB_SELF_CHECK", "").strip().lower()
    if not value:
        return None
    if value in ("off", "0", "no", "false"):
        return False
    if value in ("on", "1", "yes", "true"):
        return True
    raise ValueError(f"NETLAB_SELF_CHECK={value!r}: allowed on or off")


class Netlab(Configurable):
    """netlab's settings of one class (``c.Netlab.<name>`` in ``nbgrader_config.py``)."""

    release_language = Unicode(
        "th", help="Language of the workbook released through nbgrader's exchange (th, en)."
    ).tag(config=True)
    instructor_language = Unicode(
        "", help="Language of netlab's instructor commands (th, en); empty: the locale's."
    ).tag(config=True)
    self_check = Bool(
        True, help="The trainees' package carries self-check keys and worked answers."
    ).tag(config=True)

    @validate("release_language", "instructor_language")
    def _known_language(self, proposal: dict) -> str:
        value = proposal["value"].strip().lower()
        allowed = LANGUAGES if proposal["trait"].name == "release_language" else ("", *LANGUAGES)
        if value not in allowed:
            raise ValueError(f"c.Netlab.{proposal['trait'].name} = {proposal['value']!r}: "
                             f"allowed {', '.join(repr(a) for a in allowed)}")
        return value

    def language_for_instructor(self, environ: Mapping[str, str] | None = None) -> str:
        """``instructor_language``, or the locale's when it is empty.

        Example:
            >>> Netlab().language_for_instructor({"LANG": "en_US.UTF-8"})
            'en'
        """
        return self.instructor_language or locale_language(environ)

    def carries_keys(self, environ: Mapping[str, str] | None = None) -> bool:
        """Whether the trainees' package carries keys and worked answers: ``self_check``,
        unless ``NETLAB_SELF_CHECK`` says otherwise.

        Example:
            >>> Netlab().carries_keys({"NETLAB_SELF_CHECK": "off"})
            False
        """
        from_env = self_check_env(environ)
        return self.self_check if from_env is None else from_env
