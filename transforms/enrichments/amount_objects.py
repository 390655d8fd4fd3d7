"""What an amount counts: the noun after it (`counted_object`). Whether a word is a plural noun it counts is read
by `amount_plurals`, which words after it are no noun by `amount_verbs`, and a headline's words by
`amount_headline_words`; what is read past before the noun by `amount_read_past` (a magnitude, a worth, a model's
number) and `amount_wholes` (a share's or a part's determiner, possessor and adjectives); the noun at the word where
reading past stops by `amount_counted_nouns` (a compound's head, a change's noun, a gap to a mark).

The object is the first lower-case word after the amount (after "of", after capitalised words and a
few adjectives: "12,000 North Korean troops" → "troops"; `amount_modifiers`), unless it is a function word or a verb
of a short list: then it is null; after a unit, a verb, an adverb or a dimension is null too ("25 yards took", "13%
annually", "6.5 metres high"). A people in the plural right after the number is counted ("40 Palestinians",
"2,000 Britons", "30 MPs", "400,000 Sri Lankans"), and one whose plural has no "-s" before no noun ("1.5
million Rohingya live", "300 Chinese."), and so is a group's plural name before a verb ("200 Maoists launched";
`amount_groups`), but not a scorer's name after a score ("Ireland 17 Jones kicked"). After a share's or a sum's "of" a
determiner is read past ("28.5% of the vote" → "vote"), and letters in capitals that end the phrase are what it is of
("2.5% of GDP by 2027" → "GDP").
It is a heuristic without a part-of-speech tagger, and says so.
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_counted_nouns import counted_noun
from transforms.enrichments.amount_groups import PEOPLES_WITHOUT_S, after_team, group_plural, people_named
from transforms.enrichments.amount_headline_words import HEAD_AFTER, SCORE_OR_LABEL, verb_of_subject
from transforms.enrichments.amount_modifiers import (
    ADJECTIVES,
    SPACED_PERIOD_COMPARISON,
    participle,
)
from transforms.enrichments.amount_phrase_ends import (
    base_verb,
    no_noun_after,
    titled_currency_moves,
    titled_currency_noun,
    verb_or_end,
)
from transforms.enrichments.amount_plurals import (
    NEXT_WORD,
    NOT_OBJECTS,
    coin_ticker,
    counts,
    plural_ahead,
)
from transforms.enrichments.amount_poll_measures import poll_measure
from transforms.enrichments.amount_power_pairs import paired_end
from transforms.enrichments.amount_products import model_digit, product_name
from transforms.enrichments.amount_read_past import (
    MODEL_AFTER_NAME,
    MODEL_DIGIT_AFTER_NAME,
    READ_PAST_FIRST,
    READ_PAST_WORDS,
    after_count,
    read_past,
)
from transforms.enrichments.amount_titles import title_case
from transforms.enrichments.amount_units import PERSON, person_after
from transforms.enrichments.amount_verbs import (
    BASE_VERBS,
    COUNTED_PARTICIPLES,
    GOODS_WORDS,
    ING_VERBS,
    OF_BEFORE,
    OF_SUBJECT_PAST_TENSES,
    PAST_TENSES,
    VERB_ENDS,
    adjective_before_noun,
    goods_participle,
    shares_verb,
    verb_before_object,
    verb_or_adverb,
)
from transforms.enrichments.amount_wholes import (
    NAME_GOES_ON,
    OF_DETERMINERS,
    PARTITIVE_DETERMINERS,
    PHRASE_END,
    WHOLE_ADJECTIVES,
    adjective_read_past,
    after_determiner,
    whole_follows,
)

# A count's number in figures after a share's "of the" (`counted_object` reads what the count counts), before a word
_COUNT_AFTER = re.compile(r"[^\S\n]+\d[\d,]*(?:\.\d+)?(?=[^\S\n]+[A-Za-z])")
# Characters after an amount where none of the words `counted_object` reads can start (its next word, a magnitude, a
# worth, a rate, a model's number: each opens with a space, a backslash, a letter or a dash): "5,", "5.", "5)", the
# text's end. A third of a batch's amounts end so, and count nothing without a regex tried.
_NOTHING_AFTER = frozenset((*",.;:!?)]}\"'/%\n’”", ""))


# The compound adjectives a scale word is hyphenated to (`amount_pattern.AMOUNT` ends the amount before them)
_SCALED_COMPOUNDS = ("-strong", "-year-old", "-years-old")
# A "-strong" body's word then "of": the members of the body are what is counted ("a 5 million-strong army of fans")
# (not a clause's "of which": "a 1 million-strong force of which a third are reservists" counts the force)
# ... an article before them read past ("a 2 million-strong army of the faithful", "of the unemployed")
_BODY_OF = re.compile(r"-strong[^\S\n]+[a-z]+[^\S\n]+of[^\S\n]+(?P<the>the[^\S\n]+)?(?=[a-z])"
                      r"(?!(?:which|whom|whose)\b)")


def counted_object(text: str, end: int, after_unit: bool = False, start: int = -1, compound: bool = False
                   ) -> str | None:
    """Return the noun an amount counts: the first lower-case word after it that is not a function word, and after a
    unit (`after_unit`) no verb or adverb (`verb_or_adverb`; after "of", a participle is an adjective read past, and
    so is one before a noun; a hyphenated word before a noun is, after "of" or not: `adjective_before_noun`),
    nor a word a determiner follows, unless one is before the amount, which starts at `start` (`DETERMINER_AFTER`).
    After a sum or a share (`compound`) a noun compound is read to its head, after "of" too ("a €50bn aid package
    for" → "package", "$5m of plastic surgery" → "surgery"; `amount_compounds`).

    >>> counted_object("12,000 North Korean troops", 6), counted_object("5 of the", 1)
    ('troops', None)
    >>> counted_object("a 7.8-magnitude quake", 5), counted_object("a 6.5 magnitude earthquake", 5)
    ('quake', 'earthquake')
    >>> counted_object("25 yards took a shot", 8, True), counted_object("89,000 tonnes of fortified food", 13, True)
    (None, 'food')
    >>> counted_object("40 mph hit the town", 6, True, 0), counted_object("a $337m hit the firm took", 7, True, 2)
    (None, 'hit')
    >>> counted_object("2 million-strong army", 9), counted_object("4.5 billion-year-old rock", 11)
    ('army', 'years')
    >>> counted_object("5 million-strong army of fans", 9), counted_object("2 million-strong army of Leeds", 9)
    ('fans', 'army')
    >>> counted_object("60,000 sang the anthem", 6), counted_object("2,500 paid staff", 5)
    (None, 'staff')
    """
    after = text[end: end + 1]  # the character after the amount (none at the text's end)
    if after == "-" and text.startswith(_SCALED_COMPOUNDS, end):  # a scale word's compound adjective
        if text.startswith("-strong", end):  # "a 2 million-strong army": the army is what is counted
            body = _BODY_OF.match(text, end)  # ... but the fans of "a 5 million-strong army of fans"
            people = NEXT_WORD.match(text, body.end() - 1) if body and body.group("the") else None
            if people and people.group(1) in COUNTED_PARTICIPLES:
                return people.group(1)  # "an army of the unemployed" (it counted the verb after them)
            return counted_object(text, body.end() - 1 if body else end + 7, after_unit, start, compound)
        return "years"  # "a 4.5 billion-year-old rock": an age of 4.5 billion years
    if after in _NOTHING_AFTER or SPACED_PERIOD_COMPARISON.match(text, end) or after_unit and text[
            end - 1: end] in _SHARE_ENDS and poll_measure(text, end):
        paired = paired_end(text, end) if after == "/" and after_unit else -1
        if paired >= 0:  # a battery's power, then its energy: "a 300MW/1,200MWh battery" counts the battery
            return counted_object(text, paired, True, start, compound)
        return None  # "fell 2.1% year on year", "29% voting intention": a change's period, a poll's people
    skipped = 0
    # the words after "of" are a noun phrase: "of snow", "of fortified blended food" (an amount may end with its "of":
    # "Hundreds of displaced families", "a third of")
    of = text.endswith(" of", 0, end) or after_unit and text.endswith("alf", 0, end)  # "half the nation", as "of"
    # The word after the amount, read once: `_READ_PAST` matches only after a dash or before a word that starts with
    # "magnitude" or "worth" (its space is the one `NEXT_WORD` reads past), so most amounts are not tried at it
    match = NEXT_WORD.match(text, end)
    position = end
    if after in READ_PAST_FIRST or match is not None and match.group(1).startswith(READ_PAST_WORDS):
        position = read_past(text, end, after_unit)  # (the loop reads the word after what it read past)
    title: bool | None = None  # whether the amount's line is a headline in Title Case, read at its first capital
    group = None  # the capitalised plural just read past, the head if a verb follows it ("200 Maoists launched")
    named = True  # no capitalised function word read past: "49ers 17 The Dolphins spent" starts a sentence
    word = ""
    lead = 0  # lower-case adjectives read past first: a people after them is counted ("1.5 million ethnic Rohingya")
    just_of = of  # the word read last was the amount's "of"
    determined = False  # ... or the determiner after it, or a possessor or an adjective after that
    while skipped < 4:
        if skipped or position != end:  # (the word right after the amount is read above)
            match = NEXT_WORD.match(text, position)
        if not match:
            if determined and compound and (count := _COUNT_AFTER.match(text, position)):
                return counted_object(text, count.end())  # a share of a count is of what it counts: "two-thirds
                # of the 650 MPs" → "MPs" (it was none)
            model = MODEL_AFTER_NAME.match(text, position) if skipped and not word.islower() else (
                after_count(text, position) if not skipped and not after_unit else None)
            if model is None and skipped:
                model = model_digit(text, position, word)  # "3.2 million PlayStation 5 consoles", "5 Model 3 cars",
                # "3 Pixel 8 phones" (they counted nothing)
            if model is None:
                return group
            position = model.end()  # "100 Boeing 737 jets", "Orders 150 Airbus A320 Jets", "50 million iPhone 17
            # units": the model's number
            skipped += 1
            continue
        word = match.group(1)
        position = match.end()
        lower = word.lower()
        if skipped == 0 and not after_unit and coin_ticker(text, word, position):
            return word  # a coin counted by its ticker: "sold 0.5 BTC" (capitals read past, it counted nothing; not
            # "19 DOGE staffers", whose capitals name the noun after them)
        if just_of and not compound and not after_unit and skipped == 1 and lower in PARTITIVE_DETERMINERS:
            if whole_follows(text, position):  # "277 of his Division IA leading 350 wins": a part of a whole
                return None  # counted after it, whose noun `amount_tallies` gives it (it counted "leading")
            just_of = determined = True  # a count's "of the": "40 of the hostages" counts hostages (it counted none)
            continue
        if just_of and compound:  # a share's or a sum's "of": "28.5% of the vote", "2.5% of GDP"
            if lower in OF_DETERMINERS:
                just_of = determined = True  # "of the vote", "of its workforce": the noun after it is what it is of
                continue
            if word.isupper() and word.isalpha() and len(word) > 1 and PHRASE_END.match(text, position):
                return word  # an economy's measure or a body's letters, no noun after them: "2.5% of GDP by 2027"
            if word[0].isupper():
                named_people = people_named(text, position, word)
                if named_people:  # a people is no noun's modifier: "20% of Belgians speak Dutch", "of New
                    return named_people[0]  # Zealanders live" (it counted "speak", "live": verbs of no short list)
                if group_plural(word) and verb_or_end(text, position):
                    return word  # "80% of Maoists depend" (it counted "depend"; not "90% of Windows machines", whose
                    # noun follows)
            if lower in WHOLE_ADJECTIVES and adjective_read_past(text, position, lower):
                just_of = determined = True  # "45% of gross domestic product", "of total sales": as after "the"
                continue  # (it counted "gross")
        if determined:
            whole = after_determiner(text, position, word, lower)
            if whole is not None:
                if whole.position < 0:
                    return whole.found  # a group named in the plural, or no noun of the whole's ("of the most")
                position = whole.position  # a possessor, a name's or a whole's adjective: read past
                continue
            determined = False
        just_of = lower == "of"
        if word[0].isupper():
            if title is None:  # (a currency's capitalised word hyphenated to the number names a thing, its noun next,
                # a verb or the phrase's end after it: "The 100-Dollar Bill gets a redesign" counts the bill, it counted
                # "gets"; not a name before a noun, "20-Dollar Amazon gift cards")
                title = title_case(text, end) or skipped == 0 and titled_currency_noun(text, end, position)
            named_people = people_named(text, position, word) if skipped == lead else None
            if named_people and (title or not NAME_GOES_ON.match(text, named_people[1])):
                return named_people[0]  # a people in the plural right after the number: "40 Palestinians"
            if skipped == lead and word in PEOPLES_WITHOUT_S and no_noun_after(text, position, title):
                return word  # "1.5 million Rohingya live", "300 Chinese." (not "5,000 Chinese companies")
            if skipped == 0 and not title and after_team(text, start):
                return None  # "Ireland 17 Jones kicked", "Munster 19 Murray kicked": a score, then its scorer's name
            if skipped == 0 and not title and (
                    text[end - 1: end] == "." or after_unit and text.endswith("pound", 0, end)
                    and person_after(text, end) == PERSON):
                return None  # "rose 4 pct. The firm": the abbreviation's dot ended the sentence; "300-pound
                # Cornelius Griffin": a weight of a person, named
            if title and not word.isupper():
                if SCORE_OR_LABEL.match(text, position):
                    model = MODEL_AFTER_NAME.match(text, position) or model_digit(text, position, word)
                    if model is None:
                        return None  # "Braves 6 Rockies 4", "Att: 50,430 Ref: S Dunn": a score's team, a label
                    position = model.end()  # "Orders 100 Boeing 737 Jets": a maker's name and its model's number
                    skipped += 2  # ("Lakers 112 Celtics 108" reads on to "Celtics", a score's team before "108")
                    continue
                if HEAD_AFTER.match(text, position) and lower not in NOT_OBJECTS and (
                        after_unit or not counts([lower])) and not (
                        skipped == 0 and titled_currency_moves(text, end, position)):
                    skipped += 1  # "Buys 4.3 Pct. Sears Stake", "Two Aid Workers": the noun is the next word (not
                    continue  # after a function word or a plural: "Kills 14 In Texas", "737 Passengers Lands Safely")
                # (a hyphenated word is a noun: "Two Co-Accused Deny Charges")
                ahead = _NAME_THEN_HEAD.match(text, position) if lower not in NOT_OBJECTS and "-" not in word else None
                if ahead and not counts([lower]) and ahead.group(1).lower() not in NOT_OBJECTS:
                    skipped += 1  # "Sells 12 Million Vision Pro Headsets": a product's two words, then the noun
                    continue
                if skipped == 0 and not after_unit and start >= 0 and verb_of_subject(text, start, end, lower):
                    return None  # "Three Hold First-Round Lead", "Firefox 1.0 Presents Threat": a verb
                word = lower  # "Motorola to Cut 1,000 Jobs": every word has a capital, the noun's as any other
        goods = after_unit and lower in GOODS_WORDS and goods_participle(text, position, lower)
        if after_unit and skipped == 0 and not of and not goods and (
                participle(lower) or lower in OF_SUBJECT_PAST_TENSES) and OF_BEFORE.search(
                text, max(0, start - 4), start):
            return None  # a noun's sum, then its verb: "EPS of $1.20 missed estimates" (it counted "estimates")
        if word == "of" and skipped == 0 or word[0].isupper() or lower in ADJECTIVES or word[0].islower() and (
                not word.islower() and (MODEL_AFTER_NAME.match(text, position) or product_name(
                    word) and MODEL_DIGIT_AFTER_NAME.match(text, position))) or (
                of and after_unit and participle(lower)) or goods or adjective_before_noun(
                text, position, lower, of, title, after_unit):
            of = of or word == "of"
            lead += skipped == lead and word.islower() and lower in ADJECTIVES
            named = named and not (word[0].isupper() and lower in NOT_OBJECTS)
            group = word if named and not after_unit and word[0].isupper() and group_plural(word) else None
            skipped += 1
            continue
        if group and (lower in NOT_OBJECTS or lower in PAST_TENSES or lower in ING_VERBS or participle(lower)
                      or not counts([lower]) and VERB_ENDS.match(text, position)):  # "5,000 Chinese Muslims live in"
            return group
        if after_unit and not of and (verb_or_adverb(lower) or verb_before_object(text, position, start) or (
                skipped == 0 and text[end - 1: end] in _SHARE_ENDS and shares_verb(text, position, lower, start))):
            return None  # (a share's "-ing" verb: "51.9% voting to leave")
        if not after_unit and participle(lower) and lower not in COUNTED_PARTICIPLES:
            if VERB_ENDS.match(text, position):
                return None  # a verb: "The crowd of 17,000 celebrated the win", "A crowd of 74,000 watched."
            if not of and not title:  # before no plural within two words, a verb too: "More than 20 followed suit",
                if plural_ahead(text, position):  # "11 showed stronger growth", "145 helped give" (each was the
                    skipped += 1  # object); before one, an adjective: "250,000 failed asylum seekers" → "seekers",
                    continue  # "68 unreleased Nirvana tracks" → "tracks" (each counted the participle)
                if "-" not in lower:  # (a hyphenated one is a noun as often: "Two co-accused deny the charges")
                    return None
        if lower in BASE_VERBS and skipped == 0 and not of and not title and base_verb(
                text, position, lower, start, after_unit):
            return None  # a verb whose subject the amount is: "About 10,000 live in tents", "48% use two"
        if lower in ING_VERBS or lower in PAST_TENSES and not of:
            return None  # a verb, of one form only (not before a plural: "2,500 paid staff" read it past): "A crowd
            # of 60,000 sang", "24 million saw him", "£25 billion coming from", "44% of Britons taking"; after "of"
            # a participle ("£1.5bn of lost sales")
        return counted_noun(text, position, word, skipped=skipped, start=start, title=title, after_unit=after_unit,
                            of=of, compound=compound)
    return None


# A product's second word in Title Case, then a plural noun (`HEAD_AFTER`): "Vision Pro Headsets", "Galaxy Fold Phones"
_NAME_THEN_HEAD = re.compile(r"[^\S\n]+([A-Z][\w-]*)(?=" + HEAD_AFTER.pattern + ")")


# The last character of a share ("5%", "5 per cent", "5 pct"), whose people may be the subject of a verb after it
_SHARE_ENDS = ("%", "t")
