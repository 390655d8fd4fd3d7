"""A heatmap's colour legend above its chart from the chart's left edge, where a 320-pixel phone's box shows it whole.

Vega puts a legend right of the plot (or under it, from the plot's left end): right of a heatmap wider than a
phone, the by-source and co-occurrence legends were off the box until it was scrolled, and under the time heatmap,
right of the rows' names, its title was cut at "share of th". Placed from the chart's left edge (left of the rows'
names, as the time axis's title is), the legend has the whole box, whatever the names. A guess of the names' width
too wide only widens the chart's left margin: Vega pads its view to hold the legend.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from transforms.report.axis_title import (
    LABEL_PIXELS,
    PHONE_BOX_PIXELS,
    TICK_PIXELS,
    text_pixels,
    title_lines,
)
from transforms.report.theme_labels import LABEL_LINE_PIXELS, THEME_LABEL_ANGLE, THEME_LINE_CHARS, theme_lines

# The legend's title line, its ramp and the ramp's labels: how far above the plot it starts.
LEGEND_PIXELS = 48
# The ramp, with its last label past its end, inside a phone's box from the chart's left edge.
LEGEND_RAMP_PIXELS = min(200, PHONE_BOX_PIXELS - 40)
# A rows' title drawn above the rows' names (the sources', the co-occurrence's "with theme"): one bold line.
ROWS_TITLE_PIXELS = 16


def names_pixels(names: Sequence[str], chars: int = THEME_LINE_CHARS, title: str = "") -> int:
    """Return about how wide the rows' names are (their longest line, and the tick) or their title above them.

    >>> names_pixels(["war"]) < names_pixels(["WAR"]), names_pixels(["bbc"], title="site") > 20
    (True, True)
    """
    longest = max((text_pixels(line, LABEL_PIXELS) for name in names for line in theme_lines(name, chars)), default=0)
    return max(round(longest) + TICK_PIXELS, round(text_pixels(title)))


def slanted_names_pixels(names: Sequence[str], chars: int = THEME_LINE_CHARS) -> int:
    """Return about how tall a slanted axis of `names` is (a big co-occurrence square names its columns on top).

    >>> slanted_names_pixels(["war"]) < slanted_names_pixels(["conflict, war and peace"])
    True
    """
    longest = max((text_pixels(line, LABEL_PIXELS) for name in names for line in theme_lines(name, chars)), default=0)
    lines = max((len(theme_lines(name, chars)) for name in names), default=1)
    return math.ceil(longest * math.sin(math.radians(abs(THEME_LABEL_ANGLE))) + lines * LABEL_LINE_PIXELS) + 8


def legend_above(title: str, left: int, above: int = 0) -> dict[str, Any]:
    """Return a colour legend's settings: horizontal, drawn `left` pixels left of the plot (at the chart's left
    edge) and above it, over `above` pixels of what else is drawn there (a rows' title, a top axis).

    >>> legend_above("shared paragraphs", 120, ROWS_TITLE_PIXELS)["legendY"]
    -64
    """
    return {"orient": "none", "direction": "horizontal", "title": title_lines(title), "titleLimit": 0,
            "legendX": -left, "legendY": -(LEGEND_PIXELS + above), "gradientLength": LEGEND_RAMP_PIXELS}
