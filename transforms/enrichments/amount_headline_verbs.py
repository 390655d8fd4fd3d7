"""What a capitalised word before a number in a headline in Title Case is: a verb a headline counts with ("Rebels Kill
30 Soldiers", "Police Arrest 12 Protesters", "Meta Lays Off 3,600 Staff"), in every inflection, a word before a count
that is no name ("Trump's First 100 Days"), or, first in the line, a name the number is part of ("Sims 4 Players").

A headline in Title Case capitalises its verb as a name's word, so a number after a capitalised word was read as the
name's ("Halo 2", "Channel 4") unless the word ended in a verb's "-s" or "-ed" (`amount_models.headline_verb_count`):
"Kill", "Hit", "Displace", "Carrying" gave no amount. A list, not a rule, as a name ends in "-s" as often ("Sims 4",
"Borderlands 4"): the verbs that news counts people, jobs, money and things with, and no word that names a product
or a title as often ("Open", "Test", "Book", "Saw", "Ship" are left out: "US Open 2", "Saw 3", "Book 7").
"""

from __future__ import annotations

from transforms.enrichments.amount_headline_words import CASUALTIES, COUNT_WORDS, SPANS, country_or_region
from transforms.enrichments.amount_titles import title_case
from transforms.enrichments.amount_verbs import COUNTED_PARTICIPLES
from transforms.matching.term_forms import inflections

# The verbs, by their base form (`term_forms.inflections`, as the taxonomy's verb terms, makes "-s", "-ed" and "-ing" of
# them, doubling a last consonant: "kidnapped", "trimming"; a few forms it makes are no words, "baned", and match none)
_REGULAR = (
    "kill murder massacre behead execute injure wound maim arrest detain jail imprison charge indict convict "
    "sentence fine sue deport expel evacuate displace strand trap drown rescue free release airlift kidnap abduct "
    "seize capture recall sack axe ax slash trim cull furlough hire recruit employ fire dismiss suspend create add "
    "eliminate save threaten affect infect sicken poison vaccinate treat carry deploy pull withdraw attract lure "
    "claim raise earn pledge offer boost lift reach exceed pass top cost confirm report record ban bar admit accept "
    "welcome summon round call stab drop".split()
)
# Irregular verbs: base form → the forms `inflections` does not make (and "freeing": it drops an "e" before "-ing")
_IRREGULAR: dict[str, tuple[str, ...]] = {base: tuple(others) for base, *others in (entry.split(":") for entry in (
    "hit:hit cut:cut shed:shed put:put hurt:hurt lay:laid pay:paid spend:spent seek:sought send:sent bring:brought "
    "feed:fed leave:left strike:struck:stricken take:took:taken win:won lose:lost sell:sold buy:bought hold:held "
    "build:built shoot:shot catch:caught drive:drove:driven draw:drew:drawn give:gave:given get:got:gotten "
    "withdraw:withdrew:withdrawn shut:shut keep:kept slay:slew:slain hang:hung:hanged free:freeing"
).split())}


def _verbs() -> frozenset[str]:
    """Return every form of the verbs a headline counts with, lower-cased.

    >>> [form in _verbs() for form in ("kidnapped", "trimming", "freeing", "carried", "laid", "sims")]
    [True, True, True, True, True, False]
    """
    forms: set[str] = set()
    for base in (*_REGULAR, *_IRREGULAR):
        forms |= inflections(base, verb=True) | set(_IRREGULAR.get(base, ()))
    return frozenset(forms)


HEADLINE_VERBS = _verbs()
# The base forms that are no past tense too: after a name's word in the singular they are the name's ("Amazon Fire 7",
# "Fitbit Charge 6"), as a headline's verb agrees with its subject ("Amazon Fires 7 Staff"); "Hit", "Cut" are past too
_BASE_ONLY = frozenset(base for base in (*_REGULAR, *_IRREGULAR) if base not in _IRREGULAR.get(base, ()))
# A subject in the singular a verb's base form agrees with all the same, as news writes them plural ("Police Arrest")
_COLLECTIVES = frozenset("police people military army navy government militia staff crew youth public".split())
# A preposition before a place after the subject: "Clashes in Iraq Kill 34 People" agrees with "Clashes"
_PREPOSITIONS = frozenset("in at on near of off from outside across".split())
# A maker's verbs that a product's or a game's title follows: a headline's verb after one is the title's word, not the
# headline's ("Valve Ships Left 4 Dead", "Microsoft Ships Win 7", "Sony Unveils Kill 3" count no dead, no 7)
_RELEASES = frozenset(
    "ships releases launches unveils debuts announces introduces previews readies delays reveals teases updates "
    "patches unleashes demos".split())


def after_release(text: str, verb_start: int) -> bool:
    """Return True when the headline's word at `verb_start` follows a maker's verb ("Ships", "Unveils"), so is the
    first word of what is released, no verb of the headline's own.

    >>> [after_release(t, t.index(w)) for t, w in (("Valve Ships Left 4 Dead", "Left"),
    ...  ("Storm Left 4 Dead", "Left"), ("Microsoft Ships Win 7", "Win"))]
    [True, False, True]
    """
    before = text[max(0, verb_start - 16): verb_start].split()
    return bool(before) and before[-1].istitle() and before[-1].lower() in _RELEASES


# A verb's particle before the number: "Meta Lays Off 3,600 Staff", "Police Round Up 20 Suspects", "Pulls Out 300"
PARTICLES = frozenset("off up out down back away in".split())


def headline_verb(word: str) -> bool:
    """Return True when `word`, lower-cased, is a form of a verb a headline counts with.

    >>> [headline_verb(w) for w in ("kill", "Kills", "laid", "carrying", "sims", "halo", "red")]
    [True, True, True, True, False, False, False]
    """
    return word.lower() in HEADLINE_VERBS


def verb_agrees(text: str, verb: str, verb_start: int) -> bool:
    """Return True when the headline's word `verb` (at `verb_start`) is a verb, as far as its subject before it says:
    not a base form after a capitalised name's word in the singular ("Amazon Fire 7 Tablet", "Kindle Fire 7 Owners"
    are a product's), and any other ("Rebels Kill", "Police Arrest", "Firm to Cut", "Clashes in Iraq Kill", "Storm
    Kills", "Typhoon Hit").

    >>> [verb_agrees(t, w, t.index(w)) for t, w in (("Amazon Fire 7 Tablet", "Fire"), ("Rebels Kill 30", "Kill"),
    ...  ("Police Arrest 12", "Arrest"), ("Clashes in Iraq Kill 34", "Kill"), ("Typhoon Hit 300", "Hit"))]
    [False, True, True, True, True]
    """
    if verb.lower() not in _BASE_ONLY:
        return True
    line = text.rfind("\n", 0, verb_start) + 1
    words = text[line: verb_start].split()
    while len(words) >= 3 and words[-2] in _PREPOSITIONS and words[-1][:1].isupper():
        words = words[:-2]  # "Clashes in Iraq": the subject before its place
    if not words:
        return True
    subject = words[-1]
    return (not subject[:1].isupper() or subject.endswith((",", ";", ":")) or subject.isupper()
            or subject.endswith("s") and not subject.endswith(("ss", "'s", "’s"))
            or subject.lower() in _COLLECTIVES)


def first_word_name_number(text: str, label: str, label_start: int, end: int, low: int, word_after: str) -> bool:
    """Return True when a bare number ending at `end` follows a headline's first word `label` (at `label_start`, the
    line's or the paragraph's start `low`) and is the name's, a title's or a product's, no amount: the line is in
    Title Case and `label` no count's word and no country's or region's name, and `word_after` (lower-case) no span
    of time since, no dead or hurt ("Sims 4 Players Get Free Expansion", "AirPods 4 Owners Report Fault", "Halo 2
    Sells 2.4 Million Copies"; not "Chernobyl 30 Years On", "Iraq 30 Killed", "Some 30 Hurt", "Gaza 40 Children").
    In a sentence a capitalised first word is as often "About", "Some", "The": the line's Title Case says it is a
    headline's name.

    >>> [first_word_name_number(t, t.split()[0], 0, t.index(" ", t.index(" ") + 1), 0, t.split()[2].lower())
    ...  for t in ("Sims 4 Players Get Free Expansion", "Chernobyl 30 Years On Today", "Spider-Man 2 Fans Queue")]
    [True, False, True]
    """
    if not (label_start == low or text[label_start - 1: label_start] == "\n"):
        return False
    # (a verb rarely starts a headline: "Fire 7 Tablet Gets Update" is a product's)
    if not (label[:1].isupper() and label.replace("-", "").isalpha()) or label.lower() in COUNT_WORDS:
        return False
    if word_after in SPANS or word_after in COUNTED_PARTICIPLES or word_after in CASUALTIES:
        return False
    if country_or_region(label):
        return False  # no product's: "Gaza 40 Children Among Dead", "Texas 300 Homes Flooded"
    return title_case(text, end)


def title_number_word(text: str, before: list[str], end: int) -> bool:
    """Return True when a capitalised number word ending at `end`, after the words `before` (the last word before it,
    if any), is a headline's count in Title Case: after a headline's verb or a lower-case word ("Bomb Kills Three in
    Baghdad", "3.5 Million Units in Four Days"; they were names, as "Six Feet Under" in a sentence is).

    >>> [title_number_word(t, t[:t.index(w)].split()[-1:], t.index(w) + len(w)) for t, w in (
    ...     ("Car Bomb Kills Three in Baghdad", "Three"), ("Sells 3 Million in Four Days", "Four"),
    ...     ("HBO Renews Six Feet Under", "Six"), ("Kills Three in Baghdad", "Three"))]
    [True, True, False, True]
    """
    if not before:
        return False
    word = before[-1].strip(".,;:(\"'")
    return (word.islower() or headline_verb(word)) and title_case(text, end)
