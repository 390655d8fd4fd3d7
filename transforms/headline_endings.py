"""Whether a text file's first line ends as a sentence does (no headline), or only seems to: a `;` that closes a
character reference is part of a character, not punctuation, and a full stop that closes a headline's abbreviation
(`headline_abbreviations`) is no sentence's.

Text copied from a page's source keeps its references escaped, and a dataset built from feeds keeps them with or
without their `&`: AG News's titles end "... UK #39;coup plotter #39;" (a quote) or "... of &lt;b&gt;...&lt;/b&gt;"
(Google News's cut headline in bold). Each ended with ";" and was read as no headline: 75 of agnews-dev's 3,800
articles had none, their title a body paragraph.

An ellipsis written as three full stops ends no sentence either, as "…" does not: it leaves a headline's words hanging
("Rivals of the £400 Apple...", bbc-dev's tech/301.txt, was read as a body paragraph and its article had no title).
A long first line is still no headline (a paragraph's word limit, `paragraphs`).
"""

from __future__ import annotations

import re

from transforms.headline_abbreviations import ends_with_headline_abbreviation

# A reference a headline ends with: a number (`&#39;`, `#39;`, `&#x27;`) or one of the names a title's quotes,
# ampersand, angle brackets and spaces are written with. Not any word before a ";": "Clements ;" is punctuation.
_REFERENCE_END = re.compile(
    r"(?:&|(?<![\w&]))(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|(?:quot|amp|apos|lt|gt|nbsp|rsquo|lsquo|rdquo|ldquo|hellip"
    r"|raquo|laquo|mdash|ndash));\Z"
)
_SENTENCE_ENDS = (".", ":", ";", ",")


def ends_as_sentence(line: str) -> bool:
    """Return whether a line ends with a sentence's punctuation (`.`, `:`, `;` or `,`), a character reference's `;`
    being none.

    >>> ends_as_sentence("Prices rose."), ends_as_sentence("Irish eyes turn to Clements ;")
    (True, True)
    >>> ends_as_sentence("Zimbabwe jails UK  #39;coup plotter #39;"), ends_as_sentence("Fund managers of &lt;/b&gt;")
    (False, False)
    >>> ends_as_sentence("Gamers queue for  quot;PlayStation Portable quot;"), ends_as_sentence("Rain at last")
    (False, False)
    >>> ends_as_sentence("Auto sales surged in Sept."), ends_as_sentence("Talks stall with the U.S.")
    (False, True)
    >>> ends_as_sentence("Rivals of the £400 Apple..."), ends_as_sentence("Talks stall as deadline looms…")
    (False, False)
    """
    line = line.rstrip()
    if not line.endswith(_SENTENCE_ENDS):
        return False
    if line.endswith("."):
        return not (line.endswith("...") or ends_with_headline_abbreviation(line))
    return not (line.endswith(";") and _REFERENCE_END.search(line[-12:]))
