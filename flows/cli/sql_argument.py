"""`themelake query`'s SQL argument when it opens with a `--` comment: read as the SQL, not as an option."""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand

# The options of `query` that take a value: the word after one is its value (a file named "-- x" too).
VALUE_OPTIONS = frozenset({"--lake", "--format", "-f", "--sql-file", "--max-rows"})


def sql_led_by_comment(args: list[str]) -> list[str]:
    """Return `query`'s arguments with SQL that opens with a `--` comment moved after `--`, which ends the options.

    An option's name holds no space nor line end, and such SQL does (`-- top themes` then a new line and the
    query, as a file of the examples is pasted): it was "No such option: -- top themes\\x0aselect ...".

    >>> sql_led_by_comment(["-- top\\nselect 1", "--lake", "l"])
    ['--lake', 'l', '--', '-- top\\nselect 1']
    >>> sql_led_by_comment(["--lake", "l", "select 1"]), sql_led_by_comment(["--lake=my lake", "select 1"])
    (['--lake', 'l', 'select 1'], ['--lake=my lake', 'select 1'])
    >>> sql_led_by_comment(["--lake", "l", "--", "-- top\\nselect 1"])
    ['--lake', 'l', '--', '-- top\\nselect 1']
    """
    options = args[: args.index("--")] if "--" in args else args
    sql = [
        n for n, arg in enumerate(options)
        if arg.startswith("--") and any(ch.isspace() for ch in arg.split("=", 1)[0])
        and (n == 0 or options[n - 1] not in VALUE_OPTIONS)
    ]
    if not sql:
        return args
    rest = [arg for n, arg in enumerate(args) if n not in sql]
    if "--" not in rest:
        rest.append("--")
    at = rest.index("--") + 1
    return rest[:at] + [args[n] for n in sql] + rest[at:]


class CommentLedSql(TyperCommand):
    """The `query` command, whose SQL may open with a `--` comment without a `--` before it."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, sql_led_by_comment(args))
