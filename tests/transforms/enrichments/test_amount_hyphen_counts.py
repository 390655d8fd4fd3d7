"""A count hyphenated to the noun it counts ("a 12-member jury") is read; other compound adjectives, and counts
that name a kind ("the 13-man code", "a two-seat jet trainer"), stay none, and a count before such a kind counts the
plural after it ("Ten 26-man squads")."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, float, str | None, str | None]]:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["value"], rows["unit"], rows["object"], strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A 12-member jury was sworn in on Monday.", [("12-member", 12, None, "members")]),
        ("The 40-page report was published on Tuesday.", [("40-page", 40, None, "pages")]),
        ("A three-judge panel heard the appeal.", [("three-judge", 3, None, "judges")]),
        ("The 27-nation bloc agreed.", [("27-nation", 27, None, "nations")]),
        ("Ten-man Celtic held on.", [("Ten-man", 10, None, "men")]),
        ("The 2,000-bed hospital opened.", [("2,000-bed", 2000, None, "beds")]),
        ("Labour's Twenty-Five-Point Plan", [("Twenty-Five-Point", 25, None, "points")]),
        # a span's, an age's or a score's compound is none, and so is a kind of thing named by its count
        ("A five-year-old girl was rescued from the river.", []),
        ("Arsenal sealed the 3-2 win in stoppage time.", []),
        ("He signed a six-year contract.", []),
        ("It is three-party politics now.", []),
        ("Sales of seven-seat vehicles rose.", []),
        ("He was named in the 32-strong squad.", []),
        ("It was a 40-page-long document.", []),
        # men, seats, points and states name a kind as often as they count a whole's parts: read only before a name
        # or a whole made of them, the next word or the one after its modifier
        ("The stand-off returned to the 13-man code with Bradford Bulls.", []),
        ("Twin-aisle jets are possible in the 300-seat sector.", []),
        ("He joined the 20,000-point club last night.", []),
        ("Israel and the Palestinians remain far from a two-state solution.", []),
        ("Curry hit a three-point shot at the buzzer.", []),
        ("Curry Hits Three-Point Shot at Buzzer", []),
        ("The revised 56-man elite squad was named.", [("56-man", 56, None, "men")]),
        ("Prso seals victory for 10-man Rangers.", [("10-man", 10, None, "men")]),
        ("The coach settled on a 3-man rotation.", [("3-man", 3, None, "men")]),
        ("Harris opened up a 10-point lead in Pennsylvania.", [("10-point", 10, None, "points")]),
        ("The council adopted a four-point draft agenda.", [("four-point", 4, None, "points")]),
        ("Darfur: 4-Point Draft Agenda Adopted", [("4-Point", 4, None, "points")]),
        ("The 650-seat chamber voted.", [("650-seat", 650, None, "seats")]),
        ("The governor began a six-state tour.", [("six-state", 6, None, "states")]),
        ("The 27-state bloc's leaders met.", [("27-state", 27, None, "states")]),
        ("The 12-member jury's verdict was unanimous.", [("12-member", 12, None, "members")]),
        # a group's noun that counts as its own plural ("5 crew") is no kind of plural after the compound
        ("A five-member crew boarded the station.", [("five-member", 5, None, "members")]),
        ("A 4-person crew's capsule splashed down.", [("4-person", 4, None, "people")]),
        ("A 26-man squad’s fitness", [("26-man", 26, None, "men")]),
        # a whole's noun before a noun it modifies names a kind of that noun (it counted 2 seats); before a whole of
        # its own or a verb it is the whole
        ("Boeing unveiled a two-seat jet trainer at the Dubai Airshow.", []),
        ("The club named a 26-man squad list for the Champions League.", [("26-man", 26, None, "men")]),
        ("A 300-seat jet landed safely.", [("300-seat", 300, None, "seats")]),
        # ... and before a verb's form of no "-ed" too, and a plural without "-s" after "a" is one whole: it counts
        ("A four-seat aircraft built in 1936 crashed near Oshkosh.", [("four-seat", 4, None, "seats")]),
        ("A six-seat helicopter flown by a private pilot went down.", [("six-seat", 6, None, "seats")]),
        ("A four-seat aircraft crashed near Oshkosh.", [("four-seat", 4, None, "seats")]),
        ("Seven-seat aircraft are rare, but a seven-seat SUV is not.", [("seven-seat", 7, None, "seats")]),
        # a crew's count before a day or after "one" (which is "a": no count of squads) counts its men
        ("Tuchel named a 26-man squad yesterday for the qualifiers.", [("26-man", 26, None, "men")]),
        ("Each country may register only one 26-man squad.", [("26-man", 26, None, "men")]),
    ],
)
def test_a_hyphenated_count_of_a_things_parts(text: str, expected: list) -> None:
    assert found(text) == [(t, pytest.approx(v), u, o) for t, v, u, o in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count before a hyphenated kind counts the plural after it, a modifier read past too (it counted nothing)
        ("Ten 26-man squads were named for the tournament in Doha.", [("Ten", 10, None, "squads")]),
        ("The court empanelled three 12-member juries for the fraud trials.", [("three", 3, None, "juries")]),
        ("Officials opened two 500-bed field hospitals near Khan Younis.", [("two", 2, None, "hospitals")]),
        ("Three 12-storey towers were approved in Salford.", [("Three", 3, None, "towers")]),
        ("Reviewers left 3 5-star reviews for the hotel.", [("3", 3, None, "reviews")]),
        ("The air force ordered 24 two-seat jet trainers from Korea Aerospace.", [("24", 24, None, "trainers")]),
    ],
)
def test_a_count_before_a_hyphenated_kind_counts_the_plural_after_it(text: str, expected: list) -> None:
    assert found(text) == [(t, pytest.approx(v), u, o) for t, v, u, o in expected]
