"""Resolve: refusing to give in to a bad thing is good news ("refused to accept defeat", "refused to bow to threats").

"refused to" negates the good verb after it ("refused to help", tone's `UNDOES`), so one who "refused to accept
defeat" read as a help refused and a defeat (−7.8): news says it of a side that fought back, a town that would not
give in to fear. Where a verb of yielding (`YIELDING`) comes right after a refusal (`REFUSING`) and a bad word is up
to three words after it (after "accept", a defeat: `DEFEATS`; one who "refused to accept the job cuts" or "the losses"
disputes a decision, no resolve, and reads as before), the refusal and the verb have no tone of their own and the
verb negates what is yielded to, as a verb of averting does ("refused to give in to fear" reads as fear averted). Not
what one owes (`OWED`): "refused to accept responsibility", "refused to accept the blame" are no resolve, and read as
before; nor a refusal of any other verb ("refused to condemn the attack", "refused to repair the damaged roof").

Limits: a politician who "refused to accept defeat" in an election is no hero of the news, and reads as one; "declined
to" and "unable to" are no refusal of will ("unable to accept defeat" reads as before).
Read only after the refusals a batch holds (Python work per refusal, a few a batch).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_phrases import word_at

REFUSING = ("refused to", "refuses to", "refusing to", "refuse to")
# Verbs of giving in, each as written after "to" (the refusal's last word)
YIELDING = ("accept", "give in to", "bow to", "surrender to", "succumb to", "yield to", "cave in to", "submit to",
            "back down in the face of", "be cowed by", "be intimidated by", "be bullied by")
# What one owes, which a refusal to accept is no resolve: "refused to accept the blame for the crash"
OWED = frozenset(("blame", "guilt", "fault", "responsibility", "liability", "wrongdoing", "punishment", "penalty",
                  "criticism", "apology", "charges", "charge", "sanctions"))
# What accepting is giving in to: "refused to accept defeat", "a humiliating defeat" (not "the job cuts", "the losses")
DEFEATS = frozenset(("defeat", "defeats", "failure", "humiliation"))
_STARTS = tuple(f"{verb} " for verb in YIELDING)
_REACH = 3  # VADER's window, after the verb's last word


def resolved(text: str, starts: np.ndarray, paragraph: np.ndarray, refusals: np.ndarray,
             bad: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the word numbers with no tone of their own (each refusal's and its verb of yielding's) and those that
    negate (each such verb's last word), for each refusal in `refusals` (the word number of its "to", in a batch's
    `lowered` `text`, whose word starts are `starts` and whose words' paragraphs are `paragraph`) that a verb of
    `YIELDING` follows and a bad word (word numbers in `bad`) up to three words after it, and none of `OWED`.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "they refused to accept defeat  he refused to accept the blame  she refused to help"
    >>> starts = word_starts(text)
    >>> toneless, negating = resolved(text, starts, np.zeros(len(starts), int), np.array([2, 7, 13]),
    ...                               np.array([4, 10]))
    >>> toneless.tolist(), negating.tolist()
    ([1, 3], [3])
    """
    toneless: list[int] = []
    negating: list[int] = []
    bad_at = set(bad.tolist())
    for to in refusals.tolist():
        if to + 1 >= len(starts) or paragraph[to + 1] != paragraph[to]:
            continue
        start = int(starts[to + 1])
        if not text.startswith(_STARTS, start):
            continue
        verb = next(v for v in YIELDING if text.startswith(f"{v} ", start))
        last = to + len(verb.split())
        after = [w for w in range(last + 1, min(last + 1 + _REACH, len(starts))) if paragraph[w] == paragraph[to]]
        said = [word_at(text, int(starts[w])) for w in after]
        yielded_to = [w for w, word in zip(after, said, strict=True) if verb != "accept" or word in DEFEATS]
        if not any(w in bad_at for w in yielded_to) or any(word in OWED for word in said):
            continue
        toneless += [to - 1, *range(to + 1, last + 1)]  # "refused", and the verb's words
        negating.append(last)
    return np.array(toneless, dtype=np.int64), np.array(negating, dtype=np.int64)
