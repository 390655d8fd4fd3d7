"""Words of tone that a neighbour says carry none, or another valence: a penalty's "fine", a cure's "kills", a disease
naming its cure, a saving that is a motive, a word in its other sense, a deal sought or made for a purpose, a confidence
vote survived, a success taken by storm, a good word that is what a worry is about, a word of praise in a name, a
town's or a speaker's, a price's "worth"."""

from __future__ import annotations

import numpy as np

from transforms.enrichments.members import members
from transforms.enrichments.tone_confidence import NO_CONFIDENCE, survived_votes
from transforms.enrichments.tone_cures import CURE, KILLING, cures, killed_words
from transforms.enrichments.tone_deals import toneless_deals
from transforms.enrichments.tone_keys import SENTIMENT, is_key, key_mask, key_of, sense_keys, worry_keys
from transforms.enrichments.tone_named_harms import NAMING_HARMS, named_harms
from transforms.enrichments.tone_names import named_praise
from transforms.enrichments.tone_penalty import PENALTY, penalties
from transforms.enrichments.tone_savings import SAVING, money_saved
from transforms.enrichments.tone_senses import bad_senses
from transforms.enrichments.tone_speakers import named_speakers
from transforms.enrichments.tone_storms import TRIUMPH, named_storms, taken_by_storm
from transforms.enrichments.tone_towns import named_towns
from transforms.enrichments.tone_worries import worried_about
from transforms.enrichments.tone_worth import WORTH, prices


def read_neighbours(text: str, joined: str, starts: np.ndarray, word_paragraph: np.ndarray,
                    found: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray],
                    covered: np.ndarray, article: np.ndarray | None = None) -> None:
    """Set to −1 the `kinds` of the keys found (`key`, `kinds`, `values`, `last_word`, `lengths`: a batch's own) whose
    neighbours say they carry no tone, and a cure's valence in `values` ("a drug that kills cancer cells")."""
    key, kinds, values, last_word, lengths = found
    is_penalty = key == key_of(PENALTY)
    if is_penalty.any():  # "a fine of £5m", "a $550,000 fine": no tone, as "fined" (the adjective keeps its)
        at = np.flatnonzero(is_penalty)
        penalty = penalties(text, joined, starts, word_paragraph, last_word[at])
        kinds[at[penalty]] = -1  # `kinds` is the batch's own (indexed from `key_kinds`)
    is_worth = key == key_of(WORTH)
    if is_worth.any():  # "jewels worth €2 million": a price, no merit (`tone_worth`)
        at = np.flatnonzero(is_worth)
        kinds[at[prices(text, joined, starts, word_paragraph, last_word[at])]] = -1
    is_killing = is_key(key, KILLING)
    if is_killing.any():  # "a new antibiotic that kills drug-resistant bacteria": a cure, no death
        at = np.flatnonzero(is_killing)
        at = at[cures(text, starts, word_paragraph, last_word[at])]
        values[at] = CURE  # `values`: the batch's own (indexed from `key_values`)
        kinds[killed_words(last_word[at], last_word, values, len(starts))] = -1  # "kills cancer cells": no cancer
    is_harm = is_key(key, NAMING_HARMS)
    if is_harm.any():  # "The FDA approved the cancer drug": the disease names the medicine, no news of its own
        at = np.flatnonzero(is_harm)
        kinds[at[named_harms(text, starts, word_paragraph, last_word[at])]] = -1
    is_saving = is_key(key, SAVING)
    if is_saving.any():  # "cut 2,000 jobs to save money": the motive of a move, no rescue
        at = np.flatnonzero(is_saving)
        kinds[at[money_saved(text, joined, starts, word_paragraph, last_word[at])]] = -1
    is_praise = (kinds == SENTIMENT) & (values > 0) & (lengths == 1)
    if is_praise.any():  # "Great Barrier Reef", "Good Friday", "Best Buy": a name, no praise (`tone_names`)
        at = np.flatnonzero(is_praise)
        named = named_praise(text, joined, starts, word_paragraph, last_word[at], article)
        named |= named_towns(text, joined, starts, word_paragraph, last_word[at])  # "Hope is a city in Arkansas"
        named |= named_speakers(text, joined, starts, word_paragraph, last_word[at])  # "Hope said on Monday"
        kinds[at[named]] = -1
    is_sense = sense_keys()[key]
    if is_sense.any():  # "shot dead", "bomb blast" are bad news; "shot a 68", "a flood of orders" no news at all
        at = np.flatnonzero(is_sense)
        bad = bad_senses(text, starts, word_paragraph, last_word[at])
        storms = np.flatnonzero(~bad & is_key(key[at], ("storm",)))  # "Storm Darragh left thousands without power"
        bad[storms] = named_storms(joined, starts, word_paragraph, last_word[at[storms]])
        storms = storms[~bad[storms]]  # "The band took Glastonbury by storm": a success, as the lexicon's "triumph"
        taken = storms[taken_by_storm(text, starts, word_paragraph, last_word[at[storms]])]
        bad[taken], values[at[taken]] = True, TRIUMPH
        kinds[at[~bad]] = -1
    # after the senses: a deal's purpose is a word of tone in its sense ("a deal to close the plant", not "the gap")
    kinds[toneless_deals(text, joined, starts, word_paragraph, key, last_word, lengths, kinds)] = -1  # "to reach"
    is_vote = is_key(key, NO_CONFIDENCE)  # "survived two no-confidence votes": none
    kinds[survived_votes(text, starts, word_paragraph, last_word, is_vote)] = -1
    is_worried = key_mask(tuple(worry_keys().tolist()))[key] & (kinds != -1) & ~covered[last_word]
    if is_worried.any():  # "concerns over safety": what a worry is about is no good news
        about = worried_about(text, joined, starts, word_paragraph, last_word[is_worried])
        kinds[members(last_word, about) & (values > 0) & (kinds == SENTIMENT)] = -1
