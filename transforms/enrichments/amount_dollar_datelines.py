"""The currency of a bare "$" in a paragraph that opens with a dollar country's dateline (`dollar_code`):
"OTTAWA -- The government has set aside $1.2-billion" is in Canadian dollars, as the country's own papers write it;
and in one that names a New Zealand or Australian council or state government ("Auckland Council will spend $40m");
a bare cent's too (`local_dollar`): "WINDHOEK - Petrol will rise by 40 cents a litre" is in Namibian dollars."""

from __future__ import annotations

import re

from transforms.enrichments.amount_articles import lead_starts
from transforms.enrichments.amount_commodities import world_tonne_price
from transforms.enrichments.amount_councils import council_dollar

# A paragraph's dateline: a city of Canada, Australia or New Zealand in capitals at its start, then (optionally) its
# province or country and its home agency's credit, then the dash or colon that ends it. Canada's, Australia's and
# New Zealand's own papers and agencies (CP, AAP, NZPA) write their dollar "$" and mark a US one ("$2.6 billion US"),
# while the foreign wires that file from the same cities (Reuters, AP, AFP, Dow Jones) write "C$", "A$", "NZ$" for
# the local one and "$" for the US's, so a credit other than the home agency's keeps "$" as USD. The cities are the
# capitals and the largest ones, those a dateline names; Hamilton, Victoria and London are left out (another
# country's too), but for London with its province after it: "LONDON, Ontario (CP) —", "LONDON, Ont. -". Namibia's
# capital too: its papers write "N$" and, for petrol's and bread's prices, bare cents ("WINDHOEK - Petrol will rise
# by 40 cents a litre"), which are the Namibian dollar's; Fiji's, whose papers write "$" for the Fijian dollar. South
# Africa's only for cents (`CENTS_ONLY`): its papers write rand "R", so a "$" there is a US one, but their fuel's and
# bread's prices go up in bare cents ("JOHANNESBURG - Petrol will rise by 40 cents a litre"), the rand's hundredths.
_DATELINE = re.compile(
    r"[^\S\n]*(?:(?P<CAD>OTTAWA|TORONTO|MONTREAL|VANCOUVER|CALGARY|EDMONTON|WINNIPEG|HALIFAX|REGINA|SASKATOON"
    r"|QUEBEC CITY|FREDERICTON|CHARLOTTETOWN|ST\. JOHN'S|LONDON(?=,[^\S\n]+Ont(?:ario\b|\.)))"
    r"|(?P<AUD>SYDNEY|MELBOURNE|CANBERRA|BRISBANE|ADELAIDE|PERTH|HOBART|DARWIN)"
    r"|(?P<NZD>WELLINGTON|AUCKLAND|CHRISTCHURCH|DUNEDIN)|(?P<NAD>WINDHOEK)|(?P<FJD>SUVA)"
    r"|(?P<ZAR>JOHANNESBURG|PRETORIA|CAPE TOWN|DURBAN))"
    r"(?:,[^\S\n]+[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)?)?(?:[^\S\n]+\((?:CP|AAP|NZPA|Canadian Press)\))?"
    r"[^\S\n]*(?:--|-|—|–|:)[^\S\n]")
CENTS_ONLY = frozenset({"ZAR"})
# A body of a dollar country's city or state that spends and taxes in its own dollar, named in the paragraph: "Auckland
# Council will spend $40 million", "the NSW government said", "Brisbane City Council": a local council's or a state
# government's sums are in its country's currency, as the paragraph naming the country is not (a Canadian or
# Australian place is named in foreign stories quoting US dollars as often). Hamilton and Victoria are left out, as
# in datelines; "WA" and "SA" only before "government", as their letters are other things' too. The council in lower
# case too, as the papers write it named again ("Nelson city council", "the Auckland council").
_LOCAL_BODY = re.compile(
    r"\b(?:(?P<NZD>(?:Auckland|Wellington|Christchurch|Dunedin|Tauranga|Napier|Nelson|Palmerston[^\S\n]+North)"
    r"(?:[^\S\n]+[Cc]ity)?[^\S\n]+[Cc]ouncil|Environment[^\S\n]+Canterbury|Greater[^\S\n]+Wellington)"
    r"|(?P<AUD>(?:Sydney|Melbourne|Brisbane|Perth|Adelaide|Hobart|Darwin|Canberra|Gold[^\S\n]+Coast)(?:[^\S\n]+[Cc]ity)?"
    r"[^\S\n]+[Cc]ouncil|(?:NSW|New[^\S\n]+South[^\S\n]+Wales|Victorian|Queensland|Tasmanian|WA|SA|ACT|NT)"
    r"(?:[^\S\n]+state)?[^\S\n]+[Gg]overnment))\b")
_BODY_WORDS = ("Council", "council", "overnment", "Environment Canterbury", "Greater Wellington")
# A US dollar marked after the amount, as the home papers write it: "$2.6 billion US", "$5 million (U.S.)", and at a
# sentence's end ("... $2.6 billion US."; "US.S" or "USA" are no mark)
_US_AFTER = re.compile(r"[^\S\n]*\(?(?:US|U\.S\.)(?!\w|\.\w)")
# A world commodity's price, quoted by the barrel or the ounce ("Oil rose to $80 a barrel", "gold hit $2,000 an
# ounce", "$80/bbl"): oil and gold trade in US dollars on world markets, so a Calgary or Perth paper's "$" before one
# is a US one, whatever its dateline. Not the tonne: a carbon price or a landfill levy is quoted by the tonne too, in
# the local dollar ("Canada's carbon tax rises to $65 a tonne"), but for a commodity's (`world_tonne_price`). And the
# gallon: Canada, Australia and New Zealand sell fuel and milk by the litre, so a price by the gallon in their papers
# is a US market's ("Gas in Buffalo sells at $3 a gallon", heating oil's futures), in US dollars. And the million
# British thermal units: natural gas's Henry Hub unit, in US dollars; Canada's AECO hub quotes its dollar by the
# gigajoule ("Natural gas rose to $3 per million British thermal units", "$2.50/mmBtu").
_WORLD_PRICE = re.compile(r"(?:[^\S\n]+(?:a|an|per)[^\S\n]+(?:troy[^\S\n]+)?|[^\S\n]*/[^\S\n]*)"
                          r"(?:barrels?|bbl|ounces?|oz|gallons?|gal|mmbtu|MMBtu|mmBtu|MMBTU"
                          r"|million[^\S\n]+British[^\S\n]+thermal[^\S\n]+units?)\b")


def dollar_code(text: str, end: int, low: int, high: int | None = None, lead: int | None = None) -> str:
    """Return the ISO 4217 code of a bare "$" amount ending at `end` in the paragraph starting at `low`: its dateline's
    country's dollar (`_DATELINE`), else its article's (of its first paragraphs', the first at `lead`, the first a
    dateline opens), unless a US mark follows it (`_US_AFTER`), else USD; a world price's "$" by the barrel or ounce
    (`_WORLD_PRICE`) is USD too.

    >>> [dollar_code(t, t.index(n) + len(n), 0) for t, n in (("OTTAWA -- It set aside $1.2-billion", "billion"),
    ...     ("TORONTO (Reuters) - Enbridge will pay $613 million", "million"), ("WELLINGTON - It spends $50m", "m"),
    ...     ("TORONTO - Revenue below the $2.6 billion US", "billion"), ("Ottawa said $5m to help", "5m"))]
    ['CAD', 'USD', 'NZD', 'USD', 'USD']
    >>> [dollar_code(t, t.index(n) + len(n), 0) for t, n in (("CALGARY - Oil rose to $80 a barrel", "80"),
    ...     ("PERTH - Gold hit $2,000/oz", "2,000"), ("PERTH - Rents hit $500 a week", "500"))]
    ['USD', 'USD', 'AUD']
    >>> [dollar_code(t, t.index("$") + 3, 0) for t in ("Auckland Council will spend $40 million", "It costs $120m, "
    ...     "the NSW government said", "It costs $9 million, Perth and Kinross Council said")]
    ['NZD', 'AUD', 'USD']
    """
    if _US_AFTER.match(text, end) or _WORLD_PRICE.match(text, end) or world_tonne_price(text, end, low):
        return "USD"
    code = local_dollar(text, low, high)
    if code == "USD" and lead is not None and lead < low and _DATELINE.match(text, low) is None:
        # "CALGARY - Rents have fallen ..." then "... to $1,950 a month": a dateline says whose dollar the whole
        # story's is, as the home papers write it; a city named mid-story does not (foreign stories name them too).
        # The first paragraph a dateline opens, of the first few: a headline may come before it (`lead_starts`).
        # A later one's dash must open a sentence, a capital after it: "TORONTO - the film festival drew buyers, one
        # said" is a quote's or a list's town and dash in a foreign story, no dateline of the article's.
        datelines = (_DATELINE.match(text, start) for start in lead_starts(text, lead, low))
        dateline = next((found for found in datelines if found is not None and (
            found.start() == lead or not text[found.end():found.end() + 1].islower())), None)
        code = dateline.lastgroup or "USD" if dateline is not None else code
    return "USD" if code in CENTS_ONLY else code


def local_dollar(text: str, low: int, high: int | None = None) -> str:
    """Return the ISO 4217 code of a bare dollar or cent in the paragraph `text[low:high]`: its dateline's country's
    (`_DATELINE`), else the one local body's it names (`_LOCAL_BODY`, else a gazetteer town's council:
    `council_dollar`), else USD.

    >>> local_dollar("WINDHOEK - Petrol will rise by 40 cents a litre", 0), local_dollar("It rose 40 cents", 0)
    ('NAD', 'USD')
    """
    dateline = _DATELINE.match(text, low)
    if dateline is None:  # no dateline: a local body of one dollar country's named in the paragraph (`_LOCAL_BODY`)
        high = len(text) if high is None else high
        if not any(text.find(word, low, high) >= 0 for word in _BODY_WORDS):
            return "USD"  # (a word's find first: the pattern is tried in few paragraphs, not at each "$")
        bodies = {body.lastgroup for body in _LOCAL_BODY.finditer(text, low, high)}
        if not bodies and text.find("ouncil", low, high) >= 0:  # a council of a town the gazetteer knows
            return council_dollar(text, low, high) or "USD"
        return bodies.pop() or "USD" if len(bodies) == 1 else "USD"
    return dateline.lastgroup or "USD"
