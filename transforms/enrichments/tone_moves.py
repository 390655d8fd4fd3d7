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

A quantity's phrase of place or time widens the window: a move up to seven words after a quantity that a preposition
follows is the quantity's ("Stocks in the United States fell", "Profits at the bank for the quarter fell"). A move
before its quantity reads it too (`LEADING`): a noun of a move before "in" or "of" and a quantity one to three words
after ("a drop in profits", "a sharp fall in inflation", "Rise in knife crime alarms police") and a verb that moves its
object ("cut 2,000 jobs", "cut deaths from heart disease", "boosted profits"), unless the quantity has a move after it.
A move word after an article or a preposition is a noun (`NOUN_MOVES`), which moves no quantity before it. "doubled",
"tripled" and "halved" are moves, and lead their object ("halved its losses"); "record" is a rise of the quantity after
it ("record sales", "record annual profits", "record losses"; after its span's "for": "Record year for UK car exports"),
never of one before it; "low" and "lows" are a fall after a quantity ("Inflation stayed low", "Unemployment falls to
record low"). Health's tolls are quantities too ("cases", "obesity", "waiting lists", "waiting times", "tumours": "the
tumour had shrunk"), and a quantity's measure with a preposition after it widens its window as the preposition does
("Obesity rates among children have doubled"), as does a level after "is at" or "are at" ("waiting lists are at their
shortest"). "shorter" and "shortest" are falls ("Waiting times are the shortest they have been"), "a
flood of" the rise of the quantity after it ("a flood of orders"), and taxes a bad quantity, whose cut is good news to
the one who pays them and whose rise bad ("They cut taxes", "Council tax will rise by 4%"; not "pre-tax profits", "tax
credits", "a tax on jet fuel"), while a tax's receipts are the treasury's takings, a good quantity ("Tax receipts fell"
is bad news). "people out of work" and "emissions" are bad quantities ("Emissions fell"), as are what a household owes
and pays ("Mortgage arrears rose", "Energy bills are set to rise"; not "the Buffalo Bills") and a risk ("cut the risk of
heart attacks"), while survival and vaccination are good ones ("Vaccination rates rose"). An economy is a good quantity
and "grew" and its forms rises ("The economy grew 3.7%", "Unemployment is growing"; not "the economy minister", "economy
class"). "shrank" and its forms are falls, "recover" and its forms rises ("Sales are expected to recover"; "bodies were
recovered" moves no quantity), and "falling" and "rising" lead the quantity next to them ("Falling inflation", "rising
crime"; not "falling behind on bills"). What a moved quantity counts has no tone of its own (`tone_counts`: "Deaths from
cancer fell"). A market's index is a good quantity ("The FTSE 100 closed at a record high"), and a peak's "high" after a
word of a record or a span a rise ("a five-year high"; not "high street", "is high", "the new high school"); a level
reached widens a quantity's window as a preposition does ("Carbon emissions hit a record high"), and a quantity's own
level ("its lowest", "the lowest") is its second move as far as that ("Inflation fell to 2.1% in March, its lowest in
four years", "Unemployment dropped to 4.1%, the lowest since 2008"). A market's "ease", "eases", "eased" and "easing"
are a fall where they move a quantity (`EASING_MOVES`: "Shares eased 2%" bad, "Unemployment eased" good, "Inflation
eased to its lowest level" a fall twice), and elsewhere still ease a worry ("eased fears of a recession"); one that
eases an object or is eased moves no quantity before it ("Strong sales eased fears of a slowdown", "Restrictions on
exports were eased"). A move to come reaches as far as a phrase of place or time does ("Council tax is set to rise",
"Profits are expected to fall": `TO_COME`), and a second move one word farther than the first ("fell to a record low").
"recover" and "recoup" lead what they return from as a fall ("The pound recovered its losses", "recovered from his
injuries" are good news), the lexicon's "lose" and "lost" are a fall of a quantity before them ("Shares lost a quarter
of their value"; not "lost their lives", "risk losing him"), and a move less than expected or by little reads the
other way (`tone_expectations`: "Retail sales fell less than economists had feared", "The economy grew just 0.1%").
"narrowed" and "widened" and their forms are a gap's fall and rise ("Losses narrowed to £2m", "The trade deficit
widened"), and a gap the news reports the move of is a bad quantity ("The gender pay gap narrowed", "The gap between
rich and poor has widened"; not one a verb acts on: "narrowed the gap to three points"). "wages" are a good quantity
and "contracted" a fall ("The economy contracted 0.3%"; not "people who contracted the virus"). "up" and "down" before a
number or a size are a rise and a fall ("Infections were down 40%", "Shares up 2% on Friday"; not "set up", "shut
down"), and a bad word right before a moved harm names its kind, no harm of its own ("Air pollution deaths fell").
Charges and fees are a burden ("Council axes parking charges", "Charges against him were dropped"; not "transfer
fees"), which "scrap", "abolish" and "waive" end ("scrapped overdraft charges").

The words and their phrases are in `tone_move_words`; this module reads them.

A quantity's window ends at "but", whose clause has its own news ("Staff were affected by the layoffs at first, but 40
lost their jobs" read the layoffs' fall, good news); not at one that excepts (`tone_contrasts`: "Unemployment in all
but two regions fell" read bad).

Limits: the windows are VADER's, widened, not a parse: a move in another clause can be taken for the quantity's,
and an adjective of a move other than "falling" and "rising" ("soaring costs") is not read as one.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.members import members
from transforms.enrichments.tone_contrasts import BUT, first_contrast
from transforms.enrichments.tone_counts import counted_words, counting_phrases
from transforms.enrichments.tone_expectations import by_little, expecting_words, less_than_expected, moved_by_little
from transforms.enrichments.tone_move_words import (
    FAR,
    FAR_LEVEL,
    LEADING_MEASURES,
    LEADING_NOUNS,
    LEADING_VERBS,
    MEASURE_OF,
    MOVES,
    NO_MOVE_BEFORE,
    OWN_LEVEL,
    QUANTITY_REACH,
    RECOVERING,
    TO_OWN_LEVEL,
    WINDOW,
)
from transforms.enrichments.tone_phrases import phrases_found
from transforms.enrichments.tone_quantities import NOT_MOVING, QUANTITIES

_COUNTING = counting_phrases(tuple(QUANTITIES))
_SHORT = less_than_expected(MOVES)  # "fell less than feared": the other way's news (`tone_expectations`)
_SHORT_SPAN = 60  # characters from a move's start that hold its "less than": the move and two words before it
_BY_LITTLE = by_little(MOVES)  # "grew just 0.1%": a move that fell short, read as one less than expected


def quantity_moves(
    quantities: np.ndarray, moves: np.ndarray, rising: np.ndarray, word_paragraph: np.ndarray,
    reach: np.ndarray | None = None, leads: np.ndarray | None = None, own: np.ndarray | None = None,
    stops: np.ndarray | None = None, lead_reach: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Return, for each quantity's word number in `quantities`, whether a move is its, and, for each move's word
    number in `moves` (`rising`: whether it is a rise), the index in `quantities` of the quantity it moves (−1: none).

    `reach` is per quantity how far after it its first move may be (`WINDOW` unless given); `leads` per move
    whether it leads a quantity after it, one to `WINDOW` words on (1: a verb, when no quantity before it moved it;
    2: a noun, which no quantity before it moves); `own` per move how far after the first it may be as a second move
    where it is the quantity's own level ("its lowest": `FAR`; ", to their lowest": `FAR_LEVEL`), 0 elsewhere;
    `stops` the word numbers that no quantity's window passes ("but"); `lead_reach` per move how far a lead reaches
    (`WINDOW` unless given: "cut the number of deaths" reaches two words farther).

    >>> quantity_moves(np.array([0, 6]), np.array([1, 4, 10]), np.array([False] * 3), np.zeros(12, int))
    (array([ True, False]), array([ 0,  0, -1]))
    >>> quantity_moves(np.array([0]), np.array([1, 4]), np.array([False, True]), np.zeros(10, int))[1]
    array([ 0, -1])
    >>> quantity_moves(np.array([3, 9]), np.array([1, 7]), np.array([False] * 2), np.zeros(10, int),
    ...                np.array([3, 3]), np.array([2, 0]))[1]
    array([ 0, -1])
    """
    n_words = len(word_paragraph)
    reach = np.full(len(quantities), WINDOW) if reach is None else reach
    leads = np.zeros(len(moves), dtype=np.int64) if leads is None else leads
    lead_reach = np.full(len(moves), WINDOW) if lead_reach is None else lead_reach
    own_level = np.zeros(len(moves) + 1, dtype=np.int64)  # its last slot, for no move (−1), always 0
    if own is not None:
        own_level[:-1] = own
    move_at = np.full(n_words + FAR_LEVEL + 1, -1, dtype=np.int64)
    move_at[moves[leads < 2]] = np.flatnonzero(leads < 2)
    quantity_at = np.full(n_words + FAR_LEVEL + 1, -1, dtype=np.int64)
    quantity_at[quantities] = np.arange(len(quantities))
    stop_at = np.zeros(n_words + FAR_LEVEL + 1, dtype=bool)
    if stops is not None:
        stop_at[stops] = True
    owner = np.full(len(moves), -1, dtype=np.int64)
    frontier, of, way = quantities, np.arange(len(quantities)), None
    for _ in range(2):  # the quantity's first move, then one more after it ("fell to its lowest")
        found = np.full(len(frontier), -1, dtype=np.int64)
        passed = np.zeros(len(frontier), dtype=bool)
        farthest = FAR_LEVEL if way is not None and (own_level > FAR).any() else FAR  # ", to their lowest": farther
        for d in range(1, farthest + 1):  # the nearest wins, and none past another quantity, the nearer one's
            after = frontier + d
            hit = move_at[after]
            same = (hit >= 0) & (word_paragraph[np.minimum(after, n_words - 1)] == word_paragraph[frontier])
            near = (d <= reach) | ((d <= own_level[hit]) & (way is not None))
            found = np.where(same & (found < 0) & ~passed & near, hit, found)
            passed |= (quantity_at[after] >= 0) | stop_at[after]
        has = found >= 0
        if way is not None:  # the second move goes the first one's way, and is no other quantity's first
            has &= (rising[np.maximum(found, 0)] == way) & (owner[np.maximum(found, 0)] < 0)
        owner[found[has]] = of[has]
        frontier, of, way = moves[found[has]], of[has], rising[found[has]]
        reach = np.full(len(frontier), WINDOW + 1)  # "fell to a record low": past an article and its adjective
    moved = np.zeros(len(quantities), dtype=bool)
    moved[owner[owner >= 0]] = True
    for n in np.flatnonzero((leads > 0) & (owner < 0)).tolist():  # "a drop in profits": the nearest quantity after
        for d in range(1, int(lead_reach[n]) + 1):
            at = int(moves[n]) + d
            q = quantity_at[at] if at < n_words and word_paragraph[at] == word_paragraph[moves[n]] else -1
            if q >= 0:
                if not moved[q]:
                    owner[n], moved[q] = q, True
                break
    return moved, owner


def _any_within(sorted_words: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Return, per pair of `low` and `high`, whether a word number of `sorted_words` is from `low` to `high`.

    >>> _any_within(np.array([3, 9]), np.array([0, 4]), np.array([3, 8])).tolist()
    [True, False]
    """
    return np.searchsorted(sorted_words, high, side="right") > np.searchsorted(sorted_words, low)


def read_moves(text: str, starts: np.ndarray, kinds: np.ndarray, values: np.ndarray, quantity_sign: np.ndarray,
               is_quantity: np.ndarray, is_move: np.ndarray, last_word: np.ndarray, word_paragraph: np.ndarray,
               sentiment: int, move_values: np.ndarray) -> None:
    """Give each of a batch's moves of a quantity (per key found: `is_move`, valued `move_values` as a move;
    `is_quantity`, whose sign is `quantity_sign`) the quantity's reading, of kind `sentiment`, and the quantity no
    valence (kind −1), in `kinds` and `values` (the batch's own, per key found); `text` is the batch's `lowered` text,
    `starts` its word starts."""
    quantities, moves = np.flatnonzero(is_quantity), np.flatnonzero(is_move)
    # Only a quantity with a move near it and a move with a quantity near it are read (a move two moves' reach after
    # its quantity, or a window before it): the others can neither move nor stand between, and most have none.
    near_move, near_quantity = np.sort(last_word[moves]), np.sort(last_word[quantities])
    # a verb whose object opens with a measure ("cut the number of deaths") leads what it counts, two words farther
    farther = phrases_found(text, starts, word_paragraph, last_word[moves], LEADING_MEASURES) * MEASURE_OF
    far_lead = np.sort(last_word[moves[farther > 0]])
    quantities = quantities[_any_within(near_move, last_word[quantities] - WINDOW, last_word[quantities] + FAR)
                            | _any_within(far_lead, last_word[quantities] - WINDOW - MEASURE_OF, last_word[quantities])]
    kept = _any_within(near_quantity, last_word[moves] - 2 * FAR, last_word[moves] + WINDOW + farther)
    moves, farther = moves[kept], farther[kept]
    quantities = quantities[~phrases_found(text, starts, word_paragraph, last_word[quantities], NOT_MOVING)]
    at_quantity, at_move = last_word[quantities], last_word[moves]
    reach = np.where(phrases_found(text, starts, word_paragraph, at_quantity, QUANTITY_REACH), FAR, WINDOW)
    leads = np.where(phrases_found(text, starts, word_paragraph, at_move, LEADING_NOUNS), 2,
                     phrases_found(text, starts, word_paragraph, at_move, LEADING_VERBS).astype(np.int64))
    # a noun moves no quantity before it ("Two deaths in a fall from scaffolding"), and one that leads none nothing
    kept = (leads > 0) | ~phrases_found(text, starts, word_paragraph, at_move, NO_MOVE_BEFORE)
    moves, at_move, leads, farther = moves[kept], at_move[kept], leads[kept], farther[kept]
    own = np.zeros(len(at_move), dtype=np.int64)  # "its lowest": read only where the word before is as long as "its "
    gap = starts[at_move] - starts[np.maximum(at_move - 1, 0)]
    maybe = np.flatnonzero((at_move > 0) & ((gap == len("its ")) | (gap == len("their "))))
    own[maybe] = FAR * phrases_found(text, starts, word_paragraph, at_move[maybe], OWN_LEVEL)
    maybe = maybe[(own[maybe] > 0) & (at_move[maybe] > 1)]
    if len(maybe):  # ", to their lowest": a level after "to" reaches farther (a phrase search only where one is)
        own[maybe[phrases_found(text, starts, word_paragraph, at_move[maybe], TO_OWN_LEVEL)]] = FAR_LEVEL
    # a contrast's "but" ends a window: looked for only in the windows of the quantities a move is near (a few a batch)
    ends = np.minimum(at_quantity + FAR + 1, len(starts) - 1)
    spans = zip(starts[at_quantity].tolist(), starts[ends].tolist(), strict=True)
    stops = np.searchsorted(starts, [but for begin, end in spans if text.find(" but ", begin, end + 1) >= 0
                                     and (but := first_contrast(text, begin, end + 1, BUT)) >= 0])
    moved, owner = quantity_moves(at_quantity, at_move, move_values[moves] > 0, word_paragraph, reach, leads, own,
                                  stops, WINDOW + farther)
    kinds[quantities[moved]] = -1
    moves, owner = moves[owner >= 0], owner[owner >= 0]
    # what a moved quantity counts has no tone of its own: "cut the risk of heart attacks" (`tone_counts`)
    felt = np.flatnonzero((kinds == sentiment) & (values != 0))
    # a bad word right before a moved harm names its kind, no harm of its own: "Air pollution deaths fell", "Knife
    # crime offences dropped" (each read as the pollution or the crime); not a verb before a good one ("support
    # higher taxes")
    harms = at_quantity[moved & (quantity_sign[quantities] < 0)]
    kind_of = harms - 1
    kind_of = kind_of[(kind_of >= 0) & (word_paragraph[np.maximum(kind_of, 0)] == word_paragraph[harms])]
    if len(kind_of) and len(felt):
        kinds[felt[members(last_word[felt], kind_of) & (values[felt] < 0)]] = -1
        felt = felt[kinds[felt] == sentiment]
    if len(moves) and len(felt):
        kinds[felt[counted_words(text, starts, word_paragraph, last_word[quantities[owner]], last_word[moves],
                                 last_word[felt], _COUNTING)]] = -1
    # a phrase of tone that ends on a move's verb is that verb read once more: "Shares fully recovered" read the
    # recovery as a sense ("fully recovered") and as a move (+28.3); the move, which reads its quantity, is kept, with
    # the phrase's valence where that is the stronger of the same sign (below)
    again = np.flatnonzero(members(last_word, last_word[moves]) & (kinds == sentiment))
    again = again[~members(again, moves)]
    kinds[again] = -1
    kinds[moves] = sentiment
    # a bad quantity's move reads as negated; the other way's news is weighted as after a negation too: a move less
    # than expected ("fell less than feared") or by little ("grew just 0.1%") and a return that leads a bad quantity
    # ("recovered its losses")
    reverse = np.zeros(len(moves), dtype=bool)
    # only where "less than" is close after the move (a few a batch): its phrases are twelve, read word by word
    near = [text.find(" less than ", start, start + _SHORT_SPAN) >= 0 for start in starts[last_word[moves]].tolist()]
    if any(near):
        at = np.flatnonzero(near)
        reverse[at] = phrases_found(text, starts, word_paragraph, last_word[moves[at]], _SHORT)
    short = reverse.copy()
    reverse |= moved_by_little(text, starts, word_paragraph, last_word[moves], _BY_LITTLE)
    led = np.flatnonzero((last_word[quantities[owner]] > last_word[moves]) & (quantity_sign[quantities[owner]] < 0))
    reverse[led] ^= np.array([text.startswith(RECOVERING, start) for start in starts[last_word[moves[led]]].tolist()],
                             dtype=bool)
    values[moves] = move_values[moves] * np.where(quantity_sign[quantities[owner]] > 0, 1.0, -0.74) * np.where(
        reverse, -0.74, 1.0)
    if len(again):  # "Profits fully recovered after a weak first half": the phrase's +2.0, not the bare verb's +1.4
        order = np.argsort(last_word[moves])
        at = moves[order[np.searchsorted(last_word[moves][order], last_word[again])]]
        stronger = (np.sign(values[again]) == np.sign(values[at])) & (np.abs(values[again]) > np.abs(values[at]))
        values[at[stronger]] = values[again[stronger]]
    if len(felt) and short.any():  # "fell less than many had feared": what was expected, no fear of the news
        expecting = expecting_words(text, starts, word_paragraph, last_word[moves[short]])
        kinds[felt[members(last_word[felt], expecting)]] = -1
    # a comparative's "than" too: "admissions were lower than feared", "sales were lower than hoped"
    after = np.minimum(last_word[moves] + 1, len(starts) - 1)
    than = np.array([text.startswith("than ", start) for start in starts[after].tolist()], dtype=bool)
    compared = last_word[moves][than & (word_paragraph[after] == word_paragraph[last_word[moves]])]
    if len(felt) and len(compared):
        kinds[felt[members(last_word[felt], expecting_words(text, starts, word_paragraph, compared, 1))]] = -1
