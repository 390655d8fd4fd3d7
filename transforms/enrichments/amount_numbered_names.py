"""Numbered names, no amount of anything: "No 10", "Article 50", "FTSE 100", "Halo 2", "Channel 4", a headline's
first word and its number ("Sims 4 Players Get Free Expansion"), and their lists ("Sections 376 and 506"), told apart
from a tally's counts ("USA 40, China 38") and an index's level ("Dow 10,000"). `amount_exclusions.no_amount` asks
`numbered_name` about the word right before a number, and `named_letters` whether a currency's letters before one
are a thing's name ("the N1 each day", "10 N95 each").
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_brackets import bracket_pair
from transforms.enrichments.amount_currencies import GULF_LETTERS
from transforms.enrichments.amount_headline_verbs import COUNT_WORDS, first_word_name_number
from transforms.enrichments.amount_headline_words import country_or_region
from transforms.enrichments.amount_indices import first_name_before, index_level
from transforms.enrichments.amount_letter_currencies import CHARGES, RATES
from transforms.enrichments.amount_models import headline_verb_count
from transforms.enrichments.amount_plurals import counts
from transforms.enrichments.amount_scores import ELECTION_NAMES, PARTY_NAMES, SIDES, tally
from transforms.enrichments.amount_titles import title_case

# The words before a number that make it a name's or a label's, no amount ("No 10", "Article 50", "lane seven")
LABELS = {"no", "no.", "number", "article", "section", "chapter", "page", "room", "version", "formula", "route",
          "flight", "channel", "level", "grade", "part", "act", "clause", "division", "league", "series",
          "windows", "euro", "cup", "band", "class", "tier", "size", "category", "model", "phase", "stage",
          "round", "game", "week", "day", "aged", "age", "ages", "paragraph", "figure", "table", "vol", "issue",
          "episode", "track", "platform", "terminal", "gate", "junction", "highway", "interstate", "bbc",
          "radio", "war", "ps", "xbox", "mp", "lane", "top",
          # a wire story's revision: "Update 1: Ex-Ahold CEO Says He Settled" (a colon and a space after a number are
          # a clause's end, no clock time's)
          "update",
          # a trade fair's or an arena's numbered halls: "a digital home in Hall 25 of the 27 buildings"
          "hall",
          # a citation's page, column or paragraph: Hansard's "(column 478)", "col. 12", "p. 12", "pp. 3", "para 3"
          "column", "col", "p", "pp", "para",
          # leagues and divisions: "Ligue 1", "Liga 2", "Serie B" (no number), as "League 2", "Division 1", "Formula 1"
          "ligue", "liga", "serie",
          # indices and products: "S&P 500", "Dow 30", "Boeing 737", "iPhone 15" (`_named`: other names)
          "s&p", "dow", "nasdaq", "russell", "nikkei", "dax", "cac", "stoxx", "boeing", "airbus", "iphone",
          "ipad", "playstation", "nintendo", "galaxy", "pixel"}
# ... of which a venue's, whose name a count may follow: "played the Royal Albert Hall 25 times" (a plural after the
# number is what it counts; "Hall 25 of the 27 buildings" is a hall's number)
VENUE_LABELS = frozenset(("hall",))
# ... of which the abbreviations written with a full stop ("No. 10", "Vol. 3", "Nos. 3 and 4"): after another, a
# full stop ends a sentence
DOTTED_LABELS = frozenset(("no", "vol", "nos", "col", "p", "pp", "para"))
# ... of which a rate's period after "a" or "per", whose number after it is no label's: "£2 a week 100 years ago",
# "twice a day 10 days running" (it was "Week 100", no amount)
_RATE_PERIODS = frozenset(("week", "day", "game"))
_RATE_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:an?|per|each|every)[^\S\n]+$")
# ... of which the indices, whose number in thousands grouped by commas is a level, no name ("Dow 10,000")
INDICES = frozenset("dow nasdaq russell nikkei dax cac stoxx ftse sensex nifty kospi".split())
# The second and later numbers of a list after a label: "Sections 376 and 506", "junctions 31 and 33".
PLURAL_LABELS = ("sections|articles|clauses|chapters|pages|rooms|routes|junctions|gates|platforms|lanes|flights"
                 "|paragraphs|episodes|terminals")
PLURAL_LABEL_WORDS = frozenset(PLURAL_LABELS.split("|"))
LABEL_LIST = re.compile(rf"(?i)\b(?:{PLURAL_LABELS}|section|article|clause|no\.?)\s+\d+[a-z]?"
                        r"(?:\s*,\s*\d+[a-z]?)*\s*(?:,|and|or|to|&)\s*$")
LABEL_KEYS = re.compile(r"section|article|clause|chapter|page|room|route|junction|gate|platform|lane|flight"
                        r"|paragraph|episode|terminal|no")  # what every match of `LABEL_LIST` holds, lower-cased
# The letters that are a currency only before some numbers (`amount_letter_currencies`), and the words before them that
# make them a thing's name, no currency: a determiner, a count or a possessor ("the N1", "the R21", "an N95", "10 N95",
# "Nike's KD 16")
_LETTERS = re.compile("|".join(sorted(("R", "N", "Sh", *GULF_LETTERS), key=len, reverse=True)) + r"(?=[^\S\n]?\d)")
# ... but not before a rate or a charge's noun, a price's wherever they are: "the R350 a month grant", "the N500 levy"
_RATE = re.compile(rf"[^\S\n]+(?:(?:an?|per)[^\S\n]+{RATES}|{CHARGES})")
_NAME_DETERMINERS = frozenset("the a an this that these those their his her its our my your each every one two three "
                              "four five six seven eight nine ten".split())
# A colon, then a space or the line's end, after a number (`numbered_name`'s headings)
_HEADING_COLON = re.compile(r":(?:[^\S\n]|\n|$)")
_COUNTS = frozenset("one two three four five six seven eight nine ten".split())
# After a name's number, a results table's next cell in brackets: a share ("(33.4%)") or a signed change ("(+163)",
# "(-2.6)")
_CELL_AFTER = re.compile(r" \((?:[+\-−±]\d|\d+(?:\.\d+)?%)")
# A scorecard's or a leaderboard's row: after a player's number its bracketed second figure, then the next player's
# pair ("McIlroy 68 (70), Rahm 71 (69)", "Root 45 (62), Brook 30 (41)": the first figure counted, as a sentence's first
# word is no name's)
_SCORECARD_NEXT = re.compile(
    r" \(\d{1,3}\),? (?P<next>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?) [+\-−]?\d{1,3} \(\d{1,3}\)")
# ... whose names are players', not a report's lines with last year's figures in brackets ("Revenue 450 (380), EBIT 45
# (38)", a Nordic report's) nor an election's parties with their seats before ("Conservative 23 (19), Labour 12 (15)")
_REPORT_LINES = frozenset("Revenue Revenues Sales Turnover Profit Profits Earnings Income Orders Result Results "
                          "Dividend Margin Costs Expenses Assets Equity Debt Investments Employees Headcount".split())
# ... and last year's figure itself, bare in brackets after a report line's ("Orders 300 (280)")
_COMPARISON_AFTER = re.compile(r" \((?!(?:19|20)\d\d\))\d[\d,.]*\)")  # (a year's is a title's: "Profits 4 (2019)")
# A half-time score in brackets after a side's score, then the other side's name ("Arsenal 2 (1) Chelsea 1 (0)")
_HALF_TIME = re.compile(r" \(\d{1,2}\)(?= [A-Z])")
# Words after which a capitalised word is a place or a day, not a name the number belongs to.
_BEFORE_PLACES = frozenset("in on at by across since from to near for until after before during".split())


def sentence_start(text: str, start: int) -> bool:
    """Return True when `start` begins a sentence (or the text): only white space after its end mark, or a list's
    bullet at a line's start ("• Typically 2 -3% of revenue" lost its 2, a name's number as "Channel 4" is).

    >>> [sentence_start(t, t.index("T")) for t in ("Rose. Typically", "- Typically", "x\\n* Typically", "up - To")]
    [True, True, True, False]
    """
    head = text[max(0, start - 3): start].rstrip(" \t")
    return not head or head[-1] in ".!?\"“”'‘:\n\x01" or head[-1] in "-*–•·" and _BULLET_BEFORE.search(
        text, max(0, start - 6), start) is not None


# A list's bullet at its line's start, a space after it (a dash inside a line is a clause's: "rose - Typically")
_BULLET_BEFORE = re.compile(r"(?:\A|\n)[^\S\n]*[-*–•·][^\S\n]+\Z")


def numbered_name(text: str, token: str, word_before: str, word_after: str, after: list[str], digits: str | None,
                 scale2: str | None, number_start: int, end: int, low: int) -> bool:
    """Return True when the number from `number_start` to `end` is part of a name or a label, told by `token`, the
    word right before it (`word_before` as it reads), and `after`, the word after it (`word_after`); `low` is
    where the paragraph starts.

    >>> [numbered_name(t, t.split()[-2], t.split()[-2].lower(), "", [], t.split()[-1], None, len(t) - len(
    ...     t.split()[-1]), len(t), 0) for t in ("He lives at No 10", "It invoked Article 50", "They were 3 40")]
    [True, True, False]
    """
    label = token.strip(".,;:(")
    if label.islower() and word_before not in LABELS and word_before not in PLURAL_LABEL_WORDS:
        return False  # a lower-case word that is no label's (most numbers): no rule below can apply, each needing
        # a capital in it, or it one of the labels' words
    if digits and not scale2 and index_level(label, digits) and not first_name_before(
            text, number_start - len(token) - 1, low):  # (not a person's: "Andre Russell 45 (23)")
        return False  # a market index's level, not its own number: "the VIX 16.2 reading", "the Nikkei 38500" (they
        # were numbered names, as "Nikkei 225" is)
    if digits and text.startswith(" (", end) and _CELL_AFTER.match(text, end) and word_before not in INDICES and (
            word_before not in LABELS or label in SIDES):
        return False  # a results table's count, its share or its change in brackets after it: "Reform UK 7,640
        # (33.4%)", "Lib Dem 370 (+163)", "No 1,093,870 (47.6%)" (they were numbered names, as "FTSE 100" is)
    if digits and len(digits) <= 3 and label[:1].isupper() and text.startswith(" (", end) and (
            row := _SCORECARD_NEXT.match(text, end)) is not None and _players(label, row.group("next")):
        return True  # a scorecard's first figure, its player's: "McIlroy 68 (70), Rahm 71 (69)" (it was 68)
    counted = None  # a tally's: "score" (sport near) or "count" ("Italy 120, Spain 85 new cases")
    if digits and not scale2 and label[:1].isupper() and (word_before not in LABELS or label in SIDES) and (
           word_before not in INDICES):  # (a tally's names are capitalised: `tally` reads no other)
        counted = tally(text, label, digits, end, low)  # (a vote's "No 48" after "Yes 52" too)
        if counted is None and text.startswith(" (", end) and (half := _HALF_TIME.match(text, end)) is not None:
            # a score's half-time score in brackets after it, read past: "Arsenal 2 (1) Chelsea 1 (0)" (it was 2)
            counted = tally(text[low:end] + text[half.end(): half.end() + 64], label, digits, end - low, 0)
        if counted == "score":
           return True  # a game's score, either team's points: "Astros 10, Pirates 5", "Lakers 112 Celtics 108"
        if counted is None and (label in PARTY_NAMES or label in SIDES and "," in digits) and not title_case(
               text, end):  # a party's seats or votes, a vote's side's votes in thousands (a tally's numbers are
           counted = "count"  # three digits at most): "the Conservatives 121", "Leave 17,410,742, Remain ..."
    # a report line's figure, last year's in brackets after it, then the scale or percent both take: a name's number
    # takes none ("EBIT 98 (85) million", "Chelsea 400 (410) million" lost their first figure; a label's word still
    # names it, "Windows 11 (10) million users")
    label_start = number_start - 1 - len(label)
    report_pair = bool(digits) and not scale2 and text.startswith(" (", end) and bracket_pair(
        text, number_start, end, len(text)) is not None
    if not scale2 and (word_before in LABELS and counted is None and not (
           word_before in _RATE_PERIODS and _RATE_BEFORE.search(text, max(low, number_start - 8 - len(label)),
                                                                number_start - 1 - len(label))) and not (
           digits and "," in digits and word_before in INDICES) and not (
           word_before in VENUE_LABELS and counts(after))
                      or word_before in PLURAL_LABEL_WORDS or (
           len(label) > 1 and label.isupper() and label.isalpha() and counted is None and not report_pair and not (
               counts(after) and cost_before(text, number_start - 1 - len(label), low)) and not (
               digits and "," in digits and word_before in INDICES) and not (
               next_table_row(text, label, label_start, end, low)))):  # (a table's next row: "WTI 60.20 +0.8%")
        # whom a loss costs, by a name's letters, then a count: "cost KD 62 games", "cost AD 30 games" count 62 and
        # 30 games (`named_letters`; not "Nike KD 16 sneakers", nor "got QR 50 votes", whose letters say nothing)
        return True  # a numbered name: No 10, Article 50, FTSE 100, lane seven (no "Sales Top 100 Million"; an
        # index's level in thousands is its points, "Dow 10,000 Again?", "DAX 24,105"; a tally's "USA 40, China 38"
        # count)
    if digits and not scale2 and digits.isdigit() and _HEADING_COLON.match(text, end) and label[:1].isupper() and (
            label[1:].isalpha() and text.startswith(label, label_start) and sentence_start(text, label_start)):
        return True  # a heading's numbered step, tip or reason before its colon, as "Chapter 3:" is: "Step 2: pour the
        # batter", "Tip 4: book early" (a colon and a space after a number end a clause: "Attendance was 52,000: a")
    if digits and not scale2 and not label.islower() and counted is None and (
           "," not in digits or word_before not in INDICES and not title_case(text, end)
           and not country_or_region(label)) and (
           label.lower() not in COUNT_WORDS) and not (
           label in _REPORT_LINES and _COMPARISON_AFTER.match(text, end)) and not report_pair and _named(
           text, label, number_start) and not counts(after) and not headline_verb_count(
           text, label, end, label_start) and not next_table_row(text, label, label_start, end, low):
        return True  # a numbered name: "Halo 2", "Channel 4", "Nintendo 64 classic", in a sentence "Warhammer
        # 40,000 sold" (not "Trump's First 100 Days", nor a headline's thousands grouped by commas, a count's:
        # "Wildfires Destroy 12,000 Homes", nor an index's level, "the Dow 10,000 barrier", nor a place's count,
        # "Israel 1,200 were killed", nor a report's line with last year's figure after it inside a sentence, "the
        # company said Orders 300 (280) were": it lost the 300)
    if digits and not scale2 and "," not in digits and (
           counted is None or label not in ELECTION_NAMES) and first_word_name_number(
           text, label, label_start, end, low, word_after):
        return True  # a headline's first word and its number: "Sims 4 Players Get Free Expansion", "FIFA 23, Madden
        # 24 Top Charts" (not an election's tally: "SNP 9, Lib Dems 72")
    return False


# A flattened table's previous cell, another name's level and its signed change in percent, then the cell's end
# (", ", "; ", " | "), and a signed change after this cell's number: "Italy 4 -5%, Spain 6 +1%" is two rows
_ROW_BEFORE = re.compile(r"(?<![\w&.])([A-Z][\w&.]*)[^\S\n]+\d[\d,.]*[^\S\n]+[-+−]\d+(?:\.\d+)?%"
                         r"[^\S\n]*[,;|][^\S\n]*\Z")
_CHANGE_AFTER = re.compile(r"[^\S\n]+[-+−]\d+(?:\.\d+)?%")


def next_table_row(text: str, label: str, label_start: int, end: int, low: int) -> bool:
    """Return True when a capitalised word and the number ending at `end` are a table's row after another's, its level
    before its change ("Italy 4 -5%, Spain 6 +1%" lost Spain's 6, read as "Channel 4" is); not a name's numbers,
    which repeat its word ("Radio 4 +3%, Radio 5 +2%" are channels).

    >>> t = "Italy 4 -5%, Spain 6 +1%; Radio 4 +3%, Radio 5 +2%"
    >>> [next_table_row(t, w, at, at + len(w) + 2, 0) for w, at in (("Spain", 13), ("Italy", 0), ("Radio", 39))]
    [True, False, False]
    """
    row = _ROW_BEFORE.search(text, max(low, label_start - 40), label_start)
    return row is not None and row.group(1) != label.split()[0] and _CHANGE_AFTER.match(text, end) is not None


def _players(label: str, next_name: str) -> bool:
    """Return True when a scorecard's row's name and the next row's are players': no report's line, no acronym ("EBIT",
    "EPS"), no party.

    >>> _players("McIlroy", "Rahm"), _players("Revenue", "EBIT"), _players("Conservative", "Labour"), _players("Root",
    ...     "Lib Dem")
    (True, False, False, False)
    """
    return not any(name in _REPORT_LINES or name in ELECTION_NAMES or len(name) > 1 and name.isupper()
                   for name in (label, *next_name.split()))


def _named(text: str, label: str, number_start: int) -> bool:
    """Return True when the word just before a number is a name that the number is part of: a capitalised
    word inside a sentence ("the Dow 30"), or one with a capital inside or an "&" anywhere ("iPhone 15",
    "S&P 500"). Capitalised words that start a sentence are too often "About", "Some", "The"."""
    start = number_start - 1 - len(label)
    if not label or text[number_start - 1: number_start] != " " or text[start: number_start - 1] != label:
        return False  # not directly before, one space apart ("Boeing, 737")
    if len(label) > 1 and ("&" in label or label[0].islower() and any(c.isupper() for c in label[1:])):
        return True
    if label.lower() in _BEFORE_PLACES:
        return False  # a headline's capitalised preposition: "Price Rise In 50 Markets", "Bonus For 3,000 Staff"
    previous = text[max(0, start - 12): start].rsplit(None, 1)[-1:]
    if previous and previous[0].lower() in _BEFORE_PLACES:
        return False  # "In Gaza 200 children", "On Tuesday 40 people": a place or a day before the amount
    return label[0].isupper() and label[1:].isalpha() and not sentence_start(text, start)


def cost_before(text: str, start: int, low: int) -> bool:
    """Return True when the word before `start` is "cost", whose first object is whom it costs: "cost KD 62 games".

    >>> cost_before("cost KD 62", 5, 0), cost_before("got QR 50", 4, 0), cost_before("KD 16", 0, 0)
    (True, False, False)
    """
    word = text[max(low, start - 24): start].rsplit(None, 1)[-1:]
    return bool(word) and word[0].lower() in ("cost", "costs", "costing")


def named_letters(text: str, number_start: int, end: int, low: int, digits: str | None, scale2: str | None) -> bool:
    """Return True when the letters right before a number read as their currency (`amount_letter_currencies`) are a
    thing's name and its number: after a maker's name ("the Roland R2,000 synth", "Nike KD 16 for kids") or, a bare
    number's, after a determiner, a count or a possessor ("the N1 each day", "the R21 each morning", "10 N95 each",
    "their N95 each shift"; not before a rate, "the R350 a month grant"), or before a plural it counts ("cost KD 62
    games": Kevin Durant's). A price's letters follow a verb or a preposition ("costs QR 50", "for R300 a month");
    `low` is where the paragraph starts.

    >>> [named_letters(t, t.index(name), t.index(name) + len(name), 0, "95", None) for t, name in (
    ...     ("reuse an N95 each day", "N95"), ("it costs N95 each", "N95"), ("the SR 95 each", "SR 95"),
    ...     ("cost KD 95 games", "KD 95"), ("costs QR 95 for adults", "QR 95"), ("the R95 a month grant", "R95"))]
    [True, False, True, True, False, False]
    """
    if scale2 or not digits or not text.endswith(digits, number_start, end) or _LETTERS.match(
            text, number_start) is None:
        return False  # a scale word is money's writing: "the R50bn plan", "a Dh5 billion deal"
    if text.startswith("Dh", number_start):
        return False  # a capital and a small letter, the UAE papers' dirham, no model's name: "Dh5 fees rose"
    word = text[max(low, number_start - 24): number_start].rsplit(None, 1)[-1:]
    if not word or text[number_start - 1: number_start] != " ":
        return False
    maker = word[0][:1].isupper() and word[0].isalpha() and not sentence_start(text, number_start - 1 - len(word[0]))
    if maker and (text[number_start] == "R" or digits.isdigit()):
        return True  # a model's name after a maker's (a rand's in thousands too: "the Roland R2,000 synth")
    if not digits.isdigit():
        return False
    before = word[0].lower()
    # a count before the letters makes them the thing counted, before a rate too: "one N95 a day", "2 N95 a shift"
    # (it was 95 naira); a determiner's may be a price's name before a rate ("the R350 a month grant")
    return counts(text[end: end + 24].split(None, 1)[:1]) or before in _COUNTS or before.replace(",", "").isdigit() or (
        _RATE.match(text, end) is None and (before in _NAME_DETERMINERS or before.endswith(("'s", "’s"))))


# A broadcaster's channel, then the "+1" of its channel an hour later ("Channel 4 (+1)", "ITV2 +1", "E4 +1"), read
# backwards from the "+": the one is the channel's name, no change
_TIMESHIFT = re.compile(r"(?:\b[Cc]hannel[^\S\n]+\d{1,2}|\b(?:ITV\d?|ITVBe|E4|More4|Film4|5USA|5Star|Dave|"
                        r"Sky[^\S\n]+[A-Z]\w+))[^\S\n]*\(?\+$")


def timeshift_one(text: str, number_start: int, low: int) -> bool:
    """Return True when the one starting at `number_start` after a "+" names a channel's hour-later twin.

    >>> [timeshift_one(t, t.rindex("1"), 0) for t in ("Channel 4 (+1) drew", "ITV2 +1 had", "Lab 45 (+1)",
    ...     "Channel 4 (-1)", "Sky Atlantic +1 showed")]
    [True, True, False, False, True]
    """
    return text[number_start - 1: number_start] == "+" and _TIMESHIFT.search(
        text, max(low, number_start - 24), number_start) is not None

