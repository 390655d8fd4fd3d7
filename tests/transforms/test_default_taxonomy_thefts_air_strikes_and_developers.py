"""A theft told by its verb (robbed, burgled, mugged, looted) or as a heist is crime; drones and missiles launched at
a city are war; a property developer, a housebuilder and planning permission are economy's real estate, a software
developer stays science. A heist film, a team robbed of a goal, drone footage and a developer conference stay out."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, themes
from warehouse.taxonomy_files import read_taxonomy

CRIME, ECONOMY, SCIENCE, WAR = "medtop:02000000", "medtop:04000000", "medtop:13000000", "medtop:16000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


def test_an_armed_robbery_of_a_jeweller_is_crime_first(iptc) -> None:
    # was economy only, by the store, its jewels and their worth: "robbed" and "police said" counted for nothing
    text = ("Three armed men robbed a jewellery store in central Lyon on Monday afternoon, escaping with watches and "
            "jewels worth an estimated €2 million, police said.")
    assert article_primary(iptc, text, "") == CRIME


@pytest.mark.parametrize(
    "text",
    ["Thieves looted shops in the city centre overnight.",
     "Two men robbed a petrol station at knifepoint.",
     "A pensioner was mugged on her way home from the bank.",
     "Police are hunting a gang behind a £5 million heist at a jewellery vault.",
     "A series of burglaries has hit the village, officers said.",
     "A gang burgled three homes in the same street while families slept."],
)
def test_a_theft_told_by_its_verb_or_as_a_heist_is_crime(iptc, text: str) -> None:
    assert CRIME in themes(iptc, text)


@pytest.mark.parametrize(
    "text",
    ["The heist film topped the box office this weekend.",
     "Arsenal were robbed of victory by a late VAR decision.",
     "City were robbed of a goal by a controversial offside call.",
     "Rob Smith scored twice as Leeds won.",
     "Robbing Peter to pay Paul will not fix the council's budget, the minister said.",
     "The new loot boxes in the game drew complaints from parents."],
)
def test_a_heist_film_a_team_robbed_of_a_goal_and_a_name_are_no_crime(iptc, text: str) -> None:
    assert CRIME not in themes(iptc, text)


@pytest.mark.parametrize(
    "text",
    ["Russia launched more than 40 drones at Ukraine's second city Kharkiv overnight, cutting power to about "
     "200,000 homes in freezing temperatures, officials said on Thursday.",
     "Russia fired drones and missiles at Kyiv's power grid, leaving thousands without heating."],
)
def test_drones_launched_at_a_city_are_war(iptc, text: str) -> None:
    assert WAR in themes(iptc, text)


@pytest.mark.parametrize(
    "text",
    ["Drone footage showed the scale of the flooding.",
     "Amazon began delivering parcels by drone in Texas.",
     "Hundreds of drones at the festival lit up the sky in a light show.",
     "DJI launched a new camera drone at the show."],
)
def test_delivery_drones_and_drone_footage_are_no_war(iptc, text: str) -> None:
    assert WAR not in themes(iptc, text)


@pytest.mark.parametrize(
    "text",
    ["Developers sat on planning permissions for 40,000 homes last year while prices rose.",
     "The property developer won planning permission for 300 flats."],
)
def test_property_developers_are_economy_not_science(iptc, text: str) -> None:
    found = themes(iptc, text)
    assert ECONOMY in found and SCIENCE not in found


@pytest.mark.parametrize(
    "text",
    ["Apple's developer conference opens on Monday.",
     "Software developers at the start-up shipped a new app.",
     "The game's developer released a patch to fix the bug."],
)
def test_software_developers_stay_science(iptc, text: str) -> None:
    found = themes(iptc, text)
    assert SCIENCE in found and ECONOMY not in found
