"""The bundled taxonomy on a strike named before a time ("Teachers strike the week before exams" read "strike the" as
the verb and was education), on writers who walk out (arts by "Hollywood"), a strike named by its workplace that read
as an attack, and drinks without alcohol (science by the meaning of "free")."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, evidence_of_kind, term_evidence, themes
from warehouse.taxonomy_files import read_taxonomy

CONFLICT, EDUCATION, LABOUR, LIFESTYLE, SCIENCE = (
    "medtop:16000000", "medtop:05000000", "medtop:09000000", "medtop:10000000", "medtop:13000000")


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize("text", ["Teachers strike the week before exams in Wales",
                                  "Nurses strike a day after Christmas", "Doctors strike the weekend before Christmas"])
def test_a_strike_before_a_time_is_the_noun(iptc, text: str) -> None:
    assert article_primary(iptc, text, "") == LABOUR


@pytest.mark.parametrize(("text", "theme", "word"), [
    ("Teachers strike a deal with the council over school playing fields", EDUCATION, "teacher"),
])
def test_a_trade_that_strikes_an_object_keeps_its_word(iptc, text: str, theme: str, word: str) -> None:
    assert word in term_evidence(iptc, text, theme)
    assert LABOUR not in themes(iptc, text)


def test_writers_who_walk_out_strike_and_writers_who_walk_onto_a_stage_do_not(iptc) -> None:
    hollywood = "Hollywood writers walk out as talks with studios collapse"
    assert "writers walk out" in term_evidence(iptc, hollywood, LABOUR)
    assert "writers walked out of talks" in term_evidence(iptc, "Screen writers walked out of talks on Friday", LABOUR)
    assert not term_evidence(iptc, "Writers walk out onto the stage at the Booker Prize ceremony", LABOUR)


def test_a_strike_named_by_its_workplace_is_no_attack(iptc) -> None:
    # conflict's meaning of "strike" made "Tube strike: Transport for London warns of severe disruption" conflict
    text = "Tube strike: Transport for London warns of severe disruption"
    assert "strike" not in evidence_of_kind(iptc, text, CONFLICT, "semantic")
    assert article_primary(iptc, text, "") == LABOUR
    assert CONFLICT in themes(iptc, "Israeli strike on Gaza port kills fishermen")


@pytest.mark.parametrize(("headline", "body"), [
    ("Sober curious: the rise of the alcohol-free pub",
     "At the Brew House in Leeds, every tap pours a beer with no alcohol in it. The owner says most customers are not "
     "teetotal but want a night out without a hangover, and weekend bookings are up by half."),
    ("Dry January: the alcohol-free bars drawing young drinkers", ""),
])
def test_drinks_without_alcohol_are_lifestyle(iptc, headline: str, body: str) -> None:
    assert article_primary(iptc, headline, body) == LIFESTYLE
    assert "free" not in evidence_of_kind(iptc, headline, SCIENCE, "semantic")


def test_a_free_from_label_leaves_a_fraud_crime_and_a_drinks_firm_economy(iptc) -> None:
    assert article_primary(iptc, "Gluten-free bakery owner jailed for fraud", "") == "medtop:02000000"
    assert article_primary(iptc, "Sugar-free drinks maker Fever-Tree warns on profits", "") == "medtop:04000000"
