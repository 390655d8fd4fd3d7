"""Resolve: refusing to give in to a bad thing is good news ("refused to accept defeat", "refused to bow to threats").

"refused to" negates the good verb after it ("refused to help", tone's `UNDOES`), so one who "refused to accept
defeat" read as a help refused and a defeat (−7.8): news says it of a side that fought back, a town that would not
give in to fear. Where a verb of yielding (`YIELDING`) comes right after a refusal (`REFUSING`) and a bad word is up
to three words after it (after "accept", a defeat: `DEFEATS`; one who "refused to accept the job cuts" or "the losses"
disputes a decision, no resolve, and reads as before), the refusal and the verb have no tone of their own and the
verb negates what is yielded to, as a verb of averting does ("refused to give in to fear" reads as fear averted). Not
what one owes (`OWED`): "refused to accept responsibility", "refused to accept the blame" are no resolve, and read as
before; nor a refusal of any other verb ("refused to condemn the attack", "refused to repair the damaged roof").

A refusal to let a bad thing prevail (`PREVAILING`) is resolve too: one who "refused to let the injury end her
career" or "refuses to let fear win" did not let it (read −8.3 as a refusal, an injury and an end), so the refusal,
"let" and the verb of prevailing have no tone of their own and "let" negates the bad thing, the word or two after it
("let the injury", "let cancer"). Not one let do anything else ("refused to let the refugees cross the border" is a
refusal of entry).

Nor a defeat in a vote (`VOTED`): a president or a candidate who "refused to accept defeat", or one who refused to
accept defeat in an election, disputes what voters decided, as one who "refused to concede defeat" does (news of a
crisis, not of resolve), and reads as before, a refusal and a defeat: an office that is won by votes up to four
words before the refusal, or a word of a vote up to three words after what was not accepted, says so.

One named without an office ("Mr Smith refused to accept defeat") reads as resolve, by decision: "Mr" names a manager,
a litigant or a chief executive as often as a politician in the news tone reads (BBC style), and a vote after it still
says a dispute ("Mr Smith refused to accept defeat in the election" reads bad). Limits: "declined to" and "unable to"
are no refusal of will ("unable to accept defeat" reads as before).
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
# A defeat in a vote, which one refuses to accept in a dispute, not in resolve: the offices won by votes before the
# refusal ("The president refused to accept defeat"), and the words of a vote after what was not accepted ("refused to
# accept defeat in the election").
VOTED = frozenset(("president", "candidate", "incumbent", "governor", "senator", "congressman", "congresswoman",
                   "mayor", "premier", "chancellor", "leader", "minister", "mp", "opposition", "party", "election",
                   "elections", "vote", "votes", "poll", "polls", "ballot", "runoff", "result", "results"))
# What a bad thing one refuses to let do would do: "refused to let the injury end her career", "let fear win"
PREVAILING = frozenset(("end", "ruin", "stop", "define", "beat", "defeat", "derail", "destroy", "dictate", "win",
                        "wreck", "break", "spoil", "overshadow", "dampen", "halt", "get", "hold", "drive", "rule",
                        "take"))
_LET = "let "
_BEFORE = 4  # how far before the refusal an office is read as its subject
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
        if text.startswith(_LET, start):
            prevails = _let_prevail(text, starts, paragraph, to, bad_at)
            if prevails:  # "refused", "let" and the verb: none; "let" negates the bad thing
                toneless += [to - 1, to + 1, prevails]
                negating.append(to + 1)
            continue
        if not text.startswith(_STARTS, start):
            continue
        verb = next(v for v in YIELDING if text.startswith(f"{v} ", start))
        last = to + len(verb.split())
        after = [w for w in range(last + 1, min(last + 1 + _REACH, len(starts))) if paragraph[w] == paragraph[to]]
        said = [word_at(text, int(starts[w])) for w in after]
        yielded_to = [w for w, word in zip(after, said, strict=True) if verb != "accept" or word in DEFEATS]
        if not any(w in bad_at for w in yielded_to) or any(word in OWED for word in said):
            continue
        if verb == "accept" and _voted(text, starts, paragraph, to, last):
            continue
        toneless += [to - 1, *range(to + 1, last + 1)]  # "refused", and the verb's words
        negating.append(last)
    return np.array(toneless, dtype=np.int64), np.array(negating, dtype=np.int64)


def _voted(text: str, starts: np.ndarray, paragraph: np.ndarray, to: int, last: int) -> bool:
    """Return whether a refusal to accept defeat (its "to" and the verb's last word) is of a vote's: an office of
    `VOTED` up to four words before its verb of refusing, or a word of a vote up to three after the defeat."""
    near = [*range(max(to - 1 - _BEFORE, 0), to - 1), *range(last + 2, min(last + 2 + _REACH, len(starts)))]
    return any(paragraph[w] == paragraph[to] and word_at(text, int(starts[w])) in VOTED for w in near)


def _let_prevail(text: str, starts: np.ndarray, paragraph: np.ndarray, to: int, bad: set[int]) -> int:
    """Return the word number of the verb of `PREVAILING` in a refusal to let a bad thing prevail (`to` the refusal's
    "to", "let" after it), where a bad word (word numbers in `bad`) is one or two words after "let" and the verb right
    after it; 0 where there is none ("refused to let the refugees cross")."""
    for thing in (to + 2, to + 3):
        verb = thing + 1
        if thing in bad and verb < len(starts) and paragraph[verb] == paragraph[to] and \
                word_at(text, int(starts[verb])) in PREVAILING:
            return verb
    return 0
