"""What a command a new user types, but themelake names otherwise (`status`, `ls`, `ingest`), is called here."""

from __future__ import annotations

import re
from typing import Any

_RUNS = ('the lake\'s runs are rows of `runs`: `themelake query "select started_at, flow_name, state, files_new, '
         'articles_written from runs order by started_at desc limit 5"`')
_TABLES = 'the lake\'s tables and views: `themelake query "show tables"`'
_INGEST = "articles are read into the lake by `themelake run SOURCE`"
# A lake's counts are what it holds, not what each run read (`runs`): the report's overview counts them.
# A scheduler's words: here the schedules are the deployments', declared in one file and served by `serve`.
_SCHEDULE = ("the deployments and their schedules are declared in deployments/prefect.yaml; `themelake serve` serves "
             "them (with a Prefect server: see the README's \"Schedule it\")")
_COUNTS = ("the lake's counts: `themelake report` (its overview counts articles and paragraphs, and the share "
           'labelled), or `themelake query "select count(*) from articles"`')
# The names other tools give these (git's status and log, a database's tables, a loader's ingest and import).
COMMAND_HINTS = {
    **dict.fromkeys(("status", "runs", "log", "history"), _RUNS),
    **dict.fromkeys(("stats", "info", "summary", "count"), _COUNTS),
    **dict.fromkeys(("schedule", "schedules", "deploy", "deployments", "cron", "scheduler"), _SCHEDULE),
    "help": "`themelake --help` lists the commands, `themelake COMMAND --help` one's options",
    # `docker version`, `go version`, `kubectl version`: a command there, an option here.
    "version": "`themelake --version` says which themelake runs (its version and commit)",
    # A database shell's `describe TABLE`: here a query, as `show tables` is.
    "describe": 'a view\'s columns: `themelake query "describe articles"`',
    **dict.fromkeys(("tables", "ls", "list", "show", "views", "schema"), _TABLES),
    **dict.fromkeys(("ingest", "import", "load", "add"), _INGEST),
    **dict.fromkeys(("init", "create", "new"), "a lake is made by its first run: `themelake run SOURCE --lake LAKE`"),
    # Prefect's own command (`prefect deployment run NAME --param ...`) typed with themelake's name.
    "deployment": ("a deployment's run is started by Prefect's command, `prefect deployment run "
                   "'ingest-articles/daily'` (with a server and `themelake serve`); `themelake run SOURCE` runs "
                   "one here"),
}  # `label` is not here: Click's own "Did you mean 'relabel'?" says it
_NO_SUCH_COMMAND = re.compile(r"No such command '([^']+)'")


def command_hint(message: str) -> str:
    """Return Click's "No such command" message with the command that does it, for a name other tools use (in
    place of Click's guess by spelling: `runs` is no misspelt `run`).

    >>> command_hint("No such command 'ingest'")
    "No such command 'ingest': articles are read into the lake by `themelake run SOURCE`"
    >>> command_hint("No such command 'runs'. Did you mean 'run'?").split(": ")[1]
    "the lake's runs are rows of `runs`"
    >>> command_hint("No such command 'nosuch'"), command_hint("No such option: --ls")
    ("No such command 'nosuch'", 'No such option: --ls')
    """
    named = _NO_SUCH_COMMAND.match(message)
    hint = COMMAND_HINTS.get(named.group(1).lower()) if named else None
    return f"{named.group(0)}: {hint}" if named and hint else message


# A scheduler's options (Prefect's own `deploy --cron/--interval/--rrule`, cron tools' --schedule, --every) on a
# command of ours: the same answer as the command `schedule`, as no command here schedules itself.
SCHEDULE_OPTIONS = ("--schedule", "--cron", "--interval", "--rrule", "--every")


# `prefect deployment run ... --param source=/a/folder` (--params takes JSON there): a deployment's parameters; here
# the same values are a command's own argument and options.
PARAM_OPTIONS = ("--param", "--params")
_PARAM = ("`--param` is `prefect deployment run`'s; here a run's parameters are its argument and options "
          "(`themelake run SOURCE --lake LAKE --taxonomy FILE`)")


def option_hint(error: Any) -> str | None:
    """Return what a scheduler's option (`serve --schedule`) or Prefect's `--param` Click found on no command is
    called here, else None.

    >>> class NoSuchOption: option_name = "--cron"
    >>> option_hint(NoSuchOption()).startswith("the deployments and their schedules are declared")
    True
    """
    option = getattr(error, "option_name", None)
    if type(error).__name__ != "NoSuchOption" or not isinstance(option, str):
        return None
    if option.partition("=")[0].lower() in PARAM_OPTIONS:
        return _PARAM
    return _SCHEDULE if option.partition("=")[0].lower() in SCHEDULE_OPTIONS else None


# The README's words for what `--map` takes, as Click's "Missing option '--map'" names the option alone and the map is
# a file of eval's and learn's own (no other tool's), which a first `eval DIR` has not met.
_MAP = ('the label map, a TOML file giving each label folder the theme id or ids accepted for it '
        '(`business = "medtop:04000000"`; examples/bbc-map.toml is one)')
MISSING_OPTION_HINTS = {"--map": _MAP}


def missing_option_hint(error: Any) -> str | None:
    """Return what a required option Click found missing takes (`eval DIR` without `--map`), else None.

    >>> class MissingParameter: param_type = "option"; param = type("P", (), {"opts": ["--map"]})()
    >>> missing_option_hint(MissingParameter()).startswith("the label map, a TOML file")
    True
    """
    if type(error).__name__ != "MissingParameter":
        return None
    opts = getattr(getattr(error, "param", None), "opts", None) or ()
    return next((MISSING_OPTION_HINTS[opt] for opt in opts if opt in MISSING_OPTION_HINTS), None)
