"""The bundled taxonomy on a strike named by its workers, where the trade's own theme outvoted it ("Teachers' strike
closes 300 schools" was education by the meaning of "teachers"): the workers' word inside the strike's phrase is the
strike's, not the trade's; on workers who "walk out" as headlines say it; on insider dealing, a crime a regulator
charges; and on a "warm space" in an architect's or an estate agent's sense, no winter shelter."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, evidence_of_kind, term_evidence
from warehouse.taxonomy_files import read_taxonomy

ARTS, CRIME, EDUCATION, HEALTH, LABOUR, SOCIETY = (
    "medtop:01000000", "medtop:02000000", "medtop:05000000", "medtop:07000000", "medtop:09000000", "medtop:14000000")


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [  # education 4.3 to labour 3.0 in the headline by the meaning of "teachers" and "schools"
        ("Teachers' strike closes 300 schools across Scotland",
         "Members of the EIS walked out on Thursday in a dispute over pay, closing more than 300 primary and "
         "secondary schools in Glasgow, Edinburgh and Fife. The union said the Scottish Government's offer of 3 per "
         "cent over two years was below inflation and that further strike days would follow in February.", LABOUR),
        # health by "nurse", "patient" and "hospital": "walk out" alone weighs 0.5 (benchmarks/untaught)
        ("Nurses walk out over staffing shortages",
         "Thousands of nurses in New York picketed outside hospitals demanding safer patient ratios.", LABOUR),
        # economy by "hedge fund", "takeover" and "analyst"
        ("Former analyst charged with insider dealing",
         "The Financial Conduct Authority has charged a former hedge fund analyst with five counts of insider dealing "
         "over trades made ahead of takeover announcements in 2023. He is due to appear at Westminster Magistrates' "
         "Court on 14 January.", CRIME),
    ],
)
def test_a_strike_by_its_workers_and_insider_dealing_get_their_theme(iptc, headline: str, body: str,
                                                                     theme: str) -> None:
    assert article_primary(iptc, headline, body) == theme


@pytest.mark.parametrize(
    ("text", "theme", "word"),
    [("Teachers' strike closes every school in the city", EDUCATION, "teachers"),
     ("Nurses' strike hits hospitals across Wales", HEALTH, "nurses"),
     ("Resident doctors walk out for five days", HEALTH, "doctors")],
)
def test_the_trades_word_in_a_strikes_phrase_means_the_strike_not_the_trade(iptc, text: str, theme: str,
                                                                            word: str) -> None:
    # A listed phrase of a longer span already took the trade's term; its meaning still counted for the trade.
    assert word not in evidence_of_kind(iptc, text, theme, "semantic")


@pytest.mark.parametrize(
    "text",
    ["Doctors strike a deal with ministers over weekend rotas.",
     "Teachers strike a balance between tablets and printed books, a survey finds.",
     "Teachers walked out of the hall when the fire alarm sounded.",
     "The actors walk out onto a bare stage lit by a single bulb."],
)
def test_a_trade_that_strikes_a_deal_or_walks_out_of_a_room_is_no_strike(iptc, text: str) -> None:
    assert not {"doctors strike", "teachers strike", "teachers walked out", "actors walk out"} & term_evidence(
        iptc, text, LABOUR)


@pytest.mark.parametrize(
    ("text", "theme", "word"),
    [("The actors walk out onto a bare stage lit by a single bulb.", ARTS, "actors"),
     ("Teachers walked out of the hall when the fire alarm sounded.", EDUCATION, "teachers"),
     ("Nurses walked out of the burning ward carrying patients.", HEALTH, "nurses")],
)
def test_a_trade_that_walks_out_of_a_room_or_onto_a_stage_keeps_its_word(iptc, text: str, theme: str,
                                                                          word: str) -> None:
    # Labour excludes these walks; the trade's theme must not exclude them as well, or the word means nothing.
    assert word in evidence_of_kind(iptc, text, theme, "semantic")


def test_actors_who_walk_out_onto_a_stage_are_arts(iptc) -> None:
    assert article_primary(iptc, "Actors walk out onto the Olivier stage for the last time",
                           "The cast of the long-running musical took their final bow at the National Theatre on "
                           "Saturday after a three-year run.") == ARTS


@pytest.mark.parametrize(
    "text",
    ["Her studio is a bright, warm space with views over the harbour.",
     "The kitchen is a light and warm space with views of the garden.",
     "The old chapel is now a warm space with views across the valley."],
)
def test_an_architects_warm_space_is_no_winter_shelter(iptc, text: str) -> None:
    assert "warm space" not in term_evidence(iptc, text, SOCIETY)


def test_a_librarys_warm_space_this_winter_is_still_a_shelter(iptc) -> None:
    text = "The central library will open as a warm space from Monday for anyone struggling to heat their home."
    assert "warm space" in term_evidence(iptc, text, SOCIETY)
