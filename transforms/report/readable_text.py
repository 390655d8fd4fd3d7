"""An example's text as a reader should see it: the markup debris some news exports keep in their text
(HTML entities, tags written as entities, backslashes for line breaks) undone for the page, with the
evidence's offsets moved to match.

The lake keeps the text as read (the evidence's offsets point into it); only the page shows it cleaned.
agnews-dev's texts carry AG News's debris: "Britain #39;s" (an entity whose "&" became a space),
"&lt;b&gt;...&lt;/b&gt;", "\\$10.3 billion", "expected\\to fall"; the page showed them as stored, and
a tag's URL, one word of 150 characters, ran off a phone's screen.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from html.entities import html5

from transforms.formats.markup import BLOCKS, ELEMENTS

Span = tuple[int, int, str, "str | None"]

# A tag, written as entities or as itself: "&lt;A HREF=...&gt;", "<b>", "<br />". Only HTML's own names (those
# the formats read in a field, and the old ones AG News kept: "<nobr>"), bare or with attributes of "=":
# "List<String>", "a<b and c>d" and a ticker, "Inc.&lt;AAPL.O&gt;", are the text's.
_NAMES = rf"(?i:{ELEMENTS}|nobr|big|center|strike|tt)"
_TAG = (rf"&lt;/?{_NAMES}(?:\s*/?|\s(?:(?!&gt;)[^<>=]){{0,300}}=(?:(?!&gt;)[^<>]){{0,300}})&gt;"
        rf"|</?{_NAMES}(?:\s*/?|\s[^<>=]{{0,300}}=[^<>]{{0,300}})>")
# A line's or a block's tag stands between two of the text's words: it reads as a space ("Paper</a><br/>Find").
_BREAKING = re.compile(rf"(?:&lt;|<)/?(?i:{'|'.join((*BLOCKS, 'br', 'hr', 'td', 'th'))})\b")
# An entity, and the same with its "&" lost to a space (AG News: " #39;", " quot;", " amp;"), or lost at the
# text's start ("#39;Poison pill' just in case").
_LOST = r"(?:#\d{2,4}|quot|amp|lt|gt|apos|nbsp);"
_ENTITY = rf"&(?:#\d{{2,4}}|#x[0-9A-Fa-f]{{2,4}}|[A-Za-z]{{2,8}});| {_LOST}|^{_LOST}"
# Backslashes: two for a paragraph break (dropped at either end of the text), one before "$" escaping it,
# one between two words for a line break ("expected\to fall"), or beside a space where the break was one
# ("$499.\ Treo 650", "Inc. \Chairman"); not one before "_", a shrug's arm ("¯\_(ツ)_/¯").
_BACKSLASHES = r"^(?:\\\\)+|(?:\\\\)+$|\\\\|\\(?=\$)"
_ONE_BACKSLASH = r"|\\(?!_)"
_DEBRIS_AND_BREAKS = re.compile(f"{_TAG}|{_ENTITY}|{_BACKSLASHES}{_ONE_BACKSLASH}")
# A text with a path of Windows or TeX's commands is not written with line breaks: its backslashes stay, but
# for "\$". A path has a drive ("C:\Windows"), a share's server ("\\fileserver\share") or three names joined by
# single backslashes ("HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft"); agnews-dev's breaks join two. A command of TeX
# takes braces ("\frac{a}{b}", "\textbf{"), opens a formula ("$\sigma$"), or is a Greek letter or a symbol of
# maths, in lower case ("\alpha", "\leq"), beside a formula's sign, number or one-letter variable ("\alpha + \beta",
# "x \leq 5"): the page showed "\alpha + \beta" as "alpha + beta". A break before a capital's name stays one
# ("of\Delta Air Lines"), and so does one before an English word ("the\end"), a Greek letter's too ("a\beta
# version", "the Mekong\delta region").
_DEBRIS = re.compile(rf"{_TAG}|{_ENTITY}|\\(?=\$)")
_TEX_NAMES = ("alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|iota|kappa|lambda|mu|nu|xi|pi|"
              "rho|sigma|tau|upsilon|phi|varphi|chi|psi|omega|frac|dfrac|sqrt|cdot|cdots|ldots|infty|leq|geq|neq|"
              "approx|equiv|mathbf|mathrm|mathcal|mathbb|textit|textbf|emph|vec|nabla|forall")
_WINDOWS_PATH_OR_TEX = re.compile(
    r"\b[A-Za-z]:\\\w|\\\\\w+\\\w|(?<![\\\w])\w+\\\w+\\\w"  # a path of Windows
    rf"|\\[A-Za-z]+\{{|\$\\[A-Za-z]|\\(?:{_TEX_NAMES})(?![A-Za-z])\s*(?:[-+=<>^_()\d\\]|[A-Za-z]\b)"  # TeX's
    rf"|[-+=<>^_(]\s*\\(?:{_TEX_NAMES})(?![A-Za-z])"  # commands, a name beside a formula's sign, number or letter
)
_MAYBE = re.compile(r"[&;<\\]")  # no debris without one of these: most texts are returned at once


def _replacement(text: str, start: int, end: int) -> str | None:
    """Return what the piece of debris at text[start:end] reads as, or None to keep it as written."""
    debris = text[start:end]
    if debris.startswith("<") or debris.startswith("&lt;") and debris != "&lt;":  # a tag
        return " " if _BREAKING.match(debris) else ""
    if debris.startswith("\\"):
        # "\$10" is "$10"; a break at either end of the text is none, nor one beside a space
        at_edge = start == 0 or end == len(text)
        if text.startswith("$", end) or at_edge:
            return ""
        return " " if debris != "\\" or not (text[start - 1].isspace() or text[end].isspace()) else ""
    lost = not debris.startswith("&")
    entity = "&" + debris.removeprefix(" ") if lost else debris
    if entity[1] != "#" and entity[1:] not in html5:  # html.unescape reads "&notes;" as "&not" and "es;"
        return None
    character = html.unescape(entity)
    if unicodedata.category(character) == "Zs":  # "&nbsp;", a space of the page's
        return " "
    if character == entity or not character.isprintable():  # not an entity, or a control character ("&#10;")
        return None
    # A number after " #" is AG News's lost "&" only where it reads as punctuation or a symbol ("#39;" ',
    # "#36;" $, "#151;" —): "jersey #99;" is no "c", "Bug #1234;" no Cyrillic letter.
    if lost and unicodedata.category(character)[0] not in "PS":
        return None
    return character


def _debris(text: str) -> list[tuple[int, int, str]]:
    """Return each piece of debris of a text, (start, end), with what it reads as."""
    if not _MAYBE.search(text):
        return []
    pattern = _DEBRIS if _WINDOWS_PATH_OR_TEX.search(text) else _DEBRIS_AND_BREAKS
    pieces = ((match.start(), match.end(), _replacement(text, *match.span())) for match in pattern.finditer(text))
    return [(start, end, readable) for start, end, readable in pieces if readable is not None]


def debris_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each piece of markup debris the page does not show as written: evidence found
    inside one (a word of a tag's URL: agnews-dev's "investor", "stocks", "href" and "font" in its tags written as
    entities, '&lt;A HREF="http://www.investor.reuters.com/...&gt;') is none of the page's text.

    >>> debris_spans('Staples &lt;A HREF="http://investor.example/"&gt;SPLS.O&lt;/A&gt; rose #39;')
    [(8, 49), (55, 65), (70, 75)]
    """
    return [(start, end) for start, end, _ in _debris(text)]


def readable_text(text: str, spans: Iterable[Span] = ()) -> tuple[str, list[Span]]:
    """Return a text with its markup debris undone, and its spans (start, end, term, kind) moved to match.

    >>> readable_text("Britain #39;s court &lt;b&gt;ruled&lt;/b&gt;", [(14, 19, "court", "term")])
    ("Britain's court ruled", [(10, 15, 'court', 'term')])
    >>> readable_text("AT amp;T paid \\\\$41 billion; shares < $10")[0]
    'AT&T paid $41 billion; shares < $10'
    """
    spans = list(spans)
    debris = _debris(text)
    if not debris:
        return text, spans
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []  # (start, end) in the text, (start, end) in the readable text
    at = written = 0
    for start, end, readable in debris:
        pieces.append(text[at:start])
        written += start - at
        edits.append((start, end, written, written + len(readable)))
        pieces.append(readable)
        written += len(readable)
        at = end
    pieces.append(text[at:])
    ends = [end for _, end, _, _ in edits]

    def moved(offset: int, closing: bool) -> int:
        i = bisect_right(ends, offset)  # edits ending at or before the offset
        if i < len(edits) and edits[i][0] < offset:  # within a piece of debris: its readable text's edge
            return edits[i][3] if closing else edits[i][2]
        return offset + (edits[i - 1][3] - edits[i - 1][1] if i else 0)

    return "".join(pieces), [(moved(s, False), moved(e, True), term, kind) for s, e, term, kind in spans]
