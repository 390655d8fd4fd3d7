"""What moved: a verb of a rise or a fall reads the sign of the quantity before it ("profits fell", "crime fell").

VADER reads the quantity's own valence and the verb's: "Profits fell sharply" was +6.7 ("profits" +1.9, "fell"
−1.1), "Unemployment fell again in March" −15.0 ("unemployment" −1.9 and "fell"), and "rose", "falls", "rise" have
none ("Profit falls at Tesco" +11.9, "Sales rose 8%" 0). A verb of a move (`MOVES`: the market's verbs, the
lexicon's "drop", "fallen", "lower" and "lowest", and plain verbs of a rise or a fall that have a valence only
here, `QUIET_MOVES`) up to three words after one of `QUANTITIES` reads the move as the quantity's reader does: a
good quantity's move keeps the verb's sign ("profits plunged" bad, "sales rose" good), a bad quantity's move reads
the other way, weighted as after a negation (× −0.74: "unemployment fell", "deaths fell" good, "crime rose", "debt
soared" bad), and the quantity then has no valence of its own: the verb says the news. A move up to three words
after a move so read is the same quantity's if it moves the same way ("Unemployment fell to its lowest level";
"Stocks Fall, US Dollar Climbs" is another quantity's), and no other quantity is between them: a move is the nearest
quantity's before it ("Unemployment fell as profits fell": the second "fell" is the profits', bad news).

"profit" and "profits" keep their +1.9 elsewhere: of 30 of the dev corpora's 264 uses, read by hand, 17 are in a
sentence a reader reads good ("IPod Helps Lift Apple's Fourth-Quarter Profit", "posted larger-than-expected annual
profits"), where its valence stands for a verb with none ("Profit Up", "profits jump"), 7 in a bad one ("a profit
warning", "decrease in profits") and 6 in none; as a neutral noun it would lose 17 right signs to mend 13.

Limits: three words are VADER's window, not a parse: "profit for its latest quarter rose" is out of reach, and a
move before the quantity ("a drop in profits", "falling unemployment") is not read as the quantity's.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_news_words import MARKET_VERBS

# The quantities news reports the moves of, each with the sign of its rise to a reader.
QUANTITIES: dict[str, int] = {
    **dict.fromkeys(("profit", "profits", "sales", "shares", "stocks", "earnings", "revenue", "revenues",
                     "exports"), 1),
    **dict.fromkeys(("unemployment", "jobless", "inflation", "deaths", "crime", "losses", "debt", "debts",
                     "deficit"), -1),
}
# Verbs of a move that carry no valence elsewhere ("a rose", "the fall of Rome", "a jump"), valued as the market's
# verbs ("gains" 1.4, "drop" −1.1) where they move a quantity.
QUIET_MOVES: dict[str, float] = {
    **dict.fromkeys(("rise", "rises", "rose", "risen", "climb", "climbs", "climbed", "jump", "jumps", "jumped",
                     "surge", "surges", "higher", "highest"), 1.4),
    **dict.fromkeys(("fall", "falls", "drops", "dropped", "dip", "dips", "dipped", "decline", "declines",
                     "declined", "slip", "slips", "slipped", "slide", "slides"), -1.1),
}
# Every verb of a move: the market's (tone's `NEWS_WORDS`), the lexicon's words of a fall, and the quiet ones.
MOVES = (*MARKET_VERBS, "drop", "fallen", "lower", "lowest", *QUIET_MOVES)
# How far after a quantity (or a move of it) a move is read as the quantity's: VADER's window.
WINDOW = 3


def quantity_moves(
    quantities: np.ndarray, moves: np.ndarray, rising: np.ndarray, word_paragraph: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return, for each quantity's word number in `quantities`, whether a move follows it, and, for each move's
    word number in `moves` (`rising`: whether it is a rise), the index in `quantities` of the quantity it moves
    (−1: none).

    >>> quantity_moves(np.array([0, 6]), np.array([1, 4, 10]), np.array([False] * 3), np.zeros(12, int))
    (array([ True, False]), array([ 0,  0, -1]))
    >>> quantity_moves(np.array([0]), np.array([1, 4]), np.array([False, True]), np.zeros(10, int))[1]
    array([ 0, -1])
    """
    n_words = len(word_paragraph)
    move_at = np.full(n_words + WINDOW + 1, -1, dtype=np.int64)
    move_at[moves] = np.arange(len(moves))
    is_quantity = np.zeros(n_words + WINDOW + 1, dtype=bool)
    is_quantity[quantities] = True
    owner = np.full(len(moves), -1, dtype=np.int64)
    frontier, of, way = quantities, np.arange(len(quantities)), None
    for _ in range(2):  # the quantity's first move, then one more after it ("fell to its lowest")
        found = np.full(len(frontier), -1, dtype=np.int64)
        passed = np.zeros(len(frontier), dtype=bool)
        for d in range(1, WINDOW + 1):  # the nearest wins, and none past another quantity, the nearer one's
            after = frontier + d
            hit = move_at[after]
            same = (hit >= 0) & (word_paragraph[np.minimum(after, n_words - 1)] == word_paragraph[frontier])
            found = np.where(same & (found < 0) & ~passed, hit, found)
            passed |= is_quantity[after]
        has = found >= 0
        if way is not None:  # the second move goes the first one's way, and is no other quantity's first
            has &= (rising[np.maximum(found, 0)] == way) & (owner[np.maximum(found, 0)] < 0)
        owner[found[has]] = of[has]
        frontier, of, way = moves[found[has]], of[has], rising[found[has]]
    moved = np.zeros(len(quantities), dtype=bool)
    moved[owner[owner >= 0]] = True
    return moved, owner


def read_moves(kinds: np.ndarray, values: np.ndarray, quantity_sign: np.ndarray, is_quantity: np.ndarray,
               is_move: np.ndarray, last_word: np.ndarray, word_paragraph: np.ndarray, sentiment: int) -> None:
    """Give each of a batch's moves of a quantity (per key found: `is_move`, after one of `is_quantity`, whose
    sign is `quantity_sign`) the quantity's reading, of kind `sentiment`, and the quantity no valence (kind −1),
    in `kinds` and `values` (the batch's own, per key found)."""
    quantities, moves = np.flatnonzero(is_quantity), np.flatnonzero(is_move)
    moved, owner = quantity_moves(last_word[quantities], last_word[moves], values[moves] > 0, word_paragraph)
    kinds[quantities[moved]] = -1
    moves, owner = moves[owner >= 0], owner[owner >= 0]
    kinds[moves] = sentiment
    values[moves] *= np.where(quantity_sign[quantities[owner]] > 0, 1.0, -0.74)  # a bad quantity: as negated
