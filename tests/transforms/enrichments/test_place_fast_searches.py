"""Places' searches by a literal find what the patterns they replace find (or guard: a pattern is tried only where a
literal says it may match)."""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick
import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from transforms.enrichments import (
    place_appositives,
    place_compounds,
    place_described,
    place_languages,
    place_mentions,
    place_name_lists,
    place_names,
    place_news_towns,
    place_peoples,
    place_person_reading,
    place_sees,
    place_streets,
    place_teams,
    place_words,
)
from transforms.enrichments.place_chars import text_bytes

# Pieces of the words searched, their neighbours (letters of any script, "-", "_", digits, spaces, tabs, lines)
_ETHNIC_PIECES = st.sampled_from(["ethnic", "Ethnic", "thnic", "ETHNIC", "e", "E", " ", "  ", "\t", "\n", "-", "_",
                                  "multi", "é", "7", "T", "Tajik", "t", "(", "’"])
_NOUN_PIECES = st.sampled_from(["Creole", "Kreyòl", "Kreyol", "Kreol", "Kre", "Patois", "Sign Language", "Sign",
                                "Language", "Languages", " ", "  ", "\t", "\n", "-", "_", "s", "é", "Haitian", ",",
                                "\u00a0"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_ETHNIC_PIECES, max_size=12).map("".join))
@example("Ethnic Tajik, multiethnic Uzbek, ethnic groups, -ethnic Kurds, _ethnic Hazara, éethnic Pashtun")
def test_ethnic_ends_are_the_pattern_match_ends(text: str) -> None:
    assert place_peoples._ethnic_ends(text) == [m.end() for m in place_peoples._ETHNIC.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(_NOUN_PIECES, max_size=12).map("".join))
@example("Haitian Creole,  Jamaican \tPatois; Creole-speaking; British Sign Languages, \t Kreyòl\n Kreol_")
def test_language_noun_starts_are_the_pattern_match_starts(text: str) -> None:
    expected = [m.start() for m in place_languages._LANGUAGE_NOUN.finditer(text)]
    assert place_languages._language_noun_starts(text) == expected


_STREET_PIECES = st.sampled_from(["Street", "Road", "Lane", "Avenue", "Square", "Streetcar", "road", " ", "  ", "\t",
                                  "\n", "-", "_", "s", "é", "London", "Crash", "7", "\u00a0", ","])


@settings(max_examples=500, deadline=None)
@given(st.lists(_STREET_PIECES, max_size=12).map("".join))
@example("London Road, Oxford Streetcar, Kenya Road Crash, Road-side, Lane_ Square\n Avenue\u00a0Hotel Street Étoile")
def test_streets_are_where_the_pattern_matches(text: str) -> None:
    every_end = np.arange(len(text) + 2)  # every offset, and one past the text's end
    expected = np.isin(every_end, [m.start() for m in place_streets._STREET.finditer(text)])
    assert place_streets.on_streets(text, every_end).tolist() == expected.tolist()


_SEE_PIECES = st.sampled_from(["Bishop", "bishops", "Archbishop", "ishop", "Fishop", "Diocese", "diocese", "iocese",
                               " of ", " of", "of ", "s", " ", "B", "b", "D", "\n", "-", "é", "Durham"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_SEE_PIECES, max_size=12).map("".join))
@example("Bishop of Durham, bishops of Ely, Archbishop of York, Fishop of Oz, Archdiocese of Boston, ishop of X")
@example("Dishop of Oz, biocese of Ely; Bishop of\nEly, Bishops of  York, Diocese ofDurham, éBishop of Ely")
def test_see_starts_are_the_ends_of_a_search_per_office(text: str) -> None:
    expected = []
    for office, initials in (("ishop of ", "Bb"), ("ishops of ", "Bb"), ("iocese of ", "Dd")):
        expected += [m.end() for m in re.finditer(re.escape(office), text)
                     if m.start() and text[m.start() - 1] in initials]
    every_start = np.arange(len(text) + 1)  # every offset a mention may start at
    found = place_sees._see_starts(text, every_start, text_bytes(text))
    assert found.tolist() == np.isin(every_start, expected).tolist()


_LIST_PIECES = st.sampled_from(["Hindi", "Urdu", "English", "...", "…", ", ", ",", " and ", " or ", ", and ", "and",
                                "or ", " ", "\n", "\t", "-", "x", "é", "in ", "Hindi-"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_LIST_PIECES, max_size=12).map("".join))
@example("in Hindi or English, Urdu, and \nEnglish\n; … or Hindi and\n")
def test_a_list_of_other_languages_before_a_name_is_what_the_pattern_finds(text: str) -> None:
    before = place_languages._others()[2]
    for at in range(len(text) + 1):  # every offset a mention may start at
        match = before.search(text[max(0, at - 80):at])
        assert place_languages._others_before(text, at, before) == (len(match.group(0)) if match else 0)


_LINE_PIECES = st.sampled_from(["Galveston", "Braces", "for", "Ike", "the", "A", "I", "x", "O'Neill", "rock'n'roll",
                                "'", "’", "don't", "Jay-Z", "M&S", "_", "__init__", "3", "2024", " ", "  ", "\t", "-",
                                ",", ".", "É", "é", "naïve", "Ⅻ"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINE_PIECES, max_size=16).map(" ".join))
@example("Galveston Braces For Ike's Landfall")
@example("O'Neill O'Brien D'Arcy a'b c'd e'f")
@example("A'b C'd e'f")
def test_a_line_surely_prose_is_no_line_in_title_case(line: str) -> None:
    if place_words._surely_prose(line):
        assert not place_words._capitalised(line)


_SIGN_PIECES = st.sampled_from(["US", "$", "$US", "US$", "A$", "\\$", " ", "5", "\n", "é", "’", "Texas, the band",
                                ", the company", ", a thriller starring", ", the insurer.", "In Texas", ",", ", "])


@settings(max_examples=500, deadline=None)
@given(st.lists(_SIGN_PIECES, max_size=12).map("".join))
@example("US$2.16 billion, $US 5m, é$US, Texas, the Scottish band led by X, In Zurich, the insurer, said")
def test_signs_and_appositions_read_in_bytes_are_where_the_searches_find_them(text: str) -> None:
    every = np.arange(len(text) + 1)  # every offset a mention may start or end at
    dollars = [m.start() for m in re.finditer(r"\$", text)]
    expected = np.isin(every, dollars) | np.isin(every - 1, dollars)
    assert place_compounds.in_currency_signs(text, every, every, text_bytes(text)).tolist() == expected.tolist()
    said = np.isin(every, [m.start() for m in place_appositives._APPOSITIVE.finditer(text)]) if ", " in text else (
        np.zeros(len(every), dtype=bool))
    for i in np.flatnonzero(said).tolist():  # `in_appositions`' sentence openings, as it reads them
        said[i] = place_appositives._OPENING.search(text, max(0, i - 16), i) is None
    assert place_appositives.in_appositions(text, every, every, text_bytes(text)).tolist() == said.tolist()


_BEFORE_PIECES = st.sampled_from(["in", "at", "near", "outside", "from", " the", "between", " Leeds", " and", "v", "vs",
                                  ".", "beat", "beating", "against", "hosts", "visiting", "win", " over", "trip",
                                  "travelled", "moving", " to", "Bolton", " 1-2", "12-0", " ", "  ", "\n", "x", "é",
                                  "in-", "'"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_BEFORE_PIECES, max_size=10).map("".join))
@example("between Leeds and \n")
@example("Bolton 12-0 ")
@example("travelled to ")
@example("a win over \n")
def test_news_towns_words_before_are_searched_wherever_they_may_match(before: str) -> None:
    if place_news_towns._BEFORE.search(before):
        assert place_news_towns._ends_as_before(before)


_NICKNAME_PIECES = st.sampled_from(["Dallas", "Cowboys", "Cowboy", "Red Sox", "Reds", "76ers", "49ers", " ", "  ",
                                    "   ", "\n", "-", "x", "said", "Roberts", "é", "'"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_NICKNAME_PIECES, max_size=10).map("".join))
@example("Dallas  Cowboys, Boston Red Sox, Philadelphia 76ers, San Francisco  49ers' coach, Dallas   Cowboys")
def test_a_nickname_is_matched_wherever_the_pattern_matches(text: str) -> None:
    for end in range(len(text) + 1):  # every offset a name may end at (no start: the nicknames' pattern only)
        expected = place_teams._nickname().match(text, end) is not None
        assert place_teams.nickname_follows(text, end) == expected


@lru_cache(maxsize=1)
def _plain_automaton() -> ahocorasick.Automaton:
    """The names' automaton with its keys only, none of `name_keys`' hollow keys (`place_mentions._AFTER_A_SPACE`)."""
    automaton = ahocorasick.Automaton()
    for key, value in place_mentions.name_keys().automaton.items():
        if not key.endswith(place_mentions._NEVER):
            automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


_SCAN_PIECES = st.sampled_from(["New York", "York", "New", "Paris", "Isle of Man", "of", "the", "The", "Sea", "County",
                                "Cook County", "Olympics", "ethnic", "treaty", "Zürich", "Zurich", "São Paulo", " ",
                                "  ", ", ", "\n", "-", "’", "t", "x", "T", "1", "\x02", "St. Louis",
                                "Washington, D.C."])


@settings(max_examples=300, deadline=None)
@given(st.lists(_SCAN_PIECES, max_size=16).map("".join))
@example("The Isle of Man, New York  and Cook County: the ethnic treaty of Zürich, St. Louis, Washington, D.C. x1")
def test_the_names_scan_finds_the_hits_of_its_keys_alone(text: str) -> None:
    padded = f" {place_mentions._key_text(text)} "
    assert list(place_mentions.name_keys().automaton.iter(padded)) == list(_plain_automaton().iter(padded))


_NAME_LIST_PIECES = st.sampled_from(["Cicero", "Virgil", "Tacitus", "Chicago", " and ", " or ", ", ", ", and ", ",",
                                     " ", "read ", "Wednesday", "é", "’", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAME_LIST_PIECES, max_size=12).map("".join))
@example("Pupils read Cicero, Virgil and Tacitus, and Cicero or Homer")
@example("Cicero, Virgil, ")  # a list's joint at the text's end: read before its start, it looped for ever
def test_a_small_city_in_a_list_of_names_is_what_each_mentions_own_tests_find(text: str) -> None:
    start = np.array([m.start() for m in re.finditer("Cicero", text)], dtype=np.int64)
    end, n = start + len("Cicero"), len(start)
    small, keep, article = np.ones(n, dtype=bool), np.ones(n, dtype=bool), np.zeros(n, dtype=np.int64)
    cicero = [place_names.gazetteer()["Cicero"][0]] * n
    expected = np.zeros(n, dtype=bool)
    for i, (s, e) in enumerate(zip(start.tolist(), end.tolist(), strict=True)):  # the literal tests at each mention
        if text.startswith((",", " and ", " or "), e) or text.endswith((", ", " and "), 0, s):
            expected[i] = place_name_lists._names_around(text, s, e) >= 2
    found = place_name_lists.in_name_lists(text, start, end, small, article, cicero, keep)
    assert found.tolist() == expected.tolist()


def _neighbour_texts(r) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Texts that put each name whose only rules are its neighbours (`Rules.neighbours_only`) before and after each of
    its words, glued and spaced, and alone."""
    texts = []
    for name in sorted(r.neighbours_only):
        texts += [(name, t) for t in (f"in {name} today", name, f"{name}.", f"The {name}'s")]
        for word in r.not_before.get(name, ()):
            texts += [(name, f"{name} {word} said"), (name, f"{name}{word}"), (name, f"{name} {word}")]
        for word in r.not_after.get(name, ()):
            texts += [(name, f"{word} {name} said"), (name, f"x {word}{name}"), (name, f"{word}  {name}")]
    return texts


def test_a_name_whose_only_rules_are_its_neighbours_is_read_as_all_the_rules_read_it() -> None:
    """`reading` reads only the words right around a name of `neighbours_only`: what reading every rule reads."""
    import dataclasses

    from transforms.enrichments.place_context import reading
    from transforms.enrichments.place_mentions import Mention
    from transforms.enrichments.place_rules import rules

    r = rules()
    # ... and neighbours of more than a word, as "province de l'" is Equateur's: one before and one after a name
    r = dataclasses.replace(r, not_before={**r.not_before, "China": r.not_before["China"] | {"-based", " Sea"}},
                            not_after={**r.not_after, "Dutch": r.not_after.get("Dutch", frozenset()) | {"pre-"}})
    plain = dataclasses.replace(r)
    plain.__dict__["neighbours_only"] = frozenset()  # every rule read, as for any other name
    texts = _neighbour_texts(r)
    assert len({name for name, _ in texts}) > 20
    read = [(reading(t, Mention(t.index(n), t.index(n) + len(n), n), r),
             reading(t, Mention(t.index(n), t.index(n) + len(n), n), plain)) for n, t in texts]
    assert [fast for fast, _ in read] == [every for _, every in read]
    assert None in [every for _, every in read] and any(every for _, every in read)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5_000_000), st.integers(1, 59)), max_size=40))
@example([(4, 3), (0, 8), (4, 5), (4, 3), (9, 2), (3, 59), (4, 1)])
def test_the_hits_sort_by_start_longest_first_as_lexsort_does(hits: list[tuple[int, int]]) -> None:
    starts = np.array([s for s, _ in hits], dtype=np.int64)
    lengths = np.array([n for _, n in hits], dtype=np.int64)
    assert (place_mentions.by_start_longest_first(starts, lengths).tolist()
            == np.lexsort((-lengths, starts)).tolist())


_AFTER_NAME_PIECES = st.sampled_from(["Paris", " ", "  ", "\n", ",", ", ", "'s", "’s", "O'Neill", "é", "Zürich", "_",
                                      "-", "2024", "x" * 40, "①", "²", "the city of ", "THE PORT OF ", "of \n", "of",
                                      " took five wickets", " took 5-42", ", the Black Sea port,",
                                      ", the city's mayor said,"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_AFTER_NAME_PIECES, max_size=12).map("".join))
@example("Paris " + "x" * 40 + " said; Nice, the Riviera city, and the port of \nHodeidah; Lyon took five wickets")
@example("Leeds ²² and Leeds O'Neill_s and Leeds é")
def test_the_words_around_a_name_read_without_patterns_are_what_the_patterns_read(text: str) -> None:
    for at in range(len(text) + 1):  # every offset a name may end (or start) at
        match = place_words.WORD.match(text, at + 1) if text[at:at + 1] == " " else None
        assert place_words.word_after(text, at) == ((match.group(0), True) if match else ("", False))
        called = place_described._AFTER.match(text, at, at + 60) or place_described._ASIDE.match(text, at, at + 60)
        assert place_described.called_town(text, at) == bool(called)
        if place_described._BEFORE.search(text[max(0, at - 60):at]):
            assert place_described._ends_as_before(text, at)
        bowls = place_person_reading._BOWLS.match(text, at) is not None
        assert bowls <= text.startswith(" took ", at)


def test_a_rules_phrases_are_tried_at_once_where_each_was_tried() -> None:
    """A name's neighbours of more than a word ("province de l'", "pre-") are all tried by one `startswith` or
    `endswith`: it finds what trying each of them finds, before and after each name of the rules."""
    from transforms.enrichments.place_context import _phrases
    from transforms.enrichments.place_rules import rules

    r = rules()
    tried = 0
    for table in (r.not_before, r.not_after):
        for name, words in table.items():
            extra = words | {"-based", " Sea", "pre-", "de l'"}
            for text in [f"{w}{name}{w}" for w in extra] + [f"x {name} y"]:
                at, end = text.index(name), text.index(name) + len(name)
                each = [w for w in extra if not w.isalnum()]
                assert text.startswith(_phrases(extra), end) == any(text.startswith(w, end) for w in each)
                assert text.endswith(_phrases(extra), 0, at) == any(text.endswith(w, 0, at) for w in each)
                tried += 1
    assert tried > 100


_LINE_UP_PIECES = st.sampled_from(["(", ")", "Pitman", " 105", " 7", "Subs", " Not Used", " not used", ":", ",", " ",
                                   "\n", "Hyde", "Crawley", "Substitutes", "(wk)", "é", "s"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINE_UP_PIECES, max_size=14).map("".join))
@example("Stanley, Hyde (Pitman 105), Purdie.\nSubs Not Used: Crawley, Hyde.\nThe Subsidy went to Crawley.")
def test_a_line_up_is_found_where_the_pattern_finds_one_on_the_names_line(text: str) -> None:
    for start in range(len(text) + 1):
        head, tail = text.rfind("\n", 0, start) + 1, text.find("\n", start)
        tail = tail if tail >= 0 else len(text)
        expected = place_name_lists._LINE_UP.search(text, head, tail) is not None or (
            place_name_lists._in_named_side(text, head, start, tail))
        assert place_name_lists._in_line_up(text, start) == expected


class _Unsearched:
    """A `_LINE_UP` stand-in that fails the test if it is searched."""

    def search(self, *args: object) -> None:
        raise AssertionError("the line-up pattern was tried on a line with no '(' and no 'Subs'")


def test_a_line_with_no_bracket_and_no_subs_is_settled_without_the_line_up_pattern(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    prose = "Troops from Crawley and Horsham marched to Worthing on Monday, " * 20
    monkeypatch.setattr(place_name_lists, "_LINE_UP", _Unsearched())
    assert place_name_lists._in_line_up(prose, prose.index("Horsham")) is False
