"""Fresh 2026 news a new user fed the default taxonomy: ships, ferries, ports and tourism are trade's news, a one-day
international is cricket, a getaway with cash is a robbery, a strike called to protest something and a rejected
contract offer are labour's, and a storm's victims who count its cost are a disaster's, not economy's story."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, themes
from transforms.labeller import labeller_for
from transforms.rollup import primary_themes, rollup
from warehouse.taxonomy_files import read_taxonomy

CRIME = "medtop:02000000"
DISASTER = "medtop:03000000"
ECONOMY = "medtop:04000000"
LABOUR = "medtop:09000000"
POLITICS = "medtop:11000000"
SPORT = "medtop:15000000"
CONFLICT = "medtop:16000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


def whole_article_primary(taxonomy, paragraphs: list[str]) -> str | None:
    """The primary theme of a headline and every body paragraph, rolled up as the pipeline rolls them up."""
    labels = labeller_for(taxonomy).label_columns(paragraphs, articles=["a"] * len(paragraphs)).labels(taxonomy)
    roles = ["title"] + ["body"] * (len(paragraphs) - 1)
    return primary_themes(rollup(("a", roles[lab.paragraph], lab.theme_id, lab.score) for lab in labels)).get("a")


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Pakistan chase 280 to win ODI in Rawalpindi", SPORT),
        ("Australia bowled out for 180 in ODI against Sri Lanka", SPORT),
        ("Port reopens as grain ships leave", ECONOMY),
        ("Container ships return as port reopens after strike ends", ECONOMY),
        ("A ferry service will run from Split to Bari", ECONOMY),
        ("Tourism in Jamaica recovered fully", ECONOMY),
        ("Armed men hit a bank branch in Nairobi and fled with cash, police said", CRIME),
        ("Robbers made off with cash from a petrol station in Durban, police said", CRIME),
    ],
)
def test_a_headline_is_told_by_its_trade_its_game_or_its_getaway(iptc, text: str, theme: str) -> None:
    assert article_primary(iptc, text, text) == theme


def test_emergency_management_and_a_counted_cost_are_no_economy(iptc) -> None:
    for text in (
        "Kingston residents count cost as Hurricane Nadia floods coast",
        "The Office of Disaster Preparedness and Emergency Management said three people were killed.",
    ):
        assert DISASTER in themes(iptc, text)
        assert ECONOMY not in themes(iptc, text)


def test_a_hurricane_story_whose_victims_count_its_cost_is_a_disaster(iptc) -> None:
    assert whole_article_primary(iptc, [
        "Kingston residents count cost as Hurricane Nadia floods coast",
        "Residents of eastern Kingston and St Thomas were counting the cost on Monday after Hurricane Nadia swept past"
        " Jamaica's south coast with winds of up to 150 km/h, flooding more than 1,400 homes.",
        "The Office of Disaster Preparedness and Emergency Management said three people were killed, including a"
        " fisherman in Port Royal whose boat capsized on Sunday night.",
        "Prime Minister Andrew Holness said early estimates put damage to roads and farms at J$2 billion, and that the"
        " Government would seek help from the Caribbean Catastrophe Risk Insurance Facility.",
        "Power was cut to about 180,000 customers across Portland, St Thomas and St Andrew, the Jamaica Public Service"
        " Company said, with crews working to restore supply by Wednesday.",
    ]) == DISASTER


def test_a_strike_called_to_protest_a_levy_is_labour(iptc) -> None:
    assert whole_article_primary(iptc, [
        "Lagos bus drivers begin three-day strike over fuel levy",
        "Commuters in Lagos were stranded on Monday as commercial bus drivers began a three-day strike to protest a new"
        " N500 daily levy imposed by the state government on every vehicle.",
        "Bus stops in Ikeja, Oshodi and Obalende were deserted in the morning rush, with some workers trekking several"
        " kilometres to their offices. The Lagos State Government said the levy would fund road repairs.",
        "The National Union of Road Transport Workers said the strike would continue until the levy was withdrawn."
        " About two million people use the yellow danfo buses every day.",
        "Police said two people were arrested in Mushin after a clash between striking drivers and motorcyclists who"
        " continued to carry passengers.",
    ]) == LABOUR


def test_nurses_who_reject_a_contract_offer_are_labour(iptc) -> None:
    assert whole_article_primary(iptc, [
        "Ontario nurses reject contract offer",
        "More than 68,000 hospital nurses in Ontario have voted to reject a contract offer that would have raised"
        " wages by 3 per cent a year, the Ontario Nurses' Association said Monday, setting the stage for binding"
        " arbitration.",
        "The union said the offer did nothing to fix chronic understaffing in Toronto hospitals, where emergency"
        " departments closed overnight 42 times last year.",
        "Health Minister Sylvia Jones said the government had bargained in good faith and was disappointed by the"
        " result.",
    ]) == LABOUR


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Investors count the cost of the Evergrande collapse", ECONOMY),
        ("Houthi rebels attack cargo ship in the Red Sea", CONFLICT),
        ("Thousands march in protest against the new election law", POLITICS),
        ("Bank of England cuts rates to 4 per cent", ECONOMY),
    ],
)
def test_near_misses_keep_their_theme(iptc, text: str, theme: str) -> None:
    assert article_primary(iptc, text, text) == theme


def test_an_air_strike_is_no_labour(iptc) -> None:
    assert LABOUR not in themes(iptc, "Israel launched an air strike on Gaza overnight, the army said")
