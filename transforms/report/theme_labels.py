"""A theme's name as the charts write it: whole, on as many lines as it needs, never cut with "…".

Vega cuts a label wider than its limit (an axis's 180 pixels, a legend's 160, ours 260): a taxonomy's
longer names ("armed conflict, wars, ceasefires, peace talks and the people displaced by them") lost
their ends, and two names alike in their first words could not be told apart. The charts lift the
limit and break a long name at its spaces, each line a Vega text line.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable

# About 250 pixels at Vega's 10-pixel labels: the bundled taxonomy's longest name, "disaster, accident and
# emergency incident" (41), keeps one line, and a line fits a phone's window beside an axis.
THEME_LINE_CHARS = 42
# The angle the charts draw a theme axis's names at (degrees), and the room each line of a name takes across
# them, in pixels (Vega's 10-pixel labels: a line's height and a gap, as drawn at that angle).
THEME_LABEL_ANGLE = -35
LABEL_LINE_PIXELS = 15


def text_width(text: str) -> int:
    """Return a text's width in Latin characters: a Chinese, Japanese or Korean character (wide) takes two.

    >>> text_width("war"), text_width("大雨"), text_width("大雨 war")
    (3, 4, 8)
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cut(text: str, chars: int) -> tuple[str, str]:
    """Return the longest start of `text` no wider than `chars` (at least one character), and the rest.

    >>> _cut("大雨警報", 5)
    ('大雨', '警報')
    """
    width = 0
    for end, c in enumerate(text):
        width += text_width(c)
        if width > chars:
            return text[: max(end, 1)], text[max(end, 1):]
    return text, ""


def _word_lines(word: str, chars: int) -> list[str]:
    """Return a word longer than a line broken into lines: after its "_", "-", "/" or "." where it has them
    ("cost_of_living"), after a Chinese or Japanese comma or "・", else where the line is full."""
    lines, line = [], ""
    for piece in re.findall(r"[^_\-/.、，,：:・]*[_\-/.、，,：:・]|[^_\-/.、，,：:・]+", word):
        # A piece wider than a line is cut anyway: it goes on from the line's end ("COVID-19パンデミック..." kept
        # "COVID-" on a line of its own); one that fits a line starts the next.
        if text_width(line + piece) > chars and line and text_width(piece) <= chars:
            lines.append(line)
            line = ""
        line += piece
        while text_width(line) > chars:
            head, line = _cut(line, chars)
            lines.append(head)
    return [*lines, line] if line else lines


def _space_lines(name: str, chars: int) -> list[str]:
    """Return a name broken at its spaces into lines no wider than `chars`, a word wider than that on its own."""
    lines: list[str] = []
    for word in name.split():
        if lines and text_width(f"{lines[-1]} {word}") <= chars:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def theme_lines(name: str, chars: int = THEME_LINE_CHARS) -> list[str]:
    """Return a theme's name broken at spaces into lines of at most `chars` characters; a word longer than a
    line is broken too (a name of one 66-character word, "economy_business_and_finance_...", kept whole,
    ran past a phone's screen over its evidence). A Chinese, Japanese or Korean character counts two, as it is
    drawn about twice as wide: a Japanese name of 37 characters and no space kept one line, 400 pixels wide.

    >>> theme_lines("economy, business and finance")
    ['economy, business and finance']
    >>> theme_lines("armed conflict, wars, ceasefires, peace talks and the people displaced by them")
    ['armed conflict, wars, ceasefires, peace', 'talks and the people displaced by them']
    >>> theme_lines("economy_business_and_finance_markets_banks_trade_and_cost_of_livin")
    ['economy_business_and_finance_markets_', 'banks_trade_and_cost_of_livin']
    >>> theme_lines("x" * 50, 42) == ["x" * 42, "x" * 8]
    True
    >>> theme_lines("经济、商业与金融：市场、银行、贸易和生活成本")
    ['经济、商业与金融：市场、银行、', '贸易和生活成本']
    """
    lines = _space_lines(name, chars) or [name]
    return [part for line in lines for part in (_word_lines(line, chars) if text_width(line) > chars else [line])]


def theme_label_expr(names: Iterable[str], chars: int = THEME_LINE_CHARS) -> str | None:
    """Return the Vega expression that writes each long name on its lines (a label's text may be a list of
    lines), or None when every name fits one line.

    >>> theme_label_expr(["war"]) is None
    True
    >>> theme_label_expr(["war and peace"], 8)
    'datum.value === "war and peace" ? ["war and", "peace"] : datum.label'
    """
    wrapped = {name: lines for name in dict.fromkeys(names) if len(lines := theme_lines(name, chars)) > 1}
    if not wrapped:
        return None
    # JSON strings are the expression language's strings; a chain of comparisons, not an object literal,
    # as a name may be any text. The value, not the label: in a facet's header Vega-Lite puts its label's
    # own conditional in place of `datum.label` unbracketed, and the comparison bound to its last branch.
    cases = [f"datum.value === {json.dumps(name)} ? {json.dumps(lines)}" for name, lines in wrapped.items()]
    return " : ".join([*cases, "datum.label"])


def theme_step(names: Iterable[str], least: int, chars: int = THEME_LINE_CHARS) -> int:
    """Return the pixels along an axis for each theme, whose names are drawn at `THEME_LABEL_ANGLE`: at least
    `least`, more where a name has lines enough to reach its neighbour's. At 48 pixels a theme, names of three
    lines ran into one another, each label's last line over the next one's first.

    >>> theme_step(["war", "trade"], 48)
    48
    >>> theme_step(["armed conflict, wars, ceasefires, peace talks and the people displaced by them"], 48)
    53
    >>> theme_step(["economy, business and finance: markets, banks, trade and the cost of living in 2004-05"], 48)
    79
    """
    lines = max((len(theme_lines(name, chars)) for name in names), default=1)
    across = math.sin(math.radians(abs(THEME_LABEL_ANGLE)))  # the labels' room apart, across their lines
    return max(least, math.ceil(lines * LABEL_LINE_PIXELS / across))
