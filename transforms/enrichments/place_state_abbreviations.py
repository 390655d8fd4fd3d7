"""The US states' and Canadian provinces' abbreviations after a town: the AP's ("Ore."), the Canadian Press's ("Ont.")
and Canada Post's ("BC"), each the name of its state or province and that division's country and first-level code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from transforms.enrichments.geonames import REGION
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_rules import rules

# The AP stylebook's abbreviations (the states it writes in full have none: Alaska, Hawaii, Idaho,
# Iowa, Maine, Ohio, Texas, Utah).
AP_ABBREVIATIONS = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
    "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD",
    "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE",
    "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND",
    "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY",
    "Tex.": "TX",  # the Canadian Press's (AP spells Texas out): "PLANO, Tex. (CP) -"
}
# The Canadian Press's abbreviations of Canada's provinces and territories (Nunavut has none): the
# region's name (places.toml's [regions]) and the first-level code of its cities in the gazetteer.
CP_ABBREVIATIONS = {
    "Alta.": ("Alberta", "01"), "B.C.": ("British Columbia", "02"), "Man.": ("Manitoba", "03"),
    "N.B.": ("New Brunswick", "04"), "Nfld.": ("Newfoundland", "05"), "N.L.": ("Newfoundland", "05"),
    "N.S.": ("Nova Scotia", "07"), "Ont.": ("Ontario", "08"), "P.E.I.": ("Prince Edward Island", "09"),
    "Que.": ("Quebec", "10"), "Sask.": ("Saskatchewan", "11"), "Y.T.": ("Yukon", "12"),
    "N.W.T.": ("Northwest Territories", "13"),
}
# ... and Canada Post's two-letter codes, as Canadian sites and wires without the CP's style write them after a town
# ("Yellowknife, NT", "Kelowna, BC"); none is a US state's, and Australia's "NT" and "WA" are read first where the town
# is Australian (`place_state_towns.australian_states_after`)
CANADA_POST = {
    "AB": "Alta.", "BC": "B.C.", "MB": "Man.", "NB": "N.B.", "NL": "N.L.", "NS": "N.S.", "ON": "Ont.",
    "PE": "P.E.I.", "QC": "Que.", "SK": "Sask.", "YT": "Y.T.", "NT": "N.W.T.",
}


class Division(NamedTuple):
    """A US state or Canadian province: its country, the first-level code of its cities and the key
    by which `places` chooses its region among the places of its name ("region/US/GA", "region/CA/")."""

    country: str
    admin1: str
    key: str


class States(NamedTuple):
    """The gazetteer's US states and Canada's provinces: each abbreviation's and postal code's name, each
    name's division, the abbreviations with a period, and the pattern of ", " and an abbreviation or
    postal code."""

    name_of: dict[str, str]
    division_of: dict[str, Division]
    abbreviations: frozenset[str]
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def states() -> States:
    table, state_of = gazetteer(), rules().state_of
    # a state's mention is named as the gazetteer names the state alone ("Washington State", not the capital)
    regions = {p.admin1: state_of.get(p.name, p.name) for places in table.values() for p in places
               if p.kind == REGION and p.admin1}
    name_of = {**{abbr: regions[code] for abbr, code in AP_ABBREVIATIONS.items()}, **regions,
               **{abbr: name for abbr, (name, _) in CP_ABBREVIATIONS.items()},
               **{code: CP_ABBREVIATIONS[abbr][0] for code, abbr in CANADA_POST.items()}}
    division_of = {n: Division("US", p.admin1, f"{REGION}/US/{p.admin1}") for n, places in table.items()
                   for p in places if p.kind == REGION and p.admin1}
    for name, admin1 in CP_ABBREVIATIONS.values():
        [province] = [p for p in table[name] if p.kind == REGION and p.country_code == "CA"]
        division_of[name] = Division("CA", admin1, f"{REGION}/CA/{province.admin1}")
    abbreviations = frozenset(AP_ABBREVIATIONS) | frozenset(CP_ABBREVIATIONS)
    written = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    return States(name_of, division_of, abbreviations,
                   re.compile(rf", (?:({written})|([A-Z]{{2}})(?![\w.'’-]))"))


@lru_cache(maxsize=1)
def in_capitals() -> dict[str, str]:
    """Return the abbreviations of states and provinces as a dateline in capitals writes them, and as
    they are written ("ONT." → "Ont.", "GA." → "Ga.")."""
    return {a.upper(): a for a in states().abbreviations}
