"""A game's score, its teams' names and points, is no amount (`amount_scores`); a tally of anything else counts, and
a headline's verbs still count."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def amounts_of(text: str) -> list[tuple[str, str | None]]:
    """Return (text as written, unit) of every amount of one paragraph."""
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["unit"], strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "Astros 10, Pirates 5",  # a results line: the first team's points were 10
        "Astros 10, Pirates 5 on Sunday.",
        "Real Madrid 3, Bayern Munich 2 in the final.",
        "Sports: Braves 6 Rockies 4",
        "Nets 96, Bobcats 89",
        "Chelsea 2 Leeds 1",
        "Lakers 112 Celtics 108 Ties Series",  # team nicknames: the second team's points counted "ties"
        "MLB: Houston 8, Pittsburgh 6",  # a results line: the tally alone after a label
        "No. 1 USC 42, Washington State 12",
        "Goals: Bramble 35 og, Mellor 38, Baros 61.",
        "Sunday's game ended Italy 3, Spain 1 after extra time.",  # a game's word in the paragraph
        "Italy 3, Spain 1 (FT) in Rome on Sunday.",  # full time's mark
    ],
)
def test_a_score_is_no_amount(text: str) -> None:
    assert amounts_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakarta Embassy Blast Kills 9, Hurts 173", [("9", None), ("173", None)]),  # a headline's verbs, no teams
        ("Ryanair Orders 100 Boeing 737 Jets", [("100", None)]),
        ("Sales rose 10, profits 5.5%.", [("10", None), ("5.5%", "percent")]),
    ],
)
def test_counts_beside_capitalised_words_are_no_score(text: str, expected: list) -> None:
    assert amounts_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no sport near: a count's, a poll's and a medal table's tallies count (they were none: read as scores)
        ("Italy 120, Spain 85 new cases were reported on Monday.", [("120", None), ("85", None)]),
        ("Obama 52, Romney 47 in the latest poll.", [("52", None), ("47", None)]),
        ("In the medal table it was USA 40, China 38.", [("40", None), ("38", None)]),
        # a game's word in another sense, or an abbreviation that is no full time's: no sport near (they were none)
        ("Labour 412, Conservatives 121, the FT reported.", [("412", None), ("121", None)]),
        ("Italy 120, Spain 85 as the flu season began.", [("120", None), ("85", None)]),
        ("Obama 52, Romney 47, a poll showed in a long waiting game.", [("52", None), ("47", None)]),
        ("Yes 60, Abstain 40 in the vote, the Arab League said.", [("60", None), ("40", None)]),
    ],
)
def test_a_tally_without_sport_counts(text: str, expected: list) -> None:
    assert amounts_of(text) == expected


def test_a_tally_of_cases_counts_what_follows_it() -> None:
    rows = amounts.rows(ParagraphBatch(["Italy 120, Spain 85 new cases were reported."], ["p"], ["a"]))
    assert rows["object"][1] == "cases"


@pytest.mark.parametrize("text", ["Fans bought Halo 2, Doom 3 and Quake 4.", "the FTSE 100, CAC 40 and DAX 30 fell"])
def test_small_numbers_and_indices_after_names_stay_names(text: str) -> None:
    assert amounts_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an election's parties or a vote's two sides: seats and votes, alone on their line or with a game's word in
        # another sense near, small or not (the first three were read as scores, "No 48" as a numbered name's)
        ("Labour 412, Conservatives 121", [("412", None), ("121", None)]),
        ("Seats:\nLabour 412 Conservatives 121\n", [("412", None), ("121", None)]),
        ("Labour 9, Conservatives 72 after a season of by-elections.", [("9", None), ("72", None)]),
        ("The motion passed, Yes 52, No 48, after a long debate.", [("52", None), ("48", None)]),
        ("Ayes 320, Noes 250", [("320", None), ("250", None)]),
        # a tally opening its paragraph, as a results line in prose does: its first number is no headline's name's
        # ("Sims 4 Players"), so "SNP 9" counts (it was none)
        ("SNP 9, Lib Dems 72", [("9", None), ("72", None)]),
        ("SNP 9, Lib Dems 72.", [("9", None), ("72", None)]),
        # a vote's sides that are verbs too: no headline's verb (the tally was none, "Leave 52" a numbered name's)
        ("Remain 48, Leave 52", [("48", None), ("52", None)]),
        ("The referendum ended Remain 48, Leave 52.", [("48", None), ("52", None)]),
        ("SNP 9, Others 3", [("9", None), ("3", None)]),  # others beside a party stand in the election
        # "Others" is a results row's beside a name of no party's list, alone on its line too (both were scores)
        ("ANC 230, Others 170", [("230", None), ("170", None)]),
        ("Lab 203, Others 23", [("203", None), ("23", None)]),
        # a campaign's words that a race has too, and a speaker's podium, are no game's (each tally was a score)
        ("Labour is in pole position, with a poll putting Labour 41, Conservatives 30.", [("41", None), ("30", None)]),
        ("On the final lap of the campaign a poll gave Obama 52, Romney 47.", [("52", None), ("47", None)]),
        ("Speaking at the podium, the returning officer read: Labour 412, Conservatives 121.",
         [("412", None), ("121", None)]),
        # one side without its other is none: numbered names stay names
        ("He moved from No 10, No 11 and No 12 Downing Street.", []),
    ],
)
def test_an_election_tally_counts(text: str, expected: list) -> None:
    assert amounts_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a party's name or a vote's side in a game's tally: a game's word near still makes it a score (they counted)
        "The MPs' charity football match ended Labour 3 Reform 2 after extra time.",
        "Greens 3 Reds 2 in the pub league final.",
        "Quiz scores: Yes 3, No 1 after the final round of the game.",
        # "Others" beside no party's name with a race's words near is a team's tally
        "Ferrari 12, Others 10 in the constructors' standings after the race.",
        "Red Bull 15, Mercedes 12 after the Monaco Grand Prix.",
    ],
)
def test_an_election_name_in_a_games_tally_is_a_score(text: str) -> None:
    assert amounts_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's number alone, its tally's other half left out, is its seats or votes (it was a numbered name's)
        ("Labour won 412 seats, the Conservatives 121.", [("412", None), ("121", None)]),
        ("The SNP took 56 seats, Labour 1.", [("56", None), ("1", None)]),
        ("In Germany the CDU won 200 seats, the SPD 150.", [("200", None), ("150", None)]),
        # a vote's side's votes in thousands, more digits than a tally's (the second was a numbered name's)
        ("Leave 17,410,742, Remain 16,141,241", [("17,410,742", None), ("16,141,241", None)]),
    ],
)
def test_a_partys_number_alone_counts(text: str, expected: list) -> None:
    assert amounts_of(text) == expected


def test_a_word_of_other_senses_keeps_its_numbered_name() -> None:
    assert amounts_of("He was shortlisted for the Reform 21 prize.") == []


@pytest.mark.parametrize("text", ["FIFA 23, Madden 24 Top Sales Charts", "Halo 20, Doom 30 Fans Queue For Days"])
def test_a_tally_of_titles_opening_a_headline_keeps_its_first_name(text: str) -> None:
    # only an election's tally opening its paragraph keeps its first number ("SNP 9, Lib Dems 72"); a title's is a name
    first = text.split()[1].strip(",")
    assert first not in [written for written, _ in amounts_of(text)]
