"""The bundled taxonomy on nature's news as local and wire reports of 2025-26 tell it (wildlife counted along a river,
fish dying in it, its banks) and on work withheld without the word "strike" (crews who stay off the job, a union
recognised by a vote): by the themes' descriptions environment (wildlife and habitats, pollution) and labour (unions
and strikes), not the science, economy or politics their everyday words leant to."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, term_evidence
from warehouse.taxonomy_files import read_taxonomy

ECONOMY, ENVIRONMENT, LABOUR = "medtop:04000000", "medtop:06000000", "medtop:09000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [  # science by "decades", "otters" and "survey": the trust's count of a river's wildlife is nature's news
        ("Otters return to the Tyne's tributaries after decades away",
         "Otters are now breeding on every major tributary of the River Tyne, a survey by the county wildlife trust "
         "has found, a sign that the clean-up of old mine water and farm run-off over thirty years is working. "
         "Volunteers counted spraints and footprints at 212 sites along the Derwent, the Allen and the Rede between "
         "March and September.", ENVIRONMENT),
        # economy by "fish" and "summer": a river's poisoned fish are pollution
        ("Dead fish wash up along the Oder for a third summer",
         "WARSAW (Reuters) - Thousands of dead fish have surfaced along a stretch of the Oder river near Wroclaw, "
         "Polish officials said on Tuesday, as toxic golden algae spread again in low, warm water loaded with salt "
         "from mine discharges. Germany's environment ministry said it was testing samples downstream.", ENVIRONMENT),
        # politics by "vote" and "campaign": a union's recognition ballot is the workplace's
        ("Amazon warehouse workers in Coventry lose union recognition vote",
         "Workers at Amazon's Coventry warehouse narrowly voted against recognising the GMB union for collective "
         "bargaining, the Central Arbitration Committee said, ending a three-year campaign by staff for better pay and "
         "breaks. The union said the company had hired hundreds of workers just before the vote.", LABOUR),
        # economy by "airline" and "flights": the crews who stay off the job against an order back to work
        ("Air Canada flight attendants defy back-to-work order as strike enters third day",
         "More than 10,000 Air Canada flight attendants stayed off the job on Sunday in defiance of an order from the "
         "federal labour board, as their union said it would not return to work until the airline paid them for the "
         "hours spent on the ground. The walkout has grounded some 700 flights a day at the height of the summer "
         "travel season.", LABOUR),
        # science and technology by "plant" and the "tools" of "downed tools": a crew's stoppage is the workplace's
        ("Plant walkout", "Staff at the plant downed tools on Monday over unpaid bonuses.", LABOUR),
    ],
)
def test_nature_counted_along_a_river_and_work_withheld_get_their_theme(iptc, headline: str, body: str,
                                                                       theme: str) -> None:
    assert article_primary(iptc, headline, body) == theme


@pytest.mark.parametrize(
    "text",
    ["The Severn burst its banks at Bewdley overnight, flooding homes on the quay.",
     "Planting trees along the banks to shade the water is the quickest help, researchers say."],
)
def test_a_river_s_banks_are_no_lender(iptc, text: str) -> None:
    assert term_evidence(iptc, text, ECONOMY) == set()


def test_the_lenders_banks_are_still_economy_s(iptc) -> None:
    text = "Pressure mounts on the banks of the eurozone as bond yields climb."
    assert "bank" in term_evidence(iptc, text, ECONOMY)


def test_a_union_of_states_recognising_a_country_is_no_union_recognition(iptc) -> None:
    text = "Kosovo seeks full European Union recognition from five holdouts."
    assert term_evidence(iptc, text, LABOUR) == set()
    assert "union recognition" in term_evidence(iptc, "Staff win union recognition after a long campaign.", LABOUR)
