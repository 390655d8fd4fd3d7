"""A PDF's pages as a PDF-to-text tool writes them (pdftotext, its pages parted by form feeds): each page's number
("Page 3 of 12", "- 3 -", "Seite 3 von 12") and the running title its header or footer repeats on every page are no
article text (each was a paragraph, labelled and counted as the document's words)."""

from __future__ import annotations

import re
from collections import Counter

# A line that is a page's number alone: "Page 3 of 12", "Page 3", "Pg. 3", "- 3 -", "3 / 12", and the words other
# languages write it with ("Seite 3 von 12", "Página 3 de 12", "Pagina 3 di 12", "Sida 3 av 12", "Strona 3 z 12")
_PAGE_LINE = re.compile(
    r"[ \t]*(?:(?:Page|Pg\.|Seite|Página|Pagina|Sida|Side|Strona)[ \t]+(\d{1,4})(?:[ \t]*(?:of|von|de|di|av|af|van|z|/)"
    r"[ \t]*\d{1,4})?|[-–—][ \t]*(\d{1,4})[ \t]*[-–—]|(\d{1,4})[ \t]*/[ \t]*\d{1,4})[ \t]*",
    re.IGNORECASE)
# A running title is a short line without a sentence's end, as a header or a footer prints it
_TITLE_WORDS = 14
# A header's or footer's row that holds the page's number beside the paper's name and day, parted by bars or dots
# ("The Daily Courier | March 5, 2026 | Page 2"): the whole row is the page's line; each other part is short and no
# sentence, as a running title is
_ROW = re.compile(r"\s+[|·•]\s+")
_ROW_PART_WORDS = 8


def without_page_furniture(text: str) -> str:
    """Return a text without its pages' numbers and running title, where it has two numbered pages or more (or one
    "Page 1 of 3"); the title is kept once where it opens the text (as its headline). Its reader calls it for a
    text whose file parts its pages with form feeds, as pdftotext writes them.

    >>> pages = "Annual Report\\n\\nBills rose.\\n\\nPage 1 of 2\\n\\nAnnual Report\\n\\nLeaks fell.\\n\\nPage 2 of 2"
    >>> without_page_furniture(pages)
    'Annual Report\\n\\nBills rose.\\n\\nLeaks fell.'
    >>> without_page_furniture("Seite 1 von 2\\n\\nEs regnete.\\n\\nSeite 2 von 2\\n\\nDer Fluss stieg.")
    'Es regnete.\\n\\nDer Fluss stieg.'
    >>> without_page_furniture("Read page 3 of the report.\\n\\n- 4 -\\n\\nIt rained.")
    'Read page 3 of the report.\\n\\n- 4 -\\n\\nIt rained.'
    >>> without_page_furniture("Names were read.\\n\\n9/11\\n\\nBells rang.")
    'Names were read.\\n\\n9/11\\n\\nBells rang.'
    """
    lines = text.split("\n")
    numbered = [i for i, line in enumerate(lines) if _PAGE_LINE.fullmatch(line) or _is_page_row(line)]
    # one page line alone is a page's where it says so in words ("Page 1 of 3"): a bare "9/11" or "24/7" is a
    # heading or a figure (a memorial's "9/11" heading, the text's only such line, was dropped as page 9 of 11)
    if not numbered or len(numbered) < 2 and not (_has_total(lines[numbered[0]]) and _has_word(lines[numbered[0]])):
        return text
    # A running title stands at a page's edge: beside a page's number (a footer's, or the next page's header after
    # it), or at the text's start or end; a section's heading a report repeats on two pages stands inside them
    filled = [i for i, line in enumerate(lines) if line.strip() and i not in set(numbered)]
    edges = {filled[0], filled[-1]} if filled else set()
    for n in numbered:
        edges.update(i for i in (max((i for i in filled if i < n), default=None),
                                 min((i for i in filled if i > n), default=None)) if i is not None)
    counts = Counter(lines[i].strip() for i in filled if _is_title_line(lines[i]))
    inside = {lines[i].strip() for i in filled if i not in edges}
    repeated = {line for line, n in counts.items() if n >= 2 and n >= len(numbered) - 1 and line not in inside}
    first = next((line.strip() for line in lines if line.strip()), "")
    kept: list[str] = []
    seen_first = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i in numbered:
            continue
        if stripped in repeated:
            if stripped == first and not seen_first:
                seen_first = True
                kept.append(line)
            continue
        kept.append(line)
    return re.sub(r"\n(?:[ \t]*\n){2,}", "\n\n", "\n".join(kept)).strip("\n") + ("\n" if text.endswith("\n") else "")


def _is_page_row(line: str) -> bool:
    """Return whether a line is a row of a page's number in words and a running title's parts.

    >>> _is_page_row("The Daily Courier | March 5, 2026 | Page 2"), _is_page_row("Turn to Page 2 | we said so.")
    (True, False)
    """
    parts = _ROW.split(line.strip())
    if len(parts) < 2 or not any(_PAGE_LINE.fullmatch(part) and _has_word(part) for part in parts):
        return False
    return all(_PAGE_LINE.fullmatch(part) or (len(part.split()) <= _ROW_PART_WORDS and _is_title_line(part))
               for part in parts)


def _has_word(line: str) -> bool:
    """Return whether a page line names a page in words ("Page 3", "Seite 3"), not in figures alone ("3 / 12")."""
    return any(character.isalpha() for character in line)


def _has_total(line: str) -> bool:
    """Return whether a page line names the page count ("Page 1 of 3"): one such line is enough to tell a page."""
    return bool(re.search(r"\d[ \t]*(?:of|von|de|di|av|af|van|z|/)[ \t]*\d", line, re.IGNORECASE))


def _is_title_line(line: str) -> bool:
    """Return whether a line could be a running title: a few words, no sentence's end."""
    stripped = line.strip()
    return bool(stripped) and len(stripped.split()) <= _TITLE_WORDS and stripped[-1] not in ".!?:;,\"”’"
