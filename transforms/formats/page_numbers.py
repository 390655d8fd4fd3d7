"""A PDF's pages as a PDF-to-text tool writes them without form feeds: a page's number alone on its line between two
pages ("3", then "4" a page later) is no paragraph (each was one, labelled and counted), nor is a "Page 3 of 12"
alone on its line."""

from __future__ import annotations

import re

# A number alone on its line, a blank line about it (a leading line feed, not "^", which the engine tried everywhere)
_BARE_NUMBER = re.compile(r"\n[ \t]*\n[ \t]*(\d{1,4})[ \t]*\n[ \t]*\n")
_WRAPPED_LINE = 50  # a PDF's text is wrapped at its column's width: a paragraph's line of this many characters or more
# A page's lines before its number (or the next page's): a page of a report holds 40 or more at a column's width, a
# story's points numbered 2, 3, 4 on their lines a few each (they were dropped as pages' numbers)
_PAGE_LINES = 12
# "Page 3 of 12" alone between paragraphs (or closing the text), a PDF's or a print view's footer: it says it is a
# page's number itself, so one is enough, where a number alone needs its pages' count up to tell it from a point's
_PAGE_OF = re.compile(r"\n[ \t]*\n[ \t]*(?:Page|PAGE|page)[ \t]+(\d{1,4})[ \t]+(?:of|/)[ \t]+(\d{1,4})[ \t]*"
                      r"(?=\n[ \t]*\n|\n?\Z)")


def without_page_numbers(text: str) -> str:
    """Return a text without the numbers of its pages, where two or more numbers alone on their lines count up one by
    one from 2 or more (a page 1 prints none, or the cover's) a page's lines apart in a text wrapped at a column's
    width; a text's numbered sections ("1", "2", ... from 1, or points a few lines apart), a score's or a year's
    line are none.

    >>> page = "Fares rose again this year on nearly every route in the city\\nsaid the council.\\n" * 6
    >>> without_page_numbers(f"Bus report\\n\\n{page}\\n2\\n\\n{page}\\n3\\n\\nIt rained.\\n").count("\\n3\\n")
    0
    >>> without_page_numbers("Strike ends\\n\\nIt ended.\\n\\nPage 3 of 12\\n\\nPay rises.\\n")
    'Strike ends\\n\\nIt ended.\\n\\nPay rises.\\n'
    >>> text = f"Bus report\\n\\n{page}\\n1\\n\\n{page}\\n2\\n\\nIt rained.\\n"
    >>> without_page_numbers(text) == text
    True
    >>> text = f"Bus report\\n\\n{page}\\n2\\n\\nLeaks fell.\\n\\n3\\n\\nIt rained.\\n"  # points, a line apart
    >>> without_page_numbers(text) == text
    True
    """
    # The footer's pattern first: it is tried only at a line feed (its first character), where the two substring
    # scans of the whole text cost three times as much (1.4 MB of a 600-article batch: 2.2 ms against 0.6); the
    # scans stay as the rule's condition, so the texts it reads are those it read
    if _PAGE_OF.search(text) is not None and ("age " in text or "AGE " in text):
        text = _PAGE_OF.sub(lambda m: "" if int(m[1]) <= int(m[2]) else m[0], text)
    found = list(_BARE_NUMBER.finditer(text))
    if len(found) < 2:
        return text
    numbers = [int(match[1]) for match in found]
    if numbers[0] < 2 or any(b != a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
        return text
    starts = [0, *(match.end(1) for match in found[:-1])]
    if any(sum(1 for line in text[start:match.start(1)].split("\n") if line.strip()) < _PAGE_LINES
           for start, match in zip(starts, found, strict=True)):
        return text  # a few lines between numbers: a text's numbered points, no pages
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
