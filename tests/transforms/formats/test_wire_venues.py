"""A wire dateline's brackets naming a venue, where a sports wire reports from, or an outlet whose name is a town's."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = "Shares in the company rose by a fifth on Monday after it said profits would double this year."
MORE = "The company did not say how many jobs the plan would bring."


def site(lead: str) -> str | None:
    text = f"Match report\n\n{lead}\n\n{MORE}"
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    return article.site


@pytest.mark.parametrize(("dateline", "outlet"), [
    ("NEW YORK (Time)", "Time"),  # Time is a Norwegian town: no venue of a New York dateline
    ("LONDON (Reuters)", "Reuters"),
    ("NEW YORK (Barron's)", "Barron's"),
    ("LONDON (Independent)", "Independent"),
])
def test_an_outlet_whose_name_is_a_town_abroad_is_the_site(dateline: str, outlet: str) -> None:
    assert site(f"{dateline} - {STORY}") == outlet


@pytest.mark.parametrize("lead", [
    "DUBLIN (Croke Park) - Kerry beat Dublin by three points on Sunday in the final.",  # a ground named by its kind
    "NEW YORK (Madison Square Garden) - The Knicks beat the Celtics 101-99 on Friday night.",
    "PARIS (Roland Garros) - Rafael Nadal reached the quarter-finals at Roland Garros on Monday.",  # named again
    "LONDON (Lord's) - England beat India by five wickets at Lord's on Sunday to level the series.",
    "ATLANTA (Augusta) - Tiger Woods took a two-shot lead after the first round on Thursday.",  # a town at home
])
def test_a_venue_in_the_brackets_is_no_site(lead: str) -> None:
    assert site(lead) is None


@pytest.mark.parametrize(("lead", "outlet"), [
    # a sports wire's story names a ground, but not its own bracketed name after "at" or "in"
    ("NEW YORK (Ticker) - The Yankees beat the Red Sox 5-3 at Yankee Stadium on Sunday night.", "Ticker"),
    ("NEW YORK (Sports Network) - The Yankees beat the Red Sox 5-3 in New York on Sunday.", "Sports Network"),
    ("LONDON (Reuters) - Shares fell in London on Monday, Reuters reported.", "Reuters"),
])
def test_an_agency_before_a_sports_story_stays_the_site(lead: str, outlet: str) -> None:
    assert site(lead) == outlet


@pytest.mark.parametrize("lead", [
    "LONDON (Sport) - Chelsea won.",  # a paper's desk filing its story: a section, no agency
    f"NEW YORK (Business) - {STORY}",
    "WASHINGTON (Politics) - The Senate passed the bill on Tuesday.",
])
def test_a_desk_heading_in_the_brackets_is_no_site(lead: str) -> None:
    assert site(lead) is None


@pytest.mark.parametrize("lead", [
    "LONDON (Lord's) - England beat India by five wickets on Sunday to level the series 1-1.",  # a match's word
    "LONDON (Twickenham) - England beat Wales 24-10 on Saturday.",  # a score
])
def test_a_ground_over_a_match_report_is_no_site(lead: str) -> None:
    assert site(lead) is None


@pytest.mark.parametrize(("lead", "outlet"), [
    (f"NEW YORK (Ticker) - {STORY}", "Ticker"),
    ("NEW YORK (Sports Network) - The Yankees beat the Red Sox 5-3 on Friday.", "Sports Network"),  # an agency's score
    ("LONDON (Reuters) - Chelsea won the match 2-0 on Sunday.", "Reuters"),
])
def test_an_agency_over_a_desk_word_or_a_score_stays_the_site(lead: str, outlet: str) -> None:
    assert site(lead) == outlet
