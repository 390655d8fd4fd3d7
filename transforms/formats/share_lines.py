"""A story shared from a reading app and saved as text (Apple News' "Shared from Apple News" over the story, its
`https://apple.news/...` link under it): the app's notice and the link are no paragraphs, the link the story's
address. Each was a body paragraph, the notice labelled and toned ("Shared" read as a warm word)."""

from __future__ import annotations

import re

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# The notice names the app it was shared from or through, a name in capitals, and ends as no sentence: a sentence
# that opens so ("Shared from Apple News, the story reached ...") runs on past the name
_NOTICE = re.compile(r"Shared (?:from|via|with|using|through) (?:the )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}")
_LINK = re.compile(r"https?://\S+")


def without_share_lines(text: str) -> tuple[str, str | None]:
    """Return a text without an app's share notice and its closing (or opening) link alone, and that link (else None).

    >>> without_share_lines("Budget agreed\\n\\nShared from Apple News\\n\\nIt passed.\\n\\nhttps://apple.news/Ab1\\n")
    ('Budget agreed\\n\\nIt passed.\\n', 'https://apple.news/Ab1')
    >>> without_share_lines("Budget agreed\\n\\nIt passed.\\n")
    ('Budget agreed\\n\\nIt passed.\\n', None)
    """
    if "Shared " not in text and "http" not in text:  # most texts: nothing to look for
        return text, None
    parts = _BLANK_LINE.split(text.strip())
    kept = [part for part in parts if not _NOTICE.fullmatch(part.strip())]
    link = None
    # A link alone closing or opening the text is its address (a share pastes it under the story or over it); two or
    # more alone are a list of links, none the story's own
    links = sum(1 for part in kept if _LINK.fullmatch(part.strip()))
    if len(kept) > 1 and links == 1 and (end := -1 if _LINK.fullmatch(kept[-1].strip()) else
                                         0 if _LINK.fullmatch(kept[0].strip()) else None) is not None:
        link = kept.pop(end).strip()
    if len(kept) == len(parts) or not kept:
        return text, None
    return "\n\n".join(kept) + ("\n" if text.endswith("\n") else ""), link
