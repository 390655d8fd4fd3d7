"""A US state's or Canadian province's abbreviation after a town the gazetteer lacks: "Hay River, N.W.T.", "Lunenburg,
N.S.", "Sonoma, Calif.".

The AP's and the Canadian Press's abbreviations with their full stops name a state or province only, so one after
", " and a capitalised town's name is a mention of its state even where the town is no place of the gazetteer (a
town under 15,000 people); `place_states.stated_states` reads those after a mention. The town's name must not open
a sentence or a clause (after a colon, a semicolon or a quote) unless the abbreviation has two full stops ("N.S.",
"B.C."): "Man.", "Miss.", "Mass." and "Ill." are words too ("Yes, Man."), read only mid-sentence after a name
("from Hay River, N.W.T.", "in Selma, Ala.").
"""

from __future__ import annotations

import re

from transforms.enrichments.place_rules import rules

# a town's name of up to three capitalised words ("St.", "Ft." and "Mt." the only full stops; "or" and "of" between
# two: "Truth or Consequences", "Isle of Palms"), the last ending in a small letter, before ", "
_TOWN = re.compile(r"(?:(?:St|Ft|Mt)\.[^\S\n]|[A-Z][\w'’-]*[^\S\n](?:o[rf][^\S\n](?=[A-Z]))?){0,2}[A-Z][\w'’-]*[a-z]\Z")
# what opens a sentence or a clause before a town's first word: nothing, a line's start, a sentence's end, a colon's
# or a semicolon's, or an opening quote ("Honestly, Ill.", "Results: Jones, Mass. 12; Smith, Conn. 9"); a title's full
# stop ends no sentence: "Sen. Ware, Mass." is a senator of Massachusetts
_OPENS = re.compile(r"(?:\A|\n|(?<![\w'’-])(\w+)?[.!?][\"'’”)]?[^\S\n]+|[:;][^\S\n]+|[\"“‘(])\Z")
# ", " and a capitalised word with a full stop, not a party's label's ("Ind.-Vt.") nor a longer word's: ", " first, a
# literal the scan looks for, and one abbreviation's shape, where all of them as alternatives cost 15 times as long
_WRITTEN = re.compile(r", ([A-Z][A-Za-z.]{0,5}\.)(?![\w'’-])")
# abbreviations that are also a title's or a name's short form before a name: Bangladesh's "Md." for Mohammad ("Farhana
# Akter, Md. Rashedul Islam"), Virginia's and Maryland's delegates ("Danica Roem, Del. Marcus Simon"), Manchester's
# clubs ("Villa, Man. City"); read as a state or province before a capitalised word only where a word of place opens
# the town ("near Gimli, Man. Premier Wab Kinew said")
_BEFORE_NAMES = frozenset({"Md.", "Del.", "Man."})
_NAME_AFTER = re.compile(r"[^\S\n]+[A-Z]")
# the words after a town's name's last "of" or "or" ("Jane Smith of Hope": "Hope")
_JOINED_TAIL = re.compile(r"[^\S\n]o[rf][^\S\n]+((?:\S+[^\S\n]+)*\S+)\Z")
_IN_PLACE = re.compile(r"(?<![\w'’-])(?:in|near|from|at|outside|of)[^\S\n]+\Z")
# a wire's dateline's close after the state, its wire in brackets, then a dash ("MOBILE, Ala. (AP) —", "Normal, Ill.
# (Reuters) -"): where the town opens its paragraph, this closes the town's mention as the AP's comma does in a
# sentence. Without the wire's name a dash closes an interjection as well ("Honestly, Ill. — that is all", "Yes, Man.
# — the crowd roared"), and "Ill." and "Man." are words.
_DATELINE_CLOSE = re.compile(r"[^\S\n]+\([A-Z][\w .-]{0,20}\)[^\S\n]*[-–—]")


def town_start(text: str, end: int) -> int | None:
    """Return where the town's name that ends at `end` (up to three capitalised words) begins, if one does.

    >>> t = "lifted in Fort Nelson"
    >>> t[town_start(t, len(t)):]
    'Fort Nelson'
    """
    town = _TOWN.search(text, max(0, end - 40), end)
    return None if town is None else town.start()


def _opens(text: str, at: int) -> bool:
    """Return whether a sentence or a clause opens at `at`: not after a title's full stop ("Sen. Ware, Mass.")."""
    opened = _OPENS.search(text, max(0, at - 12), at)
    if opened is None or opened.group(1) is None:
        return opened is not None
    titles = rules().abbreviated_titles
    word = opened.group(1)
    return not (word in titles or word.endswith("s") and word[:-1] in titles) or word == "St"


def lone_abbreviations(text: str, abbreviations: frozenset[str], ends: set[int]
                       ) -> list[tuple[int, int, str, int, int]]:
    """Return (start, end, abbreviation, town's start, town's end) of each state's or province's abbreviation after
    ", " and a town's name that is no mention (`ends`: where the mentions end), in text order (the town's name is its
    words before the comma, up to three, the first perhaps a sentence's capitalised word: `place_lone_towns` reads it).

    >>> t = "From Hay River, N.W.T., to Ft. Smith, Ala. Yes, Man. Selma, Ala."
    >>> [(a, t[s:e]) for _, _, a, s, e in lone_abbreviations(t, frozenset({"N.W.T.", "Man.", "Ala."}), set())]
    [('N.W.T.', 'From Hay River'), ('Ala.', 'Ft. Smith')]
    >>> t = "near Truth or Consequences, N.M., said Sen. Ware, Mass."
    >>> [(a, t[s:e]) for _, _, a, s, e in lone_abbreviations(t, frozenset({"N.M.", "Mass."}), set())]
    [('N.M.', 'Truth or Consequences'), ('Mass.', 'Ware')]
    >>> t = "Mobile, Ala. (AP) — A storm hit.\\nHonestly, Ala. — no.\\nStorm Hits Coast Mobile, Ala. (AP) — Rain."
    >>> [(a, t[s:e]) for _, _, a, s, e in lone_abbreviations(t, frozenset({"Ala."}), set())]
    [('Ala.', 'Mobile'), ('Ala.', 'Mobile')]
    """
    if ", " not in text:
        return []
    out = []
    for m in _WRITTEN.finditer(text):
        # a town's name ends in a small letter
        if m.group(1) not in abbreviations or m.start() in ends or not text[m.start() - 1].islower():
            continue
        town = _TOWN.search(text, max(0, m.start() - 40), m.start())
        if town is None:
            continue
        abbreviation, opens = m.group(1), town.start()
        if (opens and text[opens - 1] != "\n" and not text.startswith(",", m.end())
                and _DATELINE_CLOSE.match(text, m.end())):
            # a headline run into its dateline on one line ("Storm Pounds Gulf Coast Mobile, Ala. (AP) —"): the wire's
            # close says a dateline's town ends here, and it is the last word, the words before it the headline's
            opens = m.start() - len(text[opens:m.start()].split()[-1])
        if abbreviation.count(".") < 2 and _opens(text, opens):
            # ... but a sentence's person "of" or "or" a town names the town ("Jane Smith of Hope, Ark., said"), and
            # the AP's comma after the state closes a town's mention, never an interjection ("Boring, Ore., a town")
            tail = _JOINED_TAIL.search(text, opens, m.start())
            if tail is not None:
                opens = tail.start(1)
            elif not (text.startswith(",", m.end()) or (opens == 0 or text[opens - 1] == "\n")
                      and _DATELINE_CLOSE.match(text, m.end())):
                continue
        if (abbreviation in _BEFORE_NAMES and _NAME_AFTER.match(text, m.end())
                and not _IN_PLACE.search(text, max(0, opens - 8), opens)):
            continue
        out.append((m.start(1), m.end(1), abbreviation, opens, m.start()))
    return out


# A US politician's party label, the AP's: a party's letter, a hyphen and the state's abbreviation or postal code, in
# brackets or between commas ("Sen. Jon Tester, D-Mont., said", "Rep. Nancy Mace (R-S.C.)", "Sen. Bernie Sanders
# (I-VT)", "Ind.-Vt."). The label names the member's state as "of Montana" would, and no other writing has a capital
# letter, a hyphen and a state's abbreviation closed by a comma, a bracket or a space. Minnesota's Democrats run as the
# Democratic-Farmer-Labor party ("Sen. Amy Klobuchar, DFL-Minn."), and the AP's longest abbreviation has five
# letters before its stop ("D-Calif."), the abbreviations' set deciding which are states.
# The label's "no word before it" is tested on the match, not as the pattern's look-behind: a pattern opening with a
# look-behind is tried at every character of a part's text (about 50 ms a 1,200-article batch), one opening with the
# party's letters only where they stand (about 10 ms), with the same matches.
# The label is found at its hyphen, a literal the search skips to, and its party read before it: a pattern opening
# with the party's letters was tried at every capital D, R and I ("In", "It", "Reuters"), about 4 ms a 600-article batch
_PARTY_LABEL = re.compile(r"-((?:[A-Z][a-z]{0,4}\.){1,2}|[A-Z]{2})(?=[,);]|[^\S\n]|\Z)")
_PARTIES = ("DFL", "Ind.", "D", "R", "I")


def _after_word(text: str, start: int) -> bool:
    """Return whether a word, an apostrophe, a full stop or a hyphen stands right before `start`."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'’.-")


def party_states(text: str, abbreviations: frozenset[str], postal: frozenset[str]) -> list[tuple[int, int, str]]:
    """Return (start, end, abbreviation) of each state's abbreviation (`abbreviations`) or US postal code (`postal`)
    in a politician's party label.

    >>> t = "Sen. Jon Tester, D-Mont., and Rep. Nancy Mace (R-S.C.) met Sen. Sanders (I-VT) on D-Day (R-ON)."
    >>> [t[s:e] for s, e, _ in party_states(t, frozenset({"Mont.", "S.C."}), frozenset({"VT"}))]
    ['Mont.', 'S.C.', 'VT']
    >>> t = "Rep. Ro Khanna, D-Calif., and Sen. Amy Klobuchar, DFL-Minn., met D-Block."
    >>> [t[s:e] for s, e, _ in party_states(t, frozenset({"Calif.", "Minn."}), frozenset())]
    ['Calif.', 'Minn.']
    """
    if "-" not in text:
        return []
    found = []
    for m in _PARTY_LABEL.finditer(text):
        party = next((p for p in _PARTIES if text.endswith(p, 0, m.start())), None)
        if party is not None and (m.group(1) in abbreviations or m.group(1) in postal) \
                and not _after_word(text, m.start() - len(party)):
            found.append((m.start(1), m.end(1), m.group(1)))
    return found


# An AP abbreviation right before a state official's title and a capitalised name ("Calif. Gov. Gavin Newsom", "N.Y.
# Attorney General Letitia James"): the official's state, where no town stands before it and a sentence may open
# with it. The title must be one of `state_officials` and a name follow it, so "Miss. Dr. Jones" (no state's office)
# and "He fell ill. Gov. Newsom spoke" (a word in lower case) name no state.
_BEFORE_OFFICIAL = re.compile(r"(?<![\w'’.-])((?:[A-Z][a-z]{0,4}\.){1,2})[^\S\n]+([A-Z][a-z]*)\.?[^\S\n]+[A-Z]")
# Tried at every capital letter of a part's text, that pattern cost about 60 ms a 1,200-article batch: the titles are
# found first, after a full stop (a literal the search skips to), and the pattern tried only in the few characters
# before a title of `officials` (the same matches, a fifteenth of the time).
_TITLE_AFTER_STOP = re.compile(r"\.(?=[^\S\n]+([A-Z][a-z]*)\.?[^\S\n]+[A-Z])")


def official_states(text: str, abbreviations: frozenset[str], officials: frozenset[str]
                    ) -> list[tuple[int, int, str]]:
    """Return (start, end, abbreviation) of each state's abbreviation (`abbreviations`) before a state official's title
    (`officials`) and a name.

    >>> t = "Calif. Gov. Gavin Newsom met N.Y. Attorney General Letitia James and Miss. Dr. Jones."
    >>> states, officials = frozenset({"Calif.", "N.Y.", "Miss."}), frozenset({"Gov", "Attorney"})
    >>> [t[s:e] for s, e, _ in official_states(t, states, officials)]
    ['Calif.', 'N.Y.']
    """
    out = []
    for title in _TITLE_AFTER_STOP.finditer(text):
        if title.group(1) not in officials:
            continue
        # the leftmost abbreviation that ends at this stop and reaches this title (at most 11 characters before it)
        for start in range(max(0, title.start() - 11), title.start() + 1):
            m = _BEFORE_OFFICIAL.match(text, start)
            if m is not None and m.start(2) == title.start(1):
                if m.group(1) in abbreviations:
                    out.append((m.start(1), m.end(1), m.group(1)))
                break
    return out
