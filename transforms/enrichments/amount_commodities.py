"""A traded commodity's price by the tonne or the pound (`world_tonne_price`): "Iron ore fell to $100 a tonne" and
"Copper rose to $4.50 a pound" in a Perth story are in US dollars, as iron ore, coal, wheat and the base metals are
priced on world markets (copper, cotton, coffee and sugar by the pound on US ones); a carbon tax's or a landfill levy's
"$70 a tonne" stays in the local dollar, as the state or the council that sets it spends it, and so does a grower's
farm-gate price ("Wheat farmers got $300 a tonne"), as the local buyer pays it."""

from __future__ import annotations

import re

# The price's unit after the amount: "a tonne", "per ton", "/t", "a pound", "/lb" (the barrel and the ounce are
# `_WORLD_PRICE`'s). The pound only with a commodity named, as the tonne: Canada's grocers still price beef and
# apples by the pound, in Canadian dollars.
_BY_TONNE = re.compile(r"(?:[^\S\n]+(?:a|per)[^\S\n]+(?:metric[^\S\n]+)?|[^\S\n]*/[^\S\n]*)"
                       r"(?:tonnes?|tons?|t|pounds?|lbs?)\b"
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
# The people a commodity's name can be the modifier of, who are paid its farm-gate price by a local buyer (a bulk
# handler, a mill) in the local dollar: "Wheat farmers got $300 a tonne", "barley growers were paid $250 a tonne".
# The goods are then no subject of the price, the growers are; an exporter's or a trader's price stays a world one.
_GROWERS = frozenset("farmer farmers grower growers".split())
# A sentence whose subject is a pronoun names its goods in the sentence before: "Iron ore rose. It sold for $100 a
# tonne." (read one sentence back only then: a sentence that names its own subject is about it)
_PRONOUNS = frozenset("it they this that these those".split())
_WORD = re.compile(r"[a-z]+")
_SENTENCE_ENDS = (". ", "! ", "? ", "\n")


def world_tonne_price(text: str, end: int, low: int) -> bool:
    """Return whether the amount ending at `end` (its paragraph from `low`) is a commodity's price by the tonne or the
    pound: the noun after its "of", else its sentence before it (the one before that, for a pronoun's) names a
    commodity, not as its growers', and no charge.

    >>> [world_tonne_price(t, t.index("0 a") + 1, 0) for t in ("Iron ore fell to $100 a tonne.", "The levy on coal "
    ...     "rises to $70 a tonne.", "It paid $90 a tonne of thermal coal.", "Rents rose to $100 a week.",
    ...     "Copper rose. It hit $40 a pound.", "Wheat growers got $300 a tonne.")]
    [True, False, True, False, True, False]
    """
    tonne = _BY_TONNE.match(text, end)
    if tonne is None:
        return False
    if tonne.group("of"):  # "$90 a tonne of thermal coal": what the tonne is of
        return any(word in _COMMODITIES for word in tonne.group("of").split())
    # the sentence before the amount ("Iron ore fell to $100 a tonne"): the subject a price's verb has; a charge named
    # in it, before or after the goods ("the levy on coal rises to", "coal's royalty rose to"), is what is priced
    start = _sentence_start(text, low, end)
    words = _WORD.findall(text[start:end].lower())
    if words[:1] and words[0] in _PRONOUNS and start > low and not set(words) & (_COMMODITIES | _CHARGES):
        words = _WORD.findall(text[_sentence_start(text, low, start - 1):end].lower())  # "It sold for": the one before
    # (a compound's modifier two words before its growers too: "sugar cane farmers")
    goods = {word for word, *after in zip(words, [*words[1:], ""], [*words[2:], "", ""], strict=False)
             if not _GROWERS.intersection(after)}
    return not set(words) & _CHARGES and bool(goods & _COMMODITIES)


def _sentence_start(text: str, low: int, end: int) -> int:
    """Return where the sentence holding `end` starts, in the paragraph from `low`: after a stop and a space, as a
    decimal's point is none ("Copper rose to $4.50 a pound" is one sentence)."""
    return max([low, *(found + len(stop) for stop in _SENTENCE_ENDS if (found := text.rfind(stop, low, end)) >= 0)])
