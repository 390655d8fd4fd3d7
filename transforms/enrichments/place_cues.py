"""The rare words the place rules look for in a batch's text ("County", "counties", "Olympic", "Creole", "ethnic"),
found by the scan that finds the gazetteer's names (`place_mentions.mention_scan`), not by a search each.

Each rule's words were a `str.find` (or a regex's literal search) of the whole batch's text, 2 ms each on a batch of
2,000 articles, and four of the ten county searches were the same words again: 20 searches, about 40 ms of places'
210 (and a street's words were looked for at each of 20,000 mentions' ends). The names' automaton reads every
character anyway; it holds these words too, as the names' key text writes them, and a hit is kept where the text
has the word as written. A cue that opens with a space (" County") is found wherever it is; any other only at a
word's start, after no letter or digit ("ethnic " in "(ethnic Hazara", not in "multiethnic"), where each rule that
reads it wants it: a key that opens within a word would enter the automaton at every such letter of the text (13 ms
a batch), a key that opens with a space only where a word does. `Cues.at` gives the offsets `find_all` gives (the
tests compare them).
"""

from __future__ import annotations

from collections.abc import Mapping

from transforms.enrichments.place_table import places_toml

# The words of `place_counties`, `place_streets`, `place_olympics`, `place_languages`, `place_peoples`, a ship's
# prefixes (each with its space), a treaty's and a town's by the sea (`place_other_names`), rivers' (`place_waters`),
# a campus's (`place_campuses`) and a city's (`place_city_words`). None of them ends as it begins, so no occurrence
# overlaps another: every occurrence is what a search that goes on after each one finds.
# The lists the rules read as they are are written here, once, and imported by their rules (which import `Cues`
# from here: this module imports none of them, only the hand-kept table).
STREET_WORDS = (" Street", " Road", " Lane", " Avenue", " Square", " Point")  # `place_streets`
SHIP_PREFIXES = ("HMS", "HMAS", "HMCS", "HMNZS", "USS", "USNS", "RFA", "RMS", "MV", "SS")  # `place_other_names`
# ... and the words of its `_TREATY_AFTER`, `_BY_THE_SEA` and `_TREATY_OF`, at a word's start: each pattern's word is
# one, after a space or a hyphen (no letter or digit), wherever the pattern matches
TREATY_CUES = ("Agreement", "agreement", "Accord", "accord", "Treaty", "treaty", "Treaties", "treaties", "Protocol",
               "protocol", "Pact", "pact", "Statute", "Convention")
SEA_CUE = "Sea"
# A peer's title before the town it is named after (`place_other_names`): "the Duke of Wellington" is a man
PEER_TITLES = ("Duke of ", "Duchess of ", "Earl of ", "Countess of ", "Marquess of ", "Marquis of ", "Viscount of ")
# Rivers of no place's name in the gazetteer, which news lists beside a river that is a country's or a state's name
# ("the Tigris, Euphrates and Jordan", "the Nile and the Congo": `place_waters.in_river_lists`)
RIVER_NAMES = ("Tigris", "Euphrates", "Nile", "Amazon", "Mekong", "Yangtze", "Ganges", "Brahmaputra", "Indus",
               "Danube", "Rhine", "Volga", "Dnieper", "Dniester", "Elbe", "Oder", "Vistula", "Loire", "Seine",
               "Thames", "Orinoco", "Irrawaddy", "Salween", "Yarmouk", "Litani", "Yenisei")
# National sides' nicknames ([national_sides], `place_sides`), at a word's start ("the All Blacks", "Les Bleus")
SIDE_NICKNAMES = tuple(nickname for nicknames in places_toml()["national_sides"].values() for nickname in nicknames)
# University systems' letters before a campus's town ([campus_systems], `place_campuses`), each with its space ("UC ")
CAMPUS_SYSTEMS = {f"{letters} ": code for code, systems in places_toml()["campus_systems"].items()
                  for letters in systems}
CITY_WORD = " City"  # `place_city_words`: "Davao City"
STATES_CUE = " states"  # `place_state_lists`: "Shan and Kachin states"
CUES = (" County", " Parish", " counties", " parishes", STATES_CUE, *STREET_WORDS,
        "Olympi", "OLYMPI", "Paralympi", "PARALYMPI", "Creole", "Kre", "Patois", "Sign Language", "ethnic ", "Ethnic ",
        "Commonwealth Games", *(f"{prefix} " for prefix in SHIP_PREFIXES), *TREATY_CUES, SEA_CUE, *PEER_TITLES,
        *RIVER_NAMES, *SIDE_NICKNAMES, *CAMPUS_SYSTEMS, CITY_WORD)


def find_all(text: str, cue: str) -> list[int]:
    """Return the offset of each occurrence of `cue` in `text`, in order, at a word's start unless the cue opens with
    a space.

    >>> find_all("Cook County and Kent County", " County"), find_all("Ethnic, multiethnic, -ethnic ", "ethnic")
    ([4, 20], [22])
    """
    found = []
    at = text.find(cue)
    while at >= 0:
        if cue[0] == " " or not at or not text[at - 1].isalnum():
            found.append(at)
        at = text.find(cue, at + 1)
    return found


class Cues:
    """Where a text has each cue (`find_all`): those a scan found (`found`, by cue), any other searched for when
    first asked."""

    def __init__(self, text: str, found: Mapping[str, list[int]] | None = None) -> None:
        self.text = text
        self._found = dict(found or {})

    def at(self, cue: str) -> list[int]:
        """Return `find_all` of the cue in the text.

        >>> Cues("Ethnic Tajik, ethnic Uzbek").at("ethnic ")
        [14]
        """
        found = self._found.get(cue)
        if found is None:
            found = self._found[cue] = find_all(self.text, cue)
        return found
