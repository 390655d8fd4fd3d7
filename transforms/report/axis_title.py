"""The time chart's axis title written on lines that a phone's chart box shows whole, from the chart's left edge.

The title names what the chart leaves out ("week published (3 articles without a publication date left out; 2
articles dated ... before the first or after the last labelled paragraph, left out)"): 170 characters drawn on one
line of 850 pixels, centred under a 720-pixel chart, ran past the chart's box at 420 pixels on both sides. On lines
that start at the chart's left edge it is read whole without scrolling the box; the note above holds the same words.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from transforms.report.theme_labels import theme_lines

# A 320-pixel phone's chart box (the page's margins at that width: 14 pixels a side), the narrowest we draw for.
PHONE_BOX_PIXELS = 292
# Pixels a character takes by its class, in Vega's 11-pixel bold axis title and its 10-pixel labels (measured in
# Chromium's sans-serif, a little over each class's mean). One width for all, 5.5 pixels, was too small for
# capitals (7.6 in a title): a title beside a theme name in capitals ran out of the chart's box at 390 pixels.
TITLE_PIXELS = {"upper": 8.0, "lower": 6.1, "digit": 6.3, "space": 3.2, "other": 3.8, "wide": 11.5}
LABEL_PIXELS = {"upper": 7.1, "lower": 5.1, "digit": 5.7, "space": 2.9, "other": 3.3, "wide": 10.5}
# The room left of the axis: the rows' theme names and their tick (7 pixels), at least the first date label's
# slant under it (about 90 pixels in Chromium).
TICK_PIXELS = 7
LEAST_LEFT_PIXELS = 90


def _char_class(c: str) -> str:
    if unicodedata.east_asian_width(c) in "WF":
        return "wide"
    if c.isspace():
        return "space"
    if c.isdigit():
        return "digit"
    if c.isalpha():
        return "upper" if c.isupper() else "lower"
    return "other"


def text_pixels(text: str, widths: dict[str, float] = TITLE_PIXELS) -> float:
    """Return about how many pixels `text` takes, each character by its class (capitals wider).

    >>> text_pixels("war") < text_pixels("WAR")
    True
    """
    return sum(widths[_char_class(c)] for c in text)


def left_pixels(themes: Sequence[str] = ()) -> int:
    """Return the room left of the time axis: the rows' theme names (their longest line) and the tick, at least
    the first date label's slant.

    >>> left_pixels(), left_pixels(["WORLD MARKETS, MONEY"]) > left_pixels(["world markets, money"])
    (90, True)
    """
    longest = max((text_pixels(line, LABEL_PIXELS) for theme in themes for line in theme_lines(theme)), default=0)
    return max(LEAST_LEFT_PIXELS, round(longest) + TICK_PIXELS)


def title_lines(title: str, pixels: float = PHONE_BOX_PIXELS) -> list[str]:
    """Return the title broken at spaces (never inside a date, "2026-06-01") into lines of at most `pixels`.

    >>> title_lines("week published")
    ['week published']
    """
    lines: list[str] = []
    for word in title.split():
        if lines and text_pixels(f"{lines[-1]} {word}") <= pixels:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [title]


def time_axis_title(title: str, themes: Sequence[str] = ()) -> dict[str, Any]:
    """Return the time axis's title and its placement: one line if it fits a phone's box, else lines broken at
    spaces, each drawn from the chart's left edge (left of the axis by the rows' names, `themes`).

    Drawn from the axis's left end, the title had only the box's room right of the names: beside a name of 61
    characters in capitals, 100 pixels at 390. From the chart's left edge it has the whole box, whatever the names;
    a guess of their width too wide only widens the chart's left margin (Vega pads its view to hold the title).

    >>> long = ("day published (20 articles dated 2026-06-01 to 2026-06-23, before the first or after the last "
    ...         "labelled paragraph, left out)")
    >>> time_axis_title(long, ["politics"])["title"]  # doctest: +NORMALIZE_WHITESPACE
    ['day published (20 articles dated 2026-06-01 to', '2026-06-23, before the first or after the last',
     'labelled paragraph, left out)']
    >>> time_axis_title("week published")["axis"]["titleX"], time_axis_title("week published", [long])["axis"]["titleX"]
    (0, -211)
    """
    lines = title_lines(title)
    left = left_pixels(themes)
    # A title that fits right of the rows' names on a phone ("week published") starts under the axis, where a reader
    # looks for what the columns are: from the chart's left edge, on a wide screen it sat at the bottom left, under
    # the names. Only a title too long for that room keeps the whole box.
    fits = len(lines) == 1 and left + text_pixels(title) <= PHONE_BOX_PIXELS
    return {"title": lines[0] if len(lines) == 1 else lines,
            "axis": {"titleAnchor": "start", "titleAlign": "left", "titleX": 0 if fits else -left}}
