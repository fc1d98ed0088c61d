"""Plain data: what may cross from a trainee's kernel to whoever judges an answer.

A check judges an answer from plain data only: JSON values, with tags for what JSON lacks
(dicts with other keys than text, tuples, sets, NaN, numpy scalars, pandas tables). Anything
else becomes :class:`Opaque`, which keeps only the name of its type and a short text, never its
behaviour. The live self-check turns every answer into plain data and back before judging it,
and ``netlab grade`` judges the plain data a graded kernel sends, in its own process: so an
object whose ``__eq__`` always says yes, or a table whose methods lie, judges like any other
value, and both paths judge the same data.

Example:
    >>> roundtrip({"C01": "complex", 2: {1, 2}})
    {'C01': 'complex', 2: {1, 2}}
    >>> class Liar:
    ...     def __eq__(self, other): return True
    >>> roundtrip(Liar()) == "anything"
    False
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Mapping
from typing import Any

__all__ = ["MAX_BYTES", "Opaque", "PlainDataError", "decode", "encode", "roundtrip"]

#: The largest answer, as JSON text, that is judged (a bigger one is refused, not cut).
MAX_BYTES = 5_000_000
_MAX_DEPTH = 40
_TAG = "$"
_NUMPY = ("bool_", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float16", "float32", "float64")
#: Column types a table keeps when it is rebuilt (any other becomes ``object``).
_DTYPES = frozenset({*(n.rstrip("_") for n in _NUMPY), "object", "str", "string", "boolean",
                     "Int64", "Float64", "category"})


class PlainDataError(ValueError):
    """Data that is not what :func:`encode` writes (too deep, too big, an unknown tag)."""


class Opaque:
    """Stands for a value that is not plain data: the name of its type and a short text.

    Example:
        >>> o = Opaque("Widget", "<Widget 1>")
        >>> type(o).__name__ == "Opaque", o.kind, repr(o)
        (True, 'Widget', '<Widget 1>')
    """

    __slots__ = ("kind", "text")

    def __init__(self, kind: str, text: str) -> None:
        self.kind, self.text = str(kind), str(text)

    def __repr__(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Opaque) and (self.kind, self.text) == (other.kind, other.text)

    def __hash__(self) -> int:
        return hash((self.kind, self.text))


def _short(value: object) -> str:
    try:
        text = repr(value)
    except Exception:  # a trainee's __repr__ may raise: the type's name is enough
        text = f"<{type(value).__name__}>"
    return text if len(text) <= 200 else text[:197] + "..."


def _opaque(value: object) -> dict[str, Any]:
    from netlab._errors import kind_of

    return {_TAG: "opaque", "kind": kind_of(value), "text": _short(value)}


def _float(value: float) -> Any:
    return value if math.isfinite(value) else {_TAG: "float", "v": repr(value)}


def _encode_numpy(value: Any, depth: int) -> Any:
    import numpy as np

    if isinstance(value, np.generic) and type(value).__name__ in _NUMPY:
        item = value.item()
        return {_TAG: "np", "dtype": type(value).__name__,
                "v": _float(item) if isinstance(item, float) else item}
    return None


def _encode_pandas(value: Any, depth: int) -> Any:
    import pandas as pd

    if value is pd.NA:
        return {_TAG: "na"}
    if isinstance(value, pd.DataFrame):
        return {_TAG: "frame", "index": [_enc(i, depth) for i in value.index],
                "index_name": _enc(value.index.name, depth),
                "columns": [_enc_series(value.iloc[:, n], value.columns[n], depth)
                            for n in range(value.shape[1])]}
    if isinstance(value, pd.Series):
        return {_TAG: "series", "index": [_enc(i, depth) for i in value.index],
                "column": _enc_series(value, value.name, depth)}
    return None


def _enc_series(series: Any, label: Any, depth: int) -> dict[str, Any]:
    return {"label": _enc(label, depth), "dtype": str(series.dtype),
            "values": [_enc(v, depth) for v in series.tolist()]}


def _enc(value: Any, depth: int) -> Any:
    depth += 1
    if depth > _MAX_DEPTH:
        return _opaque(value)
    if value is None or isinstance(value, bool):
        return value
    if value is Ellipsis:
        return {_TAG: "ellipsis"}
    if isinstance(value, str):
        return str.__str__(value)
    if type(value).__module__ == "numpy":  # before int and float: numpy's float64 is a float
        found = _encode_numpy(value, depth)
        return found if found is not None else _opaque(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return _float(float(value))
    if type(value).__module__.startswith("pandas"):
        found = _encode_pandas(value, depth)
        return found if found is not None else _opaque(value)
    if isinstance(value, Mapping):
        return {_TAG: "dict", "items": [[_enc(k, depth), _enc(v, depth)]
                                         for k, v in list(value.items())]}
    if isinstance(value, list):
        return [_enc(v, depth) for v in value]
    for kind in (tuple, frozenset, set):
        if isinstance(value, kind):
            return {_TAG: kind.__name__, "items": [_enc(v, depth) for v in value]}
    return _opaque(value)


def encode(value: Any) -> Any:
    """``value`` as JSON-ready plain data.

    Example:
        >>> encode({"a": (1, float("nan"))})
        {'$': 'dict', 'items': [['a', {'$': 'tuple', 'items': [1, {'$': 'float', 'v': 'nan'}]}]]}
    """
    try:
        return _enc(value, 0)
    except Exception:  # a trainee's object that fails while being read is opaque
        return _opaque(value)


def _dec(data: Any, depth: int) -> Any:
    depth += 1
    if depth > _MAX_DEPTH + 2:
        raise PlainDataError("nested too deeply")
    if data is None or isinstance(data, (bool, int, float, str)):
        return data
    if isinstance(data, list):
        return [_dec(v, depth) for v in data]
    if not isinstance(data, dict) or not isinstance(data.get(_TAG), str):
        raise PlainDataError(f"not plain data: {type(data).__name__}")
    tag = data[_TAG]
    if tag == "dict":
        return {_key(_dec(k, depth)): _dec(v, depth) for k, v in data["items"]}
    if tag == "tuple":
        return tuple(_dec(v, depth) for v in data["items"])
    if tag in ("set", "frozenset"):
        return (set if tag == "set" else frozenset)(_key(_dec(v, depth)) for v in data["items"])
    if tag == "float":
        return float(data["v"])
    if tag == "ellipsis":
        return Ellipsis
    if tag == "opaque":
        return Opaque(data["kind"], data["text"])
    if tag == "np":
        import numpy as np

        if data["dtype"] not in _NUMPY:
            raise PlainDataError(f"unknown numpy type {data['dtype']!r}")
        value = data["v"]
        return getattr(np, data["dtype"])(float(value["v"]) if isinstance(value, dict)
                                          else value)
    return _dec_pandas(tag, data, depth)


def _key(value: Any) -> Any:
    """A decoded value used as a dict key or set member must be hashable."""
    try:
        hash(value)
    except TypeError:
        return Opaque(type(value).__name__, _short(value))
    return value


def _dec_pandas(tag: str, data: dict[str, Any], depth: int) -> Any:
    import pandas as pd

    if tag == "na":
        return pd.NA
    if tag in ("frame", "series"):
        index = pd.Index([_key(_dec(i, depth)) for i in data["index"]], dtype=object,
                         tupleize_cols=False)
        if tag == "series":
            return _dec_series(data["column"], index, depth)
        index.name = _key(_dec(data["index_name"], depth))
        columns = [_dec_series(c, index, depth) for c in data["columns"]]
        frame = pd.concat(columns, axis=1) if columns else pd.DataFrame(index=index)
        frame.columns = pd.Index([c.name for c in columns], dtype=object, tupleize_cols=False)
        return frame
    raise PlainDataError(f"unknown tag {tag!r}")


def _dec_series(data: dict[str, Any], index: Any, depth: int) -> Any:
    """One column: its values in the type it had (one of :data:`_DTYPES`, else ``object``)."""
    import pandas as pd

    values = [_dec(v, depth) for v in data["values"]]
    if len(values) != len(index):
        raise PlainDataError("a column whose values do not fit the index")
    series = pd.Series(values, index=index, name=_key(_dec(data["label"], depth)), dtype=object)
    dtype = data.get("dtype")
    if dtype in _DTYPES and dtype != "object":
        with contextlib.suppress(TypeError, ValueError):  # then the values speak for themselves
            series = series.astype(dtype)
    return series


def decode(data: Any) -> Any:
    """The value :func:`encode` wrote. Raises :class:`PlainDataError` for anything else (or for
    data over :data:`MAX_BYTES` as JSON).

    Example:
        >>> decode({"$": "set", "items": ["W05", "W13"]}) == {"W05", "W13"}
        True
    """
    try:
        size = len(json.dumps(data, ensure_ascii=False))
    except (TypeError, ValueError, RecursionError) as exc:
        raise PlainDataError(f"not JSON: {exc}") from None
    return _decode_sized(data, size)


def _decode_sized(data: Any, size: int) -> Any:
    """:func:`decode` of data whose JSON text is ``size`` characters long."""
    if size > MAX_BYTES:
        raise PlainDataError(f"{size} bytes, more than {MAX_BYTES}")
    try:
        return _dec(data, 0)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        if isinstance(exc, PlainDataError):
            raise
        raise PlainDataError(f"malformed: {type(exc).__name__}: {exc}") from None


def roundtrip(value: Any) -> Any:
    """``decode(encode(value))``: the value as a judge sees it.

    Example:
        >>> import numpy as np
        >>> type(roundtrip(np.float64(0.5))).__name__
        'float64'
    """
    text = json.dumps(encode(value), ensure_ascii=False)  # what would cross, as JSON
    return _decode_sized(json.loads(text), len(text))
