"""The enrichments' fast paths find what the plain Python they replace finds."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from transforms.enrichments import amount_candidates, amount_hedges, place_mentions, place_names, place_words
from transforms.matching.search_text import search_text

# Digits of several scripts, currency signs, separators and letters: where the two ways could part.
_ALPHABET = st.sampled_from(list("0123456789٣٤۵०१０９¹½$£€¥,. -abcUSé?😀\n\x01\ud800"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_numeric_starts_are_the_pattern_match_starts(text: str) -> None:
    expected = [m.start() for m in amount_candidates._NUMERIC_START.finditer(text)]
    assert amount_candidates._numeric_starts(text).tolist() == expected


def test_numeric_starts_in_ascii_and_wide_text() -> None:
    assert amount_candidates._numeric_starts("paid $5 for 12,000 in 2004").tolist() == [5, 12, 15, 22]
    assert amount_candidates._numeric_starts("£4.5bn ٣ and ½").tolist() == [0, 3, 7]
    assert amount_candidates._numeric_starts("").tolist() == []


def test_numeric_starts_in_text_mostly_not_ascii() -> None:
    # past _FEW_MARKS non-ASCII characters the characters are looked up by code, not one by one
    text = "Цена ٣٤ рубля, $5? £12 😀 и 7€. " * 2_000
    assert len(text) - len(text.encode("ascii", "ignore")) > amount_candidates._FEW_MARKS
    expected = [m.start() for m in amount_candidates._NUMERIC_START.finditer(text)]
    assert amount_candidates._numeric_starts(text).tolist() == expected


def _mentions_by_hand(text: str) -> list[tuple[int, int, str]]:
    """Every gazetteer name found with str.find, then the longest first where they overlap, in text order."""
    import re

    padded = f" {search_text(text, lower=False)} "
    keys: dict[str, str] = {}
    for name in place_names.gazetteer():  # a key two names share names the later one, as in the automaton
        blanked = re.sub(r"[\W_]", " ", name)  # with spaces collapsed, and as the text writes it ("St  Louis")
        for key in sorted({" ".join(blanked.split()), blanked.strip()}):
            if key:
                keys[key] = name
    hits = []
    for key, name in keys.items():
        at = padded.find(f" {key} ")
        while at >= 0:
            hits.append((at, at + len(key), name))  # padded offset + 1 (the space) - 1 (the padding)
            at = padded.find(f" {key} ", at + 1)
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    kept: list[tuple[int, int, str]] = []
    for hit in hits:
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    return kept


def test_mentions_are_the_longest_names_found_by_hand() -> None:
    texts = [
        "Troops left New York City for Paris, then São Paulo, Rio de Janeiro and Kyiv; North Koreans in Russia.",
        "Saint-Étienne, St. Louis and Winston-Salem; the Czech Republic and Bosnia and Herzegovina met in Washington.",
        "Hong Kong's mayor met Mexico City's in Cape Town,\n\x01\nthen Sri Lanka and Sierra Leone.",
    ]
    for text in texts:
        got = [(m.start, m.end, m.name) for m in place_mentions.mentions(text)]
        assert got == _mentions_by_hand(text)
        assert len(got) >= 5
        assert all(search_text(text[s:e], lower=False).split() for s, e, _ in got)


# Names inside longer names ("Serbia" and "Montenegro" in "Serbia and Montenegro"), names that overlap
# without nesting ("Papua New Guinea Bissau"), and glue.
_NAME_PIECES = st.sampled_from(["New", "York", "City", "Mexico", "Guinea", "Papua", "Bissau", "Serbia", "and",
                                "Montenegro", "Santiago", "de", "Cuba", "Central", "African", "Republic", "Sierra",
                                "Leone", "Hong", "Kong", "Salem", "Winston", "Rio", "Janeiro", "São", "Paulo", "-",
                                ",", "the", "Jersey"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=16).map(" ".join))
@pytest.mark.slow
def test_overlapping_names_keep_the_longest_first_in_text_order(text: str) -> None:
    # `mention_arrays` keeps most hits with one comparison and settles only those inside an earlier hit's
    # reach one by one: the same as keeping hits one by one in text order
    assert [m.name for m in place_mentions.mentions("Serbia and Montenegro, Santiago de Cuba")] == [
        "Serbia and Montenegro", "Santiago de Cuba"]
    assert [(m.start, m.end, m.name) for m in place_mentions.mentions(text)] == _mentions_by_hand(text)


# With letters before a number's space that end no hedge and that end one in any case ("the", "ABOUT",
# "roughLY": `hedge_before` skips its regex on the former), and letters a case-blind regex reads as ASCII
# ones ("aſ", "ſome": "as", "some"), left to it.
_HEDGE_PIECES = st.sampled_from(["just", "over", "up", "to", "About", "some", "more", "than", "as", "many",
                                 "x", "(", " ", "  ", "\t", "\n", "5", "12", "-", "the", "ABOUT", "roughLY",
                                 "aſ", "ſome", "é"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_HEDGE_PIECES, max_size=14).map(" ".join))
def test_hedge_matched_backwards_is_the_hedge_searched_forwards(text: str) -> None:
    # `hedge_before` matches the text reversed from the number back; the regex it replaces searches the
    # 24 characters before the number: longest hedge, "\b" before it, white space up to the number
    reverse = text[::-1]
    for position in range(1, len(text)):
        if text[position].isdigit() and text[position - 1].isspace():
            near = amount_hedges._APPROX_BEFORE.search(text, max(0, position - 24), position)
            expected = (near.start(), near.end("approx")) if near else None
            assert amount_hedges.hedge_before(text, reverse, position) == expected


def test_hedge_too_far_back_falls_back_to_a_shorter_one() -> None:
    text = "just" + " " * 20 + "over 5"
    assert amount_hedges.hedge_before(text, text[::-1], text.index("5")) == (24, 28)  # "over", not "just ... over"


# Numbers, their separators and neighbours, dashes and the words before ranges: where a glued digit could start
# an amount or a range after all.
_AMOUNT_PIECES = st.sampled_from(["1", "5", "0", "9", "12", "2004", ".", ",", "/", ":", "#", "$", "£", "_", "-", "–",
                                  "−", "%", " ", "  ", "G", "x", "EUR", "Rs", "bn", "m", "per cent", " to ", "é",
                                  "\n", "(", "+", "’", "people", "about "])


@settings(max_examples=400, deadline=None)
@given(st.lists(_AMOUNT_PIECES, max_size=24).map("".join))
@pytest.mark.slow
def test_glued_digits_start_no_amount(text: str) -> None:
    # `candidates` drops the digits glued to a word or a number before the loop of `amounts.rows`: the rows
    # are those of every candidate tried.
    from unittest import mock

    import numpy as np

    from transforms.enrichments import ParagraphBatch, amounts

    batch = ParagraphBatch([text, f"Up 3 {text}"], ["p1", "p2"], ["a", "a"])
    fast = amounts.rows(batch)
    with mock.patch.object(amount_candidates, "_glued_digits", lambda data, starts: np.zeros(len(starts), bool)):
        every = amounts.rows(ParagraphBatch(batch.texts, batch.paragraph_ids, batch.article_ids))
    assert fast == every


_NAME_PIECES = st.sampled_from(["José", "Juan", "Ponce", "Maria", "Ludwig", "Paris", "de", "la", "los", "dei", "van",
                                "del", " ", " ", "\n", "-", "'", "X"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=14).map("".join), st.integers(min_value=0, max_value=80))
@example("Antonio José de \nSucre", 17)  # `$` matches before a line break that ends the searched text
@pytest.mark.slow
def test_full_names_found_as_the_particle_pattern_finds_them(text: str, start: int) -> None:
    # `in_full_name` reads how the text ends before a name before it runs `_PARTICLE`: the same answers
    from transforms.enrichments import place_full_names

    start = min(start, len(text))
    m = place_full_names._PARTICLE.search(text, max(0, start - 40), start)
    last = 2 if m and m.group(2) else 1
    given = place_full_names._given_names()
    expected = m is not None and (
        all(m.group(g)[:1].isupper() for g in range(1, last + 1)) and (m.group(1) in given or m.group(last) in given)
        and not place_full_names._SECOND_PARTICLE.search(text, max(0, m.start(last) - 8), m.start(last)))
    assert place_full_names.in_full_name(text, start) == expected


def _word_before_by_regex(text: str, start: int) -> tuple[str, bool]:
    """`place_words.word_before` as the last `WORD` of the 30 characters before it, always."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in place_words.SENTENCE_END:
        return "", False
    words = place_words.WORD.findall(text[max(0, i - 30): i + 1])
    return (words[-1] if words and text[i].isalnum() else ""), i == start - 2


# Letters, apostrophes, hyphens, underscores, tabs and line breaks: where a plain word before a space and the
# regex's last word could part ("a'b'c" is the words "a'b" and "c").
_CONTEXT = st.sampled_from(list("abZé9_'’-. \t\n,"))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_CONTEXT, max_size=50), st.integers(0, 50))
@example("x a'b'c Paris", 8)
@example("Mr " + "a" * 40 + " Paris", 45)
def test_word_before_is_the_regexs_last_word(text: str, at: int) -> None:
    at = min(at, len(text))
    assert place_words.word_before(text, at) == _word_before_by_regex(text, at)


@pytest.mark.parametrize(("text", "expected"), [
    ("x a'b'c Paris", ("c", True)), ("said Ms Lima", ("Ms", True)), ("in  Lima", ("in", False)),
    ("the sea-side Lima", ("side", True)), ("Reuters. Lima", ("", False)), ("(AP) Lima", ("", True)),
])
def test_word_before(text: str, expected: tuple[str, bool]) -> None:
    assert place_words.word_before(text, text.rindex(" ") + 1) == expected


def test_names_its_country_is_any_names_own_search() -> None:
    import re

    from transforms.enrichments import place_choice
    from transforms.enrichments.geonames import CITY

    names = place_choice._country_names()
    places = {p for candidates in place_names.gazetteer().values() for p in candidates}
    found = 0
    for p in places:
        by_name = p.kind == CITY and any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", p.name)
                                         for name in names[p.country_code])
        assert place_choice.names_its_country(p) == by_name, p
        found += by_name
    assert found > 20  # "Kuwait City", "Antigua Guatemala", "Panama City", ...


# Latin-1 letters and signs, ASCII, a curly quote and a letter beyond Latin-1: where the byte tables and the
# error handlers could part.
_LATIN1 = st.sampled_from(list("aZ9 _-'\n\x01\x80\x85\xa0ªµºÀßéÿ×÷«»½²’ŁK"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_LATIN1, max_size=40))
def test_latin1_key_texts_are_the_handlers(text: str) -> None:
    from transforms.enrichments.batch import ParagraphBatch
    from transforms.matching.search_text import ascii_key_text

    encoded = text.encode("ascii", place_mentions._PLACEHOLDERS)
    by_handler = encoded.translate(place_mentions._KEY_BYTES).decode("latin-1")
    assert place_mentions._key_text(text) == (search_text(text, lower=False) if text.isascii() else by_handler)
    assert ParagraphBatch([text], ["p"], ["a"]).lowered == ascii_key_text(text)


def test_latin1_key_texts() -> None:
    from transforms.enrichments.batch import ParagraphBatch

    assert place_mentions._key_text("Zürich «Nord» µ½") == "Z\x80rich  Nord  \x80\x80"
    assert ParagraphBatch(["Zürich «NORD» µ½ ß"], ["p"], ["a"]).lowered == "z\x80rich  nord  \x80\x80 \x80"


# County and parish words, glue and the states after them: where a county found by `str.find` and one found by
# the pattern of a lower-case letter behind " County" could part ("KENT County", "Kent County,IL", "é County").
_COUNTY_PIECES = st.sampled_from(["Kent", "KENT", "é", "Cook", " County", " Parish", " Parish,", ",", ", ", " ",
                                  "IL", "Ill.", "Ariz.", "UK", "County, IL", "\n", "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_COUNTY_PIECES, max_size=14).map("".join))
@example("Cook County, IL and Kent Parish, Ill.")
def test_counties_found_as_the_lookbehind_pattern_finds_them(text: str) -> None:
    import re

    from transforms.enrichments import place_counties

    pattern = re.compile(r", (?:(Ill\.|Ariz\.)|([A-Z]{2})(?![\w.]))")
    name_of = {"Ill.": "Illinois", "IL": "Illinois", "Ariz.": "Arizona"}
    expected = []
    for county in re.finditer(r"(?<=[a-z]) (?:County|Parish)(?=, )", text):
        m = pattern.match(text, county.end())
        if m and (state := name_of.get(m.group(1) or m.group(2))):
            expected.append((m.start() + 2, m.end(), state))
    assert place_counties.county_states(text, pattern, name_of) == expected
