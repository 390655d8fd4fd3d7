"""What a verb averts: the bad words after a verb of averting, a captive a verb of releasing frees, a worry eased or
waning, a charge a court undoes ("avoid bankruptcy", "Hostages freed", "eased fears of a recession", "Tensions eased",
"quashed her conviction"), and the help a harm is given ("helped the gang escape": `tone_helping`). tone's docstring
says what each does to a paragraph's tone; the rules' words and limits are in the modules each step names.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.members import distinct, members
from transforms.enrichments.tone_attempts import ATTEMPTING, attempt_reach, halted_aims
from transforms.enrichments.tone_averting import ESCAPE, averting_verbs, not_verbs
from transforms.enrichments.tone_clearing import CLEARING_ONE, cleared_reach
from transforms.enrichments.tone_courts import charged_words
from transforms.enrichments.tone_detection import disease_words, found_early
from transforms.enrichments.tone_easing import easing_reach, worry_clauses
from transforms.enrichments.tone_ended_goods import ENDED_GOOD, ended_before, ended_goods, ended_subjects, plain_ends
from transforms.enrichments.tone_escapes import escaped
from transforms.enrichments.tone_helping import HELPING, helped_harms
from transforms.enrichments.tone_keys import (
    AVERTS,
    UNDOES,
    court_keys,
    easing_keys,
    is_key,
    key_of,
    move_keys,
    reaches,
    release_keys,
    return_keys,
    waning_keys,
)
from transforms.enrichments.tone_mending import (
    MENDING,
    REMEDY_REACH,
    broken_promises,
    fault_reach,
    remedies,
    undelivered,
)
from transforms.enrichments.tone_phrases import phrases_found
from transforms.enrichments.tone_plans import failed_plans
from transforms.enrichments.tone_reaches import ENDING, MAIN_HARMS, object_reach, spans_reach
from transforms.enrichments.tone_recoveries import recovered_loot, unrecovered_loot
from transforms.enrichments.tone_reducing import HARM_VALENCE, REDUCING, reduced_reach
from transforms.enrichments.tone_releasing import CAPTIVITY, FAR, LOOT, SWAPPED, passive_participles, released_captives
from transforms.enrichments.tone_sparing import SPARING, sparing_reach
from transforms.enrichments.tone_tables import TRAPPED_THINGS, WINDOW
from transforms.enrichments.tone_unmet import late_comings, unmet_subjects, yet_comings
from transforms.enrichments.tone_waning import mended_faults, recovered_since, waning_verbs

Averted = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def averted_words(
    joined: str, text: str, starts: np.ndarray, word_paragraph: np.ndarray, key: np.ndarray, kinds: np.ndarray,
    last_word: np.ndarray, sentiment: np.ndarray, valence: np.ndarray, negation: np.ndarray, no: np.ndarray,
) -> Averted:
    """Return the sentiment words a verb leaves (their word numbers, valences, and per word how many words before it
    its averting verb is, whether a negation undoes that verb, and how many words after it the verb that frees it is;
    0: none), and the word numbers of the "to" of each good aim a verb of averting undoes ("halted an attempt to free
    them": `halted_aims`): a verb of averting has no valence where it averts a word, and a captive's captivity goes
    with it.

    `key`, `kinds` and `last_word` are per key found in a batch's `lowered` `text` (`joined` with its marks),
    `sentiment` which of them are words of tone, valued `valence`; `negation` and `no` per word number, the words
    that negate.
    """
    words, verb = last_word[sentiment], kinds[sentiment] == AVERTS
    helping = np.flatnonzero(is_key(key[sentiment], HELPING))
    if len(helping):  # "Fog helped the gang escape": help given to a harm is bad news (`tone_helping`)
        valence[helping[helped_harms(text, starts, word_paragraph, words[helping])]] *= -0.74
    sick = np.flatnonzero(is_key(key[sentiment], disease_words()) & (valence < 0))
    if len(sick):  # "detected bowel cancer years before symptoms appeared": a disease found early (`tone_detection`)
        valence[sick[found_early(joined, starts, word_paragraph, words[sick])]] *= -0.74
    loot = np.flatnonzero(is_key(key[sentiment], LOOT) & (valence < 0))
    if len(loot):  # "Police recovered the stolen car": a theft undone, as "returned" undoes it (`tone_recoveries`)
        valence[loot[recovered_loot(text, starts, word_paragraph, words[loot])]] *= -0.74
    # "avoid bankruptcy": the verb averts a bad word after it, which reads negated, and has no valence itself
    # a verb that a phrase holds averts nothing: "spared no one" is a suffering (tone's `NEWS_WORDS`), no "one" spared
    reach, undoing = np.zeros(len(starts) + 1, dtype=np.int64), negation | no
    undoing[last_word[kinds == UNDOES]] = True
    at = np.flatnonzero((kinds == AVERTS) & sentiment)
    noun = not_verbs(text, starts, word_paragraph, last_word[at])  # "bus stop", "an escaped killer": averting nothing
    reach[last_word[at]] = reaches()[key[at]] * ~noun
    clearing = at[is_key(key[at], CLEARING_ONE)]  # not one of a phrase: "cleared him of" reaches
    if len(clearing):  # "cleared the nurse of all charges": past the one cleared, to what it was of
        reach[last_word[clearing]] = np.maximum(reach[last_word[clearing]],
                                                cleared_reach(text, starts, word_paragraph, last_word[clearing]))
    ending = last_word[at[~noun & is_key(key[at], ENDING)]]
    ends = last_word[at[is_key(key[at], ("ended", "ends"))]]  # "The truce ended on Friday" too: what ended is before
    if len(ending):  # "ended three months of fighting": past the span, to the harm
        reach[ending] = np.maximum(reach[ending], spans_reach(text, starts, word_paragraph, ending))
    if len(at):  # "to end the siege killed 12 hostages": the object only, not the sentence's verb after it
        objects = object_reach(text, starts, word_paragraph, last_word[at], last_word[is_key(key, MAIN_HARMS)])
        capped = last_word[at[objects > 0]]
        reach[capped] = np.minimum(reach[capped], objects[objects > 0])
    attempting = last_word[at[~noun & is_key(key[at], ATTEMPTING)]]
    aims = attempting[:0]
    if len(attempting):  # "thwarted a plot to bomb the station": past the attempt, to the harm it aimed at
        good = np.zeros(len(starts) + 1, dtype=bool)  # not "a bid to help the injured": a good aim
        good[words[valence > 0]] = True
        reach[attempting] = np.maximum(reach[attempting],
                                       attempt_reach(text, starts, word_paragraph, attempting, good))
        # "halted an attempt to free the trapped miners": the aim undone, as after "failed to"
        aims = halted_aims(text, starts, word_paragraph, attempting, good, undoing)
    mended = at[is_key(key[at], MENDING)]
    if len(mended):  # "issues patches for 7 software flaws": a remedy's noun mends as the verb does, past its "for"
        remedy = mended[remedies(text, starts, word_paragraph, last_word[mended])]
        reach[last_word[remedy]] = REMEDY_REACH
        noun[members(at, remedy)] = False
    mending = last_word[at[~noun & is_key(key[at], MENDING)]]
    if len(mending):  # "fixed a security flaw that let hackers steal data": the fault's clause mended with it
        reach[mending] = np.maximum(reach[mending], fault_reach(joined, text, starts, word_paragraph, mending))
    menders = last_word[at[~noun & is_key(key[at], MENDING)]]  # a remedy that never came mends nothing
    if len(menders):  # "A fix for the flaw was never shipped", "has yet to release a patch" (`undelivered`)
        undone_menders = menders[undelivered(joined, text, starts, word_paragraph, menders)]
        reach[undone_menders] = 0
        if len(undone_menders):  # "promised a fix but it never arrived": the promise broken
            promise = members(words, broken_promises(text, starts, word_paragraph, undone_menders)) & (valence > 0)
            valence[promise] *= -0.74
    reducing = last_word[at[~noun & is_key(key[at], REDUCING)]]
    if len(reducing):  # "cut flood damage in the villages", not "cut funding for flood defences": the object only
        harm = np.zeros(len(starts) + 1, dtype=bool)  # "cut flood damage", not "cut pay": a harm is the object's head
        harm[words[(valence <= HARM_VALENCE) & ~verb]] = True
        reach[reducing] = reduced_reach(joined, text, starts, word_paragraph, reducing, harm)
        # a quantity is a move verb's ("reduced homelessness", "cut deaths": `tone_moves` reads its fall), not averted
        # twice; one no move leads keeps its verb ("curbed pollution")
        counted = np.zeros(len(starts) + WINDOW + 1, dtype=bool)
        counted[last_word[move_keys()[0][key] != 0]] = True
        moving = np.isin(reducing, last_word[move_keys()[1][key]])
        leads = np.zeros(len(reducing), dtype=bool)
        for d in range(1, WINDOW + 1):
            leads |= counted[reducing + d] & (reach[reducing] >= d)
        reach[reducing[moving & leads]] = 0
    sparing = last_word[at[~noun & is_key(key[at], SPARING)]]
    if len(sparing):  # "spared the coast major damage", not "spared the town but destroyed farms"
        reach[sparing] = sparing_reach(joined, text, starts, word_paragraph, sparing)
    escaping = last_word[at[~noun & is_key(key[at], ESCAPE)]]
    if len(escaping):  # "escaped serious injury in the crash": the adjective escaped too, the crash no news of its own
        reach[escaping], event = escaped(text, starts, word_paragraph, escaping, words[valence < 0])
        valence[members(words, event)] = 0.0
    still = np.zeros(len(starts) + 1, dtype=bool)  # "an unscheduled stop": the noun has none of VADER's −1.2
    still[last_word[at[noun & is_key(key[at], ("stop", "stops"))]]] = True
    undoing[aims] = True
    # "released the hostages", "Hostages freed": a verb of releasing averts only a captive, after it or before it
    is_captive, is_releasing, is_released = (a[key] for a in release_keys())
    releasing, released = np.zeros(len(starts) + 1, dtype=bool), np.zeros(len(starts) + 1, dtype=np.int64)
    releasing[last_word[is_releasing]] = True
    at = last_word[is_released]  # "were freed" reaches its captive past the words that say which
    swapped = is_key(key[is_released], SWAPPED)  # only a passive's: "to be exchanged"
    released[at] = np.where(passive_participles(text, starts, word_paragraph, at), FAR, np.where(swapped, 0, WINDOW))
    captive = is_captive[sentiment] & ~verb
    trapped = np.flatnonzero(captive & (key[sentiment] == key_of("trapped")))  # "trapped gas": no one freed
    captive[trapped[phrases_found(text, starts, word_paragraph, words[trapped], TRAPPED_THINGS)]] = False
    is_worry, is_easing = (a[key] for a in easing_keys())  # "eased fears of a recession": only a worry, and its cause
    is_charge, is_undoing = (a[key] for a in court_keys())  # "quashed her conviction for fraud": as a worry eased
    easing = np.zeros(len(starts) + 1, dtype=np.int64)  # a verb averts only what is of its kind: 1 a worry, 2 a charge
    easing[last_word[is_easing]], easing[last_word[is_undoing]] = 1, 2
    is_loot, is_returning = (a[key] for a in return_keys())  # "returned the looted bronzes": only loot, 3
    easing[last_word[is_returning]] = 3
    clauses = None
    kind = is_worry[sentiment] + 2 * charged_words(words, is_charge[sentiment], word_paragraph) + 3 * is_loot[sentiment]
    if (is_easing := is_easing | is_undoing).any():  # "Shares eased as fears grew": no object of an intransitive
        at = last_word[is_easing]
        reach[at] = np.minimum(reach[at], easing_reach(joined, text, starts, word_paragraph, at))
        clauses = worry_clauses(joined, text, starts, at)  # "eased tensions. Violence erupted"
    averted, undone = averting_verbs(words, (valence < 0) & ~verb, word_paragraph, reach, undoing, captive, releasing,
                                     kind, easing, clauses)
    if len(loot):  # "Police have not recovered the stolen jewels": the negation undoes the verb, the theft kept
        unrecovered = unrecovered_loot(text, starts, word_paragraph, words[loot])
        kept = loot[(unrecovered > 0) & (averted[loot] == 0)]
        averted[kept], undone[kept] = unrecovered[(unrecovered > 0) & (averted[loot] == 0)], True
    ending = ending[plain_ends(joined, starts, ending)] if len(ending) else ending
    if len(ending):  # "ended their hopes", "ended the talks", "The winning run ended": a good thing ended
        good = (valence > 0) & ~verb & (averted == 0)
        lost, valued = ended_goods(joined, text, starts, word_paragraph, ending, words, good, undoing)
        intransitive = ending[[text.startswith(("ended ", "ends "), start) for start in starts[ending].tolist()]]
        lost |= good & ended_before(joined, text, starts, word_paragraph, words, good, intransitive, negation | no)
        valence[lost] *= -0.74
        valence[np.searchsorted(words, valued)] = ENDED_GOOD
    # "The recovery has yet to come": the "yet" denies its coming as a negation would
    negations = np.union1d(np.flatnonzero(negation[:-1]), yet_comings(text, starts, word_paragraph))
    late = late_comings(text, starts, word_paragraph)  # "The help came too late": as one that never came
    if len(negations) or len(late):  # "The hoped-for recovery never came": what never came, before its negation
        unmet_mask, wanted_mask = unmet_subjects(joined, text, starts, word_paragraph, negations, words)
        if len(late):  # a bad thing that came too late still came ("The feared recession came too late to matter"):
            # only a good or a wanted thing's lateness is bad news ("Rescue came too late"), so a bad one keeps its tone
            late_mask, late_wanted = unmet_subjects(joined, text, starts, word_paragraph, negations[:0], words, late)
            late_mask &= late_wanted | (valence > 0)
            unmet_mask, wanted_mask = unmet_mask | late_mask, wanted_mask | late_wanted & late_mask
        unmet = np.flatnonzero(unmet_mask & ~verb)
        wanted = wanted_mask[unmet]
        valence[unmet] *= -0.74
        valence[unmet[wanted]] = -np.abs(valence[unmet[wanted]])  # "the long-awaited pay deal": a thing wanted
    ends = ends[plain_ends(joined, starts, ends)] if len(ends) else ends
    if len(ends):  # "The aid programme ended", "The truce ended on Friday": a good thing of no tone, its end's subject
        valence[np.searchsorted(words, ended_subjects(joined, text, starts, word_paragraph, ends))] = ENDED_GOOD
    at = np.flatnonzero(averted)  # "A deal to release the hostages collapsed": a plan that failed averts nothing
    if len(at):
        undone[at] |= failed_plans(joined, text, starts, word_paragraph, words[at] - averted[at])
    freed = released_captives(words, captive & (averted == 0), word_paragraph, reach, released, undoing)
    averts = np.zeros(len(starts) + 1, dtype=bool)
    averts[(words - averted)[averted > 0]] = True
    averts[(words + freed)[freed > 0]] = True
    waned = np.zeros(len(words), dtype=np.int64)  # "Tensions eased": how many words after a worry its waning verb is
    is_waning, is_fault, is_time = (a[key] for a in waning_keys())  # a fault wanes as a worry: "The outage was fixed"
    faults = np.flatnonzero(is_time[sentiment] & (valence < 0))
    if len(faults):  # "Power was restored after the blackout": a fault mended, past
        goods = words[(valence > 0) & (averted == 0)]  # "pulled a girl alive from the rubble after the earthquake"
        negated = negation[np.maximum(goods - 1, 0)] | no[np.maximum(goods - 1, 0)] | no[np.maximum(goods - 2, 0)]
        for distance in (2, 3):  # no good news where a negation reaches it: "No survivors were found after the quake"
            negated |= negation[np.maximum(goods - distance, 0)]
        mended = mended_faults(joined, text, starts, word_paragraph, words[faults], distinct(last_word[is_waning]),
                               goods[~negated])
        past = faults[mended]
        recovered = recovered_since(text, starts, word_paragraph, words[past]) if len(past) else mended[:0]
        # "Bookings are at their highest since the pandemic": a recovery from it, averted as "recovering from" averts;
        # a hardship's peak since it keeps it ("Food bank use is at its highest since the pandemic")
        valence[past] = np.where(recovered > 0, -0.74 * valence[past], np.where(recovered < 0, valence[past], 0))
    worrying = np.flatnonzero((is_worry | is_fault)[sentiment] & (valence < 0) & (averted == 0) & (freed == 0))
    if len(worrying) and is_waning.any():  # the worry and what it was about, up to its verb ("Fears of war eased")
        verb_of = waning_verbs(joined, text, starts, word_paragraph, words[worrying],
                               distinct(last_word[is_waning]), negation | no)
        for at, verb_at in zip(worrying[verb_of >= 0].tolist(), verb_of[verb_of >= 0].tolist(), strict=True):
            span = np.arange(at, np.searchsorted(words, verb_at))
            span = span[(valence[span] < 0) & (averted[span] == 0) & (freed[span] == 0)]
            waned[span] = verb_at - words[span]
            averts[verb_at] = True
    keep = ~(verb & (averts[words] | still[words]))
    held = np.flatnonzero(freed > 1)  # a captive its participle frees past words: a few a batch, most none
    held = held[phrases_found(text, starts, word_paragraph, words[held], CAPTIVITY)] if len(held) else held
    if len(held):  # "prisoners held by the rebels were freed": the words of their captivity are freed too
        # each word's span, the last that opens at or before it (no array a batch's words long: 5 ms of page faults)
        first, order = words[held] + 1, np.argsort(words[held] + 1)
        span_ends = np.maximum.accumulate((words[held] + freed[held])[order])  # each ends before its participle
        span = np.searchsorted(first[order], words, side="right") - 1
        keep &= ~((span >= 0) & (words < span_ends[np.maximum(span, 0)]) & (valence < 0))
    words, valence, averted, undone = words[keep], valence[keep], averted[keep], undone[keep]
    freed = freed[keep] + waned[keep]  # a captive freed or a worry that waned: the verb after it decides
    return words, valence, averted, undone, freed, aims
