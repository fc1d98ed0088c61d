"""Load the course datasets with validation and errors a trainee can act on.

``load(name)`` reads ``datasets/<name>.csv`` and checks it against its schema
(:mod:`netlab.schemas`): columns, types, ranges, allowed values, unique ids. Every problem found
is reported at once, in the active language, naming the file, the line (as a text editor
numbers it), the row's id and the column.

The files are found in this order: ``$NETLAB_DATASETS``, the copy packaged inside an installed
netlab, the ``datasets/`` folder of a source checkout.

Example:
    >>> from netlab.datasets import load
    >>> df = load("problem_scenarios")
    >>> {"id", "expected_type", "K1"} <= set(df.columns)
    True
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from netlab._errors import TraineeError
from netlab.i18n import get_language, t
from netlab.schemas import SCHEMAS, Column, Schema

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DatasetError", "Problem", "available", "dataset_dir", "load", "skipped"]

MAX_REPORTED = 15
_CACHE: dict[tuple[str, str, int, int, str], pd.DataFrame] = {}
_TRUE = {"true", "1", "yes", "y", "ใช่", "จริง"}
_FALSE = {"false", "0", "no", "n", "ไม่ใช่", "เท็จ"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where (line, row id, column) and what, already worded."""

    line: int | None
    row: str | None
    column: str | None
    message: str

    def render(self) -> str:
        """The problem as one line: "line 7 (id P06), column S2: ..."."""
        where = []
        if self.line is not None:
            where.append(t("datasets.where.line", line=self.line))
        if self.row:
            where.append(t("datasets.where.row", row=self.row))
        if self.column:
            where.append(t("datasets.where.column", column=self.column))
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class DatasetError(TraineeError):
    """A dataset file that does not match its schema; ``problems`` lists each issue.

    Example:
        >>> err = DatasetError("x.csv", [Problem(3, "P02", "S1", "bad")])
        >>> err.problems[0].column
        'S1'
    """

    def __init__(self, path: str | os.PathLike[str], problems: list[Problem]) -> None:
        self.path = str(path)
        self.problems = problems
        lines = [t("datasets.error.header", path=self.path, count=len(problems))]
        lines += ["- " + p.render() for p in problems[:MAX_REPORTED]]
        if len(problems) > MAX_REPORTED:
            lines.append(t("datasets.error.more", count=len(problems) - MAX_REPORTED))
        super().__init__("\n".join(lines))


def dataset_dir() -> Path:
    """The folder the course datasets are read from.

    Example:
        >>> (dataset_dir() / "problem_scenarios.csv").exists()
        True
    """
    env = os.environ.get("NETLAB_DATASETS")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    packaged = here / "_datasets"
    if packaged.is_dir():
        return packaged
    return here.parents[1] / "datasets"


def available() -> list[str]:
    """The dataset names ``load`` knows.

    Example:
        >>> "problem_cases" in available()
        True
    """
    return sorted(SCHEMAS)


def load(name: str, path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Read and validate a dataset.

    Args:
        name: the dataset's name, e.g. "problem_scenarios" (see :func:`available`).
        path: read this file instead of ``datasets/<name>.csv``, checked against the same
            schema (for a trainee's own copy).

    Returns:
        A DataFrame with typed columns; ``df.attrs["path"]`` records where it came from. For
        a survey-like dataset (``skip_bad_rows`` in its schema) a row with bad values is left
        out and said in ``df.attrs["skipped"]`` (see :func:`skipped`) instead of refusing the
        whole file.

    Raises:
        ValueError: an unknown name (listing the known ones).
        DatasetError: a ValueError naming file, line, row and column of every problem.

    Example:
        >>> load("problem_cases")["id"].is_unique
        True
    """
    if name not in SCHEMAS:
        raise TraineeError(t("datasets.error.unknown_name", name=repr(name),
                           allowed=", ".join(available())))
    file = Path(path) if path is not None else dataset_dir() / f"{name}.csv"
    try:
        stat = file.stat()
    except OSError:
        stat = None
    if stat is None or not file.is_file():
        raise DatasetError(file, [Problem(None, None, None, t("datasets.error.missing_file"))])
    # A file that has not changed is parsed and validated once; callers get their own copy.
    # Skipped rows are reported in words: for such datasets the language is part of the key.
    lang = get_language() if SCHEMAS[name].skip_bad_rows else ""
    key = (name, str(file.resolve()), stat.st_mtime_ns, stat.st_size, lang)
    if key not in _CACHE:
        schema = SCHEMAS[name]
        header, rows = _split(file, _decode(file))
        _check_header(file, schema, header)
        if len(_CACHE) > 32:
            _CACHE.clear()
        _CACHE[key] = _build(file, schema, header, rows)
    return _CACHE[key].copy()  # copy() also copies attrs


def _decode(file: Path) -> str:
    raw = file.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problem = Problem(line, None, None, t("datasets.error.encoding"))
        raise DatasetError(file, [problem]) from None


def _split(file: Path, text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    start = 1
    try:
        for fields in reader:
            if header is None:
                header = [h.strip() for h in fields]
            elif fields and any(f.strip() for f in fields):
                rows.append((start, fields))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise DatasetError(file, [Problem(reader.line_num, None, None,
                                          t("datasets.error.csv", detail=str(exc)))]) from None
    if header is None:
        raise DatasetError(file, [Problem(None, None, None, t("datasets.error.empty"))])
    return header, rows


def _check_header(file: Path, schema: Schema, header: list[str]) -> None:
    problems = []
    seen: set[str] = set()
    for name in header:
        if name in seen:
            problems.append(Problem(1, None, name, t("datasets.error.duplicate_column")))
        seen.add(name)
    missing = [c for c in schema.names if c not in seen]
    extra = [h for h in header if h not in schema.names]
    if missing:
        problems.append(Problem(1, None, None, t(
            "datasets.error.missing_columns", columns=", ".join(missing),
            found=", ".join(extra) if extra else "-")))
    elif extra and not schema.allow_extra:
        problems.append(Problem(1, None, None, t(
            "datasets.error.extra_columns", columns=", ".join(extra),
            allowed=", ".join(schema.names))))
    if problems:
        raise DatasetError(file, problems)


def _convert(col: Column, raw: str) -> tuple[object, str | None]:
    """Convert one cell; return (value, None) or (None, error message)."""
    value = raw.strip()
    if value == "":
        return None, (t("datasets.error.required") if col.required else None)
    if col.kind in ("int", "float"):
        try:
            number: float = int(value) if col.kind == "int" else float(value)
        except ValueError:
            kind = t(f"datasets.kind.{col.kind}")
            return None, t("datasets.error.not_number", value=repr(value), kind=kind)
        if col.allowed is not None and number not in col.allowed:
            return None, t("datasets.error.not_allowed", value=repr(value),
                           allowed=", ".join(map(str, col.allowed)))
        if ((col.minimum is not None and number < col.minimum)
                or (col.maximum is not None and number > col.maximum)):
            return None, t("datasets.error.range", value=repr(value), minimum=col.minimum,
                           maximum=col.maximum)
        return number, None
    if col.kind == "bool":
        low = value.casefold()
        if low in _TRUE or low in _FALSE:
            return low in _TRUE, None
        return None, t("datasets.error.not_bool", value=repr(value))
    if col.allowed is not None and value not in col.allowed:
        return None, t("datasets.error.not_allowed", value=repr(value),
                       allowed=", ".join(map(str, col.allowed)))
    if col.pattern is not None and not re.fullmatch(col.pattern, value):
        return None, t("datasets.error.pattern", value=repr(value),
                       example=col.example or col.pattern)
    return value, None


def _build(file: Path, schema: Schema, header: list[str],
           rows: list[tuple[int, list[str]]]) -> pd.DataFrame:
    import pandas as pd

    problems: list[Problem] = []
    skipped: list[Problem] = []
    records: list[dict[str, object]] = []
    key_index = header.index(schema.key) if schema.key in header else None
    firsts: dict[tuple[str, object], int] = {}
    for line, fields in rows:
        row_id = fields[key_index].strip() if key_index is not None and key_index < len(
            fields) else None
        if len(fields) != len(header):
            row_problems = [Problem(line, row_id, None, t(
                "datasets.error.field_count", found=len(fields), expected=len(header)))]
        else:
            record, row_problems = _record(schema, header, fields, line, row_id, firsts)
        if row_problems and schema.skip_bad_rows:
            skipped += row_problems
        elif row_problems:
            problems += row_problems
        else:
            records.append(record)
    if problems:
        raise DatasetError(file, problems)
    df = pd.DataFrame.from_records(records, columns=header)
    for col in schema.columns:
        if col.kind == "int":
            df[col.name] = df[col.name].astype("int64" if col.required else "Int64")
        elif col.kind == "float":
            df[col.name] = df[col.name].astype("float64")
        elif col.kind == "bool":
            df[col.name] = df[col.name].astype("bool" if col.required else "boolean")
    df.attrs["path"] = str(file)
    df.attrs["dataset"] = schema.name
    df.attrs["skipped"] = [t("datasets.skipped_row", problem=p.render()) for p in skipped]
    return df


def _record(schema: Schema, header: list[str], fields: list[str], line: int,
            row_id: str | None, firsts: dict[tuple[str, object], int]
            ) -> tuple[dict[str, object], list[Problem]]:
    """One row converted by the schema, and what is wrong with it."""
    problems: list[Problem] = []
    record: dict[str, object] = {}
    for name, raw in zip(header, fields, strict=True):
        if name not in schema.names:
            record[name] = raw
            continue
        col = schema.column(name)
        value, error = _convert(col, raw)
        if error:
            problems.append(Problem(line, row_id, name, error))
        elif col.unique and value is not None:
            first = firsts.setdefault((name, value), line)
            if first != line:
                problems.append(Problem(line, row_id, name, t(
                    "datasets.error.duplicate", value=repr(value), first=first)))
        record[name] = value
    return record, problems


def skipped(df: pd.DataFrame) -> list[str]:
    """The rows :func:`load` skipped in a survey-like dataset, each said in one line.

    Example:
        >>> skipped(load("problem_cases"))
        []
    """
    return list(df.attrs.get("skipped", []))
