"""What the report says of its articles in other languages than its taxonomy's (English, the bundled one's): which
languages a lake without labels is in, how many paragraphs without a theme are theirs, and the paragraphs naming a
place that the places table leaves out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

ENGLISH = "en"  # the bundled taxonomy's language


def other_languages(languages: Sequence[Mapping[str, Any]]) -> tuple[int, str]:
    """Return how many articles are in a known language other than English, and which with how many each: a
    lake without labels because its articles are in languages the taxonomy does not declare is told so.

    >>> other_languages([{"language": "en", "articles": 4}, {"language": "la", "articles": 3},
    ...                  {"language": "fr", "articles": 1}])
    (4, 'la: 3, fr: 1')
    >>> other_languages([{"language": "en", "articles": 4}])
    (0, '')
    """
    others = [r for r in languages if r["language"] != ENGLISH]
    return sum(r["articles"] for r in others), ", ".join(f"{r['language']}: {r['articles']:,}" for r in others)



def other_languages_note(other: Mapping[str, Any] | None) -> str:
    """Return what the places table leaves out: the paragraphs naming a place in articles in other languages than
    English, which have no theme label to be counted under (warehouse/report/places.py); "" when there are none.

    >>> other_languages_note({"paragraphs": 3, "articles": 2, "languages": ["de", "fr"]})
    'Not counted: 3 paragraphs naming a place in 2 articles in other languages than English (de, fr), unlabelled.'
    >>> other_languages_note({"paragraphs": 1, "articles": 1, "languages": ["fr"]})
    'Not counted: 1 paragraph naming a place in 1 article in another language than English (fr), unlabelled.'
    >>> other_languages_note({"paragraphs": 0, "articles": 0, "languages": []})
    ''
    """
    if not other or not other["paragraphs"]:
        return ""
    n, articles, languages = other["paragraphs"], other["articles"], other["languages"]
    which = "other languages" if len(languages) != 1 else "another language"
    return (f"Not counted: {n:,} paragraph{'s' if n != 1 else ''} naming a place in {articles:,} "
            f"article{'s' if articles != 1 else ''} in {which} than English ({', '.join(languages)}), unlabelled.")


def unlabelled_note(unlabelled: int, other: Mapping[str, Any] | None) -> str:
    """Return how many of the paragraphs without a theme are in articles in other languages than English, which
    the taxonomy may not label (warehouse/report/overview.py); "" when none is.

    >>> unlabelled_note(9, {"paragraphs": 9, "articles": 3, "languages": ["ar", "ru", "zh"]})
    'Of the 9 paragraphs without a theme, 9 are in 3 articles in other languages than English (ar, ru, zh).'
    >>> unlabelled_note(1, {"paragraphs": 1, "articles": 1, "languages": ["fr"]})
    'Of the 1 paragraph without a theme, 1 is in 1 article in another language than English (fr).'
    >>> unlabelled_note(4, {"paragraphs": 0, "articles": 0, "languages": []})
    ''
    """
    if not other or not other["paragraphs"]:
        return ""
    n, articles, languages = other["paragraphs"], other["articles"], other["languages"]
    which = "other languages" if len(languages) != 1 else "another language"
    return (f"Of the {unlabelled:,} paragraph{'s' if unlabelled != 1 else ''} without a theme, {n:,} "
            f"{'are' if n != 1 else 'is'} in {articles:,} article{'s' if articles != 1 else ''} in {which} than "
            f"English ({', '.join(languages)}).")
