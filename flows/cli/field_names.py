"""`--field NAME=FIELD`: a NAME that is a slip of one of ours (`titl=`, `Title=`), a pair written the other
way round (`headline=title`) or a file's usual name for one of ours (`body=`) stops with the option the
user meant, not only the list of names."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import typer

# How alike a NAME must be to one of ours to be named as meant (difflib's ratio): "titl" is 0.89 of
# "title", "publish_at" 0.91 of "published_at"; "site" and "text" (0.5) are not slips of each other.
CLOSE = 0.75


def meant_option(option: str, names: Sequence[str], common: Mapping[str, Sequence[str]]) -> str | None:
    """Return the `--field` option meant by one whose NAME is not in `names`, or None (no guess, or
    nothing wrong): a name close to one of ours, the pair the other way round, or a name `common` gives
    one of ours (a file's usual name for it: `body` is text's).

    >>> names, common = ("id", "title", "text", "authors"), {"text": ("text", "body")}
    >>> [meant_option(o, names, common) for o in ("titl=headline", "Title=headline", "author=byline", "headline=title")]
    ['title=headline', 'title=headline', 'authors=byline', 'title=headline']
    >>> [meant_option(o, names, common) for o in ("body=story", "title=headline", "kicker=x", "auto", "=x")]
    ['text=story', None, None, None, None]
    """
    import difflib  # here: the CLI's every command imports this module, and a slip is rare

    name, sep, field = (part.strip() for part in option.partition("="))
    if not sep or not name or not field or name in names:
        return None
    close = difflib.get_close_matches(name.lower(), names, n=1, cutoff=CLOSE)
    if close:
        return f"{close[0]}={field}"
    if field in names:  # FIELD=NAME, the file's name first: one of ours is on the right
        return f"{field}={name}"
    return next((f"{ours}={field}" for ours, usual in common.items() if name.lower() in usual), None)


def check_field_names(param: typer.CallbackParam, value: Any) -> Any:
    """An option's callback: stop, in one line naming the option meant, on a `--field` NAME that is a slip."""
    from flows.cli.app import fail  # here: flows/cli/app.py declares the option with this callback
    from transforms.formats.field_mapping import COMMON_NAMES, FIELDS

    for option in value or ():
        meant = meant_option(option, FIELDS, COMMON_NAMES)
        if meant is not None:
            name = option.partition("=")[0].strip()
            fail(f"--field {option!r}: {name!r} is not one of {', '.join(FIELDS)}; did you mean --field {meant}?")
    return value
