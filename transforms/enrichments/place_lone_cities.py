"""Cities under a million that news names alone by a rule, not a list: the one place of their name anywhere.

A city of fewer than `city_population` people is kept only where its article names its country, or is one of the
hand-kept `news_towns`. Regional news names its cities alone too, and where the name has one bearer in the world
there is nothing to choose ("arrested in Mississauga", "a monastery near Sagaing", "students in Rajshahi"). Such a
mention is kept right after a word that introduces a place ("in", "near", ...; `introduced`) when its city has
`LONE_CITY_POPULATION` people or more, the gazetteer holds no other place of the name, no US or Canadian town of 500
people or more bears it (`state_towns.tsv`: "Tyler", "Dover"), and no rule of [ambiguity] reads it as a word, a
person, a namesake or a given name ("Reading", "Florence", "Nigel", `not_lone_cities`: "faith in Mary"). It stays a
small town for the other rules: the person rule still reads it, and it names no country for the article's others."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from transforms.enrichments.geonames import CITY, Place
from transforms.enrichments.place_headlines import headline
from transforms.enrichments.place_rules import Rules
from transforms.enrichments.place_state_towns import state_towns
from transforms.enrichments.place_table import places_toml
from transforms.enrichments.place_words import word_after, word_before

# Cities of fewer people than this keep needing their country named, however rare their name and whatever word
# introduces it: "in Asia" was the Philippines' town of 23,000 on the dev corpora, the continent being no name of the
# gazetteer (below it a name news writes alone is as often a region's, a resort's, a firm's or a street's).
LONE_CITY_POPULATION = 50_000


# A Spanish or Portuguese saint's short name, a saint's word and one name ("San Pedro", "Santa Rosa", "Santo Tomás"):
# a dozen towns' across Latin America and the Philippines, though the gazetteer, of cities over 15,000, may hold one
# of a spelling (Ivory Coast's San-Pédro, found as "San Pedro" without its accent); its long name tells one town
# ("San Pedro de Macorís": `place_saints_towns`). France's hyphenated saints' towns are each one commune's
# ("Saint-Nazaire") and keep their reading.
_SAINTS_SHORT_NAME = re.compile(r"(?:San|Santa|Santo|São|Sao)[ -][A-ZÀ-Þ][\w'’]*")


@lru_cache(maxsize=1)
def _not_lone() -> frozenset[str]:
    """The names never kept alone: US and Canadian towns' (`state_towns.tsv`), given names and words of [ambiguity]."""
    a = places_toml()["ambiguity"]
    return frozenset(name for _, _, name in state_towns()) | frozenset(
        a["not_lone_cities"] + a["given_names"] + a["not_first_names"])


def lone_city(name: str, candidates: Sequence[Place], r: Rules) -> bool:
    """Return whether a name is a city kept alone: its name's only place, large enough, no word's nor person's.

    >>> from transforms.enrichments.place_names import gazetteer
    >>> from transforms.enrichments.place_rules import rules
    >>> [lone_city(n, gazetteer()[n], rules()) for n in ("Mississauga", "Orlando", "Hamilton", "Prestatyn")]
    [True, False, False, False]
    """
    if len(candidates) != 1 or _SAINTS_SHORT_NAME.fullmatch(name):
        return False
    p = candidates[0]
    return (p.kind == CITY and p.population >= LONE_CITY_POPULATION and name not in r.read_context
            and name not in _not_lone())


# How many times larger than each namesake a city is to be its name's one bearer beside a sure place
# (`dominant_city`): the gazetteer's other Buffalo, Minnesota's, has 16,000 people to New York's 258,000
DOMINANT_TIMES = 10
# ... and how large: a city of 100,000 or more, the size news writes alone in regional stories
DOMINANT_POPULATION = 100_000


def dominant_city(name: str, candidates: Sequence[Place]) -> Place | None:
    """Return the one city of a name that dwarfs each namesake `DOMINANT_TIMES` over, in its country with them all,
    where the name is no word's nor person's ([ambiguity]' given names and `not_lone_cities`), or None.

    Such a name is its big city wherever a paper names it as a place beside another it surely names ("Protests in
    Hamburg and Buffalo": New York's, the gazetteer's other Buffalo a town of Minnesota); alone it still needs its
    country, as a surname or a word it may be ("Buffalo wings"). The namesakes may be many small towns of its own
    country ("Buffalo, Wyoming"): the country is the same whichever the paper meant.

    >>> from transforms.enrichments.place_names import gazetteer
    >>> [getattr(dominant_city(n, gazetteer()[n]), "admin1", None) for n in ("Buffalo", "Salem", "David")]
    ['NY', None, None]
    """
    # (a name whose context decides, "Buffalo wings", has been read by then: `place_context.reading`)
    if not candidates or any(p.kind != CITY for p in candidates) or name in _not_words():
        return None
    big = max(candidates, key=lambda p: p.population)
    if big.population < DOMINANT_POPULATION:
        return None
    others = [p for p in candidates if p is not big]
    if any(p.country_code != big.country_code or p.population * DOMINANT_TIMES > big.population for p in others):
        return None
    return big


@lru_cache(maxsize=1)
def _not_words() -> frozenset[str]:
    """The names [ambiguity] reads as given names or words, never a city kept alone."""
    a = places_toml()["ambiguity"]
    return frozenset(a["not_lone_cities"] + a["given_names"] + a["not_first_names"])


# The words that introduce a place right before its name: a lone city is kept only after one ("arrested in
# Mississauga", "a strike near Sagaing"). Elsewhere such a name is as often a given name, a surname, a firm's or an
# event's ("Mary said", "Carrefour stores"), and so after "at", "to" and "from", which introduce people and events too
# ("Abuse at Bush", "triumph at Brits", "a letter to Mary", "a call from Nigel": each the one city of its name).
_PLACE_BEFORE = frozenset(("in", "near", "outside", "around", "across", "into", "In", "Near", "Outside", "Around",
                           "Across"))


# Words whose "in" or "into" takes a firm, a person or a cause, not a place: "invested in Hitachi", "a stake in
# Paramount", "shares in Asahi", "confidence in Bata", "faith in David", "an inquiry into Hitachi". The lone city
# after "in" rests on the preposition's sense of place, and these heads give it another, whatever the name; the
# words of moving and living ("settled in", "flooding in", "traders in") keep it.
_NOT_PLACE_HEADS = frozenset((
    "invest", "invests", "invested", "investing", "stake", "stakes", "share", "shares",
    "shareholding", "shareholdings", "holding", "holdings", "faith", "confidence", "trust", "belief", "believe",
    "believes", "believed", "interest", "interests", "inquiry", "inquiries", "enquiry", "investigation",
    "investigations", "probe", "probes", "insight", "insights",
))
# ... and whose "into" takes a firm: buying into one is buying its shares ("Sony bought into Paramount"), and money
# put into a lone name is money put into a firm ("poured money into Paramount", "cash into Hitachi"). Their "in" keeps
# its place ("goods bought in Kisumu", "spent money in Lagos"), and so does "into" after a verb of moving ("Money
# poured into Nairobi's property market", "troops moved into Mariupol").
_NOT_PLACE_INTO_HEADS = frozenset((
    "buy", "buys", "bought", "buying", "money", "cash", "funds", "capital", "billions", "millions",
))
# Nouns of what a person makes or holds that, after a lone name's possessive, read the name as a person's ("the wit in
# Pushkin's letters", "themes in Tagore's poetry"): a city has markets, streets and people, not poems nor letters.
_PERSONS_WORKS = frozenset((
    "poetry", "poem", "poems", "verse", "verses", "novel", "novels", "letters", "diaries", "diary", "memoir",
    "memoirs", "prose", "plays", "songs", "lyrics", "paintings", "writings", "essays",
    "biography", "philosophy", "theories", "sermons", "speeches",
))


def introduced(text: str, start: np.ndarray, end: np.ndarray, lone: np.ndarray,
               article: np.ndarray | None = None) -> np.ndarray:
    """Return, per mention, whether it is a lone city's (`lone`) right after a word that introduces a place, and no
    capitalised word follows it (a longer name's: "in Santos Laguna"), the place word after none of
    `_NOT_PLACE_HEADS` ("invested in Hitachi"), its "into" after none of `_NOT_PLACE_INTO_HEADS` ("bought into
    Paramount"), its possessive before no person's work ("in Pushkin's letters") and the line no Title Case
    headline's ("Guests Hurt In Wedding": there a capital says nothing of a name, and the name may be a word's),
    unless its article (`article`: each mention's) introduces the same name as a place outside a headline ("Floods
    In Kisumu" over "Flooding in Kisumu forced ..."), where the body says the headline's capital is a name's.

    >>> t = "Police in Kisumu said. Mary went home. Fans in Santos Laguna cheered. A stake in Hitachi."
    >>> introduced(t, np.array([10, 23, 48, 82]), np.array([16, 27, 54, 89]), np.ones(4, bool)).tolist()
    [True, False, False, False]
    >>> t = "Floods In Kisumu\\nFlooding in Kisumu forced thousands out."
    >>> introduced(t, np.array([10, 29]), np.array([16, 35]), np.ones(2, bool), np.zeros(2, np.int64)).tolist()
    [True, True]
    """
    out = np.zeros(len(start), dtype=bool)
    titled_lines: list[int] = []
    for i in np.flatnonzero(lone).tolist():
        before, tight = word_before(text, int(start[i]))
        after, spaced = word_after(text, int(end[i]))
        if not tight or before not in _PLACE_BEFORE:
            continue
        # a headline capitalises the word after the city too ("Floods In Kisumu Leave Thousands Homeless"): no sign
        # of a longer name there, where the body's own mention decides below
        titled = headline(text, int(start[i]))  # not a short sentence's line: `place_headlines`
        if spaced and after[:1].isupper() and not titled:
            continue
        head = word_before(text, int(start[i]) - 1 - len(before))[0].lower()
        out[i] = (head not in _NOT_PLACE_HEADS and not (before == "into" and head in _NOT_PLACE_INTO_HEADS)
                  and not _persons_work(text, int(end[i])))
        if out[i] and titled:
            out[i] = False
            titled_lines.append(i)
    if titled_lines and article is not None and out.any():
        # a name is the same lone city wherever its article writes it: the body's "in Kisumu" reads the headline's
        named = {(int(article[i]), text[start[i]:end[i]]) for i in np.flatnonzero(out).tolist()}
        for i in titled_lines:
            out[i] = (int(article[i]), text[start[i]:end[i]]) in named
    return out


def _persons_work(text: str, end: int) -> bool:
    """Return whether the name ending at `end` takes a possessive before a person's work ("Pushkin's poetry").

    >>> _persons_work("faith in Pushkin's poetry", 16), _persons_work("traders in Kisumu's markets", 17)
    (True, False)
    """
    if text[end: end + 2] not in ("'s", "’s"):
        return False
    return word_after(text, end + 2)[0].lower() in _PERSONS_WORKS
