"""A user's error said to a deployment run in its parameters' words, not the CLI's options.

The messages of warehouse/ and transforms/ are written for `themelake` on a shell ("give --lake a
folder you can write"). A run started from a deployment (`prefect deployment run`, the UI, a
schedule) has no options but parameters, so there `--lake` reads `lake`, `--batch-size` `batch_size`:
the names its form and `--param` take. A command quoted in backticks ("run `themelake run SOURCE
--lake L` first") is left whole: it is a command to type; an option quoted alone, or with its value
("`--include` names one", "change with `--field NAME=FIELD`"), is the option, written as the parameter.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_OPTION = re.compile(r"(?<![\w-])--([a-z][a-z0-9-]*)|(?<![\w-])-([a-z])(?![\w-])")
# The CLI's options named apart from the parameter each sets: report's "(-o report.html)" is `output` there,
# run's repeated "--field NAME=FIELD" an item of `fields`.
_NAMES = {"o": "output", "field": "fields"}
_QUOTED = re.compile(r"(`[^`]*`)")
# The form a day is given in, to `--since` on a shell and to `since` in a deployment's parameters alike.
DATE_FORM = "a date, YYYY-MM-DD (2026-09-01)"


def refused_value(name: str, forms: str, value: object) -> str:
    """Return the line that refuses a parameter's or option's value: its name, the forms it takes, what it got.

    >>> refused_value("--since", DATE_FORM, "yesterday")
    "`--since` takes a date, YYYY-MM-DD (2026-09-01); got 'yesterday'"
    """
    return f"`{name}` takes {forms}; got {value!r}"


def in_parameter_words(message: str, parameters: Collection[str]) -> str:
    """Return `message` with each CLI option that is one of the flow's `parameters` written as it.

    >>> in_parameter_words("give --lake a folder; `themelake run S --lake L` first", {"lake"})
    'give `lake` a folder; `themelake run S --lake L` first'
    >>> in_parameter_words("give --batch-size 1 or more, not --rows", {"batch_size"})
    'give `batch_size` 1 or more, not --rows'
    >>> in_parameter_words("give a file name (-o report.html)", {"output"})
    'give a file name (`output` report.html)'
    >>> in_parameter_words("(`--include` names one; change with `--field N=F`)", {"include", "fields"})
    '(`include` names one; change with `fields` `N=F`)'
    """
    def named(option: re.Match[str]) -> str:
        name = _NAMES.get(option[1], option[1].replace("-", "_")) if option[1] else _NAMES.get(option[2], "")
        return f"`{name}`" if name in parameters else option[0]

    def said(part: str) -> str:
        if not _QUOTED.fullmatch(part):
            return _OPTION.sub(named, part)
        option = _OPTION.match(part, 1)
        if option is None or named(option) == option[0]:  # a command to type, or no parameter's option
            return part
        value = part[option.end():-1].strip()
        return named(option) + (f" `{value}`" if value else "")

    return "".join(said(part) for part in _QUOTED.split(message))
