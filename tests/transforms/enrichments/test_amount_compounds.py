"""After a sum or a share, a noun compound is what it counts by its head (`amount_compounds`): "a €50bn aid package"
is a package, "$5m of plastic surgery" surgery; a measure's object is its first word, as before, but an adjective's
noun ("a 40 GB hard drive" is a drive)."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def objects(text: str) -> list[tuple[str, str | None]]:
    """Return (text as written, object) of every amount of one paragraph."""
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["object"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders agreed a €50bn aid package for Ukraine.", [("€50bn", "package")]),  # was "aid"
        ("The clinic spent $5m of plastic surgery on staff.", [("$5m", "surgery")]),  # was "plastic"
        ("Lib Dems want a new 50% tax rate for the rich.", [("50%", "rate")]),
        ("Nasdaq planning $100m share sale", [("$100m", "sale")]),
        ("Spending reached 0.7% of national income.", [("0.7%", "income")]),
        # no second word that may be the head: a verb's "-s" or past, a word of time, a function word
        ("A $5m fund helps the poor.", [("$5m", "fund")]),
        ("Pay a $10m fine yesterday.", [("$10m", "fine")]),
        ("He repaid a $900m loan that was due.", [("$900m", "loan")]),
        ("It set aside a $500 million reserve because of lawsuits.", [("$500 million", "reserve")]),
        ("It issued a $1bn bond due in 2030.", [("$1bn", "bond")]),  # was "due"
        ("A $500m payment due on Friday was missed.", [("$500m", "payment")]),
        ("Sales showed a 20% drop year on year.", [("20%", "drop")]),  # was "year"
        ("Growth was 3.3% growth seen in the spring.", [("3.3%", "growth")]),
        # a singular in "-us" or "-is" first is no plural head (it counted "stimulus", "bonus", "crisis")
        ("The US$3 trillion stimulus package was signed.", [("US$3 trillion", "package")]),
        ("Banks set a £3bn bonus pool for staff.", [("£3bn", "pool")]),
        ("The IMF agreed a $20bn crisis fund.", [("$20bn", "fund")]),
        # ... but a plural in "-s" still is ("60m hurdles", "$40m fines")
        ("It paid $40m fines this year.", [("$40m", "fines")]),
        # a sum's hyphenated rate is read past to the noun it is of (it counted nothing)
        ("The striker signed a €40m-a-year contract with Al-Hilal.", [("€40m", "contract")]),
        ("He is on a £200,000-a-week deal.", [("£200,000", "deal")]),
        ("He earns £200,000-a-week.", [("£200,000", None)]),
        # a measure's first word, as before
        ("He kicked a 40-yard field goal.", [("40-yard", "field")]),
        ("Last year 965,000 tonnes of food assistance was needed.", [("965,000 tonnes", "food")]),
    ],
)
def test_a_sums_compound_counts_its_head(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change's noun after "a" and a share or a sum is what it measures, as "a 20% drop" is (they had none)
        ("Prices saw a 5% rise month on month.", [("5%", "rise")]),
        ("Shares saw a 5% fall overnight.", [("5%", "fall")]),
        ("The union was offered an 8% increase in wages.", [("8%", "increase")]),
        ("Lending was up from a £6.4bn rise in November.", [("£6.4bn", "rise")]),
        ("The court imposed a $5m fine overnight.", [("$5m", "fine")]),  # was "overnight"
        # the change's word as a verb, or with no "a" before the amount: none, as before
        ("Prices rose 5% overnight.", [("5%", None)]),
        ("Profits were up 5% rise or not.", [("5%", None)]),
    ],
)
def test_a_changes_noun_after_a_share_is_its_object(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun, then a change's noun: the compound whole, what changed and which way (each was "pay", "tax": a
        # rise summed with a cut)
        ("Workers were offered a 2.5% pay rise.", [("2.5%", "pay rise")]),
        ("Pilots accepted a 32% pay cut in return for shares.", [("32%", "pay cut")]),
        ("Congress passed a $1.5tn tax cut, the biggest in decades.", [("$1.5tn", "tax cut")]),
        ("Tenants face a 9% rent increase from April.", [("9%", "rent increase")]),
        # ... with a participle after it, which ends the phrase as a preposition does (each was "pay", "spending")
        ("Unions rejected a 3.5% pay increase offered by ministers.", [("3.5%", "pay increase")]),
        ("A £2bn spending cut planned for 2026 was dropped.", [("£2bn", "spending cut")]),
        # ... but not a verb after a noun: "cut" is what the staff did
        ("Some 50% of staff cut back their hours.", [("Some 50%", "staff")]),
    ],
)
def test_a_change_of_a_noun_after_a_share_or_sum_is_counted_whole(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective first in a measure's compound is read past to its noun (they counted the adjective)
        ("The laptop has a 40 GB hard drive and 8GB of memory.", [("40 GB", "drive"), ("8GB", "memory")]),
        ("It comes with a 2TB external drive.", [("2TB", "drive")]),
        ("They bought a 300-acre organic farm.", [("300-acre", "farm")]),
        # a noun first stays the object, as before
        ("Work began on a 5-mile canal route.", [("5-mile", "canal")]),
    ],
)
def test_a_measures_adjective_is_read_past_to_its_noun(text: str, expected: list) -> None:
    assert objects(text) == expected
