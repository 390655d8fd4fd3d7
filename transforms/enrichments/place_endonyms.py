"""Countries' names in their own languages ("Italia", "Deutschland", "España", "Schweiz", "Suisse"), and in
the other languages of Europe's large newsrooms ("Frankreich", "Estados Unidos", "Royaume-Uni"), as a compact
table shipped with themelake.

News in another language names its own country so, and other countries in its own words, and English news
quoting it does too: such a name counts as the country's, as "Italy" does (a mention of the country, and its
country named for the article's small cities: "Zürich" is kept beside "Schweiz"). The names are CLDR's, as
babel ships them: each country's name in each of its national official languages (CLDR's de facto ones, not
English, which the gazetteer has), then in each of `NEWS_LANGUAGES` where that name is no other place's of the
gazetteer ("Granada", Grenada in Spanish, is Spain's city; "Salvador", El Salvador in French, Brazil's),
written in Latin letters as the gazetteer's cities are, and not the gazetteer's own name of it. Reading
babel's locale data costs a process about 0.3 s, so `place_names.gazetteer()` reads instead `endonyms.tsv`
(next to this module), which `python -m warehouse.gazetteer_table` rewrites from the installed babel; a test
checks that it still says what babel says. places.toml's [endonyms] `left_out` drops the names that are as
often something else ("Maurice", Mauritius in French, is a first name; "Chili" and "Island", Chile in French
and Iceland in German, English words).

German news names a country before its noun in the genitive, without an article: "Frankreichs Präsident",
"Deutschlands Kanzler", "Russlands Angriff", "Chinas Exporte". The table holds those forms too (`genitive`), as
names in German: the name of one word and an "s", where German writes it so.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from importlib.resources import files
from typing import NamedTuple

from transforms.enrichments.geonames import COUNTRY, Place

RESOURCE = "endonyms.tsv"
HEADER = "name\tcountry_code\tlanguage"
# The languages whose names of every country are read too (CLDR's codes): Europe's large newsrooms' but English,
# whose news (and English news quoting it) names other countries in its own words ("Frankreich", "Francia")
NEWS_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl")
# German's countries whose name takes an article, so no genitive "s" ("der Schweiz", "der Türkei", "der
# Philippinen"): the feminine ones and the plurals that `genitive` cannot tell by their ending
_WITH_ARTICLE = frozenset({"Philippinen", "Malediven", "Seychellen", "Komoren", "Salomonen", "Färöer", "Antarktis",
                           "Westsahara"})


class Endonym(NamedTuple):
    """A country's name in one of its own languages, or in one of `NEWS_LANGUAGES`."""

    name: str
    country_code: str
    language: str  # CLDR's code of the language ("de", "sr_Latn"): the first that writes it so


def from_babel(geonames: Iterable[Place]) -> list[Endonym]:
    """Return the endonyms of the gazetteer's countries (`geonames.packaged()`), read from babel's CLDR data:
    each country's names in its own languages, then in `NEWS_LANGUAGES` but another place's name."""
    from babel import Locale, UnknownLocaleError  # its locale data ships in the package: no network
    from babel.languages import get_official_languages

    places = list(geonames)
    place_keys = {_key(p.name) for p in places}  # as the matcher keys them: "San Martín" is San Martín's
    news = {language: Locale.parse(language).territories for language in NEWS_LANGUAGES}
    out: list[Endonym] = []
    for country in places:
        if country.kind != COUNTRY:
            continue
        code, seen = country.country_code, {country.name}
        for language in get_official_languages(code, de_facto=True):
            if language.split("_")[0] == "en":
                continue
            try:
                name = Locale.parse(language).territories.get(code)
            except UnknownLocaleError:  # a language CLDR has no locale data for ("sm", Samoan)
                continue
            if name and name not in seen and in_latin_letters(name):
                seen.add(name)
                out.append(Endonym(name, code, language))
        for language, names in news.items():
            name = names.get(code)
            if name and name not in seen and in_latin_letters(name) and _key(name) not in place_keys:
                seen.add(name)
                out.append(Endonym(name, code, language))
        form = genitive(news["de"].get(code, ""))
        if form and form not in seen and _key(form) not in place_keys:
            seen.add(form)
            out.append(Endonym(form, code, "de"))
    return out


def genitive(name: str) -> str:
    """Return a country's German name in the genitive German news writes before a noun ("Frankreichs Präsident"),
    or "" where German writes none so: a name of several words, or one that takes an article (feminine, in
    "-ei" or "-e", or plural: "der Türkei", "der Ukraine", "der Niederlande"), or ends in a hissing sound.

    >>> [genitive(n) for n in ("Frankreich", "China", "Saudi-Arabien", "Türkei", "Schweiz", "Vereinigte Staaten")]
    ['Frankreichs', 'Chinas', 'Saudi-Arabiens', '', '', '']
    """
    if not name or " " in name or name in _WITH_ARTICLE or not in_latin_letters(name) or name.endswith(
            ("e", "ei", "s", "ß", "x", "z", "insel", "inseln", "stadt")):
        return ""
    return name + "s"


def _key(name: str) -> str:
    """Return a name as the matcher keys it (`place_mentions.name_keys`): punctuation blanked, spaces collapsed."""
    return " ".join(re.sub(r"[\W_]", " ", name).split())


def in_latin_letters(name: str) -> bool:
    """Return whether every letter of a name is a Latin one, as the gazetteer's city names are.

    >>> [in_latin_letters(n) for n in ("Česko", "Côte d’Ivoire", "Россия", "ישראל")]
    [True, True, False, False]
    """
    return all("LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())


def dumps(endonyms: Iterable[Endonym]) -> str:
    """Return the table's text: a header, then one tab-separated line per endonym.

    >>> dumps([Endonym("Deutschland", "DE", "de")]).splitlines()
    ['name\\tcountry_code\\tlanguage', 'Deutschland\\tDE\\tde']
    """
    lines = [HEADER]
    for e in endonyms:
        if any(ch in e.name for ch in "\t\n"):
            raise ValueError(f"an endonym with a tab or a line break: {e.name!r}")
        lines.append("\t".join(e))
    return "\n".join(lines) + "\n"


def loads(text: str) -> list[Endonym]:
    """Return the endonyms of a table written by `dumps`.

    >>> loads(dumps([Endonym("España", "ES", "es")]))
    [Endonym(name='España', country_code='ES', language='es')]
    """
    lines = text.splitlines()
    if not lines or lines[0] != HEADER:
        raise ValueError(f"not an endonyms table (header {lines[:1]!r})")
    return [Endonym(*line.split("\t")) for line in lines[1:]]


def packaged() -> list[Endonym]:
    """Return the endonyms of the table shipped with themelake."""
    return loads(files("transforms.enrichments").joinpath(RESOURCE).read_text("utf-8"))


def elided_article(text: str, start: int) -> str:
    """Return French's elided article or preposition right before `start` ("l'", "L’", "d'"), or "".

    >>> elided_article("Quito, capitale de l'Equateur", 21), elided_article("Dell'Equateur", 5)
    ("l'", '')
    """
    if start >= 2 and text[start - 1] in "'’" and text[start - 2].isalpha() and (
            start == 2 or not text[start - 3].isalnum()):
        return text[start - 2: start]
    return ""
