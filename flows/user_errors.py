"""Errors a user can cause end a flow run in one line: a Failed state whose message is the error.

A flow that raised a missing source folder, a bad taxonomy or a busy lake showed a 20-line
traceback in its log and only "Failed" in `prefect deployment run --watch`. Wrapped in
`fails_in_one_line`, such a flow returns a Failed state instead, whose message is the one line (the
UI, `prefect flow-run inspect` and the run's last log line "Finished in state Failed('...')" show it)
and whose data is the error, so a caller of the flow in Python (the CLI) gets the error itself
raised, as before. Tracebacks stay for our bugs: any other exception propagates unchanged.

A deployment run's engine (a worker's or `themelake serve`'s subprocess) still raised that error
after the Failed state, and logged it once more with its traceback ("Engine execution exited with
unexpected exception") below the one line. `_UserErrorTraceback` drops that record, for our users'
errors only.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable
from typing import Any, TypeVar, cast

from prefect.context import FlowRunContext
from prefect.states import Failed

from flows.api_server import api_unreachable
from flows.flow_checks import ParameterError
from flows.parameter_words import in_parameter_words
from transforms.formats.field_options import MappingError
from transforms.taxonomy import TaxonomyError
from warehouse.lake import LakeError
from warehouse.report_files import ReportPathError
from warehouse.sources import SourceError

# The errors whose message is meant for the user and says what to do.
USER_ERRORS: tuple[type[Exception], ...] = (
    SourceError, TaxonomyError, LakeError, MappingError, ParameterError, ReportPathError
)

F = TypeVar("F", bound=Callable[..., Any])

# What Prefect's engine logs (prefect.flow_engine.run_flow) when a deployment run's flow raised.
ENGINE_TRACEBACK = "Engine execution exited with unexpected exception"


class _UserErrorTraceback(logging.Filter):
    """Drop the engine's traceback of a user's error: the Failed state's one line already said it.

    And keep only the line of an API that stopped answering mid-run ("Encountered exception during
    execution: ConnectError(...)"): its traceback is the HTTP client's, twice, where `themelake run`
    says in one line what happened and what the lake holds (flows/cli/app.py, `fail_api_gone`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and api_unreachable(error):
            record.exc_info = record.exc_text = None
            return True
        return not (record.msg == ENGINE_TRACEBACK and isinstance(error, USER_ERRORS))


logging.getLogger("prefect.flow_runs").addFilter(_UserErrorTraceback())


def fails_in_one_line(fn: F) -> F:
    """Wrap a flow's function (under `@flow`) so that a user's error fails the run with its one line.

    In a deployment's run the line names the flow's parameters where it names the CLI's options
    (flows/parameter_words.py); the error the state carries, which the CLI raises, keeps its words."""
    parameters = frozenset(inspect.signature(fn).parameters)

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except USER_ERRORS as error:
            message = str(error)
            context = FlowRunContext.get()
            if context is not None and context.flow_run is not None and context.flow_run.deployment_id is not None:
                message = in_parameter_words(message, parameters)
            return Failed(message=message, data=error)

    return cast(F, run)


def user_error(state: Any) -> Exception | None:
    """Return the user's error a Failed state carries (from `fails_in_one_line`), or None."""
    try:
        error = state.result(raise_on_failure=False)
    except Exception:  # the state's data could not be read back: not one of ours
        return None
    return error if isinstance(error, USER_ERRORS) else None
