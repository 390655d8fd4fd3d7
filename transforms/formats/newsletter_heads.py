"""A newsletter's masthead, its issue's line and its sign-off: no paragraphs of its text.

A mail's head repeats its sender's name as its masthead ("THE AFRICA BRIEF", From "The Africa Brief") and prints its
issue's line, a row parted by bars of its issue's number, its writer's byline and its day ("Issue 212 | By Yinka
Adegoke"); its end signs off ("That's all for today. Forward this to a friend who would enjoy it."). Each was a
paragraph, labelled and counted as the newsletter's words, and its writer no author. The masthead is the sender's
name alone on a line of the head; the issue's line is read only where each of its parts is an issue's number, a
byline, a day or the masthead (a sentence naming an issue, "Issue 212 of the bulletin is out.", is none); the sign-off
is the last paragraph, short, whose first sentence is a sign-off whole ("That's all for today, the minister said" is
a story's sentence, its phrase no sentence alone).
"""

from __future__ import annotations

import re

from transforms.formats.author_dates import is_date
from transforms.formats.txt_bylines import undated_names

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HEAD_PARAGRAPHS = 3  # the masthead and issue line stand over the first story's paragraph
_ROW = re.compile(r"\s*[|·•∙]\s*")
# an issue's number, its "#" beside its word too ("Issue #48", "No. 12", "#48")
_ISSUE = re.compile(r"(?:(?:issue|edition|no\.|vol\.?|volume)\s*#?|#)\s*\d{1,5}", re.IGNORECASE)
# A sign-off's first sentence, whole: a closing phrase, then the sentence's end
_SIGN_OFF = re.compile(
    r"(?:that['’]s\s+(?:all|it)\s+for\s+(?:today|now|this\s+week|this\s+issue|this\s+edition)|thanks?\s+(?:you\s+)?"
    r"for\s+reading|see\s+you\s+(?:tomorrow|next\s+week|on\s+[A-Z]\w+)|until\s+next\s+(?:time|week))\s*[.!]",
    re.IGNORECASE)
_SIGN_OFF_WORDS = 30


def newsletter_without_furniture(text: str, sender: str | None) -> tuple[str, tuple[str, ...]]:
    """Return a newsletter's text without its masthead, issue line and sign-off, and the writer its issue line names.

    >>> newsletter_without_furniture("THE BRIEF\\n\\nIssue 4 | By Jo Lee\\n\\nRain fell.\\n\\nThat's all for today.",
    ...                              "The Brief")
    ('Rain fell.', ('Jo Lee',))
    """
    paragraphs = _BLANK_LINE.split(text.strip())
    authors: tuple[str, ...] = ()
    kept: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        line = paragraph.strip()
        if index < _HEAD_PARAGRAPHS and "\n" not in line and len(paragraphs) > 1:
            if _is_masthead(line, sender):
                continue
            if (named := _issue_line(line, sender)) is not None:
                authors = authors or named
                continue
        kept.append(paragraph)
    if len(kept) > 1 and _is_sign_off(kept[-1]):
        kept.pop()
    return "\n\n".join(kept), authors


def _squashed(name: str) -> str:
    """Return a name without its case, its spaces and a leading "The"."""
    words = name.lower().split()
    return "".join(words[1:] if words[:1] == ["the"] else words)


def _is_masthead(line: str, sender: str | None) -> bool:
    """Return whether a line is the sender's name alone (its masthead)."""
    return bool(sender) and _squashed(line) == _squashed(sender or "")


def _issue_line(line: str, sender: str | None) -> tuple[str, ...] | None:
    """Return the writer of an issue's line (its byline's names, () where it has none), else None where the line is
    none: a row of two parts or more, each an issue's number, a byline, a day or the masthead, an issue's among them."""
    parts = [part for part in _ROW.split(line.strip("|·•∙ ")) if part]
    if len(parts) < 2 or not any(_ISSUE.fullmatch(part) for part in parts):
        return None
    authors: tuple[str, ...] = ()
    for part in parts:
        if part.startswith("By ") and (names := undated_names(part)):
            authors = names
        elif not (_ISSUE.fullmatch(part) or is_date(part) or _is_masthead(part, sender)):
            return None
    return authors


def _is_sign_off(paragraph: str) -> bool:
    """Return whether a text's last paragraph is its sign-off: short, its first sentence a closing phrase whole."""
    return _SIGN_OFF.match(paragraph.strip()) is not None and len(paragraph.split()) <= _SIGN_OFF_WORDS
