"""A paragraph's own number opening it (`paragraph_number`): "[12] The applicant seeks an order.", "(3) The
respondent", "12. The applicant seeks an order.", "2. Arsenal" in a numbered list. Courts number their judgments'
paragraphs so and lists their items: a label, no amount of anything."""

from __future__ import annotations

import re

# The close of a paragraph's number in brackets, or its dot, then its first sentence's capital (or its quote): a count
# or a sum never opens a paragraph so, as a sentence never ends right after its first word; a bracket's "(12) million",
# "[5] people" and a decimal's "12.5" read on as before
_BRACKETED = re.compile(r"[\])][^\S\n]+[A-Z\"“‘']")
_DOTTED = re.compile(r"\.[^\S\n]+[A-Z\"“‘']")


def paragraph_number(text: str, number_start: int, end: int, low: int) -> bool:
    """Return True if the number from `number_start` to `end` is the number of the paragraph starting at `low`.

    >>> [paragraph_number(t, t.index("12"), t.index("12") + 2, 0) for t in ("[12] The applicant", "12. The applicant",
    ...     "(12) million", "12.5 million", "12 people", "12. the end", "x 12. The")]
    [True, True, False, False, False, False, False]
    """
    if number_start == low:  # "12. The applicant": the number first, then its dot
        return _DOTTED.match(text, end) is not None
    # "[12] The applicant": the bracket first, then the number
    return number_start - 1 == low and text[low] in "[(" and _BRACKETED.match(text, end) is not None
