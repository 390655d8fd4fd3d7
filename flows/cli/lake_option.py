"""--lake, the option every command that reads or writes a lake takes: its checks, and what a command keeps of
its lake (how the user named it, whether the wait for its lock was said) for the lines said of it."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Annotated, Any

import typer

from flows.cli.lake_path import LAKE_VARIABLE, no_lake_as_typed, no_lake_as_variable, not_a_lake_folder

EMPTY_LAKE = "give the lake's folder (--lake . for the current one), or leave it out for THEMELAKE_LAKE, else ./lake"


@dataclass
class CommandLake:
    """The lake one command was given, how a line names where it came from, and whether the command has said
    that it waits for the lake's writer lock."""

    path: str | None = None
    named: str = "--lake "
    said_waiting: bool = False

    def said_of(self, message: str) -> str:
        """Return a line of the warehouse's about this lake as the user gave it: the variable, or --lake as typed."""
        if self.path is None:
            return message
        if self.named == LAKE_VARIABLE:
            return no_lake_as_variable(message, self.path)
        return no_lake_as_typed(message, self.path)


# The command's lake, set by every --lake callback (a new one each command: a process runs many in the tests).
# A context variable rather than the command's click context: typer bundles its own click, so click's
# get_current_context() is None in our commands, and the wait for a lock was said at each wait.
_COMMAND_LAKE: ContextVar[CommandLake | None] = ContextVar("command_lake", default=None)


def command_lake() -> CommandLake:
    """Return the running command's lake: what its --lake callback kept, or a lake of no command's (no --lake)."""
    return _COMMAND_LAKE.get() or CommandLake()


def forget_command_lake() -> None:
    """Forget the last command's lake, as a command starts (a command without --lake has none)."""
    _COMMAND_LAKE.set(None)


def lake_folder(hint: str = EMPTY_LAKE) -> Callable[[typer.Context, typer.CallbackParam, Any], Any]:
    """Return --lake's callback: it stops on an empty value (ending with `hint`), a Windows path, a file, or
    THEMELAKE_LAKE's folder of other files (flows/cli/lake_path.py), for every command alike."""

    def check(ctx: typer.Context, param: typer.CallbackParam, value: Any) -> Any:
        from flows.cli.app import fail, refuse_empty  # app imports this module for LakeOption: imported when run

        _COMMAND_LAKE.set(CommandLake())  # before any refusal: a line of the last command's lake is not this one's
        refuse_empty(hint)(param, value)
        named = lake_named(ctx, param, value) if isinstance(value, str) else ""
        refused = not_a_lake_folder(value, named, ctx.info_name) if named else None
        if refused:
            fail(refused)
        if named:  # kept for `fail`, which says the warehouse's "no lake" line of the lake as the user gave it
            _COMMAND_LAKE.set(CommandLake(value, named))
        return value

    return check


def lake_named(ctx: typer.Context, param: typer.CallbackParam, value: str) -> str:
    """Return how a line names where --lake's value came from: `--lake ` as given, `THEMELAKE_LAKE=` as set."""
    # `THEMELAKE_LAKE='C:\data\lake' themelake query ...` was told "--lake C:\data\lake: ...; --lake /data/lake":
    # a flag the user never typed, and nothing to find the variable by. The variable's value is the default
    # here; by the source's name, as flows/cli/run.py reads it (typer's click has its own ParameterSource).
    default = getattr(ctx.get_parameter_source(param.name or ""), "name", None) == "DEFAULT"
    return LAKE_VARIABLE if default and os.environ.get("THEMELAKE_LAKE") == value else "--lake "


LakeOption = Annotated[
    str, typer.Option("--lake", help="Lake folder (env THEMELAKE_LAKE).", callback=lake_folder())
]
