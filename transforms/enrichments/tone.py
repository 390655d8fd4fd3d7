"""Tone per paragraph: positive and negative word shares from VADER's lexicon, GDELT's tone convention.

`tone` = `positive` − `negative`, each a share of the paragraph's words times 100 (so −100…100, as GDELT's GKG tone),
where a sentiment word counts by its VADER valence over 4, the lexicon's strongest: "excellent" (3.2) is 0.8 of a word,
"good" (1.9) 0.475. Before counting, VADER's rules change a word's valence as VADER defines them: a booster ("very",
"extremely") or dampener ("slightly", "kind of") up to three words before it adds or takes 0.293 (× 0.95, × 0.9 at two
and three words), a negation ("not", "never", "isn't", "without") up to three words before it multiplies it by −0.74,
per negation (from an "any" up to three words after it: "did not expect any job losses", `tone_any`), and so does "no"
one or two words before it ("no problem", "no serious damage"), where "no" right before a sentiment word has no valence
of its own. A phrase's booster or negation counts from its first word ("not yet out of the woods" negates the idiom, its
last word five words on). Words that are boosters themselves carry no sentiment ("kind of"). Beyond VADER's list, "no
one", "nobody", "not one" and "not a single" are negations ("No one was hurt" is not a hurt: news says it after every
fire; "Not a single show was cancelled"), and their "no" has no
valence; a "no" negates a passive's participle three words on too ("no data was lost": `tone_no`). So are "few" ("Few
were spared"; not "a few", "the next few"), "hardly", "little" before a good word ("little hope", "made little
progress"; "a little help" is some: tone_tables' `LITTLE_OF`), and a hedge or a small effort before a verb ("unlikely to
return to profit", "did little to ease fears": tone_tables' `NEGATIONS`), and "no longer" ("no longer in danger"; before
no word of tone its "no" keeps its −1.2: "could no longer afford"). "failed to", "unable to" and the other words that
undo a verb of averting negate the good verb right after them ("failed to calm the markets"), not its object ("refused
to condemn the attack"), nor a bad verb ("unable to leave", "refused to resign") but a harm ("failed to kill anyone":
tone_failures' `HARMS`, the failure then none, nor a bad word of the one who tried it: "The thieves failed to steal
anything"); a refusal to give in negates the bad thing ("refused to accept defeat": `tone_resolve`). A negated adverb in
"-ly" passes its negation to the word after it ("No one has been seriously hurt": `tone_adverbs`), and a "no" before a
comparative of a size and "than" is a limit with no tone ("no longer than 18 weeks": `tone_no`). A comparison with what
was feared or hoped says the news, the fear or hope and what is compared none of its own ("better than feared", "lower
than hoped", "Growth was weaker than hoped": `tone_comparisons`). The plurals of a toll's words that the lexicon lacks
count as their singular (`PLURALS`: "There were no deaths" is good news, as "No death was reported" is). News words for
bad events that the lexicon lacks ("wounded", "bombing", "hostage", "refugees", "earthquake", "bankruptcy") count with
the valence of a lexicon word like them, under the same rules (`NEWS_WORDS`, in `tone_news_words`, which says which
words with other senses in news are left out: "clash", "siege"). "shot", "blast", "storm", "flood", "drought",
"displaced" and "default" count only where the words next to them say their bad sense ("shot dead", "bomb blast",
"tropical storm"; not "shot a 68", "a storm of applause": `tone_senses`). A bad word up to three words after a verb of
averting is negated and the verb has no valence ("avoid bankruptcy", "averted a strike"), unless a negation before the
verb undoes it, when the bad word keeps its valence ("did not stop atrocities"; `tone_averting`); a verb of releasing
averts only a captive, after it or, as a participle, before it ("released the hostages", "Hostages freed"). A verb of a
rise or a fall up to three words after a quantity (seven after its phrase of place or time), or a move before it ("a
drop in profits", "cut deaths"), reads the quantity's sign and the quantity none ("profits fell" bad, "unemployment
fell" good: `tone_moves`; "fell less than feared" good: `tone_expectations`). "save" after "to" and before money is a
motive and carries no tone ("cut 2,000 jobs to save money": `tone_savings`). A good word in what a worry is about has no
valence ("concerns over safety", "concerned about the strength of the dollar": `tone_worries`). A disaster or a fault
named as the time of good news is past ("pulled a girl alive from the rubble after the earthquake", "Power was restored
a day after the blackout": `tone_waning`), and so is the event of a harm that befell no one ("None of the passengers
was injured in the emergency landing", "no accounts were affected by the outage": `tone_spared`), unless it did harm
after all ("in the fire that killed 12"; "No one was hurt in the fire, but 30 families lost their homes"); a
"no" right after a harm negates it as "nothing" does ("The wildfire damaged no homes": `tone_contrasts`). A good thing
that a verb of waning follows is gone ("Hopes of a breakthrough faded": `tone_faded`). The lexicon's
hyphenated entries are read as the text writes them ("cover-up" as "cover up"), and every key must be so written
(`tone_keys.keys` refuses one that is not).

Words that news uses as names or terms, not as feelings, carry no tone (`NEWS_NEUTRAL`): "like" (a
preposition in 24 of 25 uses sampled from bbc-dev), "United" (Nations, States, Manchester), a political
"party", "interest" rates, "shares", "credit" ratings, "security" forces and councils, the Justice
Department, "gross" domestic product, economic "demand", "Super" Bowl and Mario, "gt" (a leftover of "&gt;"),
the "Supreme" Court, "crude" oil, "Grand" Slams and Prix and grand juries, the "Champions" League, and "beating" a
rival or forecasts ("beating expectations" read as a beating), a game's or a band's "play", the "Devils" of a
team, a "matter" (an affair), a "challenger" (a rival), one "prepared" (ready or willing), "energy" (the
sector), "defence" (a ministry or a side) and a "favourite" (a race's; "my favourite" keeps its liking).
News terms of two words carry none either
(`NEWS_TERMS`): a person who "tested positive" has no good news, "health care" and "care homes" are
services ("care" alone is still a feeling: "couldn't care less"), as are "data recovery" and "disaster recovery";
"Fine Gael" is a party; "of its kind" is a sort; "weight loss" is a diet's aim. "fine" as a penalty carries none, as
"fined" and "fines" have none in the lexicon ("a fine of £5m", "a $550,000 fine", "pay a fine": `tone_penalty`); the
adjective keeps its tone ("a fine performance", "that's fine"). "anti" (−1.3) and the word after it carry none
(`ANTI`): "anti-war", "anti-virus" name what is opposed ("anti-semitic" keeps −1.3).

Limits: VADER's sentence-level rules ("but" shifting weight, ALL-CAPS emphasis, "?"/"!") and its
idioms are not applied; sentences are not split, so a negation at the end of one sentence reaches the
first words of the next. The lexicon was built for social media and still reads some news words with
a tone ("support", "crisis", "free", "trust": each as often a feeling as not).

All paragraphs of a batch go through one Aho-Corasick automaton: Python work is per sentiment
word found, never per word read.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.batch import ParagraphBatch, Rows, word_list
from transforms.enrichments.members import members
from transforms.enrichments.tone_adverbs import passed_on
from transforms.enrichments.tone_any import any_reach
from transforms.enrichments.tone_articles import article_tone
from transforms.enrichments.tone_averted import averted_words
from transforms.enrichments.tone_backdrops import backdrop_harms
from transforms.enrichments.tone_comparisons import EXPECTING, QUALITY, SHORT, comparisons
from transforms.enrichments.tone_conceded import CONCEDING, conceded_tone, past_clause
from transforms.enrichments.tone_contrasts import (
    COUNTERFACTUALS,
    EXCEPTING,
    NO_OBJECTS,
    excepting_negations,
    kept_away,
    no_objects,
)
from transforms.enrichments.tone_costs import COSTS, cut_costs
from transforms.enrichments.tone_counted import counted_signs
from transforms.enrichments.tone_covers import covered_words, phrase_origins
from transforms.enrichments.tone_faded import FADING, faded_goods
from transforms.enrichments.tone_failures import undone_harms
from transforms.enrichments.tone_harm_counts import harm_counts
from transforms.enrichments.tone_keys import (
    AVERTS,
    BOOSTER,
    NEGATION,
    SENTIMENT,
    TERM,
    UNDOES,
    is_key,
    key_of,
    keys,
    lexicon,
    move_keys,
)
from transforms.enrichments.tone_moves import read_moves
from transforms.enrichments.tone_naming import cover_names
from transforms.enrichments.tone_neighbours import read_neighbours
from transforms.enrichments.tone_no import limits, lonely_no_longer, no_passives, none_of_passives, toneless_no
from transforms.enrichments.tone_objects import objects_of_negated, verb_negation_keys
from transforms.enrichments.tone_possibilities import RULING_OUT, open_possibilities, passive_subjects, ruled_things
from transforms.enrichments.tone_resolve import REFUSING, resolved
from transforms.enrichments.tone_scores import paragraph_scores, word_starts
from transforms.enrichments.tone_spared import HARMED, spared_events
from transforms.enrichments.tone_tables import NO_LONGER, NOT_ONE, SOME_FEW

__all__ = ["COLUMNS", "TABLE", "article_tone", "lexicon", "rows", "word_starts"]

TABLE = "paragraphs"
COLUMNS = ("tone", "positive", "negative")

# VADER's weights of a booster two and three words away from the word it boosts.
_DISTANCE_SCALE = (1.0, 0.95, 0.9)


@word_list("tone")
def _tone_words() -> dict[str, int]:
    return keys()[0]


def rows(batch: ParagraphBatch) -> Rows:
    """Return tone, positive and negative (each −100…100, rounded to 0.001) for each paragraph of the batch."""
    n = len(batch)
    if n == 0:
        return {c: [] for c in COLUMNS}
    text = batch.lowered
    # `batch.words` are the runs of non-spaces of `lowered` too, split once for the labeller and the word lists
    # (`words_found` reads them): their starts are `word_starts(text)`, not found again (6 % of tone's time)
    starts = batch.words.start
    # each paragraph's words from where its first word is: one search per paragraph, not one per word
    # (`batch.locate`: 10 ms of a 500-article batch's 200,000 words; this 3 ms)
    counts = np.diff(np.searchsorted(starts, batch.starts), append=len(starts))
    word_paragraph = np.repeat(np.arange(n), counts)
    n_words = counts.astype(np.float64)
    _, key_kinds, key_values, key_lengths = keys()
    ends, key = batch.words_found("tone")
    if not len(ends):
        zero = [0.0] * n
        return {"tone": zero, "positive": list(zero), "negative": list(zero)}
    ends = ends - 2  # the key's last character, in `text`
    kinds, values, lengths = key_kinds[key], key_values[key], key_lengths[key]
    last_word = np.searchsorted(starts, ends, side="right") - 1  # the word each key ends on
    booster, negation = np.zeros(len(starts) + 1), np.zeros(len(starts) + 1, dtype=bool)
    no = np.zeros(len(starts) + 1, dtype=bool)  # "no": negates the next two words (VADER's rule)
    is_booster, is_negation = kinds == BOOSTER, kinds == NEGATION
    booster[last_word[is_booster]] = values[is_booster]
    negating = last_word[is_negation]  # but "not ruled out foul play" keeps the crime possible: nothing negated
    not_one = is_key(key, NOT_ONE)
    if not_one.any():  # "Not a single death was recorded": one negation, from "single", not its "not" once more
        negating = negating[~members(negating, last_word[not_one] - lengths[not_one] + 1)]
    excepts = last_word[is_key(key, EXCEPTING)]
    if len(excepts):  # "nothing but praise", "not one but two": only, nothing negated (`tone_contrasts`)
        negating = negating[~members(negating, excepts[excepting_negations(batch.joined, text, starts,
                                                                           word_paragraph, excepts)])]
    opened = open_possibilities(batch.words, negating)
    felt = last_word[kinds == SENTIMENT]
    negation[any_reach(batch.words, word_paragraph, negating[~opened], felt, batch.joined)] = True
    # "failed to calm the markets", "refused to help": a verb of averting's undoing words (`averted_words`) negate the
    # good verb right after them, not its object ("refused to condemn the attack" is no attack undone); a bad verb
    # keeps its valence: "unable to leave", "failing to arrest the gang", "refused to resign" are no good news
    undoing = last_word[kinds == UNDOES]  # a few a batch: each negates the next word only (`undone_next`)
    outs = last_word[is_key(key, RULING_OUT)]
    far_out = outs[:0]  # "ruled out a deadly Ebola outbreak": its noun four words on (`ruled_out_far`)
    if len(outs):  # "Police ruled out foul play": none; not "ruled out of the match", "not ruled out", "refused to"
        read = (text, batch.joined, starts, word_paragraph, outs, np.concatenate((negating[opened], undoing)))
        passive_subjects(*read, (last_word, lengths, kinds, values), SENTIMENT)  # "Foul play has been ruled out"
        outs, far_out = ruled_things(*read, (last_word, lengths, kinds), SENTIMENT)
        negation[outs] = True
    # "The gunman failed to kill anyone": a harm undone, the failure and its doer no bad news (`tone_failures`)
    harm = undone_harms(text, starts, word_paragraph, (key, kinds, values, last_word), undoing, SENTIMENT)
    refusals = last_word[is_key(key, REFUSING)]
    if len(refusals):  # "refused to accept defeat", "refused to bow to threats": resolve, no help refused
        bad = last_word[(kinds == SENTIMENT) & (values < 0)]
        toneless, negating = resolved(text, starts, word_paragraph, refusals, bad)  # `tone_resolve`
        kinds[members(last_word, toneless)], negation[negating] = -1, True
    negation[last_word[is_key(key, SOME_FEW)]] = False  # "a few were hurt": some were
    # words of a booster, a negation, a term or a phrase but its last ("steals the show"): no sentiment of their own
    covered, shadowed = covered_words(len(starts), last_word, lengths, is_booster | is_negation | (kinds == TERM),
                                      kinds == SENTIMENT)
    kinds[shadowed] = -1  # "vote of no confidence": no "confidence"
    cover_names(text, starts, word_paragraph, key, last_word, covered)  # "prisoners of war", "anti-war" (`tone_naming`)
    is_no = key == key_of("no")
    if is_no.any():  # "No 10", "The answer is no.": a number's or an answer's "no" is no word of tone at all
        toneless = np.flatnonzero(is_no)[toneless_no(text, batch.joined, starts, last_word[is_no])]
        is_no[toneless], kinds[toneless] = False, -1  # `kinds` is the batch's own (indexed from `key_kinds`)
        longer = last_word[(key == key_of(NO_LONGER))]
        if len(longer):  # "wait no longer than 18 weeks": a limit, no state lost and nothing negated
            negation[longer[limits(text, starts, longer - 1)]] = False
    numbers: dict[str, int] = {}  # each paragraph's article as a number: a name's use counts within its article
    article = np.fromiter((numbers.setdefault(a, len(numbers)) for a in batch.article_ids), np.int64, n)
    read_neighbours(text, batch.joined, starts, word_paragraph, (key, kinds, values, last_word, lengths), covered,
                    article)
    quantity_sign, is_move, move_values = (a[key] for a in move_keys())
    counted = counted_signs(text, starts, word_paragraph, last_word, (kinds == SENTIMENT) & (lengths == 1), values)
    quantity_sign = np.where(quantity_sign == 0, counted, quantity_sign)  # "cut the number of grants" (`tone_counted`)
    quantity_sign = harm_counts(text, starts, word_paragraph, (key, kinds, values, lengths, last_word), quantity_sign,
                                counted, is_move & ~covered[last_word] & (move_values < 0))  # "Attacks fell"
    costs = np.flatnonzero(is_key(key, COSTS))  # "cut the cost of borrowing"; no cost that moves of itself
    quantity_sign[costs[~cut_costs(text, starts, word_paragraph, last_word[costs])]] = 0
    is_quantity = (quantity_sign != 0) & ~covered[last_word]
    is_move &= ~covered[last_word] & (kinds != -1)
    if is_quantity.any() and is_move.any():  # "profits fell" bad, "unemployment fell" good: the verb says it
        read_moves(text, starts, kinds, values, quantity_sign, is_quantity, is_move, last_word, word_paragraph,
                   SENTIMENT, move_values)
    is_expecting = is_key(key, EXPECTING) & (kinds == SENTIMENT)
    if is_expecting.any():  # "better than feared", "lower than hoped": the comparison says the news, no feeling
        at = np.flatnonzero(is_expecting)
        said, compared = comparisons(text, starts, word_paragraph, last_word[at])
        kinds[at[said == QUALITY]] = -1
        values[at[said == SHORT]] *= -0.74  # `values`: the batch's own (indexed from `key_values`)
        kinds[members(last_word, compared) & (kinds == SENTIMENT)] = -1
    no[last_word[is_no & ~covered[last_word]]] = True  # the "no" of "no one" negates once, as "no one"
    sentiment = ((kinds == SENTIMENT) | (kinds == AVERTS)) & ~covered[last_word]
    # "no" right before a sentiment word ("no problem") has no valence: it negates that word instead.
    felt = np.zeros(len(starts) + 5, dtype=bool)
    felt[last_word[sentiment & ~is_no]] = True
    sentiment &= ~(is_no & felt[last_word + 1])
    sentiment |= is_no & lonely_no_longer(last_word, key == key_of(NO_LONGER), felt)  # "could no longer afford it"
    # "no data was lost", "no lives have been lost": a passive's participle three or four words on is negated too, and
    # the "no" has none either (`passive_after_no`)
    toneless, no_passive, far_passive = no_passives(text, starts, word_paragraph, last_word, is_no, sentiment, felt)
    sentiment, far_passive = sentiment & ~toneless, np.concatenate((far_passive, far_out))
    ones = last_word[not_one | (key == key_of("none"))]  # "None of the passengers was injured" says as much
    if len(ones):  # "Not one of the hostages was harmed": the participle past the negation's reach is negated too
        far_passive = np.concatenate((far_passive, none_of_passives(text, starts, word_paragraph, ones, felt)))
    words, valence, averted, undone, freed, aims = averted_words(batch.joined, text, starts, word_paragraph, key, kinds,
                                                           last_word, sentiment, values[sentiment].copy(), negation, no)
    paragraph = word_paragraph[words]
    sign = np.sign(valence)
    fading = last_word[is_key(key, FADING)]
    if len(fading):  # "Hopes of a breakthrough faded": the good thing is gone (`tone_faded`)
        goods = words[sign > 0]
        gone = goods[faded_goods(batch.joined, text, starts, word_paragraph, fading, goods)]
        valence[members(words, gone)] *= -0.74
    undone_next = np.zeros(len(starts) + 1, dtype=bool)
    undone_next[undoing] = True
    undone_next[aims] = True  # "halted an attempt to free them": the aim undone, as after "failed to"
    origin = phrase_origins(words, last_word, lengths, sentiment & (lengths > 1))  # "not yet out of the woods"
    reached = np.zeros(len(words), dtype=bool)  # the words a negation reached
    word_signs = np.zeros(len(starts) + 2, dtype=np.int64)
    word_signs[words] = sign
    verbal = np.zeros(len(starts) + 1, dtype=bool)  # a negation before a verb: "not", "never", "unlikely to"
    verbal[last_word[is_negation][verb_negation_keys()[key[is_negation]]]] = True
    concessions = last_word[is_key(key, CONCEDING)]  # "Despite the ceasefire, fighting ...": no reach past its mark
    conceded_past = past_clause(batch.joined, text, starts, word_paragraph, concessions)
    for distance, scale in enumerate(_DISTANCE_SCALE, start=1):
        before = origin - distance
        same = (before >= 0) & (word_paragraph[np.maximum(before, 0)] == paragraph)
        before = np.where(same, before, len(starts))  # the last slot of booster/negation is always empty
        valence += sign * booster[before] * scale
        negated = negation[before] | (no[before] & ((distance <= 2) | no_passive[words]))
        negated &= conceded_past[words] != before + 1
        if distance > 1:  # "would not help struggling families": "not" undoes the help, not the families' struggle
            negated &= ~(verbal[before] & ~no[before] & objects_of_negated(before, sign, word_signs))
        if distance == 1 and (len(undoing) or len(aims)):  # a good verb, or a harm: "failed to calm", "failed to kill"
            negated |= undone_next[before] & ((sign > 0) | harm[np.minimum(words, len(starts))])
        negated &= (averted == 0) | (distance < averted)
        reached |= negated
        valence = np.where(negated, valence * -0.74, valence)
    if len(far_passive):  # "no lives have been lost"
        negated = members(words, far_passive) & (averted == 0)
        reached |= negated
        valence = np.where(negated, valence * -0.74, valence)
    passed = passed_on(text, starts, word_paragraph, words, reached)
    if len(passed):  # "No one has been seriously hurt": the adverb passes its negation on to the word it qualifies
        valence = np.where(members(words, passed) & ~reached & (averted == 0), valence * -0.74, valence)
    valence = np.where(((averted > 0) & ~undone) | (freed > 0), valence * -0.74, valence)  # the verb decides
    # a "no" right after a harm is its object's negation, as "nothing" is: "The wildfire damaged no homes"
    object_no = np.flatnonzero(is_no & ~covered[last_word])
    object_no = object_no[no_objects(batch.joined, text, starts, last_word[object_no])]
    no_words, objects = last_word[object_no], is_key(key, NO_OBJECTS) & members(last_word, negating)
    objects[object_no] = True
    opening = is_key(key, COUNTERFACTUALS)
    if opening.any() or objects.any():  # "But for the rescuers, 40 would have died", "The fire damaged nothing"
        away, unharmed = kept_away(batch.joined, text, starts, (last_word, lengths, opening, objects), words[sign < 0])
        reached |= members(words, unharmed) & (averted == 0)  # its event no news, as "No one was hurt" says
        valence = np.where(members(words, away) & (valence < 0), valence * -0.74, valence)
        valence[members(words, no_words[members(no_words - 1, unharmed)])] = 0.0  # and that "no" none of its own
    harms = words[(reached | (members(words, passed) if len(passed) else reached)) & (sign < 0) & (averted == 0)]
    harms = harms[members(harms, last_word[is_key(key, HARMED)])] if len(harms) else harms
    if len(harms):  # "No one was injured in the emergency landing": the event of a harm that befell no one is no news
        events = spared_events(batch.joined, text, starts, word_paragraph, harms, words[sign < 0],
                               np.sort(words[valence < 0]))
        valence[members(words, events)] = 0.0
    outlasted = backdrop_harms(batch.joined, text, starts, word_paragraph, np.sort(words[sign < 0]))  # "opened after
    valence = np.where(members(words, outlasted) & (valence < 0), valence * -0.74, valence)  # months of delays": over
    valence = conceded_tone(batch.joined, text, starts, word_paragraph, concessions, words, valence)  # "cut, despite"
    return paragraph_scores(valence, paragraph, n_words)
