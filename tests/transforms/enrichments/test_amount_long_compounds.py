"""Amounts whose compound has three or four words, a "-ly" noun after a share, a name's signed share, a half-time
score in brackets and a sum after a month and a comma."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a compound of three or four words is read to its head, a change's with all the words before it
        ("Ministers extended a £2 bus fare cap until the end of 2025.", [(2, "GBP", "cap")]),
        ("Residents face a 4.1% council tax rise from April.", [(4.1, "percent", "council tax rise")]),
        ("A £3bn energy bill support scheme will close in March.", [(3e9, "GBP", "scheme")]),
        ("Inflation rose to 3.8% in July, driven by a 9.1% petrol price jump and higher air fares.",
         [(3.8, "percent", None), (9.1, "percent", "jump")]),
        # a present-tense verb after a change's noun ends it, a plural that is a noun as often too
        ("A 10% fare rise hits commuters in March.", [(10, "percent", "fare rise")]),
        # ... but a plural or a past participle in the middle does not go on, nor a change's noun before another noun
        ("A 3% business rates cut was promised.", [(3, "percent", "business")]),
        ("The 3% inflation target set by the Bank stays.", [(3, "percent", "inflation")]),
        ("The 5% fare rise plan was dropped.", [(5, "percent", "fare")]),
        # a noun in "-ly" is no adverb
        ("The grid needs a 95% reliable supply of power through winter.", [(95, "percent", "supply")]),
        # a name's number before a signed share leaves it its sign; a range's low end does not
        ("Audience share: BBC One 21%, ITV 17%, Channel 5 -2%.",
         [(21, "percent", None), (17, "percent", None), (-2, "percent", None)]),
        ("Between 5 -10% of staff left.", [(5, None, None), (10, "percent", "staff")]),
        # a half-time score in brackets after the first team's number is the game's
        ("Barcelona 3 (1-1 at half-time) Napoli 2", []),
        ("Liverpool 2 (0-1 at half-time) Everton 1", []),
        # a month and a comma end a clause, no date
        ("Public sector net borrowing was £20.2bn in September, £1.6bn more than a year earlier.",
         [(2.02e10, "GBP", None), (1.6e9, "GBP", None)]),
        ("On May 5, 2025 shares fell.", []),
    ],
)
def test_long_compounds_signed_shares_and_half_time_scores(
        text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)
