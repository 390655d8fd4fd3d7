"""A battery's power and energy joined by a slash, as storage news writes them: "a 300MW/1,200MWh battery" is 300 MW
and 1,200 MWh of one battery, two amounts with one object. A slash after a number is no amount's otherwise ("24/7",
"3/10", "12/03/2025"), nor one after a power's energy ("1,200MWh/day", a rate); two rates so joined are two rates
("4.5%/5.0%")."""

from __future__ import annotations

import re

# Before the energy's number: a power's or an energy's unit and the slash (`AMOUNT`'s look-behinds, fixed width each)
PAIRED_BEFORE = r"(?<=[kMG]W/)|(?<=[kMG]Wh/)|(?<=\d%/)"
# ... and two rates so joined, as a table's cell writes them: "Rates 4.5%/5.0%" are 4.5 and 5 percent (the first was a
# bare 4.5, the second none), and a rate's period after its slash, "5%/yr", is the rate's
_UNITS = ("kW", "MW", "GW", "kWh", "MWh", "GWh")
# The energy (or power) after the slash, to the end of its unit
_SECOND = re.compile(r"\d[\d,]*(?:\.\d+)?[^\S\n]?[kMG]Wh?\b")


def paired_end(text: str, end: int) -> int:
    """Return where the amount paired by a slash with the power or energy that ends at `end` ends, or -1.

    >>> paired_end("a 300MW/1,200MWh battery", 7), paired_end("1,200MWh/day", 8), paired_end("24/7", 2)
    (16, -1, -1)
    """
    if not text.startswith("/", end) or not text.endswith(_UNITS, 0, end):
        return -1
    second = _SECOND.match(text, end + 1)
    return second.end() if second else -1
