"""The time chart's axis title written on lines that a phone's chart box shows whole, from the left of the axis.

The title names what the chart leaves out ("week published (3 articles without a publication date left out; 2
articles dated ... before the first or after the last labelled paragraph, left out)"): 170 characters drawn on one
line of 850 pixels, centred under a 720-pixel chart, ran past the chart's box at 420 pixels on both sides. On lines
that start at the axis's left end it is read whole without scrolling the box; the note above holds the same words.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from transforms.report.theme_labels import theme_lines

# A 390-pixel phone's chart box (the page's margins at that width: 14 pixels a side), the narrowest we draw for.
PHONE_BOX_PIXELS = 362
# Vega's axis title (11-pixel bold) takes about 5 pixels a character (measured on the time axis's titles in
# Chromium: 4.9); 5.5 leaves room for a line of wide letters and digits.
TITLE_CHAR_PIXELS = 5.5
# The room left of the axis: the rows' theme names (Vega's 10-pixel labels, about 5.5 pixels a character, and
# the tick), at least the first date label's slant under it (about 90 pixels in Chromium).
LABEL_CHAR_PIXELS = 5.5
LEAST_LEFT_PIXELS = 90
# A line keeps this many characters however long the theme names: fewer would stack a title into a column.
LEAST_TITLE_CHARS = 24


def title_chars(themes: Sequence[str] = ()) -> int:
    """Return how many characters a line of the time axis's title may take, left of it the rows' theme names.

    >>> title_chars(["war", "economy"])
    49
    >>> title_chars(["disaster, accident and emergency incident"])
    24
    """
    longest = max((len(line) for theme in themes for line in theme_lines(theme)), default=0)
    left = max(LEAST_LEFT_PIXELS, LABEL_CHAR_PIXELS * longest + 12)
    return max(LEAST_TITLE_CHARS, int((PHONE_BOX_PIXELS - left) / TITLE_CHAR_PIXELS))


def time_axis_title(title: str, themes: Sequence[str] = ()) -> dict[str, Any]:
    """Return the time axis's title and its placement: one line if it fits a phone's box, else lines broken at
    spaces (never inside a date, "2026-06-01"), each drawn from the axis's left end.

    >>> time_axis_title("week published")["title"]
    'week published'
    >>> long = ("day published (20 articles dated 2026-06-01 to 2026-06-23, before the first or after the last "
    ...         "labelled paragraph, left out)")
    >>> time_axis_title(long, ["politics"])["title"]  # doctest: +NORMALIZE_WHITESPACE
    ['day published (20 articles dated 2026-06-01 to', '2026-06-23, before the first or after the last',
     'labelled paragraph, left out)']
    """
    chars = title_chars(themes)
    lines = textwrap.wrap(title, chars, break_long_words=False, break_on_hyphens=False) or [title]
    return {"title": lines[0] if len(lines) == 1 else lines,
            "axis": {"titleAnchor": "start", "titleAlign": "left"}}
