"""The objects of the amounts a paragraph batch found (`found_objects`): what each counts, read after its number or
its range, or named with it, then a quake's magnitude and a vote's tally settled ("by 320 votes to 207": 207 votes)."""

from __future__ import annotations

from transforms.enrichments.amount_compounds import sum_or_share
from transforms.enrichments.amount_magnitudes import magnitude_object
from transforms.enrichments.amount_objects import counted_object
from transforms.enrichments.amount_tallies import tally_objects


def _without_possessive(thing: str | None) -> str | None:
    """Return an object without a plural possessive's apostrophe: "six months' paid leave" counts months.

    >>> _without_possessive("months'"), _without_possessive("months"), _without_possessive(None)
    ('months', 'months', None)
    """
    return thing[:-1] if thing and thing.endswith(("s'", "s’")) else thing


def found_objects(text: str, first: list[int], last: list[int], objects: list[int], units: list[str | None],
                  named: dict[int, str]) -> list[str | None]:
    """Return the object of each amount from `first` to `last`, read at `objects` (-1: none) unless `named`."""
    compounds = {unit: sum_or_share(unit) for unit in set(units)}  # a few units, many amounts
    # after a unit only a noun is the object: "25 yards took a deflection" counts nothing
    things = [_without_possessive(counted_object(text, end, unit is not None, begins, compounds[unit]))
              if end >= 0 else None for end, unit, begins in zip(objects, units, first, strict=True)]
    for i, thing in named.items():
        things[i] = thing
    # "Magnitude 6.1 strikes off Japan": a magnitude's number is its quake's measure, the verb after it no noun
    things = [magnitude_object(text, a, b, thing) for a, b, thing in zip(first, last, things, strict=True)]
    return tally_objects(text, first, last, units, things)  # "by 320 votes to 207": 207 votes
