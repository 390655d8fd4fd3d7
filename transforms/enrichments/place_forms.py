"""Mentions whose form says they name no place: a part of a longer name, a currency's letters, a plural, a
language, a street, a work's title, a people, a band's or a firm's apposition, a water's or a firm's shares.

`places.rows` keeps the mentions `whole_mentions` says are whole, the rest of its rules read only those.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.place_appositives import in_appositions
from transforms.enrichments.place_compounds import (
    in_currency_signs,
    in_saints_long_names,
    in_team_names,
    on_mountains,
    on_person_mounts,
)
from transforms.enrichments.place_cues import Cues
from transforms.enrichments.place_datelines import Datelines, whole_datelines
from transforms.enrichments.place_languages import as_languages
from transforms.enrichments.place_other_names import in_other_names
from transforms.enrichments.place_peoples import after_ethnic
from transforms.enrichments.place_plurals import as_plurals
from transforms.enrichments.place_streets import on_streets
from transforms.enrichments.place_titles import in_work_titles
from transforms.enrichments.place_waters import before_waters, in_waters


def whole_mentions(datelines: Datelines, start: np.ndarray, end: np.ndarray, name: np.ndarray, names: list[str],
                   article: np.ndarray, cues: Cues, chars: np.ndarray) -> np.ndarray:
    """Return, per mention, whether its form lets it name a place (`article`: each mention's article number).

    No "Mount St Helens", no Tennessee in "Mount Juliet" the golf course, no India in "the Cleveland Indians", no Costa
    Rica in "San José de Cúcuta", no US in "US$2bn", no Vietnam in "No more Vietnams", no UK in "in English", no Oxford
    in "Oxford Street" nor London in "London Road" (`on_streets`), no Ireland in "Scorsese's The Irishman", no
    Tajikistan in "ethnic Tajik" nor Turkmenistan in "Iraqi Turkmen" (`after_ethnic`), no Wales in "HMS Prince of
    Wales" nor Paris in "the Paris Agreement" (`in_other_names`), no US in "Texas, the Scottish band"
    (`in_appositions`), no Mexico in "the Gulf of Mexico" nor Japan in "the Sea of Japan" (`in_waters`), nor Kerch in
    "the Kerch Strait" nor Taiwan in "the Taiwan Strait" (`before_waters`)."""
    text = datelines.text
    return (whole_datelines(datelines, start, end) & ~on_mountains(text, start, end, name)
            & ~in_currency_signs(text, start, end, chars)
            & ~on_person_mounts(text, end, name, article)
            & ~in_team_names(text, start, end, name) & ~in_saints_long_names(text, end, name)
            & ~as_plurals(text, start, name) & ~as_languages(text, start, end, name, cues)
            & ~on_streets(text, end, cues)
            & ~in_work_titles(text, start, name) & ~after_ethnic(text, start, name, cues)
            & ~in_other_names(text, start, end, name, names, cues) & ~in_appositions(text, start, end, chars)
            & ~in_waters(text, start, chars) & ~before_waters(end, chars))
