"""Where a check runs: under nbgrader, in a trainee's live kernel, or in a script.

Example:
    >>> graded_mode(), in_kernel()  # a doctest run: neither
    (False, False)
"""

from __future__ import annotations

import os
import sys

__all__ = ["graded_mode", "in_kernel"]


def graded_mode() -> bool:
    """True under nbgrader (autograde, validate): no staging, no record, no worked answer.

    Example:
        >>> os.environ.get("NBGRADER_EXECUTION") is None and not graded_mode()
        True
    """
    return bool(os.environ.get("NBGRADER_EXECUTION"))


def in_kernel() -> bool:
    """True inside a running IPython kernel (a notebook), False in a script or a test run.

    Example:
        >>> in_kernel()
        False
    """
    if "IPython" not in sys.modules:
        return False
    from IPython import get_ipython

    shell = get_ipython()
    return shell is not None and hasattr(shell, "kernel")
