"""The rules' cues found by the names' scan are where the searches they replace find them (`place_cues`)."""

from __future__ import annotations

import re

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from transforms.enrichments import place_counties, place_languages, place_olympics, place_peoples, place_streets
from transforms.enrichments.place_cues import CUES, Cues, find_all
from transforms.enrichments.place_mentions import mention_arrays, mention_scan

# The cues, pieces of them, names around them, and what may stand between: punctuation, accents, tabs, lines
_PIECES = st.sampled_from([*CUES, "County", "Countywide", "Streetcar", "Road Crash", "Parishes", "ounty", "lympi",
                           "Olympic", "PARALYMPICS",
                           "Kreyòl", "Kreol", "thnic", "Sign-Language", "Cook", "Los Angeles", "Orange and", "Texas",
                           "Ga.", ", ", ",", " ", "  ", "\t", "\n", "-", "_", "'", "é", "É", "7", "x", "(", "’",
                           "\u00a0", "\u0301", "😀"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
@example("Cook County, Ill., and Orange and Los Angeles counties; Orleans Parish, La. -ethnic Kurds (ethnic Hazara")
@example("County Louth; Ethnic Tajik, multiethnic; non-Olympic, xOlympic, OLYMPICS; Haitian\tKreyòl, Sign-Language")
def test_the_scan_finds_every_cue_where_a_search_does(text: str) -> None:
    cues = mention_scan(text)[3]
    assert {cue: cues.at(cue) for cue in CUES} == {cue: find_all(text, cue) for cue in CUES}


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_the_cues_leave_the_names_found_as_they_were(text: str) -> None:
    start, end, index, _ = mention_scan(text)
    assert (index >= 0).all() and all(text[s:e].strip() for s, e in zip(start.tolist(), end.tolist(), strict=True))
    assert [a.tolist() for a in mention_arrays(text)] == [start.tolist(), end.tolist(), index.tolist()]


def test_find_all_is_every_occurrence_at_a_words_start_unless_the_cue_opens_with_a_space() -> None:
    text = "Ethnic, multiethnic, -ethnic _ethnic éethnic 7ethnic Cook County Countywide,County"
    for cue in ("ethnic", "Ethnic", " County"):
        bound = "" if cue[0] == " " else r"(?<![^\W_])"  # after no letter or digit
        assert find_all(text, cue) == [m.start() for m in re.finditer(bound + re.escape(cue), text)]
    assert find_all(text, "ethnic") == [22, 30]  # after "-" and "_", not after "i", "é" nor "7"


def test_no_cue_overlaps_itself() -> None:
    # so every occurrence is what a search going on after the last one finds, as the rules' searches did
    assert not [cue for cue in CUES if any(cue[:k] == cue[-k:] for k in range(1, len(cue)))]


def _county_words_by_find(text: str) -> list[tuple[int, str]]:
    """The searches `place_counties._county_words` replaced: each of " County, ", " Parish, " after a lower-case
    letter."""
    found = []
    for word in (" County, ", " Parish, "):
        at = text.find(word)
        while at >= 0:
            if at and "a" <= text[at - 1] <= "z":
                found.append((at, word))
            at = text.find(word, at + 1)
    return found


def _olympic_candidates_by_find(text: str, forms: set[str]) -> list[tuple[int, str]]:
    """The searches `place_olympics._olympic_candidates` replaced: "lympi" and "LYMPI" anywhere."""
    candidates = []
    for key in ("lympi", "LYMPI"):
        hit = text.find(key)
        while hit >= 0:
            letters = re.compile(r"\w*").match(text, hit)
            end = letters.end() if letters else hit
            for back in (1, 4):
                if hit >= back and text[hit - back:end] in forms:
                    candidates.append((hit - back, text[hit - back:end]))
            hit = text.find(key, end)
    return sorted(candidates)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
@example("Cook County, Ill.; cook County, Texas; Acadia Parish, La.; xOlympic_Olympic, non-Olympics, PARALYMPIC")
def test_the_rules_read_the_scans_cues_as_their_searches(text: str) -> None:
    cues, plain = mention_scan(text)[3], Cues(text)
    assert place_counties._county_words(text, cues) == _county_words_by_find(text)
    forms = {"Olympic", "Olympics", "Paralympic", "OLYMPIC", "PARALYMPICS"}
    # `olympic_words` keeps a word after no letter, digit, "_", apostrophe or hyphen only: the same such candidates
    kept = {(at, word) for at, word in _olympic_candidates_by_find(text, forms)
            if not at or not (text[at - 1].isalnum() or text[at - 1] in "_'’-")}
    for found in (place_olympics._olympic_candidates(text, forms, cues),
                  place_olympics._olympic_candidates(text, forms, plain)):
        assert kept <= set(found) and all(not at or not text[at - 1].isalnum() for at, _ in found)
        assert {(at, word) for at, word in found if not at or text[at - 1] not in "_'’-"} == kept
    assert place_olympics.olympic_words(text, cues).tolist() == place_olympics.olympic_words(text).tolist()
    assert place_peoples._ethnic_ends(text, cues) == [m.end() for m in place_peoples._ETHNIC.finditer(text)]
    expected_nouns = [m.start() for m in place_languages._LANGUAGE_NOUN.finditer(text)]
    assert place_languages._language_noun_starts(text, cues) == expected_nouns
    assert place_counties.county_mentions(text, cues) == place_counties.county_mentions(text)
    assert place_counties.states_after_counties(text, cues) == place_counties.states_after_counties(text)
    every_end = np.arange(len(text) + 2)  # every offset, and one past the text's end
    assert place_counties.county_names(text, every_end, cues).tolist() == [
        text.startswith((" County", " Parish"), e) and not text[e + 7: e + 8].isalnum() for e in every_end.tolist()]
    streets = place_streets.on_streets(text, every_end, cues)
    assert streets.tolist() == place_streets.on_streets(text, every_end).tolist()
