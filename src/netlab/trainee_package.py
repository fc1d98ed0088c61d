"""``netlab trainee-package``: the netlab wheel a class installs for its trainees.

For self-learners (``c.Netlab.self_check = True``, the default) it is the ordinary wheel: the
self-checks compare answers with the keys and offer worked answers. For a graded class
(``c.Netlab.self_check = False`` in ``grading/nbgrader_config.py``, or ``NETLAB_SELF_CHECK=off``)
the wheel is built without the key file and without the worked answers, so nothing installed for
trainees holds an answer: their self-checks check the form of an answer and say it is marked
at grading. The instructor's own installation (which ``netlab grade`` judges with) keeps both.

The wheel is built by ``uv build`` from the checkout (hatchling, as ``pip install .`` would),
then the two files are taken out of it and out of its ``RECORD``; the standard library's
``zipfile`` does that, as the ``wheel`` tool's unpack and pack would.

Example:
    >>> sorted(SECRET_FILES)
    ['netlab/resources/keys.json', 'netlab/resources/worked.dat']
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

__all__ = ["SECRET_FILES", "build_trainee_package", "without"]

#: What a graded class's trainee package leaves out.
SECRET_FILES = frozenset({"netlab/resources/keys.json", "netlab/resources/worked.dat"})


def without(wheel: Path, names: frozenset[str], out: Path) -> Path:
    """Write ``wheel`` to ``out`` without the files ``names`` (and their ``RECORD`` lines).

    Example:
        >>> import io
        >>> folder = Path(tempfile.mkdtemp())
        >>> with zipfile.ZipFile(folder / "a.whl", "w") as z:
        ...     z.writestr("p/keep.py", "x"); z.writestr("p/drop.txt", "y")
        ...     z.writestr("p-1.dist-info/RECORD", "p/keep.py,,\\np/drop.txt,,\\n")
        >>> kept = without(folder / "a.whl", frozenset({"p/drop.txt"}), folder / "b.whl")
        >>> zipfile.ZipFile(kept).namelist(), zipfile.ZipFile(kept).read(
        ...     "p-1.dist-info/RECORD")
        (['p/keep.py', 'p-1.dist-info/RECORD'], b'p/keep.py,,\\n')
    """
    with zipfile.ZipFile(wheel) as source, zipfile.ZipFile(out, "w",
                                                           zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in names:
                continue
            data = source.read(info)
            if info.filename.endswith(".dist-info/RECORD"):
                lines = data.decode("utf-8").splitlines(keepends=True)
                data = "".join(line for line in lines
                               if line.split(",", 1)[0] not in names).encode("utf-8")
            target.writestr(info, data)
    return out


def build_trainee_package(checkout: Path, out_dir: Path, carries_keys: bool) -> Path:
    """Build the trainees' wheel from the source ``checkout`` into ``out_dir``.

    Raises:
        RuntimeError: the build failed (its output is in the message).

    Example::

        $ netlab trainee-package --out dist/trainees
        wrote dist/trainees/netlab-0.7.0-py3-none-any.whl (no keys, no worked answers)
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="netlab-wheel-") as tmp:
        uv = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
        command = ([uv, "build", "--wheel", "--out-dir", tmp, str(checkout)] if uv else
                   [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", tmp, str(checkout)])
        done = subprocess.run(command, capture_output=True, text=True)
        wheels = sorted(Path(tmp).glob("netlab-*.whl"))
        if done.returncode != 0 or not wheels:
            raise RuntimeError(f"building the wheel failed:\n{done.stdout}{done.stderr}")
        target = out_dir / wheels[0].name
        if carries_keys:
            shutil.copyfile(wheels[0], target)
        else:
            without(wheels[0], SECRET_FILES, target)
    return target
