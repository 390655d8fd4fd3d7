"""The language of an article's text, detected offline with py3langid (its model ships in its wheel)."""

from __future__ import annotations

from functools import cache
from typing import Any

# Below this many words, or this confidence, a guess is not worth storing (a headline like
# "Liverpool 2 Chelsea 1" reads as Estonian): the language stays unknown.
MIN_WORDS = 8
MIN_CONFIDENCE = 0.9
# The start of an article says its language; reading more costs time and changes nothing.
SAMPLE_CHARS = 2000


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    # Loaded once per process (about a second): only a run with text that needs it pays.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of a text's language, or None when it is too short or unclear.

    >>> detect_language("Les agriculteurs de tout le pays disent que la canicule a réduit leur récolte de blé")
    'fr'
    >>> detect_language("Liverpool 2 Chelsea 1") is None
    True
    """
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS:
        return None
    code, confidence = _identifier().classify(sample)
    return str(code) if confidence >= MIN_CONFIDENCE else None


def is_labelled_language(language: str | None, languages: tuple[str, ...]) -> bool:
    """Return True when a taxonomy declaring `languages` labels text in `language`.

    An unknown language, or a taxonomy that declares none, is labelled.

    >>> is_labelled_language("fr", ("en",)), is_labelled_language(None, ("en",)), is_labelled_language("fr", ())
    (False, True, True)
    """
    return not languages or language is None or language in languages
