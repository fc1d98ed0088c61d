"""Where a map's two CSV files live and how they are read, unchecked (checking is
:class:`~netlab.mapping.SocialMap`'s; keeping them safe while editing is
:class:`~netlab.mapping.draft.MapDraft`'s).

Example:
    >>> [p.name for p in map_paths("wawee")]
    ['wawee_actors.csv', 'wawee_ties.csv']
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from netlab._errors import TraineeError
from netlab.i18n import t

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["map_paths", "read_files"]


def map_paths(name: str, folder: str | os.PathLike[str] = ".") -> tuple[Path, Path]:
    """The two files of a map called ``name``.

    Example:
        >>> [p.name for p in map_paths("my_network")]
        ['my_network_actors.csv', 'my_network_ties.csv']
    """
    stem = str(name).strip()
    if not stem or any(c in stem for c in "/\\\\:") or stem.startswith("."):
        raise TraineeError(t("mapping.draft.bad_name", name=repr(name)))
    return Path(folder) / f"{stem}_actors.csv", Path(folder) / f"{stem}_ties.csv"


def read_files(name: str, folder: str | os.PathLike[str] = ".") -> list[pd.DataFrame]:
    """The actors and ties tables of the map ``name`` as read from disk, unchecked; a missing
    ties file reads as no ties (use :meth:`SocialMap.from_files` to get a checked map).

    Raises:
        ValueError: the actors file is missing, or a file cannot be parsed (naming it).

    Example:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "m_actors.csv").write_text("id\\nA\\n")
        >>> [len(frame) for frame in read_files("m", folder)]
        [1, 0]
    """
    import pandas as pd

    actors_path, ties_path = map_paths(name, folder)
    if not actors_path.exists():
        raise TraineeError(t("mapping.error.no_file", path=str(actors_path)))
    frames = []
    for path in (actors_path, ties_path):
        if not path.exists():  # actors without a ties file yet: a map of isolates
            frames.append(pd.DataFrame({"source": [], "target": []}))
            continue
        try:
            frames.append(pd.read_csv(path, dtype={"id": str, "source": str, "target": str}))
        except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as exc:
            raise TraineeError(t("mapping.error.bad_file", path=str(path),
                               reason=str(exc).strip())) from None
    return frames
