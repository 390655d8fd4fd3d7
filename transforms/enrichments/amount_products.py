"""Products' names and the one-digit model number after one ("PlayStation 5", "Model 3", "Pixel 8"), which
`amount_objects.counted_object` reads past to what an amount counts ("3 Pixel 8 phones" → "phones")."""

from __future__ import annotations

import re

from transforms.enrichments.amount_read_past import MODEL_DIGIT_AFTER_NAME

# Plurals of the things a model's name is given to: "737 Max jets", "128 Ram pickups" count no jets or pickups, where
# any other plural makes the name its modifier ("357 Apple engineers", "435 House members" count them;
# `amount_models`)
PRODUCTS = frozenset(
    "jets planes aircraft airliners airplanes aeroplanes helicopters drones missiles rockets satellites ships boats "
    "submarines cars trucks pickups vans buses lorries trains locomotives vehicles suvs motorcycles motorbikes bikes "
    "tractors tanks guns rifles pistols engines chips processors phones handsets smartphones computers pcs laptops "
    "tablets consoles cameras models units".split()
)
# The words a maker puts before a model's one digit, as a name with a capital inside it does ("5 Model 3 cars",
# "PlayStation 5"): after any other capitalised word one digit is as often a count of its own ("300 Chinese 5 days ago")
MODEL_WORDS = frozenset(("Model",))
# ... unless a product's plural follows the digit: "3 Pixel 8 phones", "2 million Galaxy 5 handsets", a headline's
# "5,000 Model 3 Cars" (they counted nothing); "300 Chinese 5 days ago" counts days
_DIGIT_THEN_PRODUCT = re.compile(r"[^\S\n]+\d(?![\w,.%-])(?=[^\S\n]+(?:"
                                 + "|".join(f"[{p[0]}{p[0].upper()}]{p[1:]}" for p in sorted(PRODUCTS)) + r")\b)")


def product_name(word: str) -> bool:
    """Return True when a word is a product's name, a capital inside it, singular: "PlayStation", "iPhone" (not
    "USA", "iPads": a plural counts, "20 iPads 3 weeks ago").

    >>> [product_name(w) for w in ("PlayStation", "iPhone", "USA", "iPads", "Chinese")]
    [True, True, False, False, False]
    """
    return word.isalpha() and not word[1:].islower() and not word[1:].isupper() and word[-1] != "s"


def model_digit(text: str, position: int, word: str) -> re.Match[str] | None:
    """Return the match of a model's one digit at `position`, right after the name's word `word`: after a product's
    name or "Model" before any lower-case word, after another capitalised word in the singular only before a product's
    plural ("20 Kenyans 5 cars" counts Kenyans).

    >>> [model_digit(t, t.index(w) + len(w), w) is not None for t, w in (("5 Model 3 cars", "Model"),
    ...     ("3 Pixel 8 phones", "Pixel"), ("300 Chinese 5 days ago", "Chinese"),
    ...     ("2 PlayStation 5 units", "PlayStation"))]
    [True, True, False, True]
    """
    maker = word in MODEL_WORDS or product_name(word)
    if maker and (digit := MODEL_DIGIT_AFTER_NAME.match(text, position)):
        return digit
    return _DIGIT_THEN_PRODUCT.match(text, position) if maker or word[:1].isupper() and word[-1] != "s" else None
