"""The quantities news reports the moves of ("profits", "unemployment", "waiting lists"), each with the sign of its
rise to a reader, and the words around one that `tone_moves` and `tone_counts` read: a measure of it ("rates"), the
prepositions of place or time after it, and the nouns that make its word a modifier, no quantity that moves
(`NOT_MOVING`: "unemployment benefit", "pre-tax profits", "the Buffalo Bills").
"""

from __future__ import annotations

from transforms.enrichments.tone_phrases import make_phrases

# The quantities news reports the moves of, each with the sign of its rise to a reader.
QUANTITIES: dict[str, int] = {
    **dict.fromkeys(("profit", "profits", "sales", "shares", "stocks", "earnings", "revenue", "revenues",
                     "exports", "jobs", "orders",
                     # a country's output: "The economy grew 3.7%", "Germany's economy shrank"
                     "economy", "economies",
                     # its growth, which news reports the pace of: "Growth slowed to 0.1%", "Sales growth slowed"
                     # (each read as the lexicon's +1.6 alone); "growth" that moves not keeps it
                     "growth",
                     # a market's index: "The FTSE 100 closed at a record high", "Wall Street fell"
                     "ftse", "dow", "nasdaq", "nikkei", "wall street", "stock market", "stock markets",
                     # those a business or a place serves: "Passenger numbers hit a record high"
                     "passenger numbers", "visitor numbers", "tourist numbers",
                     # a cure's and a vaccine's reach: "doubled survival rates", "Vaccination rates rose"
                     "survival", "vaccination", "vaccinations",
                     # a tax's receipts are the treasury's takings: "Tax receipts fell" is bad news, unlike a tax cut
                     "receipts",
                     # a worker's pay: "Wages grew faster than expected", "real wages fell"
                     "wages",
                     # what a charity is given: "Donations doubled since the appeal", "Donations to the charity fell"
                     "donations",
                     # a leader's or a party's backing in the polls, which news reports the moves of: "Support for the
                     # governing party fell to 18%", "Approval of the prime minister dropped" read good (the lexicon's
                     # +1.7 and +2.1 unmoved); a quantity only before a move ("We support the plan" keeps its tone)
                     "support", "approval", "popularity",
                     # money put into a place or a trade: "Investment in new factories dropped" read 0
                     "investment", "investments"), 1),
    **dict.fromkeys(("unemployment", "jobless", "inflation", "deaths", "crime", "losses", "debt", "debts",
                     "deficit", "crimes", "thefts", "burglaries", "robberies", "murders", "killings", "injuries",
                     "casualties", "accidents", "crashes", "infections", "bankruptcies", "layoffs", "redundancies",
                     # a crime's count by its legal name: "Knife crime offences dropped by 18%"
                     "offences", "offenses",
                     # health's tolls: "Cases of measles rose", "Obesity rates have doubled", "Waiting lists fell"
                     "cases", "obesity", "waiting list", "waiting lists", "waiting time", "waiting times",
                     # a hospital's intake of the sick ("cut hospital admissions"; a university's has no sign)
                     "hospital admissions",
                     # a growth in the body, whose shrinking is a treatment working: "the tumour had shrunk" read bad
                     # ("tumour" −1.6 unmoved), as "The tumour grew" is
                     "tumour", "tumours", "tumor", "tumors",
                     # "people out of work" as "the jobless"; a pollutant's output ("Emissions fell", "Pollution fell")
                     "out of work", "emissions", "pollution",
                     # a tax cut is good news to the one who pays it, a rise bad: "They cut taxes", "tax rises"
                     "tax", "taxes",
                     # what a household owes and pays: "Mortgage arrears rose", "Energy bills are set to rise"
                     "arrears", "bills",
                     # a harm to wildlife: "Poaching of rhinos fell sharply", "Deforestation in the Amazon rose"
                     "poaching", "deforestation",
                     # a want that a policy cuts or a slump spreads: "The plan would reduce poverty" read −11.5 as
                     # "reduce" and "poverty" both bad, "Child poverty fell" as poverty (each keeps its −2.3 unmoved)
                     "poverty", "homelessness",
                     # what a machine or a building uses up: "a chip that cuts the energy data centres use by half",
                     # "Energy use fell" (only beside a word of use: `NOT_MOVING`; "cut energy supplies" is no saving)
                     "energy", "energy use", "energy usage", "energy consumption",
                     # the burning of coal and of fossil fuels, a pollutant's source, as "emissions" are: "Global coal
                     # use fell for the first time in four years" read bad, "fell" −1.1 unmoved (oil's and gas's use
                     # is a market's demand, whose fall is bad news to its traders: not among them)
                     "coal use", "coal consumption", "coal burning", "fossil fuel use", "fossil fuel consumption",
                     # a risk's fall is good news: "cut the risk of heart attacks" (elsewhere "risk" keeps its −1.1)
                     "risk", "risks",
                     # a gap that news reports the move of is an inequality or a shortfall: "The gender pay gap
                     # narrowed", "The gap between rich and poor has widened", "the trade gap widened" (not one a verb
                     # acts on, a race's or a poll's: "narrowed the gap to three points", `NOT_MOVING`)
                     "gap", "gaps",
                     # what a council, a bank or a utility makes one pay: "Council axes parking charges", "cut standing
                     # charges by 10%", "Water companies raised charges" (a cut read as the lexicon's "charges" −1.1);
                     # a court's charges fall the same way for the one charged ("Charges against him were dropped"),
                     # and "faces charges", "brought charges" move nothing and keep the −1.1
                     "charges", "fees",
                     # what a thing costs its buyer or borrower, which a cut lowers: "The bank cut the cost of
                     # borrowing" read −3.9 ("cut" alone); only where a verb before it cuts it (`tone_costs`): a cost
                     # that moves of itself is a market's, good to one reader and bad to another
                     "cost", "costs"), -1),
}
# the prepositions after a quantity that widen its window ("between": what a gap is between, "The gap between rich
# and poor has widened")
PLACE_OR_TIME = "in at of for from across on among between"
# a quantity's: "Obesity rates among children", "Approval ratings for the mayor slipped" (read good: past the window)
MEASURE = "rate rates rating ratings level levels figure figures number numbers"

# A quantity's word before a noun it names a kind of is no quantity that moves: "S&P cuts SBC debt ratings", "cuts in
# unemployment benefit", "cutting the unemployment system" read as a debt and unemployment cut.
# "pre-tax profits" are profits, "tax returns" and "a tax on jet fuel" no tax that moves.
# One "at risk" is in a state, no risk that moves ("livelihoods are at risk from falling prices"), and "bills" a
# household's only: "Treasury bills" are a government's debt, "the Buffalo Bills" a team, "two spending bills" laws.
_MODIFIED = "rating ratings benefit benefits system tax taxes"
NOT_MOVING = make_phrases({**{word.split()[-1]: ("_ {modified}",) for word in QUANTITIES},
                           **{word: ("_ {taxed}",) for word in ("tax", "taxes")},
                           # an office or a fare named by the economy: "the economy minister", "economy class"
                           # and one outside the law, whose growth is no good news: "the black economy grew"
                           **{word: ("_ {office}", "{hidden} _") for word in ("economy", "economies")},
                           **{word: ("at _", "_ {modified}") for word in ("risk", "risks")},
                           "bills": ("{not_owed} _", "_ {modified}"),
                           # a fee that is a club's or a speaker's takings, no one's burden: "Transfer fees rose"
                           "fees": ("{takings} _",),
                           # the sector's energy, no use of it: "energy prices", "energy supplies", "energy firms"
                           "energy": ("_ !{used} !{used} !{used}", "_ {used}"),  # "energy use": its own
                           # a bank or a fund named by what it does: "investment banks cut jobs"
                           **{word: ("_ {invested}",) for word in ("investment", "investments")},
                           # a poll's rating of a leader is the backing that moves ("His approval rating fell"), a
                           # service or a package of support none ("The support package was cut")
                           **{word: ("_ {backing}",) for word in ("support", "approval", "popularity")},
                           # a gap a verb acts on is a race's, a poll's or a pledge's, no move of the news: "Arsenal
                           # narrowed the gap to two points", "pledged to close the gap", "cut the gap at the top"
                           **{word: ("{acting} _", "{acting} * _", "{acting} * * _",
                                     # and one between rivals, a race's lead: "The gap between the two parties
                                     # narrowed to three points" (not "between rich and poor")
                                     "_ between {rivals}", "_ between the {rivals}", "_ between the two {rivals}")
                              for word in ("gap", "gaps")}},
                          {"modified": _MODIFIED, "taxed": f"{_MODIFIED} profit profits income earnings losses revenue "
                           "revenues return returns credit credits break breaks on receipts",
                           "office": "minister ministers ministry class secretary",
                           "takings": "transfer transfers appearance speaking signing",
                           "backing": "benefit benefits system systems staff worker workers group groups network "
                                      "networks service services package packages scheme schemes payment payments "
                                      "fund funds team teams programme programmes program programs "
                                      # the verb's object: "do not support a lower limit"
                                      "a an the this that these those his her their its our any",
                           "invested": "bank banks banking banker bankers fund funds firm firms trust trusts grade "
                                       "vehicle vehicles arm manager managers",
                           "rivals": "parties candidates sides teams clubs leaders rivals contenders frontrunners "
                                     "campaigns camps",
                           "used": "use uses used usage consumption consume consumes consumed",
                           "hidden": "black shadow grey gray underground informal drugs drug illicit criminal cash",
                           "not_owed": "treasury t buffalo spending appropriations private senate house two three #",
                           "acting": "narrow narrows narrowed narrowing widen widens widened widening close closes "
                                     "closed closing cut cuts cutting reduce reduces reduced reducing halve halves "
                                     "halved halving bridge bridges bridged bridging extend extends extended extending "
                                     "open opens opened opening increase increases increased increasing plug plugged "
                                     "fill filled tackle tackled address addressed"})
