"""The [ambiguity] rules of places.toml, read once per process: which names are also people, words, firms or
clubs, and the words around a mention that make it its place or something else (`place_context` reads them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from transforms.enrichments.geonames import CITY, Place
from transforms.enrichments.place_table import places_toml
from transforms.enrichments.place_words import title_case

# The first words of a region named after a compass's point (`named_regions`' "North West"): after a capitalised word
# such a name is the part of that word's place, a constituency's or a district's ("Leeds North West"), no region, so
# `reading` reads their context
COMPASS = ("North ", "South ", "East ", "West ")


@dataclass(frozen=True)
class Rules:
    """The [ambiguity] rules of places.toml."""

    people: frozenset[str]
    speech: frozenset[str]
    words: frozenset[str]
    introducers: frozenset[str]
    not_before: dict[str, frozenset[str]]  # name -> words after which it is not the place
    city_population: int
    surnames: frozenset[str] = frozenset()  # a person after a capitalised first name ("Jack London")
    place_prefixes: frozenset[str] = frozenset()  # ... but not after these ("Greater London")
    not_first_names: frozenset[str] = frozenset()  # a club's, a firm's, a place's words: no first name ("Olympique")
    titles: frozenset[str] = frozenset()  # a name right after one is a person ("Ms Lima")
    lower_titles: frozenset[str] = frozenset()  # ... and so after a role in lower case ("striker Adriano")
    storm_words: frozenset[str] = frozenset()  # a name right after one is a storm's ("Hurricane Milton")
    abbreviated_titles: frozenset[str] = frozenset()  # titles a period may part from the name ("Dr. Paris")
    not_after: dict[str, frozenset[str]] = field(default_factory=dict)  # name -> words before it: not the place
    only_after: dict[str, frozenset[str]] = field(default_factory=dict)  # name -> the words before it: the place
    means: dict[str, int] = field(default_factory=dict)  # name -> the geonames id of the one place it names
    state_of: dict[str, str] = field(default_factory=dict)  # name -> the name "the state of <name>" is
    state_after: tuple[str, ...] = ()  # words before a name of `state_of` that make it the state ("governor of")
    institution_states: dict[str, str] = field(default_factory=dict)  # name -> the state's name before ...
    state_institutions: re.Pattern[str] = re.compile(r"(?!)")  # ... one of these after it ("Georgia's Senate")
    speaking_places: frozenset[str] = frozenset()  # of `people`: the place before a verb of speech
    place_nouns: frozenset[str] = frozenset()  # capitalised words after one of `people` that make it the place
    paper_nouns: frozenset[str] = frozenset()  # ... and those that do after "the" only: "the Houston Post"
    capitals: frozenset[int] = frozenset()  # geonames ids of national capitals below `city_population`
    events: tuple[str, ...] = ()  # `events` and `meetings`: a name before one is an event's host, no person
    # `firms` and `clubs`: places of a famous firm's or club's name, the firm or club unless these introduce them
    namesakes: frozenset[str] = frozenset()
    namesake_introducers: frozenset[str] = frozenset()
    after_the: frozenset[str] = frozenset()  # the place only as "the <name>", not "at the <name>" ("the Emirates")
    ground_clubs: tuple[str, ...] = ()  # ... nor in a paragraph that names its ground's club ("Arsenal")
    news_cities: frozenset[int] = frozenset()  # geonames ids of cities read as cities of `city_population`
    news_towns: dict[str, int] = field(default_factory=dict)  # name -> a town's geonames id: kept alone, still a town
    only_first_names: frozenset[str] = frozenset()  # of `people`: a person before a capitalised word, not after
    given_name_places: frozenset[str] = frozenset()  # a person before a surname only ("Milan Kundera")
    not_surnames: frozenset[str] = frozenset()  # ... which these are not ("Kenya Airways")
    name_nouns: frozenset[str] = frozenset()  # of `people`'s cities after "the": a venture's ("the Phoenix group")
    island_names: frozenset[str] = frozenset()  # a country's island's name, a town's where its country is named
    named_regions: frozenset[str] = frozenset()  # a region kept only where its article names its country ("Victoria")
    nation_adjectives: frozenset[str] = frozenset()  # "British", "Welsh": a firm's name's part before ...
    firm_lines: frozenset[str] = frozenset()  # ... one of these ("British Airways", "Welsh Water")

    def place_noun_after(self, text: str, start: int, after: str, before: str, tight_before: bool) -> bool:
        """Return whether `after`, the word after the name at `start` that `before` precedes, makes the name its
        place: one of `place_nouns` ("Houston Police"), or of `paper_nouns` after "the" or in a headline in Title Case
        ("the Houston Chronicle", "Washington Post Comes Clean on Party"; not "Austin Post, better known as").

        >>> r, t = rules(), "Austin Post, born in 1995, said."
        >>> r.place_noun_after(t, 0, "Police", "", False), r.place_noun_after(t, 0, "Post", "The", True)
        (True, True)
        >>> r.place_noun_after(t, 0, "Post", "", False), r.place_noun_after("Post Buys Rival Co", 0, "Post", "", False)
        (False, True)
        >>> r.place_noun_after("Georgia Tech's campus", 0, "Tech's", "", False)  # the noun's possessive
        True
        """
        if after.endswith(("'s", "’s")):  # "Georgia Tech's campus", "the Houston Police's report"
            after = after[:-2]
        return after in self.place_nouns or (after in self.paper_nouns and (
            tight_before and before in ("the", "The", "THE") or title_case(text, start)))

    @cached_property  # `reading` asks at every mention it reads: the union took a tenth of places' time
    def read_context(self) -> frozenset[str]:
        """The names whose context `reading` reads; any other name is its place wherever it stands."""
        return (self.words | self.namesakes | self.after_the | self.people | self.surnames | self.given_name_places
                | self.not_before.keys()
                | self.not_after.keys() | self.only_after.keys() | self.state_of.keys() | self.means.keys()
                | self.institution_states.keys() | {n for n in self.named_regions if n.startswith(COMPASS)})

    @cached_property
    def neighbours_only(self) -> frozenset[str]:
        """The names of `read_context` whose only rules in `reading` are the words right before and after them
        (`not_after`, `not_before`: "China", "French", a third of the mentions it reads)."""
        others = (self.words | self.namesakes | self.after_the | self.people | self.surnames | self.given_name_places
                  | self.only_after.keys() | self.state_of.keys() | self.institution_states.keys())
        return frozenset((self.not_before.keys() | self.not_after.keys()) - others)

    @cached_property
    def news_town_ids(self) -> frozenset[int]:
        """The geonames ids of `news_towns`."""
        return frozenset(self.news_towns.values())

    def big_city(self, p: Place) -> bool:
        """Return whether a place is a city of `city_population` people or more, or one news names alone as it names
        one (`news_cities`: Spain's Valencia, not Venezuela's larger one; Liverpool, whose country needs no naming)."""
        return p.kind == CITY and (p.population >= self.city_population or p.geonames_id in self.news_cities)

    @cached_property
    def _event(self) -> re.Pattern[str]:
        # the whole phrase: a first word alone ("World", "Grand", "Film") is no event's ("Paris Film Society")
        events = "|".join(re.escape(w) for w in sorted(self.events, key=len, reverse=True))
        return re.compile(rf"  ?(?:{events}){WORD_END}")

    def event_follows(self, text: str, end: int) -> bool:
        """Return whether an event's name (`events`) follows the name ending at `end` after a space.

        >>> r = rules()
        >>> [r.event_follows(t, t.index(" ")) for t in ("Paris Grand Prix", "Paris Grand Hotel", "Sydney  Olympics")]
        [True, False, True]
        """
        return self._event.match(text, end) is not None


# The end of a word of a name: no letter, digit or hyphen after it, nor an apostrophe but a possessive's
# ("the Athens Olympics' closing", "the Paris Summit's agenda"; not "Olympic'o")
WORD_END = r"(?![\w-]|['’](?!s?(?!\w)))"


def _institutions(after_either: list[str], after_name: list[str]) -> re.Pattern[str]:
    """Return the pattern of a state's institutions after its name or its "'s" (`after_either`), or right after its
    name only (`after_name`: "Georgia Tech", not "Georgia's Tech Minister").

    >>> p = _institutions(["Senate"], ["Tech"])
    >>> [bool(p.match(t)) for t in ("'s Senate", " Senate", " Tech", "'s Tech", " Technology")]
    [True, True, True, False, False]
    """
    def one_of(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:(?:['’]s)?[^\S\n]+(?:{one_of(after_either)})|[^\S\n]+(?:{one_of(after_name)}))"
                      r"\b(?![.]?\w)")


def _nation_adjectives() -> frozenset[str]:
    """Return the nations' adjectives `firm_lines` follow: [demonyms]' and those [region_aliases] gives "Wales",
    "Scotland" and "Northern Ireland" ("Welsh", "Scottish")."""
    toml = places_toml()
    nations = ("Wales", "Scotland", "Northern Ireland")
    return frozenset(toml["demonyms"]) | {alias for alias, name in toml["region_aliases"].items() if name in nations}


def _region_names() -> frozenset[str]:
    """Return [regions]' names, which `firm_lines` follow as a nation's adjective does: a region's name before what a
    firm sells or runs names the firm, not the place ("Langkawi Holdings", "Yorkshire Water", "Cebu Pacific"), and
    before "Express" a train, a paper or a dish named after it ("the Bicol Express is a spicy dish"), which goes or is
    eaten elsewhere. A country's name keeps its place there ("Kenya Airways": a nation's flag carrier, as [ambiguity]'s
    `not_surnames` reads it), and a place after "of" is a body's seat ("Bank of England")."""
    return frozenset(places_toml()["regions"])


def _not_before(adjectives: frozenset[str], lines: frozenset[str]) -> dict[str, frozenset[str]]:
    """Return `not_before`, with `firm_lines` after every nation's adjective: "Welsh Water", "British Airways" are
    firms, no mention of the nation. A noun of what a firm sells reads the name's structure, where a list of the firms
    would miss the next one ("Scottish Widows", "Swiss Re")."""
    not_before = {name: frozenset(after) for name, after in places_toml()["ambiguity"]["not_before"].items()}
    return {name: not_before.get(name, frozenset()) | lines for name in adjectives} | {
        name: after for name, after in not_before.items() if name not in adjectives}


@lru_cache(maxsize=1)
def rules() -> Rules:
    """Return the ambiguity rules."""
    a = places_toml()["ambiguity"]
    return Rules(
        people=frozenset(a["people"]), speech=frozenset(a["speech"]), words=frozenset(a["words"]),
        introducers=frozenset(a["introducers"]),
        not_before=_not_before(_nation_adjectives() | _region_names(), frozenset(a["firm_lines"])),
        nation_adjectives=_nation_adjectives(), firm_lines=frozenset(a["firm_lines"]),
        city_population=int(a["city_population"]),
        surnames=frozenset(a["surnames"]), place_prefixes=frozenset(a["place_prefixes"]),
        not_first_names=frozenset(a["not_first_names"]),
        titles=frozenset(a["titles"]), lower_titles=frozenset(a["lower_titles"]),
        storm_words=frozenset(a["storm_words"]),
        abbreviated_titles=frozenset(a["abbreviated_titles"]),
        not_after={name: frozenset(before) for name, before in a["not_after"].items()},
        only_after={name: frozenset(before) for name, before in a["only_after"].items()},
        means={name: int(geonames_id) for name, geonames_id in a["means"].items()},
        state_of=dict(a["state_of"]), state_after=tuple(f"{words} " for words in a["state_after"]),
        institution_states=dict(a["institution_states"]),
        state_institutions=_institutions(a["state_institutions"], a["state_institution_names"]),
        speaking_places=frozenset(a["speaking_places"]), place_nouns=frozenset(a["place_nouns"]),
        paper_nouns=frozenset(a["paper_nouns"]),
        capitals=frozenset(int(geonames_id) for geonames_id in a["capitals"].values()),
        events=tuple(a["events"] + a["meetings"]),
        namesakes=frozenset(a["firms"] + a["clubs"]), namesake_introducers=frozenset(a["namesake_introducers"]),
        after_the=frozenset(a["after_the"]), ground_clubs=tuple(a["ground_clubs"]),
        news_cities=frozenset(int(geonames_id) for geonames_id in a["news_cities"].values()),
        news_towns={name: int(geonames_id) for name, geonames_id in a["news_towns"].items()},
        only_first_names=frozenset(a["only_first_names"]),
        given_name_places=frozenset(a["given_name_places"]), not_surnames=frozenset(a["not_surnames"]),
        name_nouns=frozenset(a["name_nouns"]), island_names=frozenset(a["island_names"]),
        named_regions=frozenset(a["named_regions"]),
    )
