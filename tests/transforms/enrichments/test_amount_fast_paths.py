"""The amounts enrichment's shortcuts find what the regexes they skip find."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from transforms.enrichments import (
    amount_ages,
    amount_candidates,
    amount_currencies,
    amount_exclusions,
    amount_hedges,
    amount_metres,
    amount_numbered_names,
    amount_objects,
    amount_pattern,
    amount_read_past,
    amount_scores,
    amount_stored,
)
from transforms.enrichments.batch import ParagraphBatch

# Digits of several scripts, currency signs, Latin-1 and wider letters, a lone surrogate.
_TEXT = st.text(alphabet=st.sampled_from(list("0123456789٣$£€,. -abcUSé?😀\n\x01\ud800ÿ")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_numeric_runs_read_each_character_as_one_byte(text: str) -> None:
    # Latin-1 encoded, non-ASCII set to "?" with numpy: the bytes an ASCII encoding with replacement gives
    data, _ = amount_candidates._numeric_runs(text)
    assert data.tobytes() == text.encode("ascii", "replace")


def test_hedge_letters_a_case_blind_regex_reads_as_ascii() -> None:
    text = "as many aſ 5, the 6, aboUT 7"
    assert [amount_hedges.hedge_before(text, text[::-1], text.index(n)) for n in "567"] == [(0, 10), None, (21, 26)]


def test_dollar_prefixes_are_read_where_their_last_letter_stands_before_the_dollar() -> None:
    # `candidates` looks for a "US$", "A$", "Can$" ... prefix only where one's last letter stands before the "$"
    assert {prefix[-1] for prefix in amount_currencies.DOLLAR_PREFIXES} == amount_candidates._PREFIX_ENDS
    text = "US$5bn, $7, MS$8, a$9, NZ$10, Can$11, scan$12"
    batch = ParagraphBatch([text], ["p"], ["a"])
    # "US$5bn", "NZ$10" and "Can$11" start at their letters; "MS$8", "a$9" and "scan$12" at the "$", as "$7"
    assert [text[at:at + 3] for at in amount_candidates.candidates(batch)] == [
        "US$", "$7,", "$8,", "$9,", "NZ$", "Can", "$12"]


# Money and track-and-field words in any case, inside other words, and spelt with letters a case-blind regex
# reads as ASCII ones ("İ" as "i", "ſ" as "s"): where `_near` could skip a search that finds something.
_NEAR_PIECES = st.sampled_from(["deal", "DEAL", "ordeal", "sales", "ſales", "İncome", "income", "$", "&POUND;",
                                "&#163;", "£", "hurdles", "Sprinting", "swimmer", "the", " ", "5m", "-", "é", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_NEAR_PIECES, max_size=12).map("".join), st.integers(0, 40), st.integers(0, 80))
def test_near_finds_what_the_regex_finds(text: str, low: int, high: int) -> None:
    for pattern, keys in ((amount_metres._MONEY, amount_metres._MONEY_KEYS),
                          (amount_metres._TRACK_AND_FIELD, amount_metres._TRACK_AND_FIELD_KEYS)):
        expected = pattern.search(text, low, high) is not None
        assert amount_metres._near(pattern, keys, text, low, high) == expected


_AGE_AND_LABEL_PIECES = st.sampled_from(["aged", "AGES", "age of", "at the", "who", "She", "he", "turned", "IS",
                                         "was", "waſ", "Sections", "no.", "No", "junction", "Route", "12", "5",
                                         "and", "or", ",", " ", "  ", "\t", "the", "é", "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_AGE_AND_LABEL_PIECES, max_size=14).map(" ".join))
def test_ascii_without_keys_skips_only_searches_that_find_nothing(text: str) -> None:
    for pattern, keys in ((amount_ages.AGE_BEFORE, amount_ages.AGE_KEYS),
                          (amount_numbered_names.LABEL_LIST, amount_numbered_names.LABEL_KEYS)):
        for low in range(len(text) + 1):
            if amount_exclusions._ascii_without(text, low, len(text), keys):
                assert pattern.search(text, low, len(text)) is None


def test_label_keys_are_in_every_label() -> None:
    labels = amount_numbered_names.PLURAL_LABELS.split("|") + ["section", "article", "clause", "no"]
    assert all(amount_numbered_names.LABEL_KEYS.search(label) for label in labels)


def test_match_suffix_is_the_last_group_that_matched() -> None:
    # `amounts.rows` reads a match's "in", currency word or bare words from `lastgroup`
    for text, suffix in (("1 in 5 adults", "per"), ("one in four", "per2"), ("5 dollars", "curword"),
                         ("two thousand rupees", "curword2"), ("two people", "words"), ("5%", "pct"),
                         ("$5m", "scale1")):
        matched = amount_pattern.AMOUNT.match(text)
        assert matched is not None and matched.lastgroup == suffix
        assert [g for g in amount_pattern._GROUPS if matched.group(g) is not None][-1] == suffix


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(-10**16, 10**16),
                 st.integers(-10**16, 10**16).map(float), st.sampled_from([0.0, -0.0, 1e15, -1e15, 999999999999999.0])))
def test_stored_value_skips_only_the_formatting_that_changes_nothing(value: float) -> None:
    # a whole number below 10**15 is returned as it is: what rounding and 15 significant digits give it
    expected = float(f"{round(value, 6):.15g}")
    stored = amount_stored.stored_value(value)
    assert type(stored) is float and repr(stored) == repr(expected)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.floats(), st.integers(-10**16, 10**16), st.sampled_from([-0.0, 1e15, 0.5, 24.0])),
                min_size=1, max_size=8))
def test_stored_values_are_each_values_stored_value(values: list[float]) -> None:
    # `amounts.rows` stores a batch's values at once: the whole ones found with numpy, NaN and the infinities formatted
    stored = amount_stored.stored_values(values)
    assert [repr(v) for v in stored] == [repr(amount_stored.stored_value(v)) for v in values]


# Team names, tallies' numbers, digits of other scripts and kinds ("٣", "²": a digit to `str.isdigit`, none to `\d`).
_TALLY_PIECES = st.sampled_from(["Astros", "Pirates", "Real", "Madrid", "Leave", "No", "the", "ſpurs", "Élan", "İzmir",
                                 "10", "5", "112", "٣", "²", " ", "  ", ",", "og", "\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_TALLY_PIECES, max_size=12).map(" ".join))
@example("Astros 10, Real Madrid ")
@example("Astros ٣ Pirates ")
@example("Leave ² No ")
def test_tally_digit_search_skips_only_windows_where_first_finds_nothing(text: str) -> None:
    # `tally` looks for the first name's number (`_FIRST`) only where `_DIGIT` finds a digit in the same window
    for low in range(len(text) + 1):
        if amount_scores._FIRST.search(text, low, len(text)) is not None:
            assert amount_scores._DIGIT.search(text, low, len(text)) is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(_TALLY_PIECES, max_size=8).map("".join), _TALLY_PIECES, st.sampled_from(["5", "10", "112"]),
       st.lists(_TALLY_PIECES, max_size=8).map("".join))
def test_tally_reads_no_label_that_is_not_capitalised(head: str, label: str, digits: str, tail: str) -> None:
    # `no_amount` asks `tally` only after a capitalised word: for any other it answers None
    text = f"{head} {label} {digits}{tail}"
    end = len(head) + len(label) + 2 + len(digits)
    if not label[:1].isupper():
        assert amount_scores.tally(text, label, digits, end, 0) is None


def test_no_hedge_ends_are_the_ascii_letter_pairs_that_end_no_hedge() -> None:
    # `hedge_before` looks the two characters before a number's space up in one set: the same pairs as the tests it
    # replaced (ASCII, letters, lower-cased not in `_HEDGE_ENDS`), for every pair of these characters
    alphabet = "abeloprstuvyzABELOPRSTUVYZ ſİé5-'"
    for first in alphabet:
        for second in alphabet:
            pair = first + second
            plain = pair.isascii() and pair.isalpha() and pair.lower() not in amount_hedges._HEDGE_ENDS
            assert (pair in amount_hedges.NO_HEDGE_ENDS) == plain, pair


_AFTER_PIECES = st.sampled_from(["-", "–", " ", "  ", "\t", "\n", "magnitude", "worth", "a", "year", "season", "-a-",
                                 "–a–", "x", "s"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_AFTER_PIECES, max_size=6).map("".join), st.booleans())
@example(" worth", False)
@example("-a-season", False)
@example("  magnitude", False)
def test_read_past_is_the_three_matches_it_joins(after: str, after_unit: bool) -> None:
    # `counted_object` reads past a magnitude, and after a unit a worth or a rate, in one match, not three
    text = "5" + after
    worth, rate = amount_read_past.WORTH, amount_read_past.RATE_HYPHENATED
    alone = amount_read_past.MAGNITUDE.match(text, 1) or (
        (worth.match(text, 1) or rate.match(text, 1)) if after_unit else None)
    assert amount_read_past.read_past(text, 1, after_unit) == (alone.end() if alone else 1)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=30), st.lists(st.integers(0, 60), max_size=30))
def test_sorted_union_is_numpys_union(first: list[int], second: list[int]) -> None:
    import numpy as np

    a, b = np.array(sorted(first), dtype=np.int64), np.array(sorted(second), dtype=np.int64)
    merged = amount_candidates.sorted_union(a, b)
    assert merged.dtype == np.int64 and merged.tolist() == np.union1d(a, b).tolist()


_CODES = st.text(alphabet=st.sampled_from(list("USDEURGBPJPYINKshx. 5$٣é\n")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(_CODES)
def test_iso_and_letter_symbols_start_where_a_plain_reading_finds_them(text: str) -> None:
    # each number's start read one by one in Python: three capitals right before it, or before its space
    data, starts = amount_candidates._numeric_runs(text)
    plain = set()
    for start in starts.tolist():
        for at, end in ((start - 3, start), (start - 4, start - 1)):
            if at >= 0 and text[end:start] in ("", " ") and all("A" <= c <= "Z" for c in text[at:end]) and (
                    text[at:at + 3] in amount_candidates._ISO and not (at and text[at - 1].isalnum())):
                plain.add(at)
    assert amount_candidates._iso_code_starts(text, data, starts).tolist() == sorted(plain)
    lettered = [start - len(symbol) for start in starts.tolist() for symbol in amount_candidates._LETTER_SYMBOLS
                if start and symbol[-1] == text[start - 1] and text.endswith(symbol, 0, start)
                and not text[start - len(symbol) - 1: start - len(symbol)].isalnum()]
    assert sorted(amount_candidates._letter_symbol_starts(text, data, starts).tolist()) == sorted(lettered)


_YEAR_PIECES = st.sampled_from([" 2004", " 1999", " 2100", " 2101", " 0999", "2004", ".", ",", ")", ";", "!", '"', "'",
                                ":", "5", "٣", "€", " ", "\n", "-", " million", "%", "bn", "m", "(", "x", "é"])


@settings(max_examples=500, deadline=None)
@example(" 2004. 2004,5 2004.٣ 2004) 2004'")
@given(st.lists(_YEAR_PIECES, max_size=10).map("".join))
def test_bare_years_are_what_amount_matches_as_a_year_alone(text: str) -> None:
    # `amounts.rows` drops a match of exactly four digits from 1000 to 2100: the candidates `_bare_years` settles
    # are such matches, where no phone number can start
    from transforms.enrichments import amounts

    data, starts = amount_candidates._numeric_runs(text)
    for at in starts[amount_candidates._bare_years(data, starts)].tolist():
        matched = amount_pattern.AMOUNT.match(text, at)
        assert matched is not None and matched.span() == (at, at + 4) and matched.lastgroup == "num2", text
        assert amounts._is_year(text[at:at + 4]) and text[at] != "0" and text[at - 1] not in ("+", "(")


_AFTER_PIECES = st.sampled_from([" ", "\n", "\\", "-", "–", "magnitude", "worth", "a-year", " A320", " 737 Max",
                                 " jets", " of", " the", " people", " quake",
                                 " Palestinians", "'s", ",", ".", ")", "5", "x"])


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(sorted(amount_objects._NOTHING_AFTER)), st.lists(_AFTER_PIECES, max_size=8).map("".join),
       st.booleans(), st.booleans())
def test_counted_object_after_a_closing_mark_is_what_reading_on_finds(mark: str, rest: str, after_unit: bool,
                                                                     compound: bool) -> None:
    text = "about 12 of 5" + mark + rest if mark else "about 12 of 5"  # (no character: the text ends)
    end = len("about 12 of 5")
    quick = amount_objects.counted_object(text, end, after_unit, 6, compound)
    try:  # the same call with no character settled at once: every word read as before the shortcut
        saved, amount_objects._NOTHING_AFTER = amount_objects._NOTHING_AFTER, frozenset()
        read = amount_objects.counted_object(text, end, after_unit, 6, compound)
    finally:
        amount_objects._NOTHING_AFTER = saved
    assert quick is None and read is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["up to", "about", "the", "over", "some", "ſome", " ", "  ", "\n", "5", "x", "ly"]),
                max_size=8).map("".join))
def test_no_hedge_after_two_letters_that_end_none(text: str) -> None:
    # `amounts.rows` calls `hedge_before` only where the two characters before the number's space are no such pair
    text += " 5"
    at = len(text) - 1
    if text[at - 3: at - 1] in amount_hedges.NO_HEDGE_ENDS:
        assert amount_hedges.hedge_before(text, text[::-1], at) is None


# Words after a number: the ages' and times' words, others with the same first letters, capitals, spaces, a backslash
_WORD_AFTER_PIECES = st.sampled_from(["year", "years", "-old", " old", "old", "olds", "month", "more", "week", "were",
                                      "days", "dans", "of", "am", "pm", "AM", "PM", "a.m.", "p.m.", "A.M.", "GMT",
                                      "BST", "ET", "EST", "o'clock", "hours", "hour", "people", " ", "  ", "\t",
                                      "\n", "\\", ".", "ſ", "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORD_AFTER_PIECES, max_size=6).map("".join))
@example(" years old")
@example(" 5pm")
@example(" o'clock")
def test_age_and_time_starts_hold_every_match(after: str) -> None:
    # `no_amount` runs `_AGE_AFTER` and `_TIME_AFTER` only where the word after the number starts with one of these
    text = "5" + after
    words = text[1:17].lstrip("\\").split(None, 1)[:1]
    start = words[0][:2] if words else ""
    if amount_ages.AGE_AFTER.match(text, 1):
        assert start in amount_exclusions.AGE_STARTS
    if amount_exclusions._TIME_AFTER.match(text, 1):
        assert start in amount_exclusions.TIME_STARTS


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["up to", "UP TO", "about", "abouT", "as many as", "upwards of", "more than", "the",
                                 "and", "last", "least", "at least", "over", "ſome", "some", "\tto", "\nof", " ", "  ",
                                 "\n", "x", "ly", "ut", "-", "é"]), max_size=8).map("".join))
@example("at least")
@example("up\tto")
def test_no_hedge_after_three_characters_that_end_none(text: str) -> None:
    # `hedge_before` runs its regex only where the three characters before the number's single space end a hedge
    text += " 5"
    at = len(text) - 1
    quick = amount_hedges.hedge_before(text, text[::-1], at)
    try:  # every three characters let through: the regex alone decides
        saved, amount_hedges.HEDGE_ENDS3 = amount_hedges.HEDGE_ENDS3, _EVERYTHING
        read = amount_hedges.hedge_before(text, text[::-1], at)
    finally:
        amount_hedges.HEDGE_ENDS3 = saved
    assert quick == read


class _Everything(frozenset):  # a set that holds every string: `hedge_before`'s three-character test let through
    def __contains__(self, item: object) -> bool:
        return True


_EVERYTHING = _Everything()
