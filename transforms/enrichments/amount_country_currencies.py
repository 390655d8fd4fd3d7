"""The currency of a word several countries' currencies share, "5 billion shillings", "40 billion rupees", "300
million pesos", "3 billion manat", read by the one country of theirs its paragraph names (`paragraph_currency`):
"Kenya will spend 5 billion shillings" is in Kenyan shillings, "Pakistan will spend 40 billion rupees" in Pakistani
rupees; and a bare cent's, by its paragraph's dateline."""

from __future__ import annotations

import re

from transforms.enrichments.amount_articles import lead_starts
from transforms.enrichments.amount_dollar_datelines import local_dollar
from transforms.enrichments.amount_values import currency_of

# A word's countries, each by its name, its people's and its capital's or chief city's, as a reader takes the story's
# country from them (as `amount_shillings` reads a bare "Sh"). Rupees alone stay India's where no other rupee country
# is named, most rupees in English news being India's (it was so before); shillings and pesos alone have no currency,
# a guess among four or eight countries being wrong as often as not.
_COUNTRIES: dict[str, dict[str, re.Pattern[str]]] = {
    "shillings": {
        "KES": re.compile(r"\b(?:Kenyan?s?|Nairobi|Mombasa|Kisumu)\b"),
        "UGX": re.compile(r"\b(?:Ugandan?s?|Kampala|Entebbe)\b"),
        "TZS": re.compile(r"\b(?:Tanzanian?s?|Dar es Salaam|Dodoma|Zanzibar)\b"),
        "SOS": re.compile(r"\b(?:Somalia|Somalis?|Mogadishu)\b"),
    },
    "rupees": {
        "INR": re.compile(r"\b(?:India|Indians?|New Delhi|Delhi|Mumbai|RBI)\b"),
        "PKR": re.compile(r"\b(?:Pakistan|Pakistanis?|Islamabad|Karachi|Lahore)\b"),
        "LKR": re.compile(r"\b(?:Sri Lanka|Sri Lankans?|Colombo)\b"),
        "NPR": re.compile(r"\b(?:Nepal|Nepalese|Nepali|Kathmandu)\b"),
        "MUR": re.compile(r"\b(?:Mauritius|Mauritians?|Port Louis)\b"),
    },
    "pesos": {
        "MXN": re.compile(r"\b(?:Mexico|Mexicans?|Mexico City)\b"),
        "PHP": re.compile(r"\b(?:Philippines|Filipinos?|Manila)\b"),
        "ARS": re.compile(r"\b(?:Argentina|Argentines?|Argentinians?|Buenos Aires)\b"),
        "COP": re.compile(r"\b(?:Colombia|Colombians?|Bogota|Bogotá)\b"),
        "CLP": re.compile(r"\b(?:Chile|Chileans?|Santiago)\b"),
        "CUP": re.compile(r"\b(?:Cuba|Cubans?|Havana)\b"),
        "DOP": re.compile(r"\b(?:Dominican Republic|Santo Domingo)\b"),
        "UYU": re.compile(r"\b(?:Uruguay|Uruguayans?|Montevideo)\b"),
    },
    "kwacha": {
        "ZMW": re.compile(r"\b(?:Zambian?s?|Lusaka|Ndola)\b"),
        "MWK": re.compile(r"\b(?:Malawi(?:ans?)?|Lilongwe|Blantyre)\b"),
    },
    "manat": {
        "AZN": re.compile(r"\b(?:Azerbaijan|Azerbaijanis?|Azeris?|Baku)\b"),
        "TMT": re.compile(r"\b(?:Turkmenistan|Turkmens?|Ashgabat)\b"),
    },
    "som": {
        "KGS": re.compile(r"\b(?:Kyrgyzstan|Kyrgyz|Bishkek)\b"),
        "UZS": re.compile(r"\b(?:Uzbekistan|Uzbeks?|Tashkent|Samarkand)\b"),
    },
    # Uzbekistan's som as its English press often spells it; Mongolia's "soums" are its districts, no money
    "soums": {"UZS": re.compile(r"\b(?:Uzbekistan|Uzbeks?|Tashkent|Samarkand)\b")},
}
# An article's dateline in a rupee country other than India ("LAHORE: ...", "COLOMBO, Dec 7 (Reuters) -",
# "KATHMANDU -"): its "Rs" and "rupees" where its paragraph names no rupee country are that country's, as its own
# papers and the wires filing from it write the local rupee so. The capitals and the cities datelines name; Hyderabad
# is left out (India's too). Tried at a paragraph's and its article's starts only, never along a text.
_RUPEE_DATELINE = re.compile(
    r"[^\S\n]*(?:(?P<PKR>ISLAMABAD|KARACHI|LAHORE|PESHAWAR|QUETTA|RAWALPINDI|FAISALABAD|MULTAN)"
    r"|(?P<LKR>COLOMBO|KANDY|JAFFNA|GALLE)|(?P<NPR>KATHMANDU|POKHARA|LALITPUR)|(?P<MUR>PORT LOUIS))"
    r"(?:,[^\S\n][^\n:()]{1,30}?)?(?:[^\S\n]*\([^()\n]{1,30}\))?[^\S\n]*(?:--|-|—|–|:)[^\S\n]")
_SINGULARS = {"soum": "soums"}  # the words read by the same countries as another's
_ALONE = {"rupees": "INR"}  # the code of a word whose paragraph names none of its countries


# A bare cent: the dollar of its paragraph's dateline or local body (`local_dollar`: "WINDHOEK - Petrol will rise by
# 40 cents a litre" is Namibia's), else the US dollar's, as before: most bare cents in English news are US ones.
_CENTS = "cents"


def paragraph_currency(word: str, text: str, low: int, high: int, lead: int | None = None) -> str | None:
    """Return the ISO 4217 code of the currency word `word` in the paragraph `text[low:high]`: a shared word's by the
    one country of its own the paragraph names, else `currency_of`'s; rupees named by none, by the dateline of the
    paragraph or of its article's first paragraph (starting at `lead`).

    >>> t = "Kenya will spend 5 billion shillings; Pakistan 40 billion rupees."
    >>> [paragraph_currency(w, t, 0, 40) for w in ("shillings", "rupees", "pesos", "dollars")]
    ['KES', 'INR', None, 'USD']
    >>> paragraph_currency("rupees", t, 38, len(t)), paragraph_currency("shillings", "Sh in Kampala and Nairobi", 0, 25)
    ('PKR', None)
    >>> t = "LAHORE: The court sat.\\nIt fined him Rs 5,000."
    >>> paragraph_currency("rupees", t, 23, len(t), 0), paragraph_currency("rupees", t, 23, len(t))
    ('PKR', 'INR')
    """
    if word == _CENTS:
        return local_dollar(text, low, high)
    countries = _COUNTRIES.get(_SINGULARS.get(word.lower(), word.lower()))
    if countries is None:
        return currency_of(word)
    named = [code for code, country in countries.items() if country.search(text, low, high)]
    if len(named) == 1:
        return named[0]
    if named:
        return None
    if countries is _COUNTRIES["rupees"]:  # "LAHORE: ..." then "a fine of Rs500,000": Pakistan's
        # its own dateline, else the article's: the first paragraph a dateline opens, of its first few (a headline
        # may come before it: "Kilns shut in Punjab", then "LAHORE: ...")
        starts = [low] + (lead_starts(text, lead, low) if lead is not None and lead < low else [])
        datelines = (_RUPEE_DATELINE.match(text, start) for start in starts)
        dateline = next((found for found in datelines if found is not None), None)
        if dateline is not None:
            return dateline.lastgroup
    return _ALONE.get(word.lower())
