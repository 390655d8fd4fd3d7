"""A deal still sought, or one whose purpose follows it, carries no tone of its own: its purpose or its fate decides.

A deal reached is an agreement (tone's `NEWS_WORDS`: "The talks ended with a deal", +2.2 as the lexicon's
"agreement"), but news writes as often of one that was only sought ("Talks to reach a deal broke down" read +1.1, the
talks' breakdown outweighed by a deal never made) and of one made for a purpose ("The company reached a deal with
unions to cut 5,000 jobs" read +2.3, "reached an agreement with unions to cut 5,000 jobs" +3.1, the job cuts
outweighed). After "to" ("to reach a deal", "to reach an agreement") the deal is an aim; before "to" and a verb in
its clause with a word of tone ("a deal to cut jobs", "struck a deal to end the strike") the purpose says the news,
good or bad. A deal with neither ("The two sides struck a deal on Friday"), or a purpose of no tone ("ended with an
agreement to reopen the border"), keeps its tone. Python work per deal: a few a batch.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.members import distinct
from transforms.enrichments.tone_easing import opens_clause, word_at
from transforms.enrichments.tone_keys import AVERTS, SENTIMENT, is_key
from transforms.enrichments.tone_news_words import DEALS

# A deal reached: the news words valued as "agreement" (a deal's phrases) and the lexicon's words themselves
DEAL_WORDS = (*DEALS, "agreement", "agreements")
# How far after a deal its purpose's "to" may be ("reached a deal with the unions to cut 5,000 jobs"), and its words
# of tone after the "to"
_PURPOSE = 5
# What opens no verb after "to": "a deal to the value of £5m", "a deal worth up to £20m"
_NO_VERB = frozenset("the a an its his her their this that up".split())
# What may open the words between a deal and its purpose, saying whom or what it is with: "a deal with unions to cut
# jobs"; not a verb's ("The agreement would also enable Turkey to defer payments": the "to" is the verb's)
_BETWEEN = frozenset("with between among on over at in for under".split())
# What opens a clause of its own after a deal, whose purpose it is not: "reached a deal, but failed to"
_CLAUSE_WORDS = frozenset("and but or while whereas as when because so which who after before".split())


def deals_of_no_tone(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray,
                     lengths: np.ndarray, toned: np.ndarray) -> np.ndarray:
    """Return, for each deal in `words` (the word number each deal's key ends on in a batch's `lowered` text, whose
    word starts are `starts`; `lengths` the keys' numbers of words; `joined` the text as written), whether it is an
    aim ("to reach a deal") or made for a purpose of tone after it ("a deal with unions to cut jobs"): no tone of its
    own. `toned`: the sorted word numbers of the batch's words of tone.

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "talks to reach a deal broke down. reached a deal with unions to cut jobs. a deal to reopen it"
    >>> text = joined.replace(".", " ")
    >>> deals_of_no_tone(text, joined, word_starts(text), np.zeros(19, int), np.array([4, 9, 16]),
    ...                  np.array([3, 3, 2]), np.array([6, 14])).tolist()
    [True, True, False]
    """
    toneless = np.zeros(len(words), dtype=bool)
    for n, (word, length) in enumerate(zip(words.tolist(), lengths.tolist(), strict=True)):
        first = word - length + 1
        # "to reach a deal"; the lexicon's one word after its verb and article: "to reach an agreement"
        aim = first - 1 if length > 1 else first - 3
        if aim >= 0 and paragraph[aim] == paragraph[word] and word_at(text, starts, aim) == "to" and not any(
                opens_clause(joined, text, starts, at, frozenset()) for at in range(aim + 1, first + 1)):
            toneless[n] = True
            continue
        for at in range(word + 1, min(word + _PURPOSE + 1, len(starts) - 1)):
            if paragraph[at] != paragraph[word] or opens_clause(joined, text, starts, at, _CLAUSE_WORDS) or (
                    at == word + 1 and word_at(text, starts, at) not in _BETWEEN | {"to"}):
                break
            if word_at(text, starts, at) == "to" and paragraph[at + 1] == paragraph[word]:
                low, high = np.searchsorted(toned, [at, at + _PURPOSE], side="right")
                toneless[n] = word_at(text, starts, at + 1) not in _NO_VERB and bool(
                    (paragraph[toned[low:high]] == paragraph[word]).any())
                break
    return toneless



def toneless_deals(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, key: np.ndarray,
                   last_word: np.ndarray, lengths: np.ndarray, kinds: np.ndarray) -> np.ndarray:
    """Return the numbers of the keys found (`key`, each ending on `last_word`, of `lengths` words and `kinds`) that
    are deals of no tone (`deals_of_no_tone`): "Talks to reach a deal broke down", "a deal with unions to cut 5,000
    jobs"."""
    is_deal = is_key(key, DEAL_WORDS)
    deals = np.flatnonzero(is_deal)
    if not len(deals):
        return deals
    toned_words = distinct(last_word[((kinds == SENTIMENT) | (kinds == AVERTS)) & ~is_deal])
    return deals[deals_of_no_tone(text, joined, starts, paragraph, last_word[deals], lengths[deals], toned_words)]
