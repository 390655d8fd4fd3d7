"""What a flow checks of its parameters before it takes a lake's lock: the CLI's rules, for deployments.

`themelake run --batch-size 0` or `--lake ""` is refused by the CLI in one line; the same values given
to a deployment (`prefect deployment run ... --param batch_size=0`, `--param lake=$UNSET`) reached the
flow unchecked: a traceback after the writer lock was taken (batch_size 0), a ZeroDivisionError
(relabel's), or, for an empty string, the worker's default lake or source used in silence. A flow
now fails such a run in one line (a ParameterError is one of flows.user_errors' errors) naming the
parameter as the flow names it.
"""

from __future__ import annotations

from collections.abc import Sequence


class ParameterError(ValueError):
    """A flow parameter no run can use; its message names the parameter and what to give."""


def check_count(name: str, value: object, low: int = 1, high: int | None = None) -> None:
    """Raise ParameterError unless `value` is a whole number from `low` (to `high`).

    >>> check_count("batch_size", 2000)
    >>> check_count("batch_size", 0)
    Traceback (most recent call last):
    ...
    flows.flow_checks.ParameterError: the parameter batch_size is 0: give a whole number of at least 1
    """
    whole = isinstance(value, int) and not isinstance(value, bool)
    if whole and value >= low and (high is None or value <= high):  # type: ignore[operator]
        return
    wanted = f"of at least {low}" if high is None else f"from {low} to {high}"  # not "of from 1 to 50"
    raise ParameterError(f"the parameter {name} is {value!r}: give a whole number {wanted}")


def check_not_empty(name: str, value: str | None) -> None:
    """Raise ParameterError for an empty (or blank) string: an unset variable in `--param lake=$LAKE`
    would otherwise give the worker's default (None, not given, still does).

    >>> check_not_empty("lake", None); check_not_empty("lake", "lake")
    >>> check_not_empty("lake", " ")
    Traceback (most recent call last):
    ...
    flows.flow_checks.ParameterError: the parameter lake is empty: give a folder, or leave it out for the default
    """
    if value is not None and not str(value).strip():
        what = "a folder" if name in ("lake", "source") else "a value"
        raise ParameterError(f"the parameter {name} is empty: give {what}, or leave it out for the default")


def check_globs(name: str, globs: Sequence[str] | None) -> None:
    """Raise ParameterError for an empty glob in a list of globs (it matches nothing, or everything)."""
    for glob in globs or ():
        if not str(glob).strip():
            raise ParameterError(f"the parameter {name} holds an empty glob: give each a pattern, such as '*.txt'")


def check_enrichments(only: list[str] | None) -> list[str] | None:
    """Return the enrichments named (places, amounts, tone: each once, in that order), or raise ParameterError
    for a name that is none of them or a list that names none.

    >>> check_enrichments(["tone", "places", "tone"]), check_enrichments(None)
    (['places', 'tone'], None)
    >>> check_enrichments(["place"])
    Traceback (most recent call last):
    flows.flow_checks.ParameterError: the parameter only names 'place': give places, amounts or tone
    """
    if only is None:
        return None
    names = ("places", "amounts", "tone")
    for name in only:
        if name not in names:
            raise ParameterError(f"the parameter only names {name!r}: give places, amounts or tone")
    if not only:
        raise ParameterError("the parameter only is empty: give places, amounts or tone, or leave it out for all three")
    return [name for name in names if name in only]
