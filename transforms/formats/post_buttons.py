"""A blog post's buttons as an export or a copy keeps them: Substack's "Subscribe now", "Share this post", "Leave a
comment", WordPress's "Share this:", "Like this:", "Leave a Reply" (`newsletter_lines`' actions). A paragraph that is
nothing but one of them, or a row of them, is no article text: each was a body paragraph of a text file, a Markdown
file and a page, labelled and counted as the post's words."""

from __future__ import annotations

import re

from transforms.formats.newsletter_lines import ACTION_LINE_LENGTH, is_action_line

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def is_button_block(block: str) -> bool:
    """Return whether a paragraph is a post's buttons alone, each of its lines one (or a row of them).

    >>> is_button_block("Subscribe now"), is_button_block("Share this post\\nLeave a comment")
    (True, True)
    >>> is_button_block("Share prices fell."), is_button_block("Readers can leave a comment below.")
    (False, False)
    """
    if "\n" not in block:  # most paragraphs: one line, and too long to be a button (`is_action_line` says first)
        # said here already of one longer than a button's line, no space about it to strip (a call less a paragraph)
        if len(block) > ACTION_LINE_LENGTH and not block[:1].isspace() and not block[-1:].isspace():
            return False
        return is_action_line(block)
    lines = [line for line in block.split("\n") if line.strip()]
    return bool(lines) and all(map(is_action_line, lines))


def without_button_blocks(blocks: list[str]) -> list[str]:
    """Return a post's paragraphs without those that are its buttons alone; all of them where nothing else is left.

    >>> without_button_blocks(["Rates held.", "Subscribe now", "Share"]), without_button_blocks(["Share"])
    (['Rates held.'], ['Share'])
    """
    kept = [block for block in blocks if not is_button_block(block)]
    return kept if kept else blocks


def without_button_paragraphs(text: str) -> str:
    """Return a text without its paragraphs (parted by blank lines) that are a post's buttons alone.

    >>> without_button_paragraphs("Rates held.\\n\\nSubscribe now\\n\\nLeave a comment\\n")
    'Rates held.\\n'
    >>> without_button_paragraphs("Rates held.\\n\\nThe bank said so.")
    'Rates held.\\n\\nThe bank said so.'
    """
    if "\n" not in text:
        return text
    parts = _BLANK_LINE.split(text)
    kept = without_button_blocks(parts)
    if len(kept) == len(parts):
        return text  # the common case: the text as it was, its blank lines as written
    return "\n\n".join(kept).rstrip() + ("\n" if text.endswith("\n") else "")  # a record's text ends as it did
