"""A deployment run's parameter of the wrong type said in one line: the parameter, the forms it takes, what it got.

Prefect validates a flow run's parameters with pydantic before the flow starts, and failed a run given
`since=yesterday` in pydantic's words on two lines ("Flow run received invalid parameters:" then
" - since: Input should be a valid date or datetime, input is too short"), which named no form that works.
`typed_parameters` words it as the CLI words `--since yesterday` (flows/cli/day_option.py): "`since` takes a date,
YYYY-MM-DD (2026-09-01), or null for none; got 'yesterday'". Prefect puts its own "Validation of flow parameters
failed" before it.
"""

from __future__ import annotations

import types
import typing
from datetime import date
from typing import Any, TypeVar

from prefect import Flow
from prefect.exceptions import ParameterTypeError
from pydantic import TypeAdapter, ValidationError

from flows.parameter_words import DATE_FORM, refused_value

FlowT = TypeVar("FlowT", bound=Flow)

# The forms a value of each annotated type is given in, in a deployment's parameters.
_FORMS: dict[Any, str] = {
    date: DATE_FORM,
    int: "a whole number",
    bool: "true or false",
    str: "text",
    list: 'a list of texts (["a", "b"])',
}


def accepted_forms(annotation: Any) -> str:
    """Return the forms a parameter of this annotation takes, in words.

    >>> accepted_forms(date | None)
    'a date, YYYY-MM-DD (2026-09-01), or null for none'
    >>> accepted_forms(int), accepted_forms(list[str])
    ('a whole number', 'a list of texts (["a", "b"])')
    """
    kinds = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    forms = [_FORMS.get(typing.get_origin(kind) or kind, getattr(kind, "__name__", str(kind)))
             for kind in kinds if kind is not type(None)]
    return " or ".join(forms) + (", or null for none" if type(None) in kinds else "")


def parameter_problems(fn: Any, parameters: dict[str, Any]) -> str:
    """Return one line naming each of `parameters` that `fn`'s annotations refuse, the forms it takes and its value
    ("" if none is refused).

    >>> def report(since: date | None = None, top: int = 10): ...
    >>> parameter_problems(report, {"since": "yesterday", "top": 8})
    "`since` takes a date, YYYY-MM-DD (2026-09-01), or null for none; got 'yesterday'"
    """
    hints = typing.get_type_hints(fn)
    said = []
    for name, value in parameters.items():
        if name not in hints or (isinstance(value, dict) and "$ref" in value):  # a block's reference: Prefect's
            continue
        try:
            TypeAdapter(hints[name]).validate_python(value)
        except ValidationError:
            said.append(refused_value(name, accepted_forms(hints[name]), value))
    return "; ".join(said)


def typed_parameters(flow: FlowT) -> FlowT:
    """Make `flow` refuse a parameter of the wrong type in one line (see the module's docstring)."""
    prefects = flow.validate_parameters

    def validate_parameters(parameters: dict[str, Any]) -> dict[str, Any]:
        # Checked before Prefect's own check, which also logs pydantic's list of errors as it refuses them.
        said = parameter_problems(flow.fn, parameters)
        if said:
            raise ParameterTypeError(said)
        return prefects(parameters)

    flow.validate_parameters = validate_parameters  # type: ignore[method-assign]
    return flow
