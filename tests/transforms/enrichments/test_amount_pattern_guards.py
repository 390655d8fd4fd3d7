"""`AMOUNT`'s look-aheads before its optional suffixes let through every text a suffix can match.

Each guard (`amount_pattern.SCALE_GUARD` ...) tests the next characters against those its suffix can start with: the
scale's one character, the measure's, the currencies' and the other suffixes' first characters of their words
(`amount_guards.prefix_guard`). What each suffix can start with is read here from the parsed pattern (the standard
library's regex parser, `re._parser`: a test's use, never the enrichment's), so a new unit, scale or currency word
that a guard leaves out fails this test instead of being silently never matched.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import shared_path
from transforms.enrichments import amount_guards, amount_measures, amount_pattern
from transforms.enrichments.amount_pattern import AMOUNT

_SPACES = {chr(c) for c in range(0x3001) if re.fullmatch(r"\s", chr(c))}  # (the last white space is U+3000)


def _cased(characters: set[str], fold: bool) -> set[str]:
    """Return the characters, and under a case-blind flag (`fold`) each one's other case too."""
    return characters | {c.swapcase() for c in characters} | {c.upper() for c in characters} | {
        c.lower() for c in characters} if fold else characters


def _firsts(items: list, fold: bool = False) -> tuple[set[str], bool]:
    """Return the characters a parsed pattern's match can start with (a superset: look-arounds are read past) and
    whether it can match the empty string; `fold`: inside an inline case-blind group ("(?i:bn|k)" starts with "B"
    as with "b")."""
    out: set[str] = set()
    for op, av in items:
        if op in (sre.LITERAL, sre.IN) and fold:
            found, empty = _firsts([(op, av)])
            return out | _cased(found, fold), empty
        if op is sre.LITERAL:
            return out | {chr(av)}, False
        if op is sre.IN and av[0][0] is sre.NEGATE:  # "[^\S\n]": a white space but a line's end
            return {chr(c) for c in range(0x3001)} - _firsts([(op, av[1:])])[0], False
        if op is sre.IN:
            for kind, value in av:
                if kind is sre.LITERAL:
                    out.add(chr(value))
                elif kind is sre.RANGE:
                    out.update(chr(c) for c in range(value[0], value[1] + 1))
                elif kind is sre.CATEGORY and value in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE):
                    out |= _SPACES
                elif kind is sre.CATEGORY and value in (sre.CATEGORY_NOT_SPACE, sre.CATEGORY_UNI_NOT_SPACE):
                    out |= {chr(c) for c in range(0x3001)} - _SPACES
                else:
                    raise AssertionError(f"a guard's test cannot read {kind} {value}: extend `_firsts`")
            return out, False
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero-width: what follows starts the match
        if op is sre.SUBPATTERN:  # (group, flags added, flags removed, pattern): "(?i:...)" adds IGNORECASE
            _, added, removed, inner_items = av
            inner, empty = _firsts(inner_items, bool(
                (fold or added & sre.SRE_FLAG_IGNORECASE) and not removed & sre.SRE_FLAG_IGNORECASE))
        elif op is sre.BRANCH:
            results = [_firsts(alternative, fold) for alternative in av[1]]
            inner = set().union(*(r[0] for r in results))
            empty = any(r[1] for r in results)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            inner, empty = _firsts(av[2], fold)
            empty = empty or av[0] == 0
        else:
            raise AssertionError(f"a guard's test cannot read {op}: extend `_firsts`")
        out |= inner
        if not empty:
            return out, False
    return out, True


def _first_characters(pattern: str) -> set[str]:
    found, empty = _firsts(list(sre_parse.parse(pattern, re.VERBOSE)))
    assert not empty, "a suffix that matches nothing needs no guard"
    return found


@pytest.mark.parametrize("pattern, expected", [
    ("(?i:bn|k)", {"b", "B", "k", "K"}),  # an inline case-blind group starts with either case
    ("(?i:[a-c])x", {"a", "b", "c", "A", "B", "C"}),
    ("(?i:(?-i:m)|t)", {"m", "t", "T"}),  # a case-sensitive group inside one keeps its case
    ("bn|k", {"b", "k"}),
])
def test_first_characters_read_inline_case_flags(pattern: str, expected: set[str]) -> None:
    assert _first_characters(pattern) == expected


def test_a_guard_missing_a_capital_of_a_case_blind_suffix_is_caught() -> None:
    # `_SYMBOL_SCALE`'s "(?i:bn|mn|tn|m|k|b)" matches "$3M", "£2BN": a guard of its lower-case letters only would
    # never let those through
    assert not _first_characters(amount_pattern._SYMBOL_SCALE) <= _guarded(r"(?=[\s\\bkmt-])")


def _guarded(guard: str) -> set[str]:
    return {chr(c) for c in range(0x3000) if re.match(guard, chr(c) + "x")} | (
        _SPACES if re.match(guard, " x") else set())


def _group_source(name: str) -> str:
    """Return the source of the alternatives right after a guard in `AMOUNT` (the group it guards)."""
    source = AMOUNT.pattern
    start = source.index(name) + len(name)
    depth, at = 0, start
    while True:  # to the end of the non-capturing group the guard opens
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            at = source.index("]", at + 2)
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return source[start:at]
            depth -= 1
        at += 1


def test_the_scale_guard_lets_through_every_first_character_of_its_scale() -> None:
    scale = _first_characters(amount_pattern._SCALE)
    assert scale <= _guarded(amount_pattern.SCALE_GUARD)


# The white spaces a prefix is read with: the guards test white space as `\s`, so a few stand for all (every one of
# them, in three places, makes too many prefixes to test)
_SOME_SPACES = {" ", "\n", "\u00a0"}


def _prefixes(items: list, depth: int, fold: bool = False, starts: frozenset[str] = frozenset({""})) -> set[str]:
    """Return the texts of up to `depth` characters a parsed pattern's match can start with, after each of `starts`
    (a superset: look-arounds are read past); one shorter than `depth` where the match can end after it."""
    out = set(starts)
    for op, av in items:
        open_ = {p for p in out if len(p) < depth}
        if not open_:
            break
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero-width: what follows goes on the match
        if op in (sre.LITERAL, sre.IN):
            found, empty = _firsts([(op, av)], fold)
            assert not empty
            chars = (found - _SPACES) | (_SOME_SPACES if found & _SPACES else set())
            step = {p + c for p in open_ for c in chars}
        elif op is sre.SUBPATTERN:
            _, added, removed, inner_items = av
            step = _prefixes(inner_items, depth, bool(
                (fold or added & sre.SRE_FLAG_IGNORECASE) and not removed & sre.SRE_FLAG_IGNORECASE), frozenset(open_))
        elif op is sre.BRANCH:
            step = set().union(*(_prefixes(alternative, depth, fold, frozenset(open_)) for alternative in av[1]))
        elif op is sre.GROUPREF_EXISTS:  # "(?(scale2)[\s-]|[\s-]?)": either branch
            _, yes, no = av
            step = _prefixes(list(yes), depth, fold, frozenset(open_)) | _prefixes(
                list(no) if no else [], depth, fold, frozenset(open_))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            least, most, body = av
            step, current = (set(open_) if least == 0 else set()), set(open_)
            for time in range(1, min(most, depth) + 1):
                current = _prefixes(list(body), depth, fold, frozenset(current))
                if time >= least or time == min(most, depth):
                    step |= current
        else:
            raise AssertionError(f"a guard's test cannot read {op}: extend `_prefixes`")
        out = (out - open_) | step
    return out


def _admitted(guard: str, prefixes: set[str], before: tuple[str, ...] = ("",)) -> set[str]:
    """Return the prefixes (after each of `before`) that `guard` does not let through, whatever follows them."""
    return {p for p in prefixes for b in before for after in ("", "x", " ", ".")
            if len(p) and not re.match(guard, b + p + after)}


@pytest.mark.parametrize("name, pattern, before", [
    ("MEASURE_GUARD", amount_measures.MEASURE, ("", " ", "-", "\n")),
    ("CURRENCY_GUARD", amount_pattern._CURRENCY, ("",)),
])
def test_each_guard_of_words_lets_through_every_prefix_its_words_can_start_with(
        name: str, pattern: str, before: tuple[str, ...]) -> None:
    guard = getattr(amount_measures, name, None) or getattr(amount_pattern, name)
    prefixes = _prefixes(list(sre_parse.parse(pattern, re.VERBOSE)), amount_guards.DEPTH)
    assert len(prefixes) > 20 and not _admitted(guard, prefixes, before)


@pytest.mark.parametrize("name", ["SUFFIX_GUARD", "WORDS_SUFFIX_GUARD"])
def test_each_suffix_guard_lets_through_every_prefix_its_suffixes_can_start_with(name: str) -> None:
    # a white space or hyphen, then a word's first characters
    guard = getattr(amount_pattern, name)
    prefixes = _prefixes(list(sre_parse.parse(_group_source(guard), re.VERBOSE)), amount_guards.DEPTH + 1)
    assert len(prefixes) > 20 and not _admitted(guard, prefixes)


@pytest.mark.parametrize("word, ends", [("quatloos", "SUFFIX_GUARD"), ("furlongs", "MEASURE_GUARD")])
def test_a_word_added_to_a_pattern_without_its_guard_is_caught(word: str, ends: str) -> None:
    # a currency or unit written into the pattern by hand, not into the list its guard is built from
    pattern = (amount_pattern._CURRENCY if ends == "SUFFIX_GUARD" else amount_measures.MEASURE) + f"|{word}"
    prefixes = _prefixes(list(sre_parse.parse(pattern, re.VERBOSE)), amount_guards.DEPTH)
    assert _admitted(amount_pattern.CURRENCY_GUARD if ends == "SUFFIX_GUARD" else amount_measures.MEASURE_GUARD,
                     prefixes) == {word[:amount_guards.DEPTH]}


def test_prefixes_read_repeats_branches_and_look_arounds() -> None:
    assert _prefixes(list(sre_parse.parse(r"(?<=\d)C|k(?:m|ph)|\s+in\b|(?=x)ab?", re.VERBOSE)), 3) == {
        "C", "km", "kph", "a", "ab", *(f"{s}in" for s in _SOME_SPACES),
        *(f"{s}{t}i" for s in _SOME_SPACES for t in _SOME_SPACES),
        *(f"{s}{t}{u}" for s in _SOME_SPACES for t in _SOME_SPACES for u in _SOME_SPACES)}


@pytest.mark.parametrize("after", [" people", " and", " years", " troops", " injured", " of", " were"])
def test_a_word_no_suffix_starts_fails_at_the_guards(after: str) -> None:
    # what the guards are for: after most numbers ("200 people", "2004 and") no measure's, currency's or percentage's
    # alternatives are tried (a first character alone let "people" through, as "pence" and "pounds" start so)
    for guard in (amount_measures.MEASURE_GUARD, amount_pattern.SUFFIX_GUARD, amount_pattern.WORDS_SUFFIX_GUARD):
        assert not re.match(guard, after), (guard[:40], after)


# AMOUNT as it was written before its guards: each guard dropped leaves the same alternatives
_UNGUARDED = re.compile(
    AMOUNT.pattern.replace(amount_pattern.SCALE_GUARD, "").replace(amount_measures.MEASURE_GUARD, "")
    .replace(amount_pattern.SUFFIX_GUARD, "").replace(amount_pattern.WORDS_SUFFIX_GUARD, "")
    .replace(amount_pattern.CURRENCY_GUARD, ""),
    re.VERBOSE,
)


@pytest.mark.parametrize("text", [
    "5 people", "5) and", "12,000 troops", "$4.5bn", "£2 million", "3.2%", "5 per cent", "6 pct. stake", "50bp",
    "25 basis points", "0.5 percentage points", "10 km", "6ft 2in", "6-foot-2", "40C", "104 degrees Fahrenheit",
    "2 TB of data", "120Hz screen", "9W", "1 in 5 adults", "3 in every 10", "5p", "5 pence", "4bn euros-worth",
    "20,000ha", "two million people", "six feet two", "a five-pound note", "one in four", "three per cent",
    "two billion dollars", "fell 5.6\\percent", "#36;3\\billion", "Rs 500 crore", "5 - 10", "5m\u00a0euro",
    "2 Million Acres", "3 in\n10", "7\tmillion", "5\u2009km", "8 kWh", "five thousand crore rupees",
    "50 bp cut", "5 pesos", "200 people", "2004 and", "12 inches", "12 in", "3  in 10", "5 Euros", "two pence",
    "a 10-dollar bill", "a five-dollar bill", "4 million Hong Kong dollars", "5 sq-km", "9 nautical miles",
])
def test_guarded_amount_matches_as_before(text: str) -> None:
    for at in range(len(text)):
        ours, theirs = AMOUNT.match(text, at), _UNGUARDED.match(text, at)
        assert (ours and (ours.span(), ours.groups())) == (theirs and (theirs.span(), theirs.groups()))


_SUFFIXY = st.text(alphabet=st.sampled_from(list("0123456789 ,.-%$£\\\nbkmtpPBCFcegilnorsuwyhx°\u00a0")),
                   max_size=24)


@settings(max_examples=400, deadline=None)
@given(_SUFFIXY)
def test_guarded_amount_matches_as_before_anywhere(text: str) -> None:
    for at in range(len(text)):
        ours, theirs = AMOUNT.match(text, at), _UNGUARDED.match(text, at)
        assert (ours and (ours.span(), ours.groups())) == (theirs and (theirs.span(), theirs.groups()))


@pytest.mark.parametrize("name", ["bbc-dev", "agnews-dev"])
def test_guarded_amount_matches_as_before_on_the_dev_corpora(name: str) -> None:
    # every place a number, a number word or a currency's sign or letters may start an amount (skips without ../shared)
    texts = [path.read_text(encoding="utf-8", errors="replace")
             for path in sorted(shared_path("corpora", name).rglob("*.txt"))]
    starts = re.compile(r"\d+|\b\w|[^\w\s]")
    compared = matched = 0
    for text in texts:
        for start in starts.finditer(text):
            at = start.start()
            ours, theirs = AMOUNT.match(text, at), _UNGUARDED.match(text, at)
            assert (ours and (ours.span(), ours.groups())) == (theirs and (theirs.span(), theirs.groups())), (
                text[at:at + 40])
            compared, matched = compared + 1, matched + (ours is not None)
    assert compared > 100_000 and matched > 1_000
