"""A text file's reading made cheaper gives the same answers: each guard or rewritten pattern of a head's or a tail's
rule (`txt_dates`, `head_days`, `author_dates`, `lead_datelines`, `txt_tails`, `post_buttons`) is compared with the
rule as it was written before it, over generated lines, the lines these rules misread most easily, and every line of
the dev corpora's heads and tails."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import shared_path
from transforms.formats import lead_datelines
from transforms.formats.author_dates import _DATE_WORDS, _ISO_MOMENT, _WORDS, is_date
from transforms.formats.byline_outlets import is_named_agency
from transforms.formats.head_days import _LABEL_AFTER_DAY, PARTS, without_label
from transforms.formats.lead_datelines import lead_dateline
from transforms.formats.newsletter_lines import is_action_line
from transforms.formats.post_buttons import is_button_block
from transforms.formats.script_dates import latin_date_text
from transforms.formats.txt_tails import _is_agencies_credit

# The rules as they were, each the reference its cheaper form must agree with


def _agencies_credit_before(line: str) -> bool:
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1]
    return all(is_named_agency(part) for part in re.split(r"\s*[/,]\s*", line))


def _is_date_before(part: str) -> bool:
    part = latin_date_text(part)
    if all(word[0] in _DATE_WORDS for word in _WORDS.finditer(part.lower())):
        return any(c.isdigit() for c in part)
    return _ISO_MOMENT.fullmatch(part.strip()) is not None


def _without_label_before(line: str) -> str:
    if not re.search(r"\s[-–—]\s", line) or not any(c.isdigit() for c in line):
        return line
    return _LABEL_AFTER_DAY.sub("", line)


def _lead_dateline_before(line: str, first: bool = True) -> str | None:
    line = line.strip()
    if (match := lead_datelines._AGENCY_LEAD.match(line) or lead_datelines._PLACE_DAY_AGENCY.match(line)) is not None:
        return match["date"]
    if first and (match := lead_datelines._DAY_LEAD.match(line)) is not None:
        rest = match["rest"].strip()
        if len(rest.split()) >= lead_datelines._SENTENCE_WORDS or (
                len(rest.split()) > 3 and rest.endswith(lead_datelines._SENTENCE_ENDS)):
            return match["date"]
    return None


def _button_line_before(block: str) -> bool:
    return is_action_line(block)


# The words and marks these rules turn on, and the characters whose case or spaces are not ASCII's
_WORD_PARTS = ["Reuters", "AFP", "AP", "Associated Press", "Ipsos", "US", "UK", "March", "5", "2024", "Mar", "Nov",
               "Updated", "Published", "on", "Jan", "GMT", "pm", "Paris", "Rio de Janeiro", "Economy", "Share",
               "Subscribe now", "Leave a comment", "By", "The", "bank", "raised", "rates", "2026-03-02T14:05:00Z",
               "İstanbul", "ÉTÉ", "٥", "मार्च", "الخميس", "年", "²", "Zürich", "(AFP)", "(Reuters)", "dpa"]
_MARKS = [" ", "  ", "\t", "\u00a0", "\u2003", "/", ",", ", ", " / ", "(", ")", "-", " - ", " – ", "—", " — ", " | ",
          " · ", "•", ".", ":", "\u0307"]
_LINES = st.lists(st.sampled_from(_WORD_PARTS + _MARKS), max_size=14).map("".join) | st.text(max_size=60)
_LONG = st.lists(st.sampled_from(_WORD_PARTS + _MARKS), min_size=30, max_size=80).map("".join)

# Lines each rule reads one way or the other, written with their answers in mind
_CASES = [
    "AP/AFP", "(Reuters/AFP)", "(AP, AFP)", "US/UK", "US, UK", "AP/Ipsos", "Reuters , AFP", " AFP /AP ", "Reuters",
    "str/ad/jj", "5 March 2024", "Updated 5 March 2024 4:45 pm", "March 05, 2024 - Chennai", "Mar 5, 2024 - Economy",
    "March 05, 2024 - the day the strike ended", "The bank raised rates on 5 March 2024.", "On 5 March - 2024",
    "2026-03-02T14:05:00Z", " 2026-03-02T14:05:00Z ", "Veröffentlicht am 05.03.2024, 14:20 Uhr", "İstanbul 5 2024",
    "Reykjavik (AFP) - Nov 5, 2026 - A volcano erupted near the town on Tuesday, officials said.",
    "Paris, 4 mars 2026 (AFP) - Les cheminots ont fait grève.", "18. Februar 2026 – Die Gewerkschaft hat den Streik "
    "für beendet erklärt, sagte ein Sprecher.", "Nov 5, 2026 — A volcano erupted near the town, officials said.",
    "Subscribe now", "  Share this post  ", " " * 130 + "Share", "Share" + " " * 130, "x" * 121, "Like · Share",
]


def _lines_of_corpora() -> Iterator[str]:
    """Yield the first lines and the last paragraph's of every dev corpus text: the lines these rules read there."""
    for name in ("bbc-dev", "agnews-dev"):
        for path in sorted(shared_path("corpora", name).rglob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            lines = text[:600].split("\n")
            yield from lines
            yield text.rstrip().rsplit("\n", 1)[-1]


_RULES: list[tuple[str, Callable[[str], object], Callable[[str], object]]] = [
    ("agencies' credit", _is_agencies_credit, _agencies_credit_before),
    ("a day alone", is_date, _is_date_before),
    ("a day's label", without_label, _without_label_before),
    ("a lead's dateline", lead_dateline, _lead_dateline_before),
    ("a lead's dateline, under a standfirst", lambda line: lead_dateline(line, False),
     lambda line: _lead_dateline_before(line, False)),
    ("a button's paragraph of one line", is_button_block, _button_line_before),
]


@pytest.mark.parametrize(("rule", "now", "before"), _RULES, ids=[rule[0] for rule in _RULES])
@pytest.mark.parametrize("line", _CASES)
def test_a_rule_reads_a_line_as_before(rule: str, now: Callable[[str], object], before: Callable[[str], object],
                                       line: str) -> None:
    assert now(line) == before(line)


@pytest.mark.parametrize(("rule", "now", "before"), _RULES, ids=[rule[0] for rule in _RULES])
@settings(max_examples=300, deadline=None)
@given(line=_LINES | _LONG)
def test_a_rule_reads_any_line_as_before(rule: str, now: Callable[[str], object], before: Callable[[str], object],
                                         line: str) -> None:
    line = line.replace("\n", " ")  # the head's and the tail's lines, and a one-line paragraph
    assert now(line) == before(line)


def test_the_answers_are_not_all_alike() -> None:
    """The cases reach both answers of each rule: a comparison of rules that say no to all would prove nothing."""
    assert {_is_agencies_credit(line) for line in _CASES} == {True, False}
    assert {is_date(line) for line in _CASES} == {True, False}
    assert {without_label(line) == line for line in _CASES} == {True, False}
    assert {lead_dateline(line) is None for line in _CASES} == {True, False}
    assert {is_button_block(line) for line in _CASES} == {True, False}


@pytest.mark.parametrize(("rule", "now", "before"), _RULES, ids=[rule[0] for rule in _RULES])
def test_a_rule_reads_the_dev_corpora_as_before(rule: str, now: Callable[[str], object],
                                                before: Callable[[str], object]) -> None:
    differ = [line for line in _lines_of_corpora() if now(line) != before(line)]
    assert not differ, differ[:5]


@given(line=_LINES | _LONG)
def test_a_line_is_counted_past_the_headline_words_as_all_of_them(line: str) -> None:
    """`txt_date` counts a line's words up to one past a headline's most (`maxsplit`): the same test as all of them."""
    assert (len(line.split(None, 12)) > 12) == (len(line.split()) > 12)


@given(line=_LINES | _LONG)
def test_a_line_without_a_parts_mark_has_no_parts(line: str) -> None:
    """`txt_date` looks for `PARTS` only in a line that holds one of its marks."""
    marked = "|" in line or "·" in line or "•" in line
    assert marked or PARTS.search(line) is None
