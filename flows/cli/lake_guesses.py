"""An option no command has that a user would guess names the lake (`--out`, `--db`): said to be `--lake`."""

from __future__ import annotations

import shlex
from typing import Any

# What other tools call the place they write to or read from: a loader's --out, --dest, --to; a database
# client's --db, --catalog. Where a command writes a file of its own (report's --output), the writing words mean
# that file, and Click's guess by spelling stays.
WRITING = ("--out", "--output", "--dest", "--to")
DATABASE = ("--db", "--database", "--catalog", "--warehouse")
ARGS = "themelake.args"  # the key of the command line's words in the context's meta, shared by every subcommand


def lake_option_hint(error: Any, ctx: Any) -> str | None:
    """Return how to give the lake where Click found no such option as `error`'s and the lake was meant, with the
    command line again, the option renamed; None where the command has no --lake, or has an option so named."""
    option = getattr(error, "option_name", None)
    command = getattr(ctx, "command", None)
    if not isinstance(option, str) or command is None or type(error).__name__ != "NoSuchOption":
        return None
    name, _, value = option.partition("=")
    opts = {opt for param in command.params for opt in getattr(param, "opts", ())}
    if "--lake" not in opts or not (name in DATABASE or (name in WRITING and not opts & {"-o", *WRITING})):
        return None
    words = list(ctx.meta.get(ARGS) or [])
    if command.name in words:  # the group's words: the command's own come after its name
        words = words[words.index(command.name) + 1:]
    again = ["--lake" if word == name else f"--lake={word.partition('=')[2]}" if word.startswith(f"{name}=")
             else word for word in words]
    if name not in words and not any(word.startswith(f"{name}=") for word in words):
        return f"a lake is given with --lake (`{ctx.command_path} --lake LAKE`)"
    return f"a lake is given with --lake: `{ctx.command_path} {shlex.join(again)}`"
