"""The errors a trainee reads: one short message, never a Python traceback.

A trainee who is not a programmer cannot read a traceback. Errors netlab raises for something a
trainee did (a misspelt value, a wrong type, a check with no points yet) derive from
:class:`TraineeMessage`: IPython shows such an exception through its ``_render_traceback_``
method (IPython's documented hook for exceptions that render themselves), so a notebook shows
the message alone, in the active language. The exception is still raised: a cell still fails
where it must (under nbgrader), and scripts and tests still catch it.

Example:
    >>> err = TraineeError("'x' is not a type: allowed simple, complex")
    >>> err._render_traceback_()
    ["⚠ 'x' is not a type: allowed simple, complex"]
"""

from __future__ import annotations

__all__ = ["TraineeError", "TraineeMessage", "kind_of"]


class TraineeMessage(Exception):
    """Mixin: shown in a notebook as its message alone (see the module docstring)."""

    def _render_traceback_(self) -> list[str]:
        """The lines IPython shows instead of a traceback: the message, first line marked."""
        lines = str(self).strip("\n").splitlines() or [type(self).__name__]
        return [f"⚠ {lines[0]}", *lines[1:]]


class TraineeError(TraineeMessage, ValueError):
    """A value a trainee gave that netlab cannot use; the message names it and what is allowed
    (a ``ValueError``, so ``except ValueError`` still catches it)."""


def kind_of(value: object) -> str:
    """The type of ``value`` as a trainee would name it ("None" rather than "NoneType").

    Example:
        >>> kind_of(None), kind_of([1])
        ('None', 'list')
    """
    return "None" if value is None else type(value).__name__
