"""What a measure or a sum a change is taken to counts when nothing after it is counted: the noun the change is of,
named before it (`change_subject`).

"Israel will raise gas exports to Egypt to 10 billion cubic metres a year", "boost production to 2 million tonnes":
the amount is the exports' or the production's new level, the noun phrase the verb of change takes as its object,
though the number ends its sentence (it counted nothing). The shape is read narrowly, word by word back from the
amount's "to": a verb of change, an optional determiner, one to three lower-case words whose last is the head, and
an optional place the noun goes to or comes from ("to Egypt", "from Russia"); any other word in between ("the number
of troops", "was cut to") leaves the amount as it was, since its object is then not named in the phrase.
"""

from __future__ import annotations

# The verbs of a change to a new level, in every form news writes them ("will raise", "raised", "is raising"): the
# noun after them is what changes, the amount after their "to" its level
_CHANGE_VERBS = frozenset(
    f"{stem}{ending}" for stems, endings in (
        (("rais", "reduc", "increas", "decreas", "doubl", "tripl"), ("e", "es", "ed", "ing")),
        (("boost", "lift", "lower", "expand", "slash", "trim"), ("", "s", "ed", "ing")),
    ) for stem in stems for ending in endings
) | frozenset("cut cuts cutting trim trims trimmed trimming".split())
# A known thing's determiners: a level changed is of one named ("its bid", "the debt"), not "a rocket" lifted to a
# height, whose "to" is where it goes
_DETERMINERS = frozenset("the its their his her our this that".split())
# A verb's particle after its noun: "cut its debt back to £160m" (the noun is before it)
_PARTICLES = frozenset("back down up".split())
# The prepositions of a place the changed noun goes to or comes from ("exports to Egypt", "imports from Russia")
_PLACE_PREPOSITIONS = frozenset("to from for in".split())
# The lower-case words that are no noun of the phrase: a function word ends it ("the number of troops")
_FUNCTION_WORDS = frozenset("of and or but to from for in on at by with as is was were be been it a an".split()) | (
    _DETERMINERS)
# ... and the pronouns a verb of motion or pay takes ("lowered him to 30 metres", "lifted everyone to $20 an hour"):
# a person moved or paid, no level changed; a closed class, so listed whole
_FUNCTION_WORDS |= frozenset("him them us me you everyone everybody anyone anybody someone somebody all".split())
_WINDOW = 90  # characters before the amount read: a verb phrase, not the sentence before


def change_subject(text: str, start: int) -> str | None:
    """Return the head noun a verb of change takes before the "to" right before an amount starting at `start`, else
    None.

    >>> change_subject("raise gas exports to Egypt to 10 billion", 30)
    'exports'
    >>> change_subject("cut its health budget to $40m", 25), change_subject("raise the number of troops to 5", 30)
    ('budget', None)
    >>> change_subject("cut its debt back to £160m", 21), change_subject("lift a rocket to 24 km", 17)
    ('debt', None)
    """
    if not text.endswith("to ", 0, start) or (start > 3 and text[start - 4].isalnum()):  # "to", not "into"/"Soto"
        return None
    words = text[max(0, start - _WINDOW): start].split()[:-1]  # (the first word may be cut: only read if in range)
    if len(words) >= 3 and words[-2] in _PLACE_PREPOSITIONS and words[-1][:1].isupper() and words[-1].isalpha():
        words = words[:-2]  # a place the noun goes to: "exports to Egypt"
    if words and words[-1] in _PARTICLES:
        words.pop()
    phrase: list[str] = []
    while words and len(phrase) < 3:
        word = words[-1]
        if word in _CHANGE_VERBS or word in _DETERMINERS:
            break
        if not (word.isalpha() and (word.islower() or word.isupper() and len(word) > 1)) or word in _FUNCTION_WORDS:
            return None  # a name, a number or a clause's word: no noun phrase of a change ("was cut to")
        phrase.append(words.pop())
    if words and words[-1] in _DETERMINERS:
        words.pop()
    if not phrase or not words or words[-1] not in _CHANGE_VERBS or not phrase[0].islower() or (
            len(words) > 1 and words[-2].lower() in _DETERMINERS):
        return None  # (a determiner before the verb's form makes it a noun: "the lifts translates to 38mph")
    return phrase[0]  # the head: the phrase's last word, read first ("gas exports" → "exports")
