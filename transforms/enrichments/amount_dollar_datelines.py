"""The currency of a bare "$" in a paragraph that opens with a dollar country's dateline (`dollar_code`):
"OTTAWA -- The government has set aside $1.2-billion" is in Canadian dollars, as the country's own papers write it."""

from __future__ import annotations

import re

# A paragraph's dateline: a city of Canada, Australia or New Zealand in capitals at its start, then (optionally) its
# province or country and its home agency's credit, then the dash or colon that ends it. Canada's, Australia's and
# New Zealand's own papers and agencies (CP, AAP, NZPA) write their dollar "$" and mark a US one ("$2.6 billion US"),
# while the foreign wires that file from the same cities (Reuters, AP, AFP, Dow Jones) write "C$", "A$", "NZ$" for
# the local one and "$" for the US's, so a credit other than the home agency's keeps "$" as USD. The cities are the
# capitals and the largest ones, those a dateline names; Hamilton, Victoria and London are left out (another
# country's too), but for London with its province after it: "LONDON, Ontario (CP) —", "LONDON, Ont. -".
_DATELINE = re.compile(
    r"[^\S\n]*(?:(?P<CAD>OTTAWA|TORONTO|MONTREAL|VANCOUVER|CALGARY|EDMONTON|WINNIPEG|HALIFAX|REGINA|SASKATOON"
    r"|QUEBEC CITY|FREDERICTON|CHARLOTTETOWN|ST\. JOHN'S|LONDON(?=,[^\S\n]+Ont(?:ario\b|\.)))"
    r"|(?P<AUD>SYDNEY|MELBOURNE|CANBERRA|BRISBANE|ADELAIDE|PERTH|HOBART|DARWIN)"
    r"|(?P<NZD>WELLINGTON|AUCKLAND|CHRISTCHURCH|DUNEDIN))"
    r"(?:,[^\S\n]+[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)?)?(?:[^\S\n]+\((?:CP|AAP|NZPA|Canadian Press)\))?"
    r"[^\S\n]*(?:--|-|—|–|:)[^\S\n]")
# A US dollar marked after the amount, as the home papers write it: "$2.6 billion US", "$5 million (U.S.)"
_US_AFTER = re.compile(r"[^\S\n]*\(?(?:US|U\.S\.)(?![\w.])")


def dollar_code(text: str, end: int, low: int) -> str:
    """Return the ISO 4217 code of a bare "$" amount ending at `end` in the paragraph starting at `low`: its dateline's
    country's dollar (`_DATELINE`) unless a US mark follows it (`_US_AFTER`), else USD.

    >>> [dollar_code(t, t.index(n) + len(n), 0) for t, n in (("OTTAWA -- It set aside $1.2-billion", "billion"),
    ...     ("TORONTO (Reuters) - Enbridge will pay $613 million", "million"), ("WELLINGTON - It spends $50m", "m"),
    ...     ("TORONTO - Revenue below the $2.6 billion US", "billion"), ("Ottawa said $5m to help", "5m"))]
    ['CAD', 'USD', 'NZD', 'USD', 'USD']
    """
    dateline = _DATELINE.match(text, low)
    if dateline is None or _US_AFTER.match(text, end):
        return "USD"
    return dateline.lastgroup or "USD"
