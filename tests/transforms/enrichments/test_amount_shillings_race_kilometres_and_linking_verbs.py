"""Amounts: a bare "Sh" in its paragraph's country's shillings; a race's "10k" in kilometres; a linking verb after a
sum; a number word's currency hyphenated to a time; a markets row's level with one decimal keeps its change's
minus."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found

P = "percent"
Row = tuple[float, str | None, str | None]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one East African country its paragraph names says whose shilling a bare "Sh" is (it was none)
        ("It cost Sh5 billion, Kenya's treasury said.", [(5e9, "KES", None)]),
        ("Uganda's budget adds Sh2 trillion for roads.", [(2e12, "UGX", None)]),
        ("Tanzania spent Sh450 million on the bridge.", [(4.5e8, "TZS", None)]),
        # ... none named, or two, keep it without a currency: a guess between four would be wrong as often
        ("It cost Sh5 billion.", [(5e9, None, None)]),
        ("Sh2 billion flowed between Kampala and Nairobi.", [(2e9, None, None)]),
    ],
)
def test_a_bare_shilling_takes_its_paragraphs_country(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a race's "k" is kilometres, by a race's word after it or a determiner's noun alone (they were thousands)
        ("She won the 10k race.", [(10, "km", "race")]),
        ("He ran a 5k in under 20 minutes.", [(5, "km", None), (20, None, "minutes")]),
        # ... not what thousands count, nor a sum's
        ("The video drew 50k views.", [(5e4, None, "views")]),
        ("The race had 10k runners.", [(1e4, None, "runners")]),
        ("She earns 50k a year.", [(5e4, None, None)]),
        ("The firm paid the 10k.", [(1e4, None, None)]),
    ],
)
def test_a_races_k_is_kilometres(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a linking verb or "goes" after a sum is its verb, not what it counts (they counted the verb)
        ("Today the $20 gets cheaper.", [(20, "USD", None)]),
        ("The £5 goes to charity.", [(5, "GBP", None)]),
        ("The $20 remains unpaid.", [(20, "USD", None)]),
        # ... a noun after the sum still counted
        ("The $20 fee goes up.", [(20, "USD", "fee")]),
        # a number word's currency hyphenated to a time is the sum per that time (it was none)
        ("They live on one-dollar-a-day wages.", [(1, "USD", "wages")]),
        ("It was a ten-dollar-an-hour job.", [(10, "USD", "job")]),
        # ... a height's inches still read after "foot"
        ("He is a six-foot-two forward.", [(6 + 2 / 12, "ft", "forward")]),
        # a named level with one decimal keeps its change's minus, a markets row (it read 0.4)
        ("Apple 190.2 +1.1%, Alphabet 140.5 -0.4%", [(190.2, None, None), (1.1, P, None), (140.5, None, None),
                                                     (-0.4, P, None)]),
        # ... a hedge's range does not
        ("Roughly 1.5 -2.5% of staff left.", [(1.5, None, None), (2.5, P, "staff")]),
    ],
)
def test_linking_verbs_hyphenated_rates_and_decimal_rows(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)
