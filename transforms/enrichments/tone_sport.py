"""Sport's outcomes that news writes with no word of tone: a title clinched, points docked, a side eliminated, a
player ruled out for a span, a manager sacked.

A season's news is a short list of outcomes for the side or the player it names: a title or promotion won, a cup run
ended, a relegation, a points deduction, an injury that rules a player out, a manager's dismissal. The lexicon reads
"won", "relegated"'s "relegation", "promoted", "defeat", "injury", and tone's rules "knocked out" and "sent off"
(`tone_senses`); the rest had no tone: "Liverpool clinched the title", "The club was docked ten points", "Spain were
eliminated in the semi-finals", "ruled out for the rest of the season", "The manager was sacked" each read 0. Each now
takes a lexicon word's valence where its neighbours say the sport's sense (`SPORT_SENSES`, read as `tone_senses`
reads its words): "clinched", "sealed" and "seals" before a prize one to three words on ("sealed a fourth successive
title", "clinched promotion"; not "sealed off the road", "clinched a deal", which tone's `DEALS` reads), "docked"
before points or pay ("docked ten points", "docked a day's pay"; not "The ferry docked at Dover"), and "eliminated" as
a passive before a stage or a contest ("were eliminated in the first round", "was eliminated from the competition";
not "The disease was eliminated from the country", "eliminated the risk"). A player "ruled out" for a span of play or
time is out of it (`RULED_OUT`; "Police ruled out foul play" is `tone_possibilities`' and negates the play), and
"sacked" is "fired" (a manager's, a worker's or a city's, each bad news for the one named). A win that news tells by
its margin or its score is the subject's ("Pakistan beat Sri Lanka by six wickets", "Hearts beat Celtic 2-0"), as is a
batsman's century (after a verb of scoring, or unbeaten or maiden; not "a century ago") and the award of "player of the
match"; each read 0 before.
"""

from __future__ import annotations

# the verbs of a prize won at last, "retain" left out: its "retained" is the lexicon's (+0.1)
WINNING = ("clinch", "clinches", "clinched", "clinching", "seal", "seals", "sealed", "sealing")
# (analogue, its VADER valence, the words that take it in the sport's sense); a test checks the valences.
SPORT_ANALOGUES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("triumph", 2.1, WINNING),
    ("punished", -2.0, ("docked",)),  # a points deduction
    ("defeated", -2.1, ("eliminated",)),
    # a side that beat another by a margin, a batsman's hundred: the subject's win, as "won" is (`BEATING`, `CENTURY`)
    ("triumph", 2.1, ("beat", "beats", "century", "centuries")),
)
# "beat" is a win where a sport's margin follows its object ("Pakistan beat Sri Lanka by six wickets", "beat the hosts
# by 10 runs"): the margin's unit is what says the sport, so "beat the market by a wide margin" or "Police beat the man
# with batons" read none; the object is read up to three words, the margin one word after "by"
_MARGIN_VERBS = tuple(f"_{' *' * gap} by * {{margin}}" for gap in range(1, 4)) + tuple(
    f"_{' *' * gap} by an innings" for gap in range(1, 4)) + tuple(
    # ... or a score does, its two numbers side by side once the text's hyphen is a space ("Hearts beat Celtic 2-0",
    # "beat Aston Villa 3-1"): one number after the object is a count ("beat the man 20 times"); the object a name,
    # no determiner first, as a thousands' comma after one would read as two numbers ("beat the 1,000 entrants")
    f"_ !{{prize_owner}}{' *' * gap} # #" for gap in range(2))
# a "century" is a batsman's hundred where a verb of scoring stands one to three words before it ("scored an unbeaten
# century", "hit his maiden Test century") or it is unbeaten or a maiden one; a hundred years is told by none of these
# ("a century ago", "the 19th century", "more than a century old"). "made" is no verb of it: "made a century ago"
_CENTURIES = (*(f"{{scoring}}{' *' * gap} _" for gap in range(1, 4)), "unbeaten _", "maiden _")
SPORT_SENSES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(WINNING, ("_ {prize}", "_ {prize_owner} {prize}", "_ {prize_owner} * {prize}",
                              "_ {prize_owner} * * {prize}")),
    "docked": ("_ {deducted}", "_ * {deducted}", "_ * * {deducted}"),
    **dict.fromkeys(("beat", "beats"), _MARGIN_VERBS),
    **dict.fromkeys(("century", "centuries"), _CENTURIES),
    "eliminated": ("{passive} _ {at} the {stage}", "{passive} _ {at} the * {stage}", "{passive} _ {at} the * * {stage}",
                   "{passive} _ on penalties", "{passive} _ from the {contest}", "{passive} _ from the * {contest}"),
}
# the words beside them that say the sport's sense, as `tone_sense_neighbours` names its sets
SPORT_NEIGHBOURS: dict[str, str] = {
    "prize": "title titles crown championship trophy cup league premiership pennant promotion gold medal series "
             "victory win place spot berth qualification",
    "prize_owner": "the a an its their his her our",
    "deducted": "point points pay wages salary",
    "at": "in at",
    "stage": "final finals round rounds stage stages semis semifinal semifinals quarterfinal quarterfinals heats "
             "playoffs",  # "semi-finals" read as "semi finals": "finals" two words on
    "contest": "tournament competition cup championship championships race contest show league playoffs",
    "margin": "wickets wicket runs run goals goal points point strokes stroke shots shot lengths length seconds "
              "frames sets games tries",
    "scoring": "scored scores score scoring hit hits hitting struck smashed notched",
}
_SPANS = ("the season", "the rest of the season", "the rest of the year", "the rest of the campaign",
          "the tournament", "the world cup", "the euros", "the olympics", "the championship", "the series",
          "the match", "the game", "the final", "the tour")
_COUNT = ("two", "three", "four", "five", "six", "eight", "ten", "twelve", "several", "up to six", "a month", "a week")
# a player out for a span of play or time ("ruled out for the rest of the season", "ruled out of the World Cup",
# "ruled out for six weeks"), read as "injured" (−1.7)
RULED_OUT = (*(f"ruled out {of} {span}" for of in ("for", "of") for span in _SPANS),
             *(f"ruled out for {count}{unit}" for count in _COUNT
               for unit in (("",) if count.startswith("a ") else (" weeks", " months"))))
SPORT_WORDS: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("injured", -1.7, RULED_OUT),
    ("fired", -2.6, ("sacked", "sacking", "sackings")),  # "The manager was sacked"; VADER's "fired" is the job's too
    # the day's or the series' award to its best player: "was named player of the match"
    ("award", 2.5, tuple(f"{who} of the {what}" for who in ("player", "man", "woman")
                         for what in ("match", "series", "tournament"))),
)
