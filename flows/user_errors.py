"""Errors a user can cause end a flow run in one line: a Failed state whose message is the error.

A flow that raised a missing source folder, a bad taxonomy or a busy lake showed a 20-line
traceback in its log and only "Failed" in `prefect deployment run --watch`. Wrapped in
`fails_in_one_line`, such a flow returns a Failed state instead, whose message is the one line (the
UI, `prefect flow-run inspect` and the run's last log line "Finished in state Failed('...')" show it)
and whose data is the error, so a caller of the flow in Python (the CLI) gets the error itself
raised, as before. Tracebacks stay for our bugs: any other exception propagates unchanged.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

from prefect.states import Failed

from transforms.taxonomy import TaxonomyError
from warehouse.lake import LakeError
from warehouse.sources import SourceError

# The errors whose message is meant for the user and says what to do.
USER_ERRORS: tuple[type[Exception], ...] = (SourceError, TaxonomyError, LakeError)

F = TypeVar("F", bound=Callable[..., Any])


def fails_in_one_line(fn: F) -> F:
    """Wrap a flow's function (under `@flow`) so that a user's error fails the run with its one line."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except USER_ERRORS as error:
            return Failed(message=str(error), data=error)

    return cast(F, run)


def user_error(state: Any) -> Exception | None:
    """Return the user's error a Failed state carries (from `fails_in_one_line`), or None."""
    try:
        error = state.result(raise_on_failure=False)
    except Exception:  # the state's data could not be read back: not one of ours
        return None
    return error if isinstance(error, USER_ERRORS) else None
