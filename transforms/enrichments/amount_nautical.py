"""What a glued "nm" after a number measures (`nm_unit`): a chip's nanometres before a chip's word or near one ("a
3nm process", "3nm and 5nm chips"), nautical miles at sea ("seized 12nm off the coast", "a 200nm exclusion zone"),
and nothing where neither is near (a wavelength's "450nm" is left as it was, no amount).
"""

from __future__ import annotations

import re

# A chip's words right after its nanometres: "a 3nm process", "5nm chips"
_CHIP_AFTER = re.compile(r"[\s-](?:process|processes|node|nodes|chips?|processors?|technology|wafers?|transistors?"
                         r"|manufacturing|production|fabs?|semiconductors?|lithography|class|generation)\b")
# ... and those that put a number near them among a chip's sizes, over a sea's word ("TSMC, the island's biggest
# firm, makes 3nm and 5nm chips": Taiwan is "the island", its 3nm no nautical miles)
_CHIP_NEAR = re.compile(r"(?i)\b(?:chips?|chipmakers?|processors?|semiconductors?|wafers?|transistors?|foundry"
                        r"|foundries|lithography)\b")
# What puts a distance at sea, in its paragraph near it: ships, coasts, waters, a navy
_SEA = re.compile(r"(?i)\b(?:sea|seas|coast|coastline|coastal|offshore|shore|ship|ships|vessels?|boats?|yachts?|ferry"
                  r"|ferries|tankers?|trawlers?|navy|naval|maritime|waters|harbou?r|port|island|islands|coastguard"
                  r"|fishing|sailed|sank|aground|nautical|territorial)\b")
# How far from the number a sea's word counts (as a temperature's word does for a bare "C")
_NEAR = 150


def nm_unit(text: str, end: int, low: int, high: int) -> str | None:
    """Return the unit of a number glued to "nm" that ends at `end`, in a paragraph from `low` to `high`: "nm" before
    a chip's word or near one, "nmi" (nautical miles) with a word of the sea near, else None (no amount).

    >>> [nm_unit(t, t.index("nm") + 2, 0, len(t)) for t in (
    ...     "a 3nm process", "The ship was seized 12nm off the coast", "light at 450nm glows",
    ...     "the island's firm makes 3nm and 5nm chips")]
    ['nm', 'nmi', None, 'nm']
    """
    if _CHIP_AFTER.match(text, end) or _CHIP_NEAR.search(text, max(low, end - _NEAR), min(high, end + _NEAR)):
        return "nm"
    return "nmi" if _SEA.search(text, max(low, end - _NEAR), min(high, end + _NEAR)) else None
