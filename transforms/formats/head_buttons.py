"""The buttons and marks a page prints about its byline and date, as a copy of it to a text file keeps them between
its headline and its story ("Follow", "6 min read", "·", "∙ Paid", "Listen to this article · 4 min"): no lines of
its head (Medium's date, under four of them, was left a paragraph, and its writer unread)."""

from __future__ import annotations

import re

from transforms.formats.newsletter_lines import is_action_line
from transforms.formats.reading_times import READING_TIME

BUTTON_CHARACTERS = 40  # a headline may be as short as a button: the head's first line is never taken for one
# A button a page prints by its byline, which a story's paragraph may be too ("Paid.", "10 minutes."): Medium's and
# LinkedIn's "Follow", "+ Follow", Substack's "∙ Paid", a reading time ("6 min read", Ghost's "— 4 min read": its
# "read" or "listen" says so, where a time alone under the date is the story's, a recipe's "20 mins", a match's "90
# min"); a mark or an icon before it ("⏱ 6 min read", "☆ Save") is the button's; a mail's and a post's actions are
# `newsletter_lines`'
_HEAD_BUTTON = re.compile(
    rf"(?:[^\w\s]{{1,2}}\s*)?(?:\+\s*)?(?:follow|paid|save|{READING_TIME})", re.IGNORECASE)


def is_head_button(line: str) -> bool:
    """Return whether a line of a text's head is a page's button or a mark alone.

    >>> is_head_button("+ Follow"), is_head_button("6 min read"), is_head_button("·"), is_head_button("Share")
    (True, True, True, True)
    >>> is_head_button("— 4 min read"), is_head_button("Jane Doe"), is_head_button("Jan 14, 2026")
    (True, False, False)
    >>> is_head_button("20 mins"), is_head_button("90 min"), is_head_button("⏱ 6 min read")
    (False, False, True)
    """
    stripped = line.strip()
    if len(stripped) > BUTTON_CHARACTERS:
        return False
    return not any(c.isalnum() for c in stripped) or is_action_line(stripped) or bool(_HEAD_BUTTON.fullmatch(stripped))


def head_buttons(lines: list[str], head: list[int], within: int) -> list[int]:
    """Return the indexes of a text's lines with text (`head`) that are a page's buttons or marks, where one of its
    first `within` lines after the headline is one; else none (most heads hold no button).

    >>> head_buttons(["Buses", "Priya Nair", "Follow", "Jan 14, 2026", "The 42 ran."], [0, 1, 2, 3, 4], 4)
    [2]
    """
    for index in head[1:within]:
        if len(lines[index]) <= BUTTON_CHARACTERS and is_head_button(lines[index]):  # most lines are too long to be
            return [index for index in head[1:] if is_head_button(lines[index])]
    return []
