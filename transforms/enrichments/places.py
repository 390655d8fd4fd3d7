"""Places named in paragraphs: countries, regions and cities from a gazetteer, with their offsets.

The enrichment (`TABLE`, `COLUMNS`, `rows`) finds the gazetteer's names (`place_names`) in a batch
(`place_mentions`), drops those the context says are people or words (`place_context`, the rules of `places.toml`'s
[ambiguity] table) and settles, here, the place each remaining mention names: a name with several
places the one its article supports (`place_settle.settle`). A city of fewer than `city_population`
people is kept only when the article names its country, unless it is a national capital of
places.toml's [ambiguity.capitals], named in another language ([city_exonyms]: "Francfort"), a town news names
alone ([ambiguity.news_towns]: "Geneva", "Leeds"), or opens a team's name, which names its country (`place_teams`).
"""

from __future__ import annotations

from itertools import compress

import numpy as np

from transforms.enrichments.batch import ParagraphBatch, Rows, empty_rows
from transforms.enrichments.geonames import Place
from transforms.enrichments.members import members
from transforms.enrichments.place_campuses import campus_countries
from transforms.enrichments.place_chars import text_bytes
from transforms.enrichments.place_city_clubs import club_countries
from transforms.enrichments.place_city_words import with_city_words
from transforms.enrichments.place_compounds import event_hosts
from transforms.enrichments.place_context import reading
from transforms.enrichments.place_counties import county_mentions
from transforms.enrichments.place_county_rows import not_counties, with_counties
from transforms.enrichments.place_datelines import (
    bare_datelines,
    known_datelines,
    of_known_datelines,
    with_datelines,
)
from transforms.enrichments.place_described import described_regions, described_towns, located_elsewhere
from transforms.enrichments.place_forms import whole_mentions
from transforms.enrichments.place_listed_towns import followed_news_towns, listed_towns
from transforms.enrichments.place_lone_cities import introduced
from transforms.enrichments.place_lone_objects import lone_objects
from transforms.enrichments.place_mentions import Mention, mention_scan
from transforms.enrichments.place_name_facts import name_facts, named_elsewhere
from transforms.enrichments.place_name_lists import in_name_lists
from transforms.enrichments.place_news_towns import let_in_by_news_towns
from transforms.enrichments.place_olympics import commonwealth_words, olympic_words
from transforms.enrichments.place_people import (
    before_its_area,
    drop_people,
    speaking_towns,
    verbs_of_stated_towns,
)
from transforms.enrichments.place_peoples import minority_peoples
from transforms.enrichments.place_person_reading import PERSON_SURE, TOWN_UNLESS_PERSON, person_reading
from transforms.enrichments.place_politics import by_politics
from transforms.enrichments.place_possessives import owned_mentions
from transforms.enrichments.place_saints_towns import saints_long_names
from transforms.enrichments.place_seats import seats
from transforms.enrichments.place_sees import see_countries
from transforms.enrichments.place_settle import CODES, settle
from transforms.enrichments.place_shares import firms_shares
from transforms.enrichments.place_sides import side_mentions
from transforms.enrichments.place_stage_names import stage_names
from transforms.enrichments.place_state_lists import listed_states
from transforms.enrichments.place_state_towns import towns_of_named_states, with_state_towns
from transforms.enrichments.place_states import australian_pairs, stated_states
from transforms.enrichments.place_struck_counties import struck_counties
from transforms.enrichments.place_teams import state_sides, team_countries
from transforms.enrichments.place_twin_cities import twin_countries
from transforms.enrichments.place_waters import (
    bare_regions,
    before_rivers,
    in_river_lists,
)

TABLE = "paragraph_places"
COLUMNS = (
    "paragraph_id article_id name kind country_code geonames_id latitude longitude start end text"
).split()
_PLACE_COLUMNS = COLUMNS[2:8]  # name ... longitude: a Place's first six fields, in its order
assert tuple(_PLACE_COLUMNS) == Place._fields[:6]


def rows(batch: ParagraphBatch) -> Rows:
    """Return paragraph_places rows (without run_id) for the places named in the batch's paragraphs."""
    out = empty_rows(COLUMNS)
    if not len(batch):
        return out
    # a dateline in capitals ("WASHINGTON (Reuters) -") read as the name; rows keep the text as written
    datelines, info = with_datelines(batch.joined, batch.starts.tolist()), name_facts()
    text, names, r = datelines.text, info.names, info.rules
    start, end, name, cues = mention_scan(text)  # ... and the rules' rare words, in the same scan (`place_cues`)
    start, end, name = listed_states(text, start, end, name, info.index_of, cues)  # "Shan and Kachin states"
    chars = text_bytes(text)  # what stands before or after the mentions, read at all of them at once (`place_chars`)
    # articles numbered in order of first sight, by a lookup in C per paragraph
    numbers = {a: n for n, a in enumerate(dict.fromkeys(batch.article_ids))}
    article_of = np.fromiter(map(numbers.__getitem__, batch.article_ids), np.int64, len(batch))
    # a part of a longer name, a currency's letters, a plural, a language, a street, a water: no place (`place_forms`)
    whole = whole_mentions(datelines, start, end, name, names, article_of[batch.locate(start)], cues, chars)
    # no Ohio in "the Ohio River" (`before_rivers`) nor Jordan in "the River Jordan" or "the Tigris, Euphrates and
    # Jordan" (`in_river_lists`), though the river's name is a clue for its namesakes till they are settled ("Georgia's
    # Savannah River Site": Georgia the state), then no row
    rivers = start[whole & (before_rivers(end, chars) | in_river_lists(text, start, end, name, names, chars, cues))]
    start, end, name = start[whole], end[whole], name[whole]
    info.learn(name)
    at = np.flatnonzero(info.context[name])
    if len(at):  # the names whose context decides (people, words): read one by one
        keep = np.ones(len(name), dtype=bool)
        for i, s, e, n in zip(at.tolist(), start[at].tolist(), end[at].tolist(), name[at].tolist(), strict=True):
            read = reading(text, Mention(s, e, names[n]), r)
            if read is None:
                keep[i] = False
            elif read != names[n]:
                name[i] = info.index_of[read]
        start, end, name = start[keep], end[keep], name[keep]
        info.learn(name)
    if (stage := stage_names(text, start, end, info.only_countries[name])).any():  # "Samoa Joe": a ring name
        start, end, name = start[~stage], end[~stage], name[~stage]
    # "Spokane, Washington", "Washington and Oregon": the state; "Washington, Pennsylvania": no place;
    # "Athens, Ga.": the state a mention too; "Springfield, Illinois": that state's city (`stated_states`)
    start, end, name, in_state, towns = stated_states(text, start, end, name, names, info.index_of, info.means[name],
                                                 cues, chars)
    info.learn(name)
    if not len(name):
        return out
    # "the Denver Broncos", "Manchester United": the team's place in its country, whatever the article's others
    teams = team_countries(text, start, end, np.flatnonzero(info.team[name]))
    teams = state_sides(text, start, end, name, names) | teams  # "Georgia beat Florida": the states, college sides
    teams = club_countries(text, start, end, name, names) | teams  # "Santos beat Flamengo 2-1": Brazil's Santos
    teams = campus_countries(cues, start) | teams  # "UC Santa Cruz": California's, as a team's town is its country's
    # "the Bishop of Durham": a church office's see is Europe's town, as a team's place is in its country
    teams = see_countries(text, start, name, names, info.table, article_of[batch.locate(start)], chars) | teams
    for i, code in teams.items():
        in_state.setdefault(i, code)  # "Manchester, N.H." says more
    owned = owned_mentions(text, start, end, name, info, in_state)  # "Toronto's York University": Canada's or no York
    listed = listed_towns(text, start, end, name, info)  # "from Lancaster and Preston": England's, keeping each other
    for i in [i for i, town in listed.items() if town.news_town < 0]:  # a news town's partner follows it, below
        in_state.setdefault(i, listed[i].code)
    paragraph = batch.locate(start)
    article = article_of[paragraph]
    place = info.single[name]
    # "against the All Blacks": a national side's nickname names its country for the article's names (`place_sides`)
    sides = np.array([article_of[batch.locate(np.array([at]))[0]] * CODES + info.code(code)
                      for at, code in side_mentions(text, cues)], dtype=np.int64)
    several = np.flatnonzero(place < 0)
    pointed: set[int] = set()  # mentions settled on a smaller namesake the article points to, kept as such
    if len(several):
        pointed = settle(text, info, start, end, name, article, place, several, in_state,
                bare_datelines(datelines, start), members(start, datelines.starts),
                event_hosts(text, end, name, article, several), article_of[batch.locate(olympic_words(text, cues))],
                article_of[batch.locate(commonwealth_words(cues))], sides)
        # "Punjab's chief minister Maryam Nawaz": Pakistan's where no place of the article says (`place_politics`)
        by_politics(batch, info, name, article, article_of, place, several)
    listed = followed_news_towns(listed, place, name, info)  # "Brighton and Lancaster": England's, where Brighton is
    # The countries each article names: names that name one on their own where settled there ("Dublin,
    # Ohio" names no Ireland), and the countries, regions, capitals and cities of a million settled above
    # ("Atlanta, Georgia": Georgia the state names the US; "in Dublin and Cork": Dublin, Ireland, though
    # Ohio has a Dublin), as article × country keys.
    # ... as is a bare "the Mississippi" after a river in its paragraph or before a river's verb, where it is a state
    # (`bare_after_rivers`). A river's name names no country for the article's others ("the Niger River" lets in no
    # town of Niger), but a bare state's river runs in its country ("as the Missouri rose, officials in Omaha")
    river = members(start, rivers)
    water = river | bare_regions(text, start, end, chars, batch.starts[batch.locate(start)], place, info.places)
    place_code = info.array("place_code", np.int64)[place]
    anchor = np.where((info.anchor[name] == place_code) & ~river, place_code, -1)
    area = info.array("area", bool)[place] & ~river
    team = np.zeros(len(place), dtype=bool)
    if teams:  # ... which names that country; a name with no place there is no place ("the Carolina Panthers")
        at = np.array(list(teams), dtype=np.int64)
        team[at] = [info.codes[place_code[i]] == code for i, code in teams.items()]
    small = info.array("small_city", bool)[place]
    # ... and a name of a city of a million settled on a smaller namesake in the country of the article's small
    # cities ("near Valencia ... Alicante and Murcia": Spain's Valencia, `choose`), kept as the large one would be
    own = np.where(water, -1, info.country[name])
    lifted = small & info.big_name[name] & members(article * CODES + place_code,
                                                    article[own >= 0] * CODES + own[own >= 0])
    exonym = info.exonym[name] & ~water  # "Francfort", "Venedig": the city, whatever the article names
    # ... and so a saint's town named in full, one place's name ("Santiago del Estero": `place_saints_towns`)
    exonym |= saints_long_names()[name] & (info.single[name] >= 0) & ~water
    names_country = area | info.array("big_city", bool)[place] | team | lifted | exonym
    # ... and so "Geneva", "Leeds", "Lyon" ([ambiguity.news_towns]), though towns for the person rule below, and
    # naming no country for the article's small towns (a US story's "Boston" let in its skaters and golf course:
    # "an injury to Mitchell", "Logan Airport", "Paramount" the studio)
    news_town = info.array("news_town", bool)[place] & info.town_name[name]
    # "Novorossiysk, the Black Sea port", "the city of Bukavu": the town its sentence calls one (`described_towns`),
    # which names its country as a city of a million does ("Uvira, the lakeside town south of Bukavu"); a news town
    # names none
    # ... but not one the next name locates in another country ("the town of Shaw, near Oldham": no Shaw, D.C.)
    lone = small & ~exonym & ~news_town & (info.single[name] >= 0)
    described = described_towns(text, start, end, lone & ~located_elsewhere(
        text, start, end, lone, lambda i: frozenset(p.country_code for p in info.table[names[name[i]]])))
    # "western Victoria", "the state of Victoria": a region of `named_regions` its sentence says is one, kept and
    # naming its country as a region does (`described_regions`)
    region = described_regions(text, start, end, info.array("named_region", bool)[place])
    described |= region | members(np.arange(len(place)), australian_pairs(in_state))  # "Geelong, Victoria"
    names_country |= described
    exonym = exonym | news_town
    # ... and a pair of listed towns' one country ("near Wellington and Christchurch": New Zealand's, and so the
    # article's "Wellington harbour" too)
    pairs = np.array([article[i] * CODES + info.code(town.code) for i, town in listed.items()], dtype=np.int64)
    named_keys = np.r_[article[anchor >= 0] * CODES + anchor[anchor >= 0],
                       article[names_country] * CODES + place_code[names_country], sides, pairs]
    # A small city is kept only where its article names its country, or alone in a dateline ("BOSTON (AP) -"),
    # and so is the story's own mention of that dateline's city ("ATLANTA (AP) - Police in Atlanta said"), or a news
    # town's state's town the article introduces as a place or a side ("in Seattle ... at Everett": `place_news_towns`)
    keep = (~small | exonym | members(article * CODES + place_code, named_keys)
            | of_known_datelines(known_datelines(datelines, start), article, place)
            | let_in_by_news_towns(text, start, end, info.array("state", np.int64)[place], news_town, article,
                                   place)
            | (alone := introduced(text, start, end, info.lone_city[name], article)  # "in Mississauga"
                | lone_objects(text, start, end, info.lone_city[name]))  # "Tarija's council": `place_lone_objects`
            if small.any() else np.ones(len(place), bool))
    # "Apple, based in Cupertino,": a seat's town of one place is it, though the article names no country (`seats`)
    keep |= seats(text, start, small & ~keep & (info.single[name] >= 0))
    keep |= described
    for i, (code, _) in listed.items():
        keep[i] |= info.places[place[i]].country_code == code
    # "Victoria" (`named_regions`) is no state of Australia where its article names another Victoria's country too
    keep &= ~named_elsewhere(info, place, name, article, named_keys, CODES)
    if pointed:  # "Hartlepool v Boston": Lincolnshire's, though no name names England
        keep[list(pointed)] = True
    keep &= ~water
    for i, code in owned.items():
        keep[i] &= info.places[place[i]].country_code == code
    if teams:
        keep[[i for i in teams if not team[i]]] = False
    # a US county's name is no city of its name, though it names the country for the others, and the US where its
    # name names it alone ("Maricopa County, Ariz.", "Los Angeles County": `place_county_rows`)
    names_us = not_counties(text, start, end, name, place, info, keep, teams, cues)
    # ... and neither it nor a name found without its accents ("Hue Jackson", "Thane said") where the
    # name is a person's (a town's before a capitalised word too: "Howard Stern", "Golden Globe"):
    # "Kevin Durant scored 40 as the US beat Serbia" (that mention), "US
    # prosecutors say Walker lied ... Walker denied it" (every mention of the name in that article,
    # when one is surely a person's: `person_reading`).
    placed = list(map(info.places.__getitem__, place.tolist()))  # each mention's place, for the rules that read it
    # "Santos shares fell": a listed firm of a town's name, no town (not "London shares": `place_shares`)
    keep &= ~firms_shares(text, end, small & ~exonym, chars, placed)
    # "south-west Victoria ... In Hamilton": a small town of the Australian state its article names (place_state_towns)
    lacking = small & ~keep & ~water & ~members(np.arange(len(keep)), [*teams, *owned])
    for i, town in towns_of_named_states(placed, keep, article, [names[n] for n in name.tolist()], lacking).items():
        placed[i], keep[i] = town, True
    capital = info.array("capital", bool)[place]  # a capital found without its accents: no person either
    first_name = info.first_name[name]
    doubtful = np.flatnonzero((small | ((first_name > 0) & ~capital)) & keep & ~team).tolist()
    if doubtful:
        # no first name before its own state or country written without a comma ("Galveston Texas", "Nelson
        # New Zealand"; but "Central Florida" is no Central, Louisiana), nor in a dateline, which is a place
        # by its form ("GALVESTON Oct. 18 (AP) -")
        stated = before_its_area(start, end, place_code, area)
        for i in np.flatnonzero(stated).tolist():
            stated[i] = names[name[i]] not in r.place_prefixes
        first_name = np.where(stated | members(start, datelines.starts), 0, first_name)
        as_person = [person_reading(text, s, e, r, f) for s, e, f in zip(
            start[doubtful].tolist(), end[doubtful].tolist(), first_name[doubtful].tolist(), strict=True)]
        if PERSON_SURE in as_person:  # "Authorities in the region ... Lugansk said": the town's (`speaking_towns`)
            ahead = paragraph[doubtful] - 1  # the article's paragraph before each mention's, or its own
            ahead += article_of[np.maximum(ahead, 0)] != article[doubtful]
            since = np.zeros(len(start), np.int64)
            since[doubtful] = batch.starts[np.maximum(ahead, 0)]
            as_person = speaking_towns(text, as_person, doubtful, start, end, placed, first_name, since,
                                       r.news_town_ids)
        if TOWN_UNLESS_PERSON in as_person:
            as_person = verbs_of_stated_towns(as_person, doubtful, article, placed, keep & area)
        drop_people(keep, doubtful, as_person, article, name)
    # "Cicero, Virgil and Tacitus": a small city among one-word names is one where no other place of its country is
    if small.any():
        keep &= ~in_name_lists(text, start, end, small, article, placed, keep, chars)
    # "Uzbek militias in Afghanistan": the people, no Uzbekistan, where the article names the nation by no other word
    keep &= ~minority_peoples(text, end, name, [info.codes[c] for c in place_code.tolist()], article, keep)
    if small.any():  # "in Naga": the Philippines, whichever of its two Nagas (`place_twin_cities`)
        placed = twin_countries(placed, keep & alone & small & ~members(article * CODES + place_code, named_keys),
                                info.twin[name], info.places)
    kept = placed
    if not keep.all():
        start, end, paragraph = start[keep], end[keep], paragraph[keep]
        kept = list(compress(placed, keep.tolist()))
    if counties := county_mentions(text, cues):  # "Los Angeles County", "Cook County ... Chicago": its state
        start, end, paragraph, kept = with_counties(text, counties, batch, article_of, start, end, paragraph, kept,
                                                    names_us)
    # "Jordan, Minnesota": a town under the gazetteer's 15,000 people, by a lookup of its state's (`place_state_towns`)
    if towns:
        located = batch.locate(np.array([s for s, _, _ in towns], np.int64))
        start, end, paragraph, kept = with_state_towns(towns, located, start, end, paragraph, kept)
    # "Heavy rain lashed Cork and Kerry": a bare Irish county as a storm's pair's second (`place_struck_counties`)
    if bare_counties := struck_counties(text, start.tolist(), end.tolist(), kept):
        located = batch.locate(np.array([s for s, _, _ in bare_counties], np.int64))
        start, end, paragraph, kept = with_state_towns(bare_counties, located, start, end, paragraph, kept)
    end = with_city_words(text, end, kept, cues)  # "Davao City": the row's text as the article wrote it
    offsets = batch.starts[paragraph]
    at_paragraph = paragraph.tolist()
    out["paragraph_id"] = list(map(batch.paragraph_ids.__getitem__, at_paragraph))
    out["article_id"] = list(map(batch.article_ids.__getitem__, at_paragraph))
    # the places' fields, transposed in C (a Place is a NamedTuple: its first fields are the columns')
    for column, values in zip(_PLACE_COLUMNS, zip(*kept, strict=True), strict=False):
        out[column] = list(values)
    out["start"] = (start - offsets).tolist()
    out["end"] = (end - offsets).tolist()
    joined = batch.joined
    out["text"] = [joined[a:b] for a, b in zip(start.tolist(), end.tolist(), strict=True)]
    return out

