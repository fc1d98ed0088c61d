"""A map being built by hand, saved to two CSV files after every change.

:class:`MapDraft` is what the map-builder widget edits: it adds, updates and removes actors and
ties, checks each change with the same rules as :class:`~netlab.mapping.SocialMap`, and writes
``<name>_actors.csv`` and ``<name>_ties.csv`` in the trainee's folder. Work is never lost and a
different file is never overwritten silently:

- existing files of that name are loaded, not replaced; a file that cannot be read is left
  untouched and the draft refuses to save over it;
- before each save the draft checks that the files on disk are still the ones it last read or
  wrote; if someone changed them meanwhile it refuses, keeps the change in memory and says so;
- each file is written to a temporary file first and then moved into place, so a crash never
  leaves half a file.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from netlab._errors import TraineeError
from netlab.i18n import t
from netlab.mapping.files import map_paths
from netlab.mapping.model import SocialMap
from netlab.mapping.validate import TIE_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ACTOR_FIELDS", "MapDraft"]

#: The actor columns the builder writes (ties: :data:`netlab.mapping.validate.TIE_COLUMNS`).
ACTOR_FIELDS = ("id", "name", "sector", "level", "influence", "goal")


def _fingerprint(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


class MapDraft:
    """Actors and ties being built by hand, saved after every change.

    Example:
        >>> import tempfile
        >>> folder = tempfile.mkdtemp()
        >>> draft = MapDraft("demo", folder)
        >>> draft.set_actor("A", name="Volunteers", level="community", influence=2, goal="+")
        >>> draft.set_actor("B", name="Health centre", level="subdistrict")
        >>> draft.add_tie("A", "B", "information")
        >>> SocialMap.from_files("demo", folder).density()
        1.0
    """

    def __init__(self, name: str, folder: str | os.PathLike[str] = ".") -> None:
        import pandas as pd

        self.paths = map_paths(name, folder)
        self.name = name
        self.actors = pd.DataFrame(columns=list(ACTOR_FIELDS))
        self.ties = pd.DataFrame(columns=list(TIE_COLUMNS))
        self.loaded = False
        if any(p.exists() for p in self.paths):
            loaded = SocialMap.from_files(name, folder)  # raises, naming the file and row
            self.actors = loaded.actors.reset_index().reindex(
                columns=list(dict.fromkeys([*ACTOR_FIELDS, *loaded.actors.columns])))
            self.ties = loaded.ties.drop(columns="row")
            self.loaded = True
        self._seen = {p: _fingerprint(p) for p in self.paths}

    # --- edits -----------------------------------------------------------------------------
    def set_actor(self, ident: str, **fields: object) -> None:
        """Add an actor, or update the fields given for an existing one; then save."""
        import pandas as pd

        ident = str(ident).strip()
        if not ident:
            raise TraineeError(t("mapping.draft.no_id"))
        actors = self.actors.copy()
        if ident in set(actors["id"]):
            for key, value in fields.items():
                if key not in actors.columns:
                    actors[key] = None
                actors.loc[actors["id"] == ident, key] = value
        else:
            actors = pd.concat([actors, pd.DataFrame([{"id": ident, **fields}])],
                               ignore_index=True)
        self._commit(actors, self.ties)

    def remove_actor(self, ident: str) -> None:
        """Remove an actor that has no ties (remove its ties first); then save."""
        ident = str(ident).strip()
        if ident not in set(self.actors["id"]):
            raise TraineeError(t("mapping.draft.no_actor", id=ident))
        tied = self.ties[(self.ties["source"] == ident) | (self.ties["target"] == ident)]
        if len(tied):
            pairs = ", ".join(f"{s}–{g}" for s, g in zip(tied["source"], tied["target"],
                                                         strict=True))
            raise TraineeError(t("mapping.draft.actor_has_ties", id=ident, ties=pairs))
        self._commit(self.actors[self.actors["id"] != ident], self.ties)

    def add_tie(self, source: str, target: str, type: str = "information", weight: float = 1,
                directed: bool = False) -> None:
        """Add a tie (the same pair may have ties of several types); then save."""
        import pandas as pd

        row = {"source": source, "target": target, "type": type, "weight": weight,
               "directed": directed}
        self._commit(self.actors, pd.concat([self.ties, pd.DataFrame([row])],
                                            ignore_index=True))

    def remove_tie(self, index: int) -> None:
        """Remove the tie in row ``index`` of :attr:`ties`; then save."""
        if index not in range(len(self.ties)):
            raise TraineeError(t("mapping.draft.no_tie", index=index, count=len(self.ties)))
        self._commit(self.actors, self.ties.drop(self.ties.index[index]))

    # --- checking and saving ---------------------------------------------------------------
    def _commit(self, actors: pd.DataFrame, ties: pd.DataFrame) -> None:
        checked = SocialMap(actors, ties)  # raises before anything changes
        self.actors = checked.actors.reset_index()
        self.ties = checked.ties.drop(columns="row").reset_index(drop=True)
        self.save()

    def save(self) -> None:
        """Write both files, unless they changed on disk since this draft read or wrote
        them (then raise, keeping the draft in memory)."""
        changed = [p.name for p in self.paths if _fingerprint(p) != self._seen[p]]
        if changed:
            raise TraineeError(t("mapping.draft.changed_on_disk", files=", ".join(changed),
                               name=self.name))
        for path, frame in zip(self.paths, (self.actors, self.ties), strict=True):
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.tmp")
            frame.to_csv(temporary, index=False, encoding="utf-8")
            os.replace(temporary, path)
            self._seen[path] = _fingerprint(path)

    def social_map(self) -> SocialMap:
        """The draft as a :class:`~netlab.mapping.SocialMap`."""
        return SocialMap(self.actors, self.ties)
