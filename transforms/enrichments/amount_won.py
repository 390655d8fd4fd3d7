"""A "won" or "dong" after a number that is not sure to be the currency (`unsure_won`): "Some 2 million won prizes",
"Two Korean won medals"; one hyphenated to its scale is the currency ("a 3 billion-won loan"), and so is one after
a scale word before a bracketed conversion or no object ("1.5 billion won ($1.1 million)", "fined 3 trillion won last
year") wherever the paragraph is; after a thousands group (`AMOUNT` matches it there too) only the conversion or the
paragraph's Korea makes it so ("fined 300,000 won ($220)"). `amounts.rows` then matches the number without an unsure
one."""

from __future__ import annotations

import re

from transforms.enrichments.amount_currencies import LEAST_SUMS, SCALED_ONLY
from transforms.enrichments.amount_reading import parse

# What makes a paragraph's bare "won" the currency ("1.5 trillion won" in a story about Korea).
_KOREA = re.compile(r"\b(?:Korea|Korean|Koreans|Seoul|Pyongyang|Busan|KRW|Kospi|Samsung|Hyundai)\b")
# ... or what makes it so wherever the paragraph is: a bracketed conversion after it, "1.5 billion won ($1.1
# million)" (the verb "won" takes an object, never a bracketed sum), or a scale word before it and no object after
# it, "fined 3 trillion won last year", "500 million won for": the verb's subject is a count of people, and "Some
# 2 million won prizes" has its object, so the word after "won" is what tells them apart (a determiner, a noun or
# a pronoun starts the verb's object; a stop, a preposition of a sum or a verb of the clause starts none)
_CONVERSION_AFTER = re.compile(r"[^\S\n]*\((?:about[^\S\n]+|around[^\S\n]+|roughly[^\S\n]+)?(?:US\$|\$|€|£|USD|EUR)")
_NO_OBJECT_AFTER = re.compile(r"[^\S\n]*(?:[.,;:)]|$|\b(?:for|of|to|from|per|each|worth|last|this|next|was|were|is"
                              r"|are|has|have|had|will|would|could|in\s+(?:damages|compensation|fines?|losses|sales"
                              r"|revenue|funding|profits?|debt|aid|cash|bonuses)|and|or|but)\b)")
_SCALE_BEFORE = re.compile(r"(?i)(?:b|m|tr|z)illion[^\S\n]+$")


def unsure_won(text: str, matched: re.Match[str], paragraph: tuple[int, int]) -> str | None:
    """Return the group of an AMOUNT match whose "won" or "dong" is not sure to be the currency, or None: a bare
    "won" in a paragraph that does not speak of Korea ("Some 2 million won prizes"), or a country's
    won or a bare dong under a thousand ("Two Korean won medals", "2 dong"), a kina, kip or dram under a million
    ("200 kina", `LEAST_SUMS`). `amounts.rows` then matches the
    number without it.

    >>> from transforms.enrichments.amount_pattern import AMOUNT
    >>> text = "1.5 trillion won in Seoul. 2 million won prizes. 5 Korean won."
    >>> [unsure_won(text, AMOUNT.match(text, at), (0, len(text))) for at in (0, 27, 49)]
    [None, None, 'curword']
    >>> [unsure_won(t, AMOUNT.match(t), (0, len(t))) for t in ("a 3 billion-won loan"[2:], "3 billion won it")]
    [None, 'curword']
    >>> unsure_won("2 million won prizes.", AMOUNT.match("2 million won prizes."), (0, 21))
    'curword'
    >>> [unsure_won(t, AMOUNT.match(t), (0, len(t))) for t in ("40 trillion dong", "15,000 dong", "2 dong")]
    [None, None, 'curword']
    >>> [unsure_won(t, AMOUNT.match(t), (0, len(t))) for t in ("200 million kina", "200 kina", "3 dram")]
    [None, 'curword', 'curword']
    """
    group = "curword" if matched.group("curword") else "curword2"
    said = matched.group(group)
    if said == SCALED_ONLY:
        if text[matched.start(group) - 1] == "-":
            return None  # hyphenated to its scale, a compound adjective's, no verb: "a 3 billion-won loan"
        start, end = matched.start(group), matched.end(group)
        if _CONVERSION_AFTER.match(text, end) or _SCALE_BEFORE.search(text, start - 10, start) and (
                _NO_OBJECT_AFTER.match(text, end)):
            return None  # the currency whatever the paragraph names: "1.5 billion won ($1.1 million)"
        return None if _KOREA.search(text, *paragraph) else group
    parsed = parse(text, matched, None, paragraph)
    return None if parsed and abs(parsed[0]) >= LEAST_SUMS.get(said, 1e3) else group
