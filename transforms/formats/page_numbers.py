"""A PDF's pages as a PDF-to-text tool writes them without form feeds: a page's number alone on its line between two
pages ("3", then "4" a page later) is no paragraph (each was one, labelled and counted)."""

from __future__ import annotations

import re

# A number alone on its line, a blank line about it (a leading line feed, not "^", which the engine tried everywhere)
_BARE_NUMBER = re.compile(r"\n[ \t]*\n[ \t]*(\d{1,4})[ \t]*\n[ \t]*\n")
_WRAPPED_LINE = 50  # a PDF's text is wrapped at its column's width: a paragraph's line of this many characters or more


def without_page_numbers(text: str) -> str:
    """Return a text without the numbers of its pages, where two or more numbers alone on their lines count up one by
    one from 2 or more (a page 1 prints none, or the cover's) in a text wrapped at a column's width; a text's numbered
    sections ("1", "2", ... from 1), a score's or a year's line alone are none.

    >>> pages = "Bus report\\n\\nFares rose again this year on nearly every route in the city\\nsaid the council.\\n"
    >>> without_page_numbers(pages + "\\n2\\n\\nLeaks fell.\\n\\n3\\n\\nIt rained.\\n")[len(pages):]
    '\\nLeaks fell.\\n\\nIt rained.\\n'
    >>> without_page_numbers(pages + "\\n1\\n\\nLeaks fell.\\n\\n2\\n\\nIt rained.\\n")[len(pages):]
    '\\n1\\n\\nLeaks fell.\\n\\n2\\n\\nIt rained.\\n'
    """
    found = list(_BARE_NUMBER.finditer(text))
    if len(found) < 2:
        return text
    numbers = [int(match[1]) for match in found]
    if numbers[0] < 2 or any(b != a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
        return text
    if not any(len(line) >= _WRAPPED_LINE and not line.rstrip().endswith((".", "!", "?", ":", '"', "”"))
               for line in text.split("\n")):
        return text  # unwrapped: each paragraph one line, as no PDF-to-text tool writes
    kept: list[str] = []
    end = 0
    for match in found:
        kept.append(text[end:match.start(1)].rstrip(" \t"))
        end = match.end(1)
        end = text.index("\n", end) + 1  # the number's line ends; the blank line after it stays
    kept.append(text[end:])
    return re.sub(r"\n(?:[ \t]*\n){2,}", "\n\n", "".join(kept))
