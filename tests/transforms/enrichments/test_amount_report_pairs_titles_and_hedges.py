"""Amounts: the sixteenth round's rules reviewed: a report line's pair of figures after a name's word or an acronym,
no pair after a page's or a table's number, hedges in "-ly" told from table rows' words, a sum before a crisis's
noun, a body's members after "of the", a title's capitalised currency word and its noun; and what they leave alone."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found

P, U, E = "percent", "USD", "EUR"


@pytest.mark.parametrize(
    "text, expected",
    [
        # this year's figure after an acronym or a club's name keeps its place in the pair (it was lost, as "Windows
        # 98"'s number)
        ("EBIT 98 (85) million", [(9.8e7, None, None), (8.5e7, None, None)]),
        ("Wage bills: Arsenal 450 (380) million, Chelsea 400 (410) million.",
         [(4.5e8, None, None), (3.8e8, None, None), (4e8, None, None), (4.1e8, None, None)]),
        # a page's number is no figure of a pair (it was 12 percent)
        ("Page 12 (9) per cent of respondents said so.", [(9, P, None)]),
        # a row's word in "-ly" is no hedge: the change keeps its minus (it was 5 and 7 percent)
        ("Monthly 4 -5% on the year", [(4, None, None), (-5, P, None)]),
        ("Daily 3 -7% in volume terms", [(3, None, None), (-7, P, None)]),
        # a sum before a crisis's noun (it was none, as "the 2010-euro crisis" is)
        ("Berlin paid a 300-euro crisis bonus to pensioners.", [(300, E, "crisis")]),
        # a body's members after "of the" (it counted nothing)
        ("The preacher's 2 million-strong army of the faithful gathered.", [(2e6, None, "faithful")]),
        ("A 10 million-strong army of the unemployed waits for jobs.", [(1e7, None, "unemployed")]),  # was "waits"
        # a title's capitalised currency word, then its noun and a verb (it counted "gets")
        ("The 100-Dollar Bill gets a redesign.", [(100, U, "bill")]),
    ],
)
def test_report_pairs_titles_and_hedges(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a label's word keeps its number; the figure in brackets counts the noun after the scale it shares
        ("Windows 11 (10) million users were affected.", [(1e7, None, "users")]),
        ("No. of shares 450 (380) million", [(4.5e8, None, None), (3.8e8, None, None)]),
        ("Fully 20 -25% of staff could lose their jobs.", [(20, None, None), (25, P, "staff")]),  # a hedge's range
        ("Mostly 5 -10% of bonuses are paid in shares.", [(5, None, None), (10, P, "bonuses")]),
        ("Greece needed a bailout after the 2010-euro crisis deepened.", []),  # a year's crisis, no sum
        ("Fans paid with 20-Dollar Amazon gift cards.", [(20, U, "gift")]),  # a name before a noun is read past
        ("the 20-Dollar Amazon cards for kids", [(20, U, "cards")]),  # a plural, no verb
        ("She bought it in a 2-Dollar-Store in Auckland.", []),  # as "a 2-dollar-store" is
        ("Conservative 23 (19) per cent, Labour 35 (40) per cent",
         [(23, P, None), (19, P, None), (35, P, None), (40, P, None)]),
    ],
)
def test_what_the_rules_leave_alone(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)
