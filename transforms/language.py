"""The language of an article's text, detected offline with py3langid (its model ships in its wheel)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

# Below this many words, or this confidence, a guess is not worth storing (a headline like
# "Liverpool 2 Chelsea 1" reads as Estonian): the language stays unknown.
MIN_WORDS = 8
MIN_CONFIDENCE = 0.9
# The start of an article says its language; reading more costs time and changes nothing.
SAMPLE_CHARS = 600
# English fast path: py3langid costs about as much per article as all the rest of the text path
# (measured: 1.4-2.5 ms an article), and most news in a lake is English. The text is English where
# "the" is in its first ENGLISH_SAMPLE_CHARS characters (about 170 words), and English function words
# that other languages do not write (so not "in", "is", "was", "a" or "of", which Dutch, German or
# Italian write too) are 15 % of the words there, or 8 % where "the" is one word in fifty (sport
# reports and wire items full of names): true of 1,110 of bbc-dev's 1,114 articles and of 2,940 of
# agnews-dev's 3,800 short wire items; py3langid reads the rest. A short French, German, Dutch,
# Italian or Spanish text that names an English title twice ("The Voice of Holland") has the "the"s
# but not the other words (tests/transforms/test_language.py). (A thousand characters, not more:
# splitting the text into words is the cost of this test, and its first sentences say its language.)
_ENGLISH_WORDS = frozenset("the and to that for on with said it as by at from he be has have are".split())
_ENGLISH_SHARE = 0.15
_ENGLISH_SHARE_WITH_THE = 0.08
_THE_SHARE = 0.02
ENGLISH_SAMPLE_CHARS = 1000


# Where py3langid's model comes from: None, unpacked from its wheel by py3langid (about 0.7 CPU s and
# 68 MB a process); else a function returning its arrays (warehouse.language_model: unpacked once per
# machine and memory-mapped, which the batch workers use). The same arrays either way.
_model_arrays: Callable[[], Mapping[str, Any]] | None = None


def use_model(arrays: Callable[[], Mapping[str, Any]] | None) -> None:
    """Set where this process reads py3langid's model from (see `_model_arrays`)."""
    global _model_arrays
    _model_arrays = arrays
    _identifier.cache_clear()


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    # Loaded once per process: only a run with text that needs it pays.
    if _model_arrays is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    a = _model_arrays()
    # As py3langid.modelio.load_model gives them, but the two big tables stay memory-mapped (a few of
    # their rows are read per text). The state table through a memoryview: indexed once per byte of
    # text, it gives plain ints, as py3langid's own array does (a numpy array would give numpy
    # scalars, many times slower). Row numbers as Python ints: shifted, a uint16 would overflow.
    return LanguageIdentifier(
        a["ptc"], a["pc"], a["classes"].tolist(), memoryview(a["nextmove"]), a["out_feat"].tolist(),
        norm_probs=True, tk_row=a["nextmove_row"].tolist(),
    )


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of a text's language, or None when it is too short or unclear.

    >>> detect_language("Les agriculteurs de tout le pays disent que la canicule a réduit leur récolte de blé")
    'fr'
    >>> detect_language("Liverpool 2 Chelsea 1") is None
    True
    """
    words = text[:ENGLISH_SAMPLE_CHARS].lower().split()
    if len(words) < MIN_WORDS:
        return None
    n, the = len(words), words.count("the")
    english = sum(map(_ENGLISH_WORDS.__contains__, words))  # counted in C
    if the and (english >= _ENGLISH_SHARE * n or english >= _ENGLISH_SHARE_WITH_THE * n and the >= _THE_SHARE * n):
        return "en"
    sample = text[:SAMPLE_CHARS]
    code, confidence = _identifier().classify(sample)
    return str(code) if confidence >= MIN_CONFIDENCE else None


def is_labelled_language(language: str | None, languages: tuple[str, ...]) -> bool:
    """Return True when a taxonomy declaring `languages` labels text in `language`.

    An unknown language, or a taxonomy that declares none, is labelled.

    >>> is_labelled_language("fr", ("en",)), is_labelled_language(None, ("en",)), is_labelled_language("fr", ())
    (False, True, True)
    """
    return not languages or language is None or language in languages
