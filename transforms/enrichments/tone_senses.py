"""News words for bad events that news also writes in other senses, read by the words next to them.

"shot", "blast", "storm", "flood", "flooded", "flooding", "drought", "displaced" and "hurricanes" name a bad event as
often as they name something else: a shot on goal or a golfer's 68, a fan's "absolute blast" or one who "blasts" the
referee, a media storm, a flood of orders, a team's trophy drought, a player displaced by a signing, the Carolina
Hurricanes; "administration" is a firm's insolvency ("went into administration", and averted by a way out of it: "came
out of administration", "emerged from administration") as well as a government; "default"
is a debt unpaid as often
as a setting, and "fell" a market's fall as often as sleep or night; "concern" a worry as often
as a firm ("a going concern", Age Concern), and "concerned" worried ("concerned about") as often as involved ("the
families concerned", "as far as the club is concerned"), never as a verb ("the issues that concern voters", "The
changes concern only new customers"; "that" makes it a verb only after what it says is its subject: "Ministers share
that concern" is a worry); "concerning" is "about" and is left out.
None is in VADER's lexicon, so none had a tone.
Each now has the valence of a lexicon word of its bad sense (`SENSE_WORDS`, as tone's `NEWS_WORDS`: "shot" as "injured",
"blast" as "bomb", "storm" as "damage"), where the words next to it say that sense (`SENSES`): "shot dead", "was shot",
"shot in the leg", "bomb blast", "a blast tore through", "tropical storm", "storm damage", "a flood swept", "flooded
homes", "severe drought", "displaced families", "displaced by the fighting", "people had been displaced", and
"hurricanes" but after a team's city or rank or before a game ("the Carolina Hurricanes", "the Hurricanes beat"; 4 of
the dev corpora's 22 uses); elsewhere it has none ("shot a 68", "shot to fame", "a storm of applause", "a flood of
orders", "displaced the incumbent"). "clash" and its forms are a fight (the lexicon's "fighting") where a side of it
is armed or a crowd facing force, or a word of violence names it ("Protesters clashed with police", "fierce clashes"),
not a fixture or a quarrel ("the Champions League clash with Barcelona", "clashed with ministers"; 7 of the dev
corpora's 58 uses moved, each a fight). "default" reads bad only where money
is next to it: a debt's word ("debt default", "a sovereign default", "loan defaults"), "on" or "by" after it ("a default
on its debt", "a default by a US company"), "in default", "risk of default", a verb of averting before it ("avert a
default"), a modal or a pronoun before it and no "to" after it ("could default", "if they default"), or "a" or a
possessive before it and a verb or "in" or "of" after it, as a noun that heads its phrase ("a default would be the
biggest", "Argentina's default in 2001"); elsewhere it is the usual choice and has none ("The default answer is no",
"the default search engine", "by default"; it read bad before any noun but a program's). "fell" has the valence of the
market's verbs (tone's `NEWS_WORDS`) up to four words after a market's noun or one of `tone_moves`' quantities ("shares
fell", "the pound fell", "output fell") or right before how far or to what ("fell 5%", "fell by a third", "fell to fifth
place", "fell short", "fell behind"), never in its idioms, whatever noun is near ("The average man fell asleep", "the
market fell silent", "fell in love", "night fell"), and none elsewhere ("Night fell over the city", "The Berlin Wall
fell", "fell in love", "Christmas Day fell on Sunday"; it read as a market's fall everywhere but "fell on a"). "the
blast" alone says no sense: "No one was hurt in the blast" is good news, which a bad "blast" out of the negation's reach
would outweigh. "recovery" (not in the lexicon) reads as an improvement ("made a full recovery", "signs of recovery",
"the recovery of the economy"), but not where it is a search's for the dead or a wreck ("the recovery of bodies from
the wreck", "the recovery of the victims' remains", "the search became a recovery operation": 3 of 3 such sentences
read good when every "recovery" did). "out of the woods" is out of danger (as "safe") only as the idiom, after a form of
"be" and up to two words of time or degree ("the patient is now out of the woods", "not yet out of the woods": a
negation counts from the phrase's first word, tone's rule for a phrase); elsewhere it is a place ("came out of the
woods") and has none.

"bleached" and "bleaching" are a reef's harm where coral or a reef is next to them or up to three words on ("Warmer
seas bleached the reef", "coral bleaching"; not "bleached his hair"), and "rebound" an improvement where what rebounds
follows it, a subject rebounds from a loss or a negation of its coming follows it ("a rebound in output", "to rebound
from a disappointing loss", "The expected rebound never came", bad news; not a ball's: "pounced on the rebound").

Limits: the neighbours are one to three words either side, not a parse: "were shot in his hometown" and "a flood
that swept away homes" keep no tone, and a film "was shot by" its director reads as a shooting.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_courts import TONELESS_CHARGES
from transforms.enrichments.tone_phrases import make_phrases, phrases_found
from transforms.enrichments.tone_sense_neighbours import SENSE_NEIGHBOURS
from transforms.enrichments.tone_sport import SPORT_ANALOGUES, SPORT_SENSES

# (analogue, its VADER valence, the words that take it in their bad sense); a test checks the valences.
# The words of a recovery told by how fully it came (`SENSES` keeps them to the active)
_FULL_RECOVERIES = ("recovered fully", "recovered completely", "fully recovered", "completely recovered")
_BY_ANALOGUE: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("injured", -1.7, ("shot",)),
    ("bomb", -2.2, ("blast", "blasts")),
    ("damage", -2.2, ("storm", "storms", "flood", "flooded", "flooding", "drought", "hurricanes")),
    ("victims", -1.3, ("displaced",)),  # as "refugees"
    ("failure", -2.3, ("default", "defaults", "defaulted")),  # a failure to pay
    ("drop", -1.1, ("fell",)),  # as the market's verbs (tone's `NEWS_WORDS`)
    ("bankrupt", -2.6, ("administration",)),  # as "insolvency": "went into administration"
    ("worry", -1.9, ("concern",)),  # a worry: "voiced deep concern", "raised concerns"
    ("worries", -1.8, ("concerns",)),
    ("worried", -1.2, ("concerned",)),  # "concerned about", "deeply concerned"
    ("steal", -2.2, ("stole",)),  # a theft, as the lexicon's "stolen": "Hackers stole the data"
    ("defeated", -2.1, ("knocked",)),  # a team knocked out of a cup: "were knocked out in the first round"
    ("expelled", -1.0, ("sent",)),  # a player sent off the pitch: "was sent off for a second yellow card"
    ("dangerous", -2.1, ("hottest",)),  # record heat: "the hottest year on record"
    # a reef or its coral bleached by heat, dying: "Warmer seas bleached the reef" read + ("warmer" +1.2); not hair,
    # flour or a photograph bleached
    ("damage", -2.2, ("bleached", "bleaching")),
    ("stable", 1.2, ("ceasefire", "ceasefires", "truce", "truces")),  # a truce that held: "The ceasefire has held"
    ("improvement", 2.0, ("recovery",)),  # a patient's, an economy's or a team's: "made a full recovery"
    # a recovery told by how fully it came, a return to health: "Patients recovered fully after the surgery" read 0
    ("improvement", 2.0, _FULL_RECOVERIES),
    # a market's or an economy's return, as "recovery": "a rebound in sales"; not a ball's ("scored from the rebound")
    ("improvement", 2.0, ("rebound",)),
    ("charges", -1.1, TONELESS_CHARGES),  # a charge a court undoes: "quashed her conviction", "threw out the case"
    ("illness", -1.7, ("virus", "viruses")),  # an infection caught: "Thousands contracted the virus"
    # a fault in software, as a flaw: "A software bug left thousands unable to log in" read 0; not an insect ("eat
    # bugs", "more bugs and blood") nor a liking caught ("Microsoft gets the blogging bug")
    ("vulnerability", -0.9, ("bug", "bugs")),
    ("safe", 1.9, ("out of the woods",)),  # out of danger, the idiom: "the patient is now out of the woods"
    # a workplace or a service shut for good, a loss to those it served: "a deal to close the plant", "leaving clinics
    # shut" read good or 0; not "close to the plant", "close the gap", "shut up", a market's close
    ("loss", -1.3, ("close", "closes", "closed", "closing", "closure", "closures", "shut", "shuts", "shutting")),
    # a place open again: "The factory reopened, bringing back 300 jobs" read 0; not a quarrel or an inquiry opened
    # again ("Dyke reopens WMD row", "reopened old wounds", "Police reopened the case" read good)
    ("restored", 1.4, ("reopen", "reopens", "reopened", "reopening")),
    # a quarrel: "a row over funding", "the row between the two camps", "a bitter row", "locked in a row with"; not a
    # rugby "second row", a run's "third game in a row", "rows of empty seats" (the dev corpora's 28 uses: 17 a quarrel)
    ("dispute", -1.7, ("row", "rows")),
    # a society's or a party's quarrel: "reopened deep divisions", "bitter divisions over Brexit" read 0; not a firm's,
    # an army's or a league's ("the group's three divisions", "two armoured divisions", "the second division")
    ("dispute", -1.7, ("division", "divisions")),
    # a fight between armed men or a crowd and its police: "Protesters clashed with police" read 0, or + where no one
    # was arrested; not a fixture ("the Champions League clash with Barcelona") nor a quarrel ("clashed with ministers")
    ("fighting", -1.5, ("clash", "clashes", "clashed", "clashing")),
    # an answer too small and too slow, failing those it was for: "It was too little, too late for the villagers" read
    # 0; only after "too little" (tone_unmet reads "came too late"; "late" alone is a time: "late on Tuesday")
    ("inadequate", -1.7, ("late",)),
    *SPORT_ANALOGUES,  # a title clinched, points docked, a side eliminated (`tone_sport`)
)
SENSE_WORDS: dict[str, float] = {word: valence for _, valence, words in _BY_ANALOGUE for word in words}
SENSE_ANALOGUES: dict[str, str] = {word: analogue for analogue, _, words in _BY_ANALOGUE for word in words}

# Where "default" is a debt unpaid: money next to it (see the module's docstring).
_DEBT_DEFAULT = ("{debt} _", "_ on", "_ by", "in _ !{tech}", "{risk} of _", "{averting} _", "{averting} a _",
                 "{modal} _ !to", "a _ {heading}", "s _ {heading}")
# Per word, the phrases that give it its bad sense, "_" standing for the word: a word, a set in braces
# (`tone_sense_neighbours`), "*" any word, and "!" before a word or a set: any word but those (or none). One phrase
# that matches is enough.
SENSES: dict[str, tuple[str, ...]] = {
    "shot": ("_ dead", "_ * dead", "_ and {killing}", "_ in the {body}", "{passive} _ in the arm",
             "{passive} _ !{not_after_shot}"),  # "a shot in the arm" is a boost
    "blast": ("{blast_before} _", "_ {blast_after}"),
    "blasts": ("{blast_before} _", "_ {blast_after}"),
    "storm": ("{storm_before} _", "_ {storm_after}", "_ to hit"),
    "storms": ("{storm_before} _", "_ {storm_after}", "_ to hit"),
    "flood": ("{flood_before} _", "_ {flood_after}"),
    "flooded": ("_ {places}", "{places} _ !with", "{passive} _ !with", "became _ !with"),
    "flooding": ("{flooding_before} _", "_ {flooding_after}", "_ {places}"),
    "drought": ("{drought_before} _", "_ {drought_after}"),
    "displaced": ("_ {people}", "{displaced_before} _", "_ by {cause}", "_ by * {cause}",
                  "{displaced_before} {been} _", "{displaced_before} * {been} _", "{people} {been} _",
                  "{people} * {been} _"),
    "hurricanes": ("!{team_before} _ !{team_after}",),
    # "a software bug", "a bug in the system", "the bug that drained batteries", "fixed the bug", "riddled with bugs";
    # not a kind's ("a new species of bug in the rainforest")
    "bug": ("{bug_before} _", "!of _ {bug_after}", "{mending} _", "{mending} {whose_bug} _", "riddled with _"),
    "bugs": ("{bug_before} _", "!of _ {bug_after}", "{mending} _", "{mending} {whose_bug} _", "riddled with _",
             "full of _", "_ and glitches", "glitches and _"),
    "virus": ("{catching} _", "{catching} * _", "{catching} {with} * _"),
    "viruses": ("{catching} _", "{catching} * _", "{catching} {with} * _"),
    # "a sovereign default", "a default on its debt", "could default"; not "the default answer", "by default"
    "default": _DEBT_DEFAULT,
    # insolvency: "went into administration", "entered administration", "avoid administration"; not "the Bush
    # administration", "in the administration"
    "administration": ("{into} _", "{averting} _", "out of _", "{emerging} from _"),
    "defaults": _DEBT_DEFAULT,
    "defaulted": ("_ !to",),  # "defaulted on its debt"; a setting "defaulted to" a value
    "concern": ("!{firm_concern} _ !{concern_object}", "!{concern_subject} that _ !{concern_object}"),
    "concerns": ("!{firm_concern} _ !{concern_object}", "!{concern_subject} that _ !{concern_object}"),
    "concerned": ("_ {concerned_after}", "{degree} _"),
    # "shares fell", "output fell by 2%", "fell to fifth place"; not "fell asleep", "fell in love", "Night fell"
    # and never in its idioms, whatever noun is near ("The average man fell asleep", "the market fell silent")
    "fell": tuple(f"{before} _ !{{fell_idiom}} !love" for before in (
        "{moving}", "{moving} !{dusk}", "{moving} * !{dusk}", "{moving} * * !{dusk}",
        # as far as `tone_moves` reads a move after a quantity's phrase of place or time ("Stocks in the US fell")
        *(f"{{moving}} {{place_or_time}}{' *' * gap} !{{dusk}}" for gap in range(2, 6)))) + (
        "!{dusk} _ {fell_after}", "!{dusk} _ the most"),
    # a theft: "Thieves stole jewellery", "Hackers stole the personal data"; not "stole top spot", "stole the show"
    "stole": ("_ !{stole_after}", "_ {article} !{stolen_glory}", "_ {count} !{bases} !{bases} !{bases}"),
    # knocked out of a cup, a tournament: "were knocked out by", "knocked out of the FA Cup", "knocked out power";
    # "Exeter, who knocked out Doncaster" is the winner's news, read either way
    "knocked": ("{passive} _ out", "_ out of", "_ out {power}"),
    # a red card: "was sent off", "had Bowyer sent off"; not "sent off to", "were sent off for testing"
    "sent": ("{passive} _ off !{away}", "{passive} _ off for !{lab}", "had * _ off !{away}", "had * * _ off !{away}",
             "had * _ off for !{lab}"),
    **dict.fromkeys(("ceasefire", "ceasefires", "truce", "truces"), (
        "_ {holding} !{held_object}", "_ {mostly} {holding} !{held_object}", "_ {being} holding !{held_object}",
        "_ {being} {mostly} holding !{held_object}",
        *(f"_{' *' * gap} {{has}} {{holding}} !{{held_object}}" for gap in range(5)),
        *(f"_{' *' * gap} {{has}} {{mostly}} {{holding}} !{{held_object}}" for gap in range(5)),
        *(f"_ {{truce_where}}{' *' * gap} {{holding}} !{{held_where}}" for gap in range(1, 4)))),
    # what bleaching kills is coral: "bleached the reef", "coral bleaching", "the reef was bleached", "bleaching of
    # the Great Barrier Reef"; a word or two between ("bleached large parts of the reef") is read up to three
    **dict.fromkeys(("bleached", "bleaching"), (
        "{coral} _", "{coral} {is} _", "{coral} {is} * _", "_ {coral}", *(f"_{' *' * gap} {{coral}}" for gap in
                                                                           range(1, 4)))),
    # what rebounds is told after it ("a rebound in oil prices", "a rebound that never came"), or a verb's subject
    # returns from a loss ("to rebound from a disappointing loss"); a ball's rebound is told before it ("pounced on the
    # rebound", "couldn't grab a rebound from a toddler") or alone
    # ... or a negation of its coming about follows it: "The expected rebound never came" (tone_unmet turns it, as
    # "The hoped-for recovery never came"). The verb is read: a ball's rebound is denied a reach, a verb with an object
    # ("The rebound never reached him"), a market's its coming, which has none (`rebound_came`); "has yet to" denies
    # it so far ("The rebound has yet to come")
    "rebound": ("_ in", "_ of", "_ that", "_ which", "to _ from",
                *(f"_ {denial} {{rebound_came}}" for denial in ("never", "did not", "didn t", "has not", "hasn t",
                                                                 "has never", "failed to", "has yet to"))),
    "late": ("too little too _",),  # the words are read, the comma between them not
    "hottest": ("_ {heat_period}", "_ on record", "_ ever recorded", "_ since records", "{heat_period} {is} the _"),
    # a return to health: "made a full recovery", "signs of recovery", "the recovery of the economy"; not a search's
    # ("the recovery of bodies from the wreck", "the search became a recovery operation") nor one the words around it
    # call shaky, which say the news ("The recovery remained fragile" read good, its +2.0 outweighing "fragile"; "a
    # recovery from weak demand" is one), but for a "but" that turns the word ("The recovery was slow but steady")
    "recovery": ("!{shaky} !{shaky} _ !{recovery_after} !{shaky} !{shaky}", "!{shaky} !{shaky} _ from",
                 "!{shaky} !{shaky} _ !{recovery_after} {shaky} but",
                 "!{shaky} !{shaky} _ of !{recovered_thing} !{recovered_thing} !{recovered_thing}"),
    # a charge a court's verb undoes, one or two words between: "quashed her conviction", "threw out the case"
    **{word: tuple(f"{verb}{' *' * gap} _" for verb in ("{undoing}", "{throwing} out") for gap in range(3))
       for word in TONELESS_CHARGES},
    # out of danger: "the patient was now out of the woods", "the economy is not yet out of the woods" (negated from the
    # idiom's first word, as tone reads a phrase); not the woods one walks out of ("The deer came out of the woods")
    "out of the woods": tuple(f"{{be_woods}}{' {still}' * gap} out of the _" for gap in range(3)),
    **dict.fromkeys(("reopen", "reopens", "reopened", "reopening"), ("_ !{quarrel} !{quarrel} !{quarrel}",)),
    **dict.fromkeys(("division", "divisions"), ("{division_kind} _", "{rowing} _", "{rowing} * _")),
    # "a row with" someone after what has or has had it ("after a row with his manager", "locked in a row with the
    # unions"); not a table's or a hall's ("Highlight a row with the cursor", "Seats were arranged in a row with")
    **dict.fromkeys(("row", "rows"), ("!a _ over", "!in a _ over", "!{run_of} in a _ over", "_ {row_after}",
                                      "{row_with_before} a _ with", "{row_party} in a _ with", "_ broke out",
                                      "{row_kind} _", "{rowing} _", "{rowing} * _", "{rowing} * * _")),
    **dict.fromkeys(("close", "closes", "closed", "closing", "closure", "closures", "shut", "shuts", "shutting"), (
        "{site} _", "{site} {being} _", "{site} to _", "{site} will _", "_ {owner} {site}", "_ {owner} * {site}",
        "_ {owner} * * {site}", "_ # {site}", "_ # * {site}", "_ down {owner} {site}", "_ down {owner} * {site}",
        "_ of {owner} {site}", "_ of {owner} * {site}")),
    # a clash is a fight where one side of it is armed or a crowd facing force, or a word of violence names it: "clashed
    # with police", "clashes with militants", "Troops clash with protesters", "fierce clashes"; who fought is read, as
    # a fixture's and a quarrel's sides are teams and politicians
    **dict.fromkeys(("clash", "clashes", "clashed", "clashing"), (
        "{fighters} _", *(f"_ with{' *' * gap} {{fighters}}" for gap in range(4)), "{violent_clash} _")),
    # ... in the active only: a passive's is a thing found ("The data was recovered completely from the backup", "The
    # money has not been fully recovered"), as "Police recovered the bodies" is a search's
    **dict.fromkeys(_FULL_RECOVERIES, ("!{passive} * _",)),
    **SPORT_SENSES,
}
assert set(SENSES) == set(SENSE_WORDS)
# each word's phrases at its last word, as tone finds its key ("out of the woods" at "woods")
_PHRASES = make_phrases({word.split()[-1]: phrases for word, phrases in SENSES.items()}, SENSE_NEIGHBOURS)


def bad_senses(text: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return, for each word number in `words` (each one of `SENSE_WORDS` in a batch's `lowered` text, whose word
    starts are `starts` and whose words' paragraphs are `paragraph`), whether its neighbours give it its bad sense.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = " a man was shot dead  he shot a 68  the blast  a bomb blast"
    >>> starts = word_starts(text)
    >>> found = np.array([w for w, s in enumerate(starts.tolist()) if text[s:s + 5] in ("shot ", "blast")])
    >>> bad_senses(text, starts, np.zeros(len(starts), int), found).tolist()
    [True, False, False, True]
    """
    return phrases_found(text, starts, paragraph, words, _PHRASES)
