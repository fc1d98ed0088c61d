"""The message catalogue: every trainee-visible string of the package, in Thai and English.

Each area keeps its messages in its own module as ``{key: {"th": ..., "en": ...}}``: the
domain's and tools' texts here, each workbook's own in ``workbooks/<prefix>.py``. This module
finds them all (nothing to register), merges them and refuses duplicate keys. A test fails
when a key lacks a language or when the two languages use different ``{placeholders}``.

Example:
    >>> from netlab.catalogue import MESSAGES
    >>> sorted(MESSAGES["lang.name"])
    ['en', 'th']
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from types import MappingProxyType, ModuleType

__all__ = ["MESSAGES", "areas"]


def areas() -> list[ModuleType]:
    """Every module of the catalogue: this package's modules and each workbook's texts
    (``netlab.catalogue.workbooks.<prefix>``), found rather than listed, in name order.

    Example:
        >>> "netlab.catalogue.workbooks.health" in [a.__name__ for a in areas()]
        True
    """
    found = []
    for package in (__name__, f"{__name__}.workbooks"):
        path = importlib.import_module(package).__path__
        for info in sorted(pkgutil.iter_modules(path), key=lambda i: i.name):
            if not info.ispkg:
                found.append(importlib.import_module(f"{package}.{info.name}"))
    return found


def _merge() -> Mapping[str, Mapping[str, str]]:
    merged: dict[str, Mapping[str, str]] = {}
    for area in areas():
        for key, entry in area.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"duplicate catalogue key {key!r} in {area.__name__}")
            merged[key] = MappingProxyType(dict(entry))
    return MappingProxyType(merged)


MESSAGES: Mapping[str, Mapping[str, str]] = _merge()
