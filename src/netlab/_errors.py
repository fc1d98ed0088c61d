"""Small helpers for the errors a trainee reads: the kind of a value, and a list of problems."""

from __future__ import annotations

from netlab.i18n import t

__all__ = ["kind_of", "problems_error"]


def kind_of(value: object) -> str:
    """The type of ``value`` as a trainee would name it ("None" rather than "NoneType").

    Example:
        >>> kind_of(None), kind_of([1])
        ('None', 'list')
    """
    return "None" if value is None else type(value).__name__


def problems_error(header_key: str, problems: list[str]) -> ValueError:
    """One ValueError listing every problem under a heading from the catalogue.

    Example:
        >>> print(problems_error("partners.error.header", ["a", "b"]))
        คำตอบของภาคียังใช้ไม่ได้:
        - a
        - b
    """
    return ValueError("\n".join([t(header_key), *("- " + p for p in problems)]))
