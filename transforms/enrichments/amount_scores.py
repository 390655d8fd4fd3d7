"""A tally, two names each with its number, "Astros 10, Pirates 5", "Italy 120, Spain 85" (`tally`): a game's score
where sport is near, no amount of anything; else a tally of something else, whose numbers count (cases, votes,
medals) even after a name ("Spain 85", "USA 40", read alone, are a name's number: "Channel 4", "FTSE 100").

Sport is near where either name is a team's nickname ("Lakers", "Red Sox"), the tally stands alone on its line, as
sports pages and agency results list them ("Oxford 18 Cambridge 11", "MLB: Houston 8, Pittsburgh 6"), or a game's
word is in its paragraph ("Goals: Rooney 68, Dunne 75"); a poll's, a count's or a medal table's words are no game's
("Obama 52, Romney 47 in the latest poll", "USA 40, China 38" in a medal table count). An election's tally, a party's
name or a vote's two sides, counts wherever it stands, small or not ("Labour 412, Conservatives 121" alone on its
line, "Yes 52, No 48"). The paragraph alone decides, so a tally reads the same whatever paragraphs share its batch.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from transforms.enrichments.amount_headline_verbs import headline_verb
from transforms.enrichments.place_table import places_toml

# After a name's number: a comma (or in a results line none: "Braves 16 Rockies 4"), the other name (one to three
# capitalised words) and its number, then the line's or the clause's end, a lower-case word or, in a headline, a
# capitalised one ("Astros 10, Pirates 5 on Sunday", "Real Madrid 3, Bayern Munich 2", "Lakers 112 Celtics 108 Ties
# Series"); not a name's capitals or a unit ("Orders 100 Boeing 737 Jets" has a headline's verb, "Costs 5.5%" a unit)
_OTHER = re.compile(r",?[^\S\n]+(?P<team>[A-Z][\w.'’&-]*)(?:[^\S\n]+[A-Z][\w.'’&-]*){0,2}[^\S\n]+(?P<points>\d{1,3})"
                    r"(?=[^\S\n]*(?:$|\n|\x01|[,;:!?(]|\.(?!\d)|[a-z]|[A-Z][a-z]))")
# Before the second name's last word: the first name's (its last word) and number, with a comma or none, and the
# second name's other words ("Real Madrid 3, Bayern Munich")
_FIRST = re.compile(r"(?P<team>[A-Z][\w.'’&-]*)[^\S\n]+(?P<points>\d{1,3}),?(?:[^\S\n]+[A-Z][\w.'’&-]*){0,2}"
                    r"[^\S\n]+$")
# A results line: names and numbers alone after an optional label ("Sports:", "COL FB:", "Goals:"), a ranking
# before a name ("No. 1 USC 42"), an own goal's, a penalty's or overtime's mark after a number, an agency's bracket
# and a full stop at the end ("Braves 6 Rockies 4 (AP)", "Bramble 35 og, Mellor 38, Baros 61.")
_NAME = r"(?:(?:No\.|#)[^\S\n]?\d{1,2}[^\S\n]+)?[A-Z][\w.'’&-]*(?:[^\S\n]+[A-Z][\w.'’&-]*){0,3}"
_RESULTS_LINE = re.compile(
    rf"[^\S\n]*(?:[A-Za-z][\w ]{{0,15}}:[^\S\n]*)?(?:{_NAME}[^\S\n]+\d{{1,3}}(?:[^\S\n]+(?:og|pen|OT)\b)?"
    rf"(?:,[^\S\n]*|[^\S\n]+(?=[A-Z#N])))+{_NAME}[^\S\n]+\d{{1,3}}(?:[^\S\n]+(?:og|pen|OT))?"
    r"[^\S\n]*(?:\([^)\n]{1,12}\))?[^\S\n]*\.?[^\S\n]*(?:$|\n|\x01)")
# A scorecard's or a leaderboard's second figure, a bracket's one or two digits right after a player's or a team's
# number of one to three, signed or not: a batter's balls, "Root 45 (62)", a half-time score, "Ind 5 (0)", the holes
# played, "Scheffler -6 (17)" (`amount_exclusions.no_amount` asks only of a bare number alone in a bracket). A bracket
# of a sign and a number is a change, "Lab 45 (+6)", and a longer figure a year's or an index's, "8,120 (8,050)".
BRACKETED_SCORE = re.compile(r"(?<![\d.,])[+\-−]?\d{1,3}[^\S\n]\($")
# ... but a scale or a unit after the bracket makes both figures amounts, this year's and last year's, as Nordic
# reports write them: "EUR 45 (38) million", "a margin of 12 (9) per cent", "up 8 (5)%"
COMPARED_FIGURE_AFTER = re.compile(
    r"\)[^\S\n]*(?:%|(?:per[^\S\n]?cent|percent|thousand|million|billion|trillion|mn|bn|m|k|points?|pts|pp)\b)",
    re.IGNORECASE)
# An own goal's, a penalty's or overtime's mark after a scorer's or a team's number
_MARK = re.compile(r"[^\S\n]+(?:og|pen|OT)\b")
# A half-time score in a bracket after the first team's number: "Barcelona 3 (1-1 at half-time) Napoli 2", "(1-0 HT)"
_HALF_TIME = re.compile(r"[^\S\n]+\(\d{1,2}[-–]\d{1,2}(?:[^\S\n]+(?:at[^\S\n]+)?(?:half[- ]?time|HT))?\)")
_DIGIT = re.compile(r"\d")
# A game's words (no election's, poll's or medal table's: "win", "beat", "points", "lead", "medals" are theirs too)
_GAME_WORDS = re.compile(
    r"(?i)\b(?:goals?|scored|scorers?|touchdowns?|innings|homers?|home runs?|quarterback|pitcher|match(?:es)?"
    r"|games?|season|league|cup|coach|fixtures?|half-?time|full-?time|overtime|striker|wickets?|tournament"
    r"|play-?offs?|stadium|rugby|football|soccer|baseball|basketball|hockey|cricket|nfl|nba|mlb|nhl|fb"
    r"|premiership|referee|booked|subs|grand\s+prix|laps|podium|constructors['’]?)\b"
    r"|\b(?-i:FT|HT|Att)\b[^\S\n]*[:)]")  # full time's, half time's and attendance's marks ("FT: ...", "Att: 30,000")
# ... and a match report's attendance spelt out, for a tally of no election's names: "Arsenal 2 Chelsea 1 (Saka 23,
# Havertz 61). Attendance: 60,272" (the scorers' minutes were counts; "Attendance: Labour 23, Conservatives 19" at a
# council's meeting still counts)
_ATTENDANCE = re.compile(r"\bAttendance[^\S\n]*:")
# A game's word in another sense: a season of no sport, a game of politics, a league of nations or parties ("the flu
# season", "a season of by-elections", "a waiting game", "the Arab League", "the FT reported", "12 ft" are no sport's;
# "in pole position" and "the final lap" are as often a campaign's, so a race's words are its laps, its Grand Prix,
# its constructors and its podium, but not a speaker's)
_NOT_GAME = re.compile(
    r"(?i)\b(?:flu|holiday|festive|hurricane|monsoon|rainy|tourist|shopping|election|campaign|harvest|planting"
    r"|breeding|wildfire|fire|tax|awards?|christmas|summer|winter)\s+season"
    r"|\b(?:waiting|blame|numbers|long|end|zero-sum|political|power|guessing|video|board|computer)[\s-]+games?\b"
    r"|\bgame[\s-]+(?:changers?|plans?|theory|of\s+chance)\b"
    r"|\b(?-i:Arab|Ivy|Awami|Muslim|Hanseatic|Anti-Defamation|Defence|Defense|Democracy)\s+League"
    r"|\b(?-i:League)\s+of\s+(?-i:Nations|Women|Arab)"
    r"|\bseason\s+of\s+(?:by-?)?elections?\b"
    r"|\b(?:at|from|behind|to)\s+the\s+podium\b")  # a speaker's: "said at the podium", "took to the podium"

# An election's names: its parties and a vote's sides, whose tally is of seats or votes, never a game's, even alone on
# its line ("Labour 412, Conservatives 121", "Yes 52, No 48": the first was a score, the second's "No 48" a numbered
# name's, as "No 10")
_PARTIES = frozenset(
    "Conservatives Conservative Tories Tory Labour Democrats Republicans Liberals Greens SNP DUP Plaid Reform Lib "
    "LibDems Independents Independent Others CDU CSU SPD AfD FDP BJP NDP PiS Likud Fidesz "
    # ... and the short names of a UK results table ("Lib Dem 370, Con 319, Lab 98")
    "Dem Dems Con Lab Grn".split())
_SIDES = (frozenset(("Yes", "No")), frozenset(("Ayes", "Noes")), frozenset(("For", "Against")),
          frozenset(("Remain", "Leave")))
SIDES = frozenset().union(*_SIDES)
# An election's names: a tally of one opening its paragraph is no headline's name and number ("SNP 9, Lib Dems 72"),
# as a tally of titles may be ("FIFA 23, Madden 24 Top Charts")
ELECTION_NAMES = _PARTIES | SIDES
# A party's name, which no numbered name has: its number alone is its seats or votes, a tally's other half left out
# ("Labour won 412 seats, the Conservatives 121", "the CDU won 200 seats, the SPD 150"; they were numbered names, as
# "Channel 4" is). Not a word of other senses ("Reform", "Independent", "Lib") nor a tally's "Others".
PARTY_NAMES = _PARTIES - frozenset(("Others", "Independents", "Independent", "Reform", "Lib", "Conservative", "Tory",
                                    "Dem", "Dems", "Con", "Lab", "Grn"))

Tally = Literal["score", "count"]


@lru_cache(maxsize=1)
def _nicknames() -> frozenset[str]:
    """Return the last word of each team nickname of places.toml, lower-cased ("astros", "sox")."""
    return frozenset(name.split()[-1].lower() for name in places_toml()["ambiguity"]["team_nicknames"])


def _sport(text: str, first: int, end: int, low: int, teams: tuple[str, str], line: bool = True) -> bool:
    """Return True when sport is near the tally from `first` to `end` in the paragraph starting at `low` (`line`:
    a results line's shape, a tally alone on its line, says so too)."""
    nicknames = _nicknames()
    if teams[0].lower() in nicknames or teams[1].lower() in nicknames:
        return True
    if line and _RESULTS_LINE.match(text, max(low, text.rfind("\n", low, first) + 1)):
        return True
    high = text.find("\x01", end)
    high = high if high >= 0 else len(text)
    if line and _ATTENDANCE.search(text, low, high):
        return True
    idioms = [m.span() for m in _NOT_GAME.finditer(text, low, high)]
    return any(not any(a <= word.start() < b for a, b in idioms) for word in _GAME_WORDS.finditer(text, low, high))


def tally(text: str, label: str, digits: str, end: int, low: int) -> Tally | None:
    """Return what the number `digits` ending at `end` after the capitalised word `label` is when it is either
    number of a tally (`low`: its paragraph's start): "score" with sport near, else "count" when both numbers are
    10 or more (a name's small number is as often a title's or a product's: "Halo 2, Doom 3"); None for no tally.

    >>> [tally(t, t.split()[0], t.split()[1].strip(","), t.index(","), 0) for t in (
    ...     "Astros 10, Pirates 5", "Italy 120, Spain 85 new cases", "Sales 10, Costs 5.5%", "Halo 2, Doom 3 sold")]
    ['score', 'count', None, None]
    >>> [tally(t, t.split()[2], t.split()[3], len(" ".join(t.split()[:4])), 0) for t in (
    ...     "Lakers 112 Celtics 108 Ties Series", "Obama 52, Romney 47 in a poll")]
    ['score', 'count']
    >>> tally("Blast Kills 9, Hurts 173", "Kills", "9", 13, 0) is None
    True
    """
    if not (label[:1].isupper() and len(digits) <= 3 and digits.isdigit()) or _verb(label):
        return None
    start = end - len(digits)
    label_start = start - 1 - len(label)
    mark = _MARK.match(text, end) or _HALF_TIME.match(text, end)  # "Bramble 35 og, Mellor 38": the goal's, then the
    after = mark.end() if mark else end  # next scorer's; "Barcelona 3 (1-1 at half-time) Napoli 2": half time's score
    if text[after: after + 1] in (",", " ") and text[after + (2 if text[after] == "," else 1): after + 3][:1].isupper():
        other = _OTHER.match(text, after)
        if other is not None and not _verb(other.group("team")):
            return _verdict(text, label_start, other.end(), low, (label, other.group("team")),
                            (digits, other.group("points")))
    # `_FIRST` holds a digit: where none is in its window it finds nothing (one search, not a loop per character)
    if text[label_start - 1: label_start] == " " and _DIGIT.search(text, max(low, label_start - 40), label_start):
        first = _FIRST.search(text, max(low, label_start - 40), label_start)
        other = _OTHER.match(text, first.end("points")) if first is not None else None
        if first is not None and other is not None and other.end() == end and not (
                _verb(first.group("team")) or _verb(other.group("team"))):
            return _verdict(text, first.start(), end, low, (first.group("team"), label),
                            (first.group("points"), digits))
    return None


def _verb(name: str) -> bool:
    """Return True when a tally's name is a headline's verb ("Kills 9, Hurts 173"), a vote's side never: "Remain 48,
    Leave 52" (both are verbs a headline counts with, so the tally was none and "Leave 52" a numbered name's).

    >>> _verb("Kills"), _verb("Leave"), _verb("Remain")
    (True, False, False)
    """
    return name not in SIDES and headline_verb(name)


def _verdict(text: str, first: int, end: int, low: int, teams: tuple[str, str],
             points: tuple[str, str]) -> Tally | None:
    """Return whether a tally from `first` to `end` is a game's score or a count of something else, or None."""
    sides = frozenset(teams) in _SIDES
    if "No" in teams and not sides:
        return None  # "No" without its "Yes" is a numbered name's: "No 10, No 11", "No 10, Labour 11"
    # "Others" beside any name is a results row's, whatever the parties' names ("ANC 230, Others 170", "Lab 203, Others
    # 23"); a race's tally has a race's words near ("Ferrari 12, Others 10 in the constructors' standings")
    election = sides or teams[0] in _PARTIES or teams[1] in _PARTIES
    # an election's tally alone on its line is no results line ("Labour 412, Conservatives 121"), but a game's word
    # still makes it a score: "the MPs' charity match ended Labour 3 Reform 2", "Greens 3 Reds 2 in the league final"
    if _sport(text, first, end, low, teams, line=not election):
        return "score"
    if election:
        return "count"  # an election's seats or votes, a vote's sides: "Labour 412, Conservatives 121", "Yes 52, No 48"
    return "count" if int(points[0]) >= 10 and int(points[1]) >= 10 else None
