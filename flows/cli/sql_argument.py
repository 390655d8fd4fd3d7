"""`themelake query`'s SQL argument when it opens with a `--` comment: read as the SQL, not as an option."""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand

# The options of `query` that take a value: the word after one is its value (a file named "-- x" too).
# The command reads its own (CommentLedSql); this set is the doctests'.
VALUE_OPTIONS = frozenset({"--lake", "--format", "-f", "--sql-file", "--max-rows"})


def sql_led_by_comment(args: list[str], value_options: frozenset[str] = VALUE_OPTIONS) -> list[str]:
    """Return `query`'s arguments with SQL that opens with a `--` comment moved after `--`, which ends the options.

    An option's name holds no space nor line end, and such SQL does (`-- top themes` then a new line and the
    query, as a file of the examples is pasted): it was "No such option: -- top themes\\x0aselect ...". A comment
    may hold a `=` before its first space (`--x=1`, then a new line): the part before it is no option of
    `query`'s, and an option's value (`--lake=my lake`) is one line.

    >>> sql_led_by_comment(["-- top\\nselect 1", "--lake", "l"])
    ['--lake', 'l', '--', '-- top\\nselect 1']
    >>> sql_led_by_comment(["--lake", "l", "select 1"]), sql_led_by_comment(["--lake=my lake", "select 1"])
    (['--lake', 'l', 'select 1'], ['--lake=my lake', 'select 1'])
    >>> sql_led_by_comment(["--lake", "l", "--", "-- top\\nselect 1"])
    ['--lake', 'l', '--', '-- top\\nselect 1']
    >>> sql_led_by_comment(["--limit=10\\nselect 1"]), sql_led_by_comment(["--lakes=my lake"])
    (['--', '--limit=10\\nselect 1'], ['--lakes=my lake'])
    """
    options = args[: args.index("--")] if "--" in args else args
    sql = [
        n for n, arg in enumerate(options)
        if arg.startswith("--") and is_sql(arg, value_options)
        and (n == 0 or options[n - 1] not in value_options)
    ]
    if not sql:
        return args
    rest = [arg for n, arg in enumerate(args) if n not in sql]
    if "--" not in rest:
        rest.append("--")
    at = rest.index("--") + 1
    return rest[:at] + [args[n] for n in sql] + rest[at:]


def is_sql(arg: str, value_options: frozenset[str]) -> bool:
    """Return whether `arg`, which opens with `--`, is SQL led by a comment rather than an option."""
    name = arg.split("=", 1)[0]
    return any(ch.isspace() for ch in name) or ("\n" in arg and name not in value_options)


class CommentLedSql(TyperCommand):
    """The `query` command, whose SQL may open with a `--` comment without a `--` before it."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        # typer's own copy of click (0.25 on) has its own Option class: known by what a parameter says it is.
        takes_value = frozenset(
            name for param in self.params
            if param.param_type_name == "option" and not getattr(param, "is_flag", False) for name in param.opts
        )
        return super().parse_args(ctx, sql_led_by_comment(args, takes_value))
