"""What a text's last paragraph says of its writers, not of its story: a credit line ("CNN's Jane Doe contributed to
this report.", "Jane Doe contributed reporting.") and a byline after the last sentence ("... monitoring activists. By
Ryan Singel.", as Wired's summaries in news datasets end). A credit line is no paragraph (it was the text's last, and
labelled); its names are kept as the text's contributors, not its authors (the byline names those). A trailing
byline's names are the text's authors where its head names none, its words no part of the paragraph."""

from __future__ import annotations

import re
from typing import NamedTuple

from transforms.formats.txt_bylines import undated_names

# "CNN's Jane Doe contributed to this report.", "Jane Doe and Tom Roe contributed reporting.", "The Associated Press
# contributed to this story." (an outlet's credit, kept as the others are)
_CREDIT = re.compile(
    r"(?:(?P<outlet>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+)?(?P<names>[A-Z][^\n]{2,120}?)\s+contributed"
    r"(?:\s+(?:reporting|additional\s+reporting|to\s+this\s+(?:report|story|article))|\s+reporting\s+to\s+this\s+"
    r"(?:report|story|article)|\s+to\s+this\s+(?:report|story|article)(?:\s+from\s+[A-Z][\w .,-]{1,40})?)\.?")
# The last sentence of a paragraph a byline alone: "... activists. By Ryan Singel."
_TRAILING_BYLINE = re.compile(r"(?<=[.!?\"”])\s+(?P<byline>By\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\.?\s*$")


class TxtTail(NamedTuple):
    """A text without its last paragraph's credit line or trailing byline, the names each gave."""

    text: str
    authors: tuple[str, ...]
    contributors: tuple[str, ...]


def txt_tail(text: str) -> TxtTail:
    """Return a text without its credit line and trailing byline (the module's docstring says which), and their names.

    >>> txt_tail("Storms hit Texas.\\n\\nCNN's Jane Doe contributed to this report.\\n")
    TxtTail(text='Storms hit Texas.\\n', authors=(), contributors=('Jane Doe',))
    >>> txt_tail("Task forces have been monitoring activists. By Ryan Singel.")
    TxtTail(text='Task forces have been monitoring activists.', authors=('Ryan Singel',), contributors=())
    >>> txt_tail("The goal came late. By Tuesday.").authors, txt_tail("He said so. By Any Means Necessary.").authors
    ((), ())
    """
    body = text.rstrip()
    start = body.rfind("\n") + 1
    last = body[start:].strip()
    if (credit := _CREDIT.fullmatch(last)) is not None:
        from transforms.formats.record_authors import authors_of  # a credit's names: the few texts that write one

        names = authors_of(credit["names"])
        if names and all(_is_name(name) for name in names) and body[:start].strip():
            return TxtTail(body[:start].rstrip() + "\n", (), names)
    if last.endswith(".") and (byline := _TRAILING_BYLINE.search(body)) is not None and byline.start() > start:
        names = undated_names(byline["byline"].rstrip("."))
        if names:
            return TxtTail(body[: byline.start()], names, ())
    return TxtTail(text, (), ())


def _is_name(name: str) -> bool:
    """Return whether a credit's name is a person's or an outlet's: capitalised words (particles aside), six at most."""
    words = name.split()
    return 0 < len(words) <= 6 and all(word[0].isupper() or word in ("de", "van", "von", "der", "la", "&")
                                       for word in words)
