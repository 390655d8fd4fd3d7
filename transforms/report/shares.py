"""A share as the page prints it: a whole percent, never 100% for some but not all nor 0% for some."""

from __future__ import annotations


def share_text(share: float) -> str:
    """Return `share` (0 to 1) as a percent: whole, else one decimal when whole rounds some to 0% or most to 100%.

    A new user read "100% of paragraphs with a theme" beside "Of the 19 paragraphs without a theme" (13,304 of
    13,323): a rounded figure must not say all, or none, of what the page counts elsewhere. The rule reads only
    whether the share is strictly between 0 and 1, so it holds for any count; past one decimal it says "<0.1%"
    or ">99.9%", a bound, since more decimals read as a precision nobody asked for.

    >>> [share_text(s) for s in (1.0, 0.0, 0.5, 13304 / 13323, 19 / 13323, 1 / 100000, 99999 / 100000)]
    ['100%', '0%', '50%', '99.9%', '0.1%', '<0.1%', '>99.9%']
    """
    whole = f"{share:.0%}"
    if not 0 < share < 1 or whole not in ("0%", "100%"):
        return whole
    tenth = f"{share:.1%}"
    if tenth == "0.0%":
        return "<0.1%"
    if tenth == "100.0%":
        return ">99.9%"
    return tenth
