"""The lines around a page's headline that are no article text: a plain byline under it, a lone date or a kicker
(`headline_kickers`) above it.

trafilatura leaves out a byline the markup marks (a `class="byline"` element) but keeps a plain paragraph's, "By
Jane Smith" (`html_authors.plain_byline`), read as the page's authors: it was a body paragraph too, its names
labelled as a theme's evidence. A date alone above the <h1> (an edition's "Monday 3 March 2025" in the article's
box) it keeps as the article's first block: it was the first body paragraph. So was one just under the headline and its
standfirst (the Guardian's `<details><summary>Tue 25 Jun 2024 18.02 BST</summary>`).
"""

from __future__ import annotations

import re

from transforms.formats.author_dates import is_date
from transforms.formats.head_days import without_label

# A lone date is short: a dateline with text after it ("LONDON, 3 March 2025 — The bank ...") is the article's.
_DATE_LENGTH = 60
# A date under the headline comes before the text: after the standfirst and a byline at most.
_UNDER_HEADLINE = 3
# The source a Chinese dateline names after its date ("2026年3月9日 09:30 来源：新华社", its agency), as
# English, German, Spanish, Portuguese and Italian ones write it ("5 March 2026 | Source: Reuters"): the date's
# line is no paragraph.
_SOURCE = re.compile(
    r"(?:\s*[|·•,]?\s*)(?:来源|來源|出典|source|quelle|fuente|fonte)\s*[:：]\s*[^\s.。:：][^.。:：]{0,30}$",
    re.IGNORECASE,
)
# What parts a byline's names from its date: "By Kate Lowry, 16 May 2025", "Jo Lee | 5 March 2025"
_BYLINE_ENDS = " ,;|·•–-"


def without_headline_lines(
    blocks: list[str], h1: str | None, byline: str | None, kicker: str | None = None, names: tuple[str, ...] = ()
) -> list[str]:
    """Return an article's blocks without its plain byline's (`byline`, the first block that is it), without the
    lone dates before its headline's block (`h1`, the page's <h1>) and without its kicker's (`kicker`) right before
    it (or anywhere, once, where the <h1> is no block). A lone date in the few blocks under the headline is none
    either, when it is the one lone date after it: a timeline's dates ("2019", "March 2024") are its headings.

    >>> without_headline_lines(["Monday 3 March 2025", "Floods", "By Jane Smith", "Rain."], "Floods", "By Jane Smith")
    ['Floods', 'Rain.']
    >>> without_headline_lines(["Rain on 3 March 2025.", "Floods", "3 March 2025"], "Floods", None)
    ['Rain on 3 March 2025.', 'Floods', '3 March 2025']
    >>> without_headline_lines(["Floods", "Rivers burst.", "Tue 25 Jun 2024 18.02 BST", "Rain."], "Floods", None)
    ['Floods', 'Rivers burst.', 'Rain.']
    >>> without_headline_lines(["Floods", "2019", "Rain.", "2020", "More rain."], "Floods", None)
    ['Floods', '2019', 'Rain.', '2020', 'More rain.']
    >>> without_headline_lines(["Post one.", "Live", "Floods", "Live"], "Floods", None, "Live")
    ['Post one.', 'Floods', 'Live']
    >>> without_headline_lines(["Post one.", "Live", "Post two."], "Floods", None, "Live")
    ['Post one.', 'Post two.']
    >>> without_headline_lines(["Rivers burst.", "Tue 25 Jun 2024 18.02 BST", "Rain."], "Floods", None)
    ['Rivers burst.', 'Rain.']
    """
    at = _byline_block(blocks, byline) if byline is not None else _name_block(blocks, h1, names)
    if at is not None:
        blocks = blocks[:at] + blocks[at + 1 :]
    if h1 is None or h1 not in blocks:
        # the <h1> left out, its kicker is the one block of its words: first, or where extraction moved it (after a
        # live blog's first post)
        if kicker is not None and kicker in blocks:
            blocks = blocks[: blocks.index(kicker)] + blocks[blocks.index(kicker) + 1 :]
        # extraction took the <h1> for the title: the blocks begin under it
        return blocks if h1 is None else _without_date_under(blocks, -1)
    start = blocks.index(h1)
    if kicker is not None and start > 0 and blocks[start - 1] == kicker:
        blocks, start = blocks[: start - 1] + blocks[start:], start - 1
    above = [block for block in blocks[:start] if not _lone_date(block)]
    return _without_date_under(above + blocks[start:], len(above))


def _byline_block(blocks: list[str], byline: str) -> int | None:
    """Return the index of the block that is a plain byline: the byline's text, or its names alone where extraction
    took out its date's <time> ("By Kate Lowry," of "By Kate Lowry, <time>16 May 2025</time>", which stayed a body
    paragraph); None where no block is.

    >>> _byline_block(["Floods", "By Kate Lowry,", "Rain."], "By Kate Lowry, 16 May 2025")
    1
    >>> _byline_block(["By Kate Lowry, a reporter, writes.", "Rain."], "By Kate Lowry, 16 May 2025") is None
    True
    """
    if byline in blocks:
        return blocks.index(byline)
    for at, block in enumerate(blocks[: _UNDER_HEADLINE + 2]):
        names = block.rstrip(_BYLINE_ENDS)
        if names and byline.startswith(names) and is_date(byline[len(names):].strip(_BYLINE_ENDS)):
            return at
    return None


def _name_block(blocks: list[str], h1: str | None, names: tuple[str, ...]) -> int | None:
    """Return the index of the block right under the headline that is one of the page's authors' names alone (`names`,
    as its meta tags and JSON-LD write them), as Axios prints its byline without "By"; None where none is.

    Right under the headline only, and a name of two words or more: a name alone further down is a sentence's
    subject or a quote's speaker, and one word ("Reuters") may be a heading.

    >>> _name_block(["Floods", "Jane Doe", "Rain."], "Floods", ("Jane Doe",))
    1
    >>> _name_block(["Floods", "Rain.", "Jane Doe"], "Floods", ("Jane Doe",)) is None
    True
    """
    at = blocks.index(h1) + 1 if h1 in blocks else 0
    if at < len(blocks) - 1 and len(blocks[at].split()) > 1 and blocks[at] in names:
        return at
    return None


def _without_date_under(blocks: list[str], start: int) -> list[str]:
    """Return the blocks without a lone date in the few under the headline's (at `start`; -1: above the first),
    when it is the one lone date after the headline and text follows it."""
    below = [index for index in range(start + 1, len(blocks)) if _lone_date(blocks[index])]
    if len(below) == 1 and below[0] <= start + _UNDER_HEADLINE and below[0] < len(blocks) - 1:
        return blocks[: below[0]] + blocks[below[0] + 1 :]
    return blocks


def _lone_date(block: str) -> bool:
    """Return whether a block is a date alone (short, all of it a date), or a date and its story's source.

    >>> _lone_date("2026年3月9日 09:30 来源：新华社"), _lone_date("5 March 2026 | Source: Reuters")
    (True, True)
    >>> _lone_date("Source: Reuters"), _lone_date("5 March 2026: the source of the leak")
    (False, False)
    >>> _lone_date("Updated - March 05, 2024 10:14 pm IST - CHENNAI"), _lone_date("- CHENNAI")
    (True, False)

    Or a page's dates on lines of one block, its update's over its first publication's ("Updated: 6 March 2025,
    18:10 GMT" and "Published: 4 March 2025, 09:30 GMT" parted by a <br>): they were the article's first paragraph.

    >>> _lone_date("Updated: 6 March 2025, 18:10 GMT\\nPublished: 4 March 2025, 09:30 GMT")
    True
    >>> _lone_date("Published: 4 March 2025\\nThe strike ended on Thursday after a pay deal.")
    False
    >>> _lone_date("Posted Tue 5 Mar 2024 at 6:00am, updated Tue 5 Mar 2024 at 9:15am")
    True
    """
    if "\n" in block:
        lines = block.split("\n")
        return len(lines) <= _DATE_LINES and all(map(_lone_date, lines))
    if len(parts := _LABELLED_PARTS.split(block)) > 1:  # "Posted ... at 6:00am, updated ... at 9:15am" (ABC's)
        return len(parts) <= _DATE_LINES and all(map(_lone_date, parts))
    return len(block) <= _DATE_LENGTH and is_date(without_label(_SOURCE.sub("", block)))


# Where a line of a page's dates parts them: a comma or a semicolon before the next one's label, as ABC Australia
# prints both ("Posted Tue 5 Mar 2024 at 6:00am, updated Tue 5 Mar 2024 at 9:15am"); each part must be a date alone,
# so a label's word opening a sentence ("..., updated figures show ...") parts no dates
_LABELLED_PARTS = re.compile(r"\s*[,;]\s+(?=(?:last\s+)?(?:updated|published|posted|modified)\b)", re.IGNORECASE)
# The dates a page gives together: published, updated, and a print edition's or a correction's
_DATE_LINES = 3
