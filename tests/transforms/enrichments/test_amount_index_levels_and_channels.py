"""Amounts of market indices' levels, a channel's "+1", a half-time score, and compounds a present-tense verb ends."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        # an index's level after its name of no number, or after its own number, counts nothing
        ("The VIX 16.2 reading suggested calm as stocks rose 1.1%.", [(16.2, None, None), (1.1, "percent", None)]),
        ("Traders said the S&P 500 5,900 level is seen as support.", [(5900, None, None)]),
        ("India's Sensex 81,000 mark was breached as the Hang Seng fell 1.2% to 19,800.",
         [(81000, None, None), (1.2, "percent", None), (19800, None, None)]),
        # ... and the index's own number is its name's
        ("The Nifty 50 rose 0.8% on Tuesday.", [(0.8, "percent", None)]),
        ("The DAX 40 members include Siemens and SAP.", []),
        ("He passed the 1,000 mark in his career with 12 goals this season.", [(1000, None, "mark"),
                                                                              (12, None, "goals")]),
        # a channel's hour-later twin is its name, a party's "+1" a change
        ("Channel 4 (+1) drew 1.2 million viewers on Sunday.", [(1.2e6, None, "viewers")]),
        ("Council seats: Labour 4 (+1), Conservatives 3 (-1).", [(4, None, None), (1, None, None), (3, None, None),
                                                                 (-1, None, None)]),
        # a score's half-time score in brackets after it
        ("Full time: Arsenal 2 (1) Chelsea 1 (0).", []),
        # a verb in the present tense after a compound's second word ends it, whose head that word is
        ("A 10kW/20kWh community battery serves 40 homes in the village.",
         [(10, "kW", "battery"), (20, "kWh", "battery"), (40, None, "homes")]),
        ("The 2.5% triple lock means the state pension will rise by 4.1% to £230.25 a week in April.",
         [(2.5, "percent", "lock"), (4.1, "percent", None), (230.25, "GBP", None)]),
        ("A 20mph zone covers 300 streets in the borough.", [(20, "mph", "zone"), (300, None, "streets")]),
        # a plural after a share's adjective is its noun wherever the phrase goes on
        ("Some 40% active users left the app.", [(40, "percent", "users")]),
    ],
)
def test_index_levels_channels_half_times_and_compounds(text: str, expected: list) -> None:
    assert found(text) == [(pytest.approx(v), u, o) for v, u, o in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adverb after a compound's word is no second word of it, though a present-tense verb follows
        ("A 0.5% rise also means higher mortgage payments for 2 million homeowners.",
         [(0.5, "percent", "rise"), (2e6, None, "homeowners")]),
        ("The 3% cap still applies to most tenants.", [(3, "percent", "cap")]),
        ("A 10kW battery only powers the lights.", [(10, "kW", "battery")]),
        # an index's word that is a person's name after a first name is no index: a batter's runs (balls)
        ("Andre Russell 45 (23) and Sunil Narine 30 (18) lifted Kolkata to 210.", [(210, None, None)]),
        ("George Russell 2 (1) Lando Norris 1 (0) in the sprint shoot-out.", []),
        # ... while the index keeps its level after its own first word
        ("Hong Kong's Hang Seng 19,800 level held.", [(19800, None, None)]),
    ],
)
def test_an_adverb_ends_no_compound_and_a_persons_name_is_no_index(text: str, expected: list) -> None:
    assert found(text) == [(pytest.approx(v), u, o) for v, u, o in expected]
