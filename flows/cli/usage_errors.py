"""A command line Click cannot read (no such option, a value of the wrong type, a missing argument) as one line.

Click said those in a box of its own, under the usage line and a "Try ... --help" line; every other mistake
of the user's is one line, `error: ...`, exit code 2. The words stay Click's (they name the option and the
value); the line ends with the command's `--help`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from flows.cli.command_hints import command_hint, missing_option_hint, option_hint
from flows.cli.extra_arguments import extra_argument_hint
from flows.cli.lake_guesses import ARGS, lake_option_hint

# typer's own copy of click (0.25 on) exports BadParameter alone of its errors: UsageError, its base, is
# the class of every mistake in a command line (NoSuchOption, MissingParameter, ...).
UsageError: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")


@contextmanager
def one_line(ctx: Any) -> Iterator[None]:
    """Say a usage error raised inside as one line on stderr and exit with its code (2)."""
    try:
        yield
    except UsageError as error:
        if type(error).__name__ == "NoArgsIsHelpError":  # `themelake` alone: the help, as Click shows it
            raise
        where = getattr(error, "ctx", None) or ctx
        message = command_hint(error.format_message().rstrip("."))  # type: ignore[attr-defined]
        if (hint := extra_argument_hint(message, where)) is not None:
            message = f"{message}: {hint}"
        elif (hint := lake_option_hint(error, where)) is not None:
            # Click's guess by spelling (`--out`: "Possible options: --report") is no option a lake is given with.
            message = f"No such option: {error.option_name}: {hint}"  # type: ignore[attr-defined]
        elif (hint := option_hint(error)) is not None:  # Click's guess (`--schedule`: --help) is no schedule
            message = f"No such option: {error.option_name}: {hint}"  # type: ignore[attr-defined]
        elif (hint := missing_option_hint(error)) is not None:
            message = f"{message}: {hint}"
        Console(stderr=True).print(f"[bold red]error:[/] {escape(message)}; see `{escape(help_path(where))} --help`",
                                   highlight=False, soft_wrap=True)
        raise typer.Exit(getattr(error, "exit_code", 2)) from None


def help_path(ctx: Any) -> str:
    """Return the command whose --help a usage error sends the user to: the command given, where Click raised it
    in the group's context (an option of the command's without its value, `relabel --taxonomy`)."""
    commands = getattr(ctx.command, "commands", None)
    if not commands:
        return str(ctx.command_path)
    # The first word that is no option is the command's name, where it is one (`themelake nosuch run` names none).
    first = next((word for word in ctx.meta.get(ARGS) or () if not word.startswith("-")), None)
    return f"{ctx.command_path} {first}" if first in commands else str(ctx.command_path)


class OneLineUsage(TyperGroup):
    """The app's group: the usage errors of its own options and of every command's are one line."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        ctx.meta[ARGS] = list(args)  # the words as given, for a line suggested in their place
        with one_line(ctx):
            return super().parse_args(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        with one_line(ctx):
            return super().invoke(ctx)
