"""An option no command has that a user would guess names the lake (`--out`, `--db`): said to be `--lake`; or,
of a command that prints its result (`query -o out.csv`), the file that result is redirected to."""

from __future__ import annotations

import os
import shlex
from pathlib import Path, PurePath
from typing import Any

# What other tools call the place they write to or read from: a loader's --out, --dest, --to (-o, --output's
# short form); a database client's --db, --catalog. Where a command writes a file of its own (report's --output),
# the writing words mean that file, and Click's guess by spelling stays.
WRITING = ("--out", "--output", "--dest", "--to", "-o")
DATABASE = ("--db", "--database", "--catalog", "--warehouse")
# The commands whose result is their standard output (a query's rows, a taxonomy's file, an evaluation): there a
# writing word names the file that output is wanted in, which the shell's `>` writes, never the lake it reads.
PRINTING = ("query", "themes", "eval")
ARGS = "themelake.args"  # the key of the command line's words in the context's meta, shared by every subcommand


def lake_option_hint(error: Any, ctx: Any) -> str | None:
    """Return how to give the lake where Click found no such option as `error`'s and the lake was meant, with the
    command line again, the option renamed (or, for a command that prints, redirected to the file named); None
    where the command has no --lake, was given one already, or has an option so named."""
    option = getattr(error, "option_name", None)
    command = getattr(ctx, "command", None)
    if not isinstance(option, str) or command is None or type(error).__name__ != "NoSuchOption":
        return None
    name = option.partition("=")[0]
    opts = {opt for param in command.params for opt in getattr(param, "opts", ())}
    words = command_words(ctx)
    kept, target = option_value(name, words)
    lake_given = any(word == "--lake" or word.startswith("--lake=") for word in words)
    redirect = None
    # A folder is no file to redirect to: named to a command that prints, it is the lake (`query SQL --dest LAKE`).
    if name in WRITING and command.name in PRINTING and not names_folder(target):
        redirect = redirect_hint(ctx, kept, target, words)
        # A name with no suffix that nothing has yet (`query SQL --to newlake`) reads as a lake's as well as a
        # file's: both ways are said, the lake first, as a lake's name is what --to and --dest name elsewhere.
        if "--lake" not in opts or lake_given or not new_name(target):
            return redirect
    # With --lake given too, the other option is no second lake (`run SRC --lake L --output x`): Click's line.
    if ("--lake" not in opts or lake_given or not (name in DATABASE or (
            name in WRITING and (command.name in PRINTING or not opts & set(WRITING))))):
        return None
    again = ["--lake" if word == name else f"--lake={word.partition('=')[2]}" if word.startswith(f"{name}=")
             else word for word in words]
    if name not in words and not any(word.startswith(f"{name}=") for word in words):
        return f"a lake is given with --lake (`{ctx.command_path} --lake LAKE`)"
    lake = f"a lake is given with --lake: `{ctx.command_path} {shlex.join(again)}`"
    return lake if redirect is None else f"{lake} (no lake is there yet); or, {redirect}"


def names_folder(target: str) -> bool:
    """Return whether `target` is a folder, or is written as one (`newlake/`): no file to redirect to.

    >>> names_folder("lake/"), names_folder("out.csv"), names_folder("")
    (True, False, False)
    """
    return bool(target) and (target.endswith(("/", os.sep)) or Path(target).is_dir())


def new_name(target: str) -> bool:
    """Return whether `target` names nothing yet and has no suffix, as a lake's folder is named (`newlake`), where a
    file to redirect to is most often named with its form's (`out.csv`).

    >>> new_name("a-lake-that-is-not-here"), new_name("rows.csv"), new_name("")
    (True, False, False)
    """
    return bool(target) and not target.startswith("-") and not PurePath(target).suffix and not Path(target).exists()


def command_words(ctx: Any) -> list[str]:
    """Return the words given after the command's name (all the words, where the group's are unknown)."""
    words = list(ctx.meta.get(ARGS) or [])
    name = getattr(ctx.command, "name", None)
    return words[words.index(name) + 1:] if name in words else words


def option_value(name: str, words: list[str]) -> tuple[list[str], str]:
    """Return the words without option `name` and its value, and that value ("" where none was given).

    >>> option_value("-o", ["select 1", "-o", "out.csv", "--lake", "l"]), option_value("--to", ["--to=x"])
    ((['select 1', '--lake', 'l'], 'out.csv'), ([], 'x'))
    """
    kept: list[str] = []
    value = ""
    rest = iter(words)
    for word in rest:
        if word.startswith(f"{name}="):
            value = word.partition("=")[2]
        elif word == name:
            value = next(rest, "")
        else:
            kept.append(word)
    return kept, value


def redirect_hint(ctx: Any, kept: list[str], target: str, words: list[str]) -> str:
    """Return the line of a printing command again, the writing option and its file left out (`kept` the words
    left) and the output redirected to that file: in the form its suffix names (`out.csv`: `--format csv`) where
    none was chosen."""
    kept = list(kept)
    said = f"`{ctx.command_path}` prints its result on standard output"
    if not target or target.startswith("-"):  # no file named (the next option read as one): none to suggest
        return f"{said}: redirect it to a file, `{ctx.command_path} ... > FILE`"
    suffix = PurePath(target).suffix[1:].lower()
    for param in ctx.command.params:
        opts = getattr(param, "opts", ())
        chosen = any(word in opts or word.split("=")[0] in opts for word in words)
        if "--format" in opts and suffix in getattr(param.type, "choices", ()) and not chosen:
            kept += ["--format", suffix]
        elif opts == ["--json"] and suffix == "json" and not chosen:  # eval's JSON is a flag
            kept.append("--json")
    line = " ".join([str(ctx.command_path), *([shlex.join(kept)] if kept else []), ">", shlex.quote(target)])
    return f"{said}: redirect it to the file, `{line}`"
