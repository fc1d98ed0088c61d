"""Labels beside the points of a chart, placed so that no two overlap and none covers a point.

Vega-Lite puts every label at the same offset from its point, so points close together get
labels on top of each other (the problem plane's P05 and P01, the AIIM chart's W13, W16 and
W21, the centre of a Net-Map). :func:`place_labels` works in pixels, as the chart will be
drawn: for each label (most crowded first) it tries places around its point, nearest first,
and keeps the first that overlaps no label already placed, no point and no fixed box (a
zone title, say), and stays inside the chart; where none is free it takes the one that
overlaps least. The chart then draws each label centred on the place found.

Text widths are estimated from the characters (a little wider than the fonts netlab uses, so
that an estimate never hides an overlap): :func:`text_width`.

Example:
    >>> import pandas as pd
    >>> pts = pd.DataFrame({"x": [0.5, 0.51], "y": [0.5, 0.5], "label": ["P01", "P05"]})
    >>> frame = Frame(width=400, height=300, x=(0.0, 1.0), y=(0.0, 1.0))
    >>> placed = place_labels(pts, frame, font_size=10, radius=6)
    >>> boxes = [label_box(r.lx, r.ly, r.label, 10, frame) for r in placed.itertuples()]
    >>> overlap(boxes[0], boxes[1])
    False
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Box", "Frame", "corner_label", "dot_box", "label_box", "overlap", "place_labels",
           "text_width"]

#: (left, top, right, bottom) in pixels, y downwards.
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Frame:
    """The plot area: its size in pixels and the data range each axis shows."""

    width: float
    height: float
    x: tuple[float, float]
    y: tuple[float, float]

    def px(self, x: float, y: float) -> tuple[float, float]:
        """Data to pixels (y downwards)."""
        (x0, x1), (y0, y1) = self.x, self.y
        return ((x - x0) / (x1 - x0) * self.width, (y1 - y) / (y1 - y0) * self.height)

    def data(self, px: float, py: float) -> tuple[float, float]:
        """Pixels to data."""
        (x0, x1), (y0, y1) = self.x, self.y
        return (x0 + px / self.width * (x1 - x0), y1 - py / self.height * (y1 - y0))


def text_width(text: str, font_size: float) -> float:
    """A generous estimate of a label's width in pixels: Thai vowel and tone marks take no
    width, capitals and digits are the widest.

    Example:
        >>> text_width("W13", 10) > text_width("w", 10)
        True
        >>> text_width("ที่", 10) == text_width("ท", 10)
        True
    """
    width = 0.0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Mn":
            continue
        if ch == " ":
            width += 0.33
        elif ch.isupper() or ch.isdigit():
            width += 0.72
        elif "\u0e00" <= ch <= "\u0e7f":
            width += 0.64
        else:
            width += 0.6
    return width * font_size


def label_box(x: float, y: float, text: str, font_size: float, frame: Frame | None = None,
              *, pixels: bool = False, align: str = "center", baseline: str = "middle") -> Box:
    """The box of a label drawn at (x, y) with Vega's ``align`` and ``baseline``, in pixels
    (data units converted via ``frame`` unless ``pixels``).

    Example:
        >>> label_box(10, 10, "AB", 10, pixels=True)[0] < 10
        True
        >>> label_box(10, 10, "AB", 10, pixels=True, align="left", baseline="top")[:2]
        (9, 10)
    """
    if not pixels and frame is not None:
        x, y = frame.px(x, y)
    w, h = text_width(text, font_size) + 2, font_size * 1.24
    left = {"left": x - 1, "right": x - w + 1}.get(align, x - w / 2)
    top = {"top": y, "bottom": y - h, "alphabetic": y - h * 0.8}.get(baseline, y - h / 2)
    return (left, top, left + w, top + h)


def dot_box(x: float, y: float, radius: float) -> Box:
    """The box of a round point of ``radius`` pixels at (x, y) pixels.

    Example:
        >>> dot_box(10, 10, 2)
        (8, 8, 12, 12)
    """
    return (x - radius, y - radius, x + radius, y + radius)


def overlap(a: Box, b: Box) -> bool:
    """Whether two boxes overlap (touching is not overlapping).

    Example:
        >>> overlap((0, 0, 10, 10), (10, 0, 20, 10)), overlap((0, 0, 10, 10), (5, 5, 8, 8))
        (False, True)
    """
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def corner_label(zone: Box, text: str, font_size: float, obstacles: Sequence[Box],
                 inset: float = 6.0) -> tuple[float, float]:
    """Where (centre, pixels) a zone's title goes: the inside corner of ``zone`` (pixels) its
    box overlaps least with ``obstacles``, top-left first.

    Example:
        >>> corner_label((0, 0, 200, 100), "zone", 10, [(0, 0, 60, 20)])[0] > 100
        True
    """
    w, h = text_width(text, font_size) + 2, font_size * 1.24
    left, top, right, bottom = zone
    centres = [(left + inset + w / 2, top + inset + h / 2),
               (right - inset - w / 2, top + inset + h / 2),
               (left + inset + w / 2, bottom - inset - h / 2),
               (right - inset - w / 2, bottom - inset - h / 2)]
    return min(centres, key=lambda c: sum(_area(
        label_box(c[0], c[1], text, font_size, pixels=True), other) for other in obstacles))


def _area(a: Box, b: Box) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _candidates(w: float, h: float, r: float) -> list[tuple[float, float]]:
    """Offsets of a label's centre from its point, nearest first: beside, above, below and
    the diagonals; then further out, beside and shifted up or down by whole lines (where
    points crowd, labels stack up beside them)."""
    found: list[tuple[float, float]] = []
    for gap in (3.0, 10.0):
        side, up = r + gap + w / 2, r + gap + h / 2
        found += [(side, 0), (-side, 0), (0, -up), (0, up),
                  (side, -up), (side, up), (-side, -up), (-side, up)]
    for gap in (3.0, 16.0, 30.0, 46.0, 64.0):
        side = r + gap + w / 2
        for lines in (0, 1, -1, 2, -2, 3, -3, 4, -4):
            found += [(side, lines * h), (-side, lines * h)]
    return sorted(found, key=lambda d: math.hypot(*d))


def place_labels(points: pd.DataFrame, frame: Frame, *, font_size: float, radius: float | str,
                 x: str = "x", y: str = "y", label: str = "label",
                 fixed: Iterable[Box] = ()) -> pd.DataFrame:
    """``points`` with ``lx``, ``ly``: where each label's centre goes, in data units, and
    ``far``: whether it sits far enough from its point to need a line to it.

    Args:
        points: one row per labelled point (its position and its label text).
        frame: the plot area the chart draws the points in.
        font_size: of the labels.
        radius: of the points in pixels, or the name of a column holding each one's radius.
        fixed: boxes (pixels) labels must keep clear of, such as zone titles.

    Example:
        >>> import pandas as pd
        >>> frame = Frame(width=200, height=100, x=(0.0, 1.0), y=(0.0, 1.0))
        >>> one = pd.DataFrame({"x": [0.5], "y": [0.5], "label": ["W13"]})
        >>> placed = place_labels(one, frame, font_size=10, radius=5)
        >>> (placed["lx"].iloc[0], placed["ly"].iloc[0]) != (0.5, 0.5), bool(placed["far"].iloc[0])
        (True, False)
    """
    out = points.copy()
    pos = [frame.px(float(a), float(b)) for a, b in zip(out[x], out[y], strict=True)]
    radii: Sequence[float] = (list(out[radius]) if isinstance(radius, str)
                              else [float(radius)] * len(out))
    dots: list[Box] = [dot_box(px, py, r) for (px, py), r in zip(pos, radii, strict=True)]
    taken: list[Box] = list(fixed)
    order = sorted(range(len(out)), key=lambda i: -sum(
        1 for (qx, qy) in pos if math.dist(pos[i], (qx, qy)) < 40))
    lx, ly = [0.0] * len(out), [0.0] * len(out)
    far = [False] * len(out)
    for i in order:
        text = str(out[label].iloc[i])
        w, h = text_width(text, font_size) + 2, font_size * 1.24
        best, best_cost = None, math.inf
        for dx, dy in _candidates(w, h, radii[i]):
            box = label_box(pos[i][0] + dx, pos[i][1] + dy, text, font_size, pixels=True)
            outside = box[0] < 0 or box[1] < 0 or box[2] > frame.width or box[3] > frame.height
            cost = sum(_area(box, other) for other in [*taken, *dots]) + (1e6 if outside else 0)
            if cost < best_cost:
                best, best_cost = (box, dx, dy), cost
            if cost == 0:
                break
        assert best is not None
        box, dx, dy = best
        taken.append(box)
        lx[i], ly[i] = frame.data(pos[i][0] + dx, pos[i][1] + dy)
        far[i] = abs(dx) - w / 2 > radii[i] + 12 or abs(dy) - h / 2 > radii[i] + 12
    return out.assign(lx=lx, ly=ly, far=far)


def spread(points: pd.DataFrame, x: str = "agreement", y: str = "knowledge",
            radius: float = 0.035) -> pd.DataFrame:
    """Move points that share a position evenly around a small circle, so that none hides
    another (the same picture every run: the order is by id)."""
    out = points.sort_values("id").astype({x: float, y: float})
    groups = out.groupby([out[x].round(6), out[y].round(6)], sort=False)
    for _, index in groups.groups.items():
        n = len(index)
        if n < 2:
            continue
        for k, row in enumerate(index):
            angle = 2 * math.pi * k / n + math.pi / 4
            out.loc[row, x] += radius * math.cos(angle)
            out.loc[row, y] += radius * math.sin(angle)
    return out
