"""A traded commodity's price by the tonne (`world_tonne_price`): "Iron ore fell to $100 a tonne" in a Perth story is
in US dollars, as iron ore, coal, wheat and the base metals are priced on world markets; a carbon tax's or a landfill
levy's "$70 a tonne" stays in the local dollar, as the state or the council that sets it spends it."""

from __future__ import annotations

import re

# The price's unit after the amount: "a tonne", "per ton", "/t" (the barrel and the ounce are `_WORLD_PRICE`'s)
_BY_TONNE = re.compile(r"(?:[^\S\n]+(?:a|per)[^\S\n]+(?:metric[^\S\n]+)?|[^\S\n]*/[^\S\n]*)(?:tonnes?|tons?|t)\b"
                       r"(?:[^\S\n]+of[^\S\n]+(?P<of>[a-z]+(?:[^\S\n]+[a-z]+)?))?")
# The goods whose prices by the tonne news quotes off world markets, in US dollars: ores, coal, metals, grains and
# softs (not lead: a verb's and a story's lead as often). A short list, not a gazetteer of commodities: the noun a
# tonne's price is of is one of a few in the news, and a word not here keeps the local dollar, the safer reading (a
# levy's, a tax's, a recycler's gate fee).
_COMMODITIES = frozenset(
    "ore coal coke copper aluminium aluminum nickel zinc tin steel lithium cobalt alumina bauxite manganese "
    "wheat barley corn maize soybeans soybean soy canola rapeseed rice sugar cocoa coffee cotton palm urea potash "
    "iron".split())
# The words of a charge a government or a council sets by the tonne: its sums are local, whatever goods it is on
# ("a levy of $70 a tonne on coal", "the carbon price of $30 a tonne")
_CHARGES = frozenset("levy levies tax taxes carbon emissions emission fee fees tariff tariffs duty duties charge "
                     "charges royalty royalties fine fines rebate subsidy".split())
_WORD = re.compile(r"[a-z]+")
_SENTENCE_ENDS = ".!?\n"


def world_tonne_price(text: str, end: int, low: int) -> bool:
    """Return whether the amount ending at `end` (its paragraph from `low`) is a commodity's price by the tonne: the
    noun after its "of", else its sentence before it names a commodity and no charge.

    >>> [world_tonne_price(t, t.index("0 a") + 1, 0) for t in ("Iron ore fell to $100 a tonne.", "The levy on coal "
    ...     "rises to $70 a tonne.", "It paid $90 a tonne of thermal coal.", "Rents rose to $100 a week.")]
    [True, False, True, False]
    """
    tonne = _BY_TONNE.match(text, end)
    if tonne is None:
        return False
    if tonne.group("of"):  # "$90 a tonne of thermal coal": what the tonne is of
        return any(word in _COMMODITIES for word in tonne.group("of").split())
    # the sentence before the amount ("Iron ore fell to $100 a tonne"): the subject a price's verb has; a charge named
    # in it, before or after the goods ("the levy on coal rises to", "coal's royalty rose to"), is what is priced
    start = max(low, *(text.rfind(stop, low, end) + 1 for stop in _SENTENCE_ENDS))
    words = set(_WORD.findall(text[start:end].lower()))
    return not words & _CHARGES and bool(words & _COMMODITIES)
