"""The bundled taxonomy on a trade that strikes a deal or a balance, where the trade's word lost its theme to the
exclusion of the strike's phrase ("Teachers strike a balance between screens and books" was science), on a strike
named before "this week" or "that closed", which read as the verb, and on workers who walk out of talks, which
labour excluded as a walk out of a room ("Doctors walked out of talks" had no theme)."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, evidence_of_kind, term_evidence, themes
from transforms.labeller import label_texts
from warehouse.taxonomy_files import read_taxonomy

ARTS, EDUCATION, HEALTH, LABOUR, POLITICS = (
    "medtop:01000000", "medtop:05000000", "medtop:07000000", "medtop:09000000", "medtop:11000000")


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("text", "theme", "word"),
    [("Teachers strike a balance between screens and books", EDUCATION, "teacher"),
     ("Lecturers strike the right tone in new guidance", EDUCATION, "lecturer"),
     ("Actors strike a chord with Broadway audiences", ARTS, "actor"),
     ("Doctors strike their own deal with the hospital", HEALTH, "doctor")],
)
def test_a_trade_that_strikes_a_deal_or_a_balance_keeps_its_word(iptc, text: str, theme: str, word: str) -> None:
    # "teachers strike" is a noun (labour's `noun` term); its exclusion from education is that noun too.
    assert word in term_evidence(iptc, text, theme)


def test_a_balance_struck_by_teachers_is_education(iptc) -> None:
    # science by "screens", and education had no word
    labels = label_texts(iptc, ["Teachers strike a balance between screens and books"])
    assert max(labels, key=lambda label: label.score).theme_id == EDUCATION


@pytest.mark.parametrize(
    ("text", "theme", "word"),
    [("Teachers' strike closes every school in the city", EDUCATION, "teachers"),
     ("Nurses strike this week over pay in Northern Ireland", HEALTH, "nurses"),
     ("The teachers strike that closed 300 schools ends", EDUCATION, "teachers")],
)
def test_the_trades_word_in_a_strikes_noun_is_still_the_strikes(iptc, text: str, theme: str, word: str) -> None:
    assert word not in term_evidence(iptc, text, theme) | evidence_of_kind(iptc, text, theme, "semantic")


@pytest.mark.parametrize(
    "text",
    ["Nurses strike this week over pay in Northern Ireland",  # it had no theme: "this" read as the verb's object
     "The teachers strike that closed 300 schools ends"],
)
def test_a_strike_before_a_time_or_a_clause_is_labours(iptc, text: str) -> None:
    assert LABOUR in themes(iptc, text)


@pytest.mark.parametrize(
    "text", ["Doctors walked out of talks", "Nurses walk out of pay talks", "Teachers walk out of pay negotiations"])
def test_workers_who_walk_out_of_talks_are_labours(iptc, text: str) -> None:
    assert themes(iptc, text) == {LABOUR}


def test_nurses_who_walk_out_of_talks_with_a_health_board_are_labours(iptc) -> None:
    # politics by the meaning of "talks" and of the union's vote on industrial action
    assert article_primary(iptc, "Nurses walked out of talks with health board",
                           "Union representatives left Tuesday's meeting with NHS Lothian after managers refused to "
                           "restore unpaid breaks, and said they would ask members to vote on industrial action."
                           ) == LABOUR


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [("Iran walks out of talks in Geneva",
      "Iranian negotiators left the talks with European diplomats on Tuesday after a row over sanctions, the foreign "
      "ministry in Tehran said, and no date was set for a new round.", POLITICS),
     ("Opposition MPs walk out of talks on budget",
      "Conservative and Liberal Democrat MPs left cross-party talks on the budget on Wednesday, accusing the "
      "chancellor of refusing to discuss tax rises.", POLITICS)],
)
def test_others_who_walk_out_of_talks_keep_their_theme(iptc, headline: str, body: str, theme: str) -> None:
    assert article_primary(iptc, headline, body) == theme
