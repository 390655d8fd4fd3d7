"""`AMOUNT`'s look-aheads before its optional suffixes let through every text a suffix can match.

Each guard (`amount_pattern.SCALE_GUARD` ...) tests the next character against the characters its suffix can start
with. The first characters of each suffix are read here from the parsed pattern (the standard library's regex
parser, `re._parser`: a test's use, never the enrichment's), so a new unit, scale or currency word that starts with
a character the guard leaves out fails this test instead of being silently never matched.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.enrichments import amount_measures, amount_pattern
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
        if op is sre.IN:
            for kind, value in av:
                if kind is sre.LITERAL:
                    out.add(chr(value))
                elif kind is sre.RANGE:
                    out.update(chr(c) for c in range(value[0], value[1] + 1))
                elif kind is sre.CATEGORY and value in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE):
                    out |= _SPACES
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


def test_each_guard_lets_through_every_first_character_of_its_suffix() -> None:
    scale = _first_characters(amount_pattern._SCALE)
    assert scale <= _guarded(amount_pattern.SCALE_GUARD)
    measure = _first_characters(amount_measures.MEASURE)
    assert measure <= _guarded(amount_measures.MEASURE_GUARD)
    assert all(re.match(amount_measures.MEASURE_GUARD, f"{sep}{c}") for sep in (" ", "-", "\n") for c in measure)
    for guard in ("SUFFIX_GUARD", "WORDS_SUFFIX_GUARD"):
        suffix = _first_characters(_group_source(getattr(amount_pattern, guard)))
        assert suffix <= _guarded(getattr(amount_pattern, guard)), guard


# AMOUNT as it was written before its guards: each guard dropped leaves the same alternatives
_UNGUARDED = re.compile(
    AMOUNT.pattern.replace(amount_pattern.SCALE_GUARD, "").replace(amount_measures.MEASURE_GUARD, "")
    .replace(amount_pattern.SUFFIX_GUARD, "").replace(amount_pattern.WORDS_SUFFIX_GUARD, ""),
    re.VERBOSE,
)


@pytest.mark.parametrize("text", [
    "5 people", "5) and", "12,000 troops", "$4.5bn", "£2 million", "3.2%", "5 per cent", "6 pct. stake", "50bp",
    "25 basis points", "0.5 percentage points", "10 km", "6ft 2in", "6-foot-2", "40C", "104 degrees Fahrenheit",
    "2 TB of data", "120Hz screen", "9W", "1 in 5 adults", "3 in every 10", "5p", "5 pence", "4bn euros-worth",
    "20,000ha", "two million people", "six feet two", "a five-pound note", "one in four", "three per cent",
    "two billion dollars", "fell 5.6\\percent", "#36;3\\billion", "Rs 500 crore", "5 - 10", "5m\u00a0euro",
    "2 Million Acres", "3 in\n10", "7\tmillion", "5\u2009km", "8 kWh", "five thousand crore rupees",
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
