"""news-please's `maintext`: an article's paragraphs joined by one line end, each line a paragraph.

news-please extracts a page's text with newspaper, which parts paragraphs with a blank line, and then cleans it: its
`Cleaner.delete_whitespaces` deletes each line end followed by another (news-please's
`newsplease/pipeline/extractor/cleaner.py`), so that its `maintext` joins paragraphs with a single "\\n". Read as a
text's line ends inside a paragraph, a news-please article was one paragraph of all its text.
"""

from __future__ import annotations

import re

from transforms.formats.field_mapping import squashed

# The text field news-please writes its article in
_NEWS_PLEASE_TEXT = "maintext"
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LINE_END = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")


def with_line_paragraphs(body: str, field: str) -> str:
    """Return a text field's text with each line a paragraph where it is news-please's `maintext` whose paragraphs no
    blank line parts, else the text as it is.

    >>> with_line_paragraphs("Rates held.\\nMarkets rose.", "maintext")
    'Rates held.\\n\\nMarkets rose.'
    >>> with_line_paragraphs("Rates held.\\nMarkets rose.", "text")
    'Rates held.\\nMarkets rose.'
    >>> with_line_paragraphs("Rates held\\nsteady.\\n\\nMarkets rose.", "maintext")
    'Rates held\\nsteady.\\n\\nMarkets rose.'
    """
    if squashed(field) != _NEWS_PLEASE_TEXT or "\n" not in body and "\r" not in body:
        return body
    normalized = body.replace("\r\n", "\n")
    if _BLANK_LINE.search(normalized):  # paragraphs parted by blank lines: another writer's, read as written
        return body
    return _LINE_END.sub("\n\n", normalized.strip())
