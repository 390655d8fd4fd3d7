"""A flow run's parameters, sent to the API as they are when they are plain JSON already.

Prefect sends a flow run's parameters to its API through FastAPI's `jsonable_encoder`
(`Flow.serialize_parameters`), and imports FastAPI for it on every run's first call: 0.20 to 0.25 s of
the 2.5 to 3 s a `themelake run` of the bundled examples takes with an API up (benchmarks/latency.py,
"flow-run creation"). Our flows' parameters are strings, numbers, booleans, None and lists of
strings, which that encoder returns unchanged (a tuple as a list): `plain_parameters` sends those
as they are, and hands anything else (a date, a path, an Enum, a future) to Prefect's own method.
"""

from __future__ import annotations

from typing import Any, TypeVar

from prefect import Flow

FlowT = TypeVar("FlowT", bound=Flow)

# Exact types: a subclass (an Enum of str, say) is the encoder's to turn into its value.
_SCALARS = frozenset((str, int, float, bool, type(None)))


def plain(value: object) -> bool:
    """Return True for a value that is JSON as it is: a scalar, or a list, tuple or str-keyed dict of them.

    Dict keys that start with "_sa" are not plain: the encoder leaves them out (SQLAlchemy's state).

    >>> plain(["text=body"]), plain({"a": (1, None)}), plain({1: "a"}), plain({"_sa_x": 1})
    (True, True, False, False)
    """
    kind = type(value)
    if kind in _SCALARS:
        return True
    if kind is list or kind is tuple:
        return all(plain(v) for v in value)  # type: ignore[attr-defined]
    if kind is dict:
        return all(type(k) is str and not k.startswith("_sa") and plain(v)
                   for k, v in value.items())  # type: ignore[attr-defined]
    return False


def _as_json(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_as_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    return value


def plain_parameters(flow: FlowT) -> FlowT:
    """Make `flow` send plain parameters without FastAPI's encoder (see the module's docstring)."""
    prefects = flow.serialize_parameters

    def serialize_parameters(parameters: dict[str, Any]) -> dict[str, Any]:
        try:
            if all(plain(v) for v in parameters.values()):
                return {key: _as_json(value) for key, value in parameters.items()}
        except RecursionError:  # a list that holds itself: Prefect's method sends a placeholder
            pass
        return prefects(parameters)

    flow.serialize_parameters = serialize_parameters  # type: ignore[method-assign]
    return flow
