"""The words of a section's rubric that opens with "By", where a byline names people: "By The Numbers", "By Royal
Appointment", "By Invitation Only", "By Popular Demand" name no writer, in a page's byline or a text's."""

from __future__ import annotations

# A person's name opens with no article, and holds none of these words (no given name or surname: "Hand", "Chance",
# "Law" and "Way" are surnames, not here; nor is a word by how it ends: "Blankenship" and "Parchment" are surnames).
# An article opens no name ("By The Numbers", "By A Nose"), but "An" and "A" are in names ("Hoang An", "Jane A Smith").
_ARTICLES = frozenset("the a an".split())
_RUBRIC_WORDS = frozenset(
    """the numbers appointment invitation only request demand popular design default comparison contrast
    definition proxy accident mistake degrees nature command subscription arrangement permission consent""".split()
)


def is_rubric(names: str) -> bool:
    """Return whether the words after a byline's "By" are a rubric's, not people's names.

    >>> is_rubric("Royal Appointment"), is_rubric("Popular Demand"), is_rubric("The Numbers")
    (True, True, True)
    >>> is_rubric("Hannah Blankenship"), is_rubric("Hoang An"), is_rubric("Tom Parchment")
    (False, False, False)
    """
    words = names.lower().split()
    return bool(words) and (words[0] in _ARTICLES or any(word in _RUBRIC_WORDS for word in words))
