"""What words a command takes no place for (Click's "Got unexpected extra argument") were meant as, and how to give
them: the rest of an unquoted SQL, a theme's name to `themes`, a lake given without --lake, a deployments file or a
deployment's name given to `serve`."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

_EXTRA = re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)$", re.DOTALL)


def extra_argument_hint(message: str, ctx: Any) -> str | None:
    """Return how to give the extra words of a command line Click refused, or None where nothing is known of them.

    `ctx` is the command's Click context: its name, its parameters, and the values parsed before the extra words.
    """
    extra = _EXTRA.match(message)
    if extra is None or ctx is None or ctx.command is None:
        return None
    words, name = extra.group(1), ctx.command.name
    command = ctx.command_path
    first = ctx.params.get("sql")
    if name == "query" and isinstance(first, str) and not re.search(r"\s", first.strip()):
        # `themelake query select title from articles`: the shell split the SQL into words, the first of them taken
        # for the SQL. (`query "select 1" "select 2"` was quoted: two statements, not words of one.)
        sql = f"{first} {words}"
        quoted = f'"{sql}"' if not re.search(r'["$`\\!]', sql) else shlex.quote(sql)
        return (f"the SQL is one argument: quote it whole, `{command} {quoted}` (unquoted, the shell splits it "
                "into words, and reads * ( ) and quotes itself)")
    if name == "themes":
        # A theme's name to see it: the list is every theme, a line each; the file has each one's terms. The
        # options given stay in each line, but --lake in --export's, which prints a file and refuses a lake.
        grep = f"{command}{given_options(ctx)} | grep -i {shlex.quote(words.split()[0])}"
        export = f"{command}{given_options(ctx, leave_out=('lake', 'export'))} --export"
        return (f"`themes` takes no theme's name: it lists them all (`{grep}`), and `{export}` prints each "
                "one's terms")
    options = {opt for p in ctx.command.params for opt in getattr(p, "opts", ())}
    if {"--prefect-file", "--name"} <= options:
        hint = serve_hint(words.split(), ctx)
        if hint is not None:
            return hint
    takes_lake = "--lake" in options
    positional = any(getattr(p, "param_type_name", "") == "argument" for p in ctx.command.params)
    # A lake's folder given as the argument of a command that has none (`report lake`); a word that is no
    # folder here may be anything, and is left to Click's line.
    if takes_lake and not positional and " " not in words and Path(words).is_dir():
        return f"a lake is given with --lake: `{command} --lake {shlex.quote(words)}{given_options(ctx, ('lake',))}`"
    if takes_lake and positional and " " not in words and (
            (Path(words) / "_manifest.json").is_file() or not Path(words).exists()):
        # `run SOURCE LAKE`: a second word after the source that is a lake, or names nothing yet (no source to read,
        # so a lake to make); another folder of articles may be a second source, and is left to Click's line.
        arguments = [shlex.quote(str(ctx.params[p.name])) for p in ctx.command.params
                     if getattr(p, "param_type_name", "") == "argument" and ctx.params.get(p.name) is not None]
        again = f"{command} {' '.join(arguments)} --lake {shlex.quote(words)}{given_options(ctx, ('lake',))}"
        return f"a lake is given with --lake: `{again}`"
    return None


def serve_hint(words: list[str], ctx: Any) -> str | None:
    """Return how to give `serve` the deployments file and the deployments' names written as its arguments, or None.

    A word that names a file, here or by its YAML suffix (a file to be written may not exist yet), is the
    deployments file; any other a deployment's name. Two names may be two names or a name and a file misspelt:
    they are names when the deployments file declares each of them, else left to Click's line, as two files are.
    """
    files = [w for w in words if Path(w).is_file() or Path(w).suffix.lower() in {".yaml", ".yml"}]
    names = [w for w in words if w not in files]
    if len(files) > 1 or (files and ctx.params.get("prefect_file")):
        return None
    # A name is matched as `serve` matches it, by its part after the flow's `flow/` (serve then checks the flow).
    declared = declared_names((files or [ctx.params.get("prefect_file")])[0]) if len(names) > 1 else set()
    if len(names) > 1 and not {n.rpartition("/")[2] for n in names} <= declared:
        return None
    # The line is the user's own, the file first, and only the names not already given with --name added:
    # `serve daily --name daily` suggested `--name daily --name daily`.
    given = ctx.params.get("names") or []
    added = [n for n in names if n not in given]
    again = (f"{ctx.command_path}{''.join(f' --prefect-file {shlex.quote(f)}' for f in files)}{given_options(ctx)}"
             f"{''.join(f' --name {shlex.quote(n)}' for n in added)}")
    if files and names:
        return f"a deployments file is given with --prefect-file and a deployment chosen with --name: `{again}`"
    if files:
        return f"a deployments file is given with --prefect-file: `{again}`"
    if not added:
        return f"{names[0]} is already chosen with --name: `{again}`"
    if len(names) > 1:
        return f"deployments are chosen with --name, once each: `{again}`"
    return f"a deployment is chosen with --name: `{again}`"


def declared_names(prefect_file: str | None) -> set[str]:
    """Return the deployments' names a deployments file (default: deployments/prefect.yaml) declares; none when
    it cannot be read."""
    from flows.serve import PREFECT_FILE, DeploymentFileError, read_deployment_specs

    try:
        return {spec.name for spec in read_deployment_specs(prefect_file or PREFECT_FILE)}
    except (DeploymentFileError, OSError, ValueError):
        return set()


def given_options(ctx: Any, leave_out: tuple[str, ...] = ()) -> str:
    """Return the options given on the command line as they would be written again (` --since 2020-01-01`), so
    that the line suggested is the user's own with the one slip mended, not one that drops what else was asked."""
    words: list[str] = []
    for param in ctx.command.params:
        if param.name in leave_out or getattr(param, "param_type_name", "") != "option":
            continue
        # By name: typer carries a copy of click of its own, whose enum is not click's.
        if getattr(ctx.get_parameter_source(param.name), "name", None) != "COMMANDLINE":
            continue  # a default or a THEMELAKE_* variable's value: not written on the line
        value = ctx.params.get(param.name)
        flag = max(param.opts, key=len)
        if getattr(param, "is_flag", False):
            if value:
                words.append(flag)
            elif param.secondary_opts:
                words.append(max(param.secondary_opts, key=len))
            continue
        for one in value if isinstance(value, list | tuple) else [value]:
            if one is not None:
                words += [flag, shlex.quote(str(one))]
    return "".join(f" {word}" for word in words)
