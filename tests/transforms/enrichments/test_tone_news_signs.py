"""Tone's sign on news sentences against the sign a reader gives them (tests/data/tone_news_signs.tsv).

The signs were set by reading each sentence, before the tone code was run on it. The sentences tone still
reads wrong are listed in `STILL_WRONG` with the reason: each is a strict xfail, so a change that puts one
right must take it off the list, and one that breaks another sentence fails.
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from transforms.enrichments import tone
from transforms.enrichments.batch import ParagraphBatch

TABLE = DATA / "tone_news_signs.tsv"
SIGNS = [tuple(line.split("\t", 1)) for line in TABLE.read_text("utf-8").splitlines()
         if line and not line.startswith("#")]

# sentence → why tone still reads it wrong
STILL_WRONG: dict[str, str] = {
    "The Hurricanes beat the Devils 4-1 on Saturday.": "a win ('beat') has no tone, and the teams' names now none",
    # thirteenth round: news of 2024 to 2026, signed before the code was run on it
    "The country generated a record share of its power from wind and solar.": "'record' leads no quantity here",
    # fourteenth round: against the twelfth round's rules, signed before the code was run on them
    "Police eased the crowd back from the barriers.": "'eased' keeps its +1.2 where it eases no worry and moves no "
                                                      "quantity",
    "The MP could not produce receipts for his expenses.": "no word of it has tone",
    "Emissions targets were cut by the new government.": "read as an emissions cut; a target's cut goes either way "
                                                         "('NHS waiting time target is cut' is good news)",
    "Kane laid off to Bellingham, who scored.": "read as layoffs: 'were laid off to save money' is one too",
    "The couple exchanged vows in a small ceremony.": "'vows' and 'ceremony' have no tone",
    "Every vote matters, the candidate said.": "'matters' carries no tone since the twelfth round (an affair)",
    "The challenger will face the champion in March.": "'champion' is +2.9 in VADER's lexicon",
    # sixteenth round: news of 2025 and 2026, signed before the code was run on them
    "Solar power overtook coal in Europe's electricity mix for the first time.": "no word of it has tone",
    # seventeenth round: news of 2025 and 2026, signed before the code was run on them
    "Fewer people died on Britain's roads last year than in any year on record.": "'fewer' is no negation ('fewer "
                                                                                  "than ten died' is still bad news)",
    # against the seventeenth round's rules, signed before the code was run on them
    "Police said the search had become a recovery operation.": "a recovery operation has no tone, though it says no "
                                                               "one is alive",
    "The insurer recovered most of its losses from the builder.": "'most of its' puts 'losses' past the reach of the "
                                                                  "verb that recovers it",
    # eighteenth round: courts, markets, health, disasters, sport, tech and politics, signed before the code was run
    "The government is unlikely to meet its target for new homes.": "a hedge of a plan: no word of it has tone",
    # nineteenth round: science, health, climate, courts, reviews, obituaries, results, signed before the code was run
    "Global temperatures hit a record high for the third year in a row.": "no word of it has tone, and a rise of "
                                                                          "temperatures is no move of a quantity",
    "The novel promises much but delivers little.": "'promises' is +1.3, and a 'little' after its verb negates "
                                                    "nothing",
    "Few analysts expect the economy to recover before 2027.": "'recover' is five words after 'few', past VADER's "
                                                               "window of three",
    "Hardly anyone came to the opening night.": "'hardly' negates, but no word of it has tone",
    # twentieth round: a court's verbs of undoing a charge, and the same verbs undoing none
    "The court dismissed her appeal against the deportation order.": "no word of it has tone ('deportation', "
                                                                      "'dismissed')",
    # twenty-first round: news of 2015 to 2026, signed before the code was run on them
    "The pound recovered after the Bank of England held interest rates.": "a currency is no quantity that moves (its "
                                                                          "rise is good news to one reader, bad to "
                                                                          "another)",
    "The outbreak is under control and no new cases have been reported for a month.": "'cases' has no tone, so 'no "
                                                                                      "new cases' negates nothing",
    "The vaccine rollout has been slower than expected.": "no word of it has tone",
    # twenty-second round: news of 2015 to 2026, signed before the code was run on them
    "The judge found no evidence that the officer had acted improperly.": "'improperly' is six words past 'no'",
    "Despite the heavy rain, the festival went ahead and drew record crowds.": "no word of it has tone ('festival' "
                                                                               "an event, 'crowds' no quantity)",
    "The defending champion was knocked out in the first round.": "'champion' is +2.9 and 'knocked out' has no tone",
    "The budget promised a lot but delivered little for families.": "'promised' is +1.5, and a 'little' after its "
                                                                    "verb negates nothing",
    # the twenty-second round's review: sentences against its rules, signed before the code was run on them
    "Officials said the leak posed little risk to the public.": "'leak' −1.4 outweighs 'little risk' (+0.5 after "
                                                                "VADER's dampener 'little')",
    "No charges have been brought against the officer who shot the teenager.": "'shot' has no tone, and 'no charges' "
                                                                               "reads as charges undone",
    "Prices rose only slightly in March.": "'prices' is no quantity of tone_moves: their move has no tone",
    "The rescue team were unable to save the boy.": "'rescue', a team's name here, +2.3 outweighs the save undone",
    "Narrowing margins hit the bank's profits.": "'margins' is no quantity and 'hit profits' no move: 'profits' +",
    "The widening of the motorway will cut journey times.": "'journey times' is no quantity: 'cut' −1.1 reads",
    "The regulator declined to approve the merger.": "no word of it has tone",
    "The country is unable to afford new hospitals.": "no word of it has tone",
    "Patients will wait no longer than 18 weeks for treatment.": "'no longer than' is a limit with no tone, and no "
                                                                 "word says the limit is a promise kept (0)",
    "The bomb failed to explode.": "'explode' has no tone: 'bomb' and 'failed' read",
    # twenty-third round: comparisons with what was feared or hoped, negations' reach, limits, harms that failed
    "Prices rose faster than expected in October.": "'prices' is no quantity of tone_moves, and no word of it has tone",
    "Growth slowed more sharply than economists had hoped.": "'more sharply than hoped' keeps the hope (+1.6), and "
                                                             "'growth' + is no quantity that slowed",
    # twenty-fourth round: resolve, gaps, comparisons' subjects, failed harms, prices, idioms, signed before the code
    "The gunmen failed to hurt anyone before they were arrested.": "'arrested' outweighs the harm undone",
    "Consumer prices rose faster than expected in January.": "'prices' is no quantity: a price's move is good news to "
                                                             "one reader and bad to another (MARKET_TERMS)",
    "Prices rose more slowly than expected last month.": "'prices' is no quantity, and a move 'more slowly than "
                                                         "expected' is not read as one less than expected",
    # twenty-fifth round: a race's gap, a harm that failed to be caused, concessions, a virus caught, a win's savour
    "Despite the massacre, rescuers failed to reach the village": "VADER's 'despite' negates what it concedes; as "
                                                                  "a concession with no tone it read 7 paragraphs of "
                                                                  "the dev corpora right and 8 wrong",
    "Despite the killings, the government failed to act.": "VADER's 'despite' negates 'killings'",
    "The new drink is sweeter than the original recipe.": "a taste's 'sweeter' reads as the lexicon's 'sweet', as "
                                                          "'a sweet drink' does",
    # twenty-seventh round: disasters, courts, markets, health, sport and politics, signed before the code was run
    "The new treatment cut the risk of a second heart attack by half.": "'attack' (−2.1) of 'heart attack' outweighs "
                                                                        "the risk cut",
    # thirtieth round: 2020s news of business, health, weather, sport and courts, signed before the code was run
    # thirty-first round: 2020s news of business, health, weather, sport, courts and politics, signed before the code
    # was run
    "The club's ten-year wait for a trophy ended on Sunday.": "'wait' and 'trophy' have no tone",
    "The judge ended the inquiry without hearing the victims.": "'without' negates 'victims' three words on, and an "
                                                                "inquiry is no good thing ended",
    # thirty-second round: 2025-26 news of markets, health, science, sport, disasters, courts and diplomacy
    "The rocket exploded minutes after lift-off, scattering debris over the Caribbean.": "'exploded' is left out of "
                                                                                         "NEWS_WORDS (an explosion "
                                                                                         "of casinos)",
    "The Court of Appeal quashed the conviction of a man who spent 17 years in prison for a rape he did not commit.":
        "the wrong done to him ('prison', 'rape') outweighs the conviction quashed",
    # thirty-third round: a review's cases, then support, approval and investment moving, and markets' news
    "The wildfire was finally contained after burning for nine days.": "'wildfire' (−2.2) is no fire of the harms "
                                                                       "whose containing wanes them",
    # thirty-fifth round: the review's cases left, and 2025-26 news of schools, migration, science, farming, tech and
    # nature, signed before the code was run on them
    "The court ruled that the asylum seekers had been unlawfully detained and ordered their release.": "a release "
        "from detention is no captive freed of tone_releasing, and 'detained' keeps its −",
    "Small boat crossings rose to a record in 2025.": "'crossings' is no quantity and no word of it has tone",
    "Scientists hailed the discovery as a breakthrough in the fight against malaria.": "'fight' (−1.6) outweighs "
                                                                                       "'breakthrough'",
    "A bumper harvest pushed grain prices down for consumers.": "a price's move has no tone (MARKET_TERMS), and "
                                                                "'bumper' none",
    # thirty-sixth round: approval, rescues, bans, crackdowns, blows, and 2025-26 news the table had least of
    "Hotels in Majorca reported a record summer season.": "no word of it has tone ('record' leads no quantity)",
    "The judge blocked the deportation of the student, who was freed after six weeks in detention.": "a release "
        "from detention is no captive freed of tone_releasing, and 'blocked' (−1.1) keeps its tone",
    "Shoppers snapped up bargains as the retailer slashed prices in its January sale.": "'slashed' keeps its −, "
                                                                                        "outweighing 'bargains'",
    "Wheat yields recovered strongly after two poor harvests.": "'yields' is no quantity, and 'poor' of the time "
                                                                "outweighs 'recovered'",
    "The telescope captured the most detailed images yet of a planet outside our solar system.": "no word of it has "
                                                                                                 "tone",
    "The lander tipped over on the Moon and its mission ended early.": "no word of it has tone",
    "The junta's crackdown on the opposition left hundreds in jail.": "'crackdown' has no tone, nor 'jail' (the "
                                                                        "lexicon has 'jailed')",
    # a blow that is no setback
    "The two fighters traded blow for blow over twelve rounds.": "'fighters' and 'traded' keep the lexicon's −; the "
                                                                 "blow is no setback since 'blow for blow' is a term",
    # thirty-seventh round: crackdowns on offences, releases from detention, pollution, then 2025-26 news of housing,
    # cyber crime, crypto, AI, water, pensions, space, food, migration and insurance, signed before the code was run
    "Rents in London rose by 11% in the year to March, pricing many young workers out of the capital.": "a rent is no "
        "quantity that moves, and 'pricing out' has no tone",
    "Police took down a criminal network that sold stolen passwords to hackers.": "'took down' averts nothing: "
                                                                                  "'criminal', 'stolen' and 'hackers' "
                                                                                  "keep their −",
    "The state pension will rise by 4.1% in April under the triple lock.": "a pension is no quantity that moves",
    "Winter fuel payments were scrapped for ten million pensioners.": "no word of it has tone ('scrapped')",
    "Food prices rose at their fastest rate in more than a year, squeezing household budgets.": "a price's move has "
                                                                                                "no tone "
                                                                                                "(MARKET_TERMS), nor "
                                                                                                "'squeezing'",
    "Home insurance premiums have doubled in flood-prone areas, leaving some owners unable to get cover.": "a premium "
        "is no quantity that moves, and 'flood-prone' no flood of tone_senses",
    # the thirty-seventh round's held-out set
    "Sewage spills into rivers fell by a third last year.": "'sewage spills' is no quantity of tone_moves: its fall "
                                                            "keeps the spills' −",
    "House prices in the capital fell for a fifth month in a row.": "a price's move has no tone (MARKET_TERMS)",
    # thirty-eighth round: 2025-26 news of religion, wildlife, crypto, space, trade, charity, migration and schools,
    # signed before the code was run on it
    "Bitcoin hit a record high above $120,000 as institutional buyers piled in.": "a price's move has no tone "
                                                                                    "(MARKET_TERMS), nor 'record high'",
    "Shipping through the Red Sea resumed after the attacks stopped.": "'stopped' after its subject is no verb of "
                                                                       "waning ('The strike stopped production' would "
                                                                       "read as one): 'attacks' keep their −",
    "Volunteers raised £2m for the children's hospice in a single weekend.": "no word of it has tone ('raised', "
                                                                             "'volunteers', 'hospice')",
    "The charity's appeal brought hope to families left homeless by the floods.": "'homeless' and 'floods' outweigh "
                                                                                  "'hope' and 'charity'",
    # the thirty-eighth round's held-out set
    "Trains were running again on Monday following the storm that cut the line to Cornwall.": "'running again' has "
        "no tone, so no good news names the storm as its time, and 'cut' keeps its −",
    # the fortieth round's
    "Otters have returned to every county in England after decades of decline.": "'returned' has no tone, and "
        "'decline' is a move of no quantity",
    "Nintendo said the Switch 2 sold 3.5 million units in its first four days, a record for the company.": "'record' "
        "leads no quantity, and no word of it has tone",
    "Cocoa prices have tripled, forcing chocolate makers to raise prices and shrink bars.": "a price's move has no "
        "tone (MARKET_TERMS), nor 'shrink'",
    "The new Elizabeth line extension opened on time and under budget.": "no word of it has tone ('on time', 'under "
        "budget')",
    # the forty-first round's
    "Scientists grew a working human tooth in the lab for the first time.": "no word of it has tone",
    "The Supreme Court upheld the ban on disposable vapes, rejecting the industry's challenge.": "vapes are no harm of "
        "BANNED_HARMS (a ban on them is argued either way), so the ban keeps its −",
    "Wind and solar generated more of the EU's electricity than fossil fuels for the first time in 2025.": "no word of "
        "it has tone",
    # forty-third round: 2025-26 news of sport and technology, and headlines, signed before the code was run on them
    "The injured captain is expected to return for the World Cup.": "'injured' (−1.7) outweighs a return, which has "
                                                                    "no tone",
    "Researchers said the new battery charges in five minutes and lasts twice as long.": "a battery's 'charges' are "
        "no court's, and no word of it has tone",
    # the forty-third round's held-out set
    "Prescriptions for antidepressants are at their highest since the pandemic.": "prescriptions are no hardship of "
        "tone_waning's HARDSHIPS, so their peak since the pandemic reads as a recovery from it",
    # forty-fourth round: sport's outcomes, mending verbs, British spellings, and 2025-26 news in UK spelling
    "Bluetongue virus has been detected in sheep in Norfolk, forcing movement restrictions on neighbouring farms.":
        "a 'virus' has tone only when caught by one named, and 'restrictions' none",
    "The Ministry of Defence admitted that a data breach had exposed the details of Afghan interpreters.": "'breach' "
        "has no tone, and 'admitted' reads as a confession's +",
    # the forty-fourth round's held-out set
    "The council has patched the potholes on the high street after years of complaints.": "'potholes' has no tone, "
        "so the mending averts nothing, and 'complaints' keeps its −",
    "The new phone charges fully in 20 minutes, the company said.": "a device's 'charges' are no court's, and no "
                                                                     "word of it has tone",
    # the forty-fourth round's near misses
    "The virus was eliminated from the country after a vaccination drive.": "no word of it has tone",
    "The singer said she was going through a rough patch after her divorce.": "no word of it has tone ('rough', "
                                                                              "'divorce')",
    # forty-fifth round: negations' reach, contrasts, critics inside good news and falls of bad things, in 2025-26 news
    # of health, science, environment, courts and culture, signed before the code was run on them
    "Researchers welcomed the funding, though critics called it \"a drop in the ocean\".": "'critics' and 'drop' "
        "outweigh 'welcomed': a contrast's 'though' shifts no weight",
    "Air pollution deaths in London fell by a quarter after the ultra-low emission zone was expanded.": "the fall is "
        "read, but the zone's words keep the lexicon's − and outweigh it",
    "Not a single rhino was poached in the park last year, rangers said.": "'poached' has no tone",
    "The number of days with dangerous smog in Delhi fell to the lowest in a decade.": "days are no quantity that "
        "moves, and 'dangerous' keeps its −",
    "Critics had written the film off, but it became the highest-grossing release of the year.": "'critics' keeps its "
        "− and 'highest-grossing' leads no quantity; VADER's 'but' is not applied",
    "Not a single patient caught the infection during the trial.": "'infection' is four words past 'single': out of "
                                                                   "the negation's reach",
    "Gun crime offences fell by a fifth in Manchester last year.": "'gun' two words before the offences keeps its −",
    # forty-sixth round: burdens cut, faults' clauses mended, and 2025-26 news of business, sport and technology
    "Critics had written the film off, but it took £40m in its first weekend.": "no word after 'but' has tone, so "
        "VADER's 'but' (halving 'critics') would leave it −: the takings are no quantity that moves",
    "UK car exports hit a record in 2025.": "'record' leads only a quantity after it, no level one reaches",
    "After 14 months out with an ACL injury, the striker made a scoring comeback.": "a 'comeback' has no tone: "
        "'injury' reads",
    "The champions were thrashed 5-0 at home.": "'thrashed' has no tone, and 'champions' none (the League's)",
    "Netflix beat subscriber forecasts and raised its full-year outlook.": "beating a forecast and a raised outlook "
                                                                           "have no tone",
    "The goalkeeper is back in training after a three-month injury lay-off.": "'injury' and 'lay-off' read as harms: "
        "a return from them has no tone",
    "Payments were working normally again after the outage, the bank said.": "'working normally again' has no tone, "
        "so no good news names the outage as its time",
    "Prosecutors brought fresh charges against the former minister.": "'fresh' (+1.3) outweighs 'charges' (−1.1)",
    "Transfer fees for strikers rose sharply this summer.": "'strikers' keeps the lexicon's − of a strike",
    # the fourteenth round of 2026: the last round's misreads and 2025-26 news of health, climate, markets, sport and
    # courts, signed before the code was run on them
    "Fees rose for the striker's agent.": "a fee 'for' one is the burden of the one who pays it ('Fees rose for "
                                          "students'), so the agent's takings read as a rise of a burden",
    # the sixteenth round's review, its held-out set and its rules' words in other senses
    "The old ticket machines were made redundant by the app.": "'made redundant' is read as jobs lost, whatever was "
                                                              "made so",
    # the eighteenth round's review
    "Not one but two storms are forecast to bring flooding this weekend.": "'storms' and 'flooding' have tone only "
                                                                          "where their neighbours say their bad sense",
    # the nineteenth round's review and its held-out set
    "The storm hurt no one but brought down power lines across the county.": "a clause's 'but' with no comma is read "
                                                                             "as excepting ('nothing but praise'), "
                                                                             "so 'hurt' keeps its harm",
    "But for the quick thinking of a bus driver, dozens of children could have been badly hurt, police said on "
    "Monday.": "'badly' (−2.5) is a harm's word of its own, outweighing the hurt kept away",
    # the twenty-first round's review, its held-out set and its fresh set of 2026 news
    "The supermarket cut prices on bread and milk.": "a price cut carries no tone by design: good news to its buyers, "
                                                     "a loss to the seller (PRICE_CUTS)",
    "The airline cut fares on its European routes.": "a price cut carries no tone by design (PRICE_CUTS)",
    "The airline cut prices on transatlantic flights.": "a price cut carries no tone by design (PRICE_CUTS)",
    "The blast injured no one apart from a few cuts and bruises, medics said.": "'apart' excepts from the negation, "
        "so the injury befell someone, and 'cuts and bruises' read as harms, however minor",
    "Had the alarm not sounded, the family could have died in the fire.": "'died' is kept away, but 'fire', where it "
                                                                          "would have been, keeps its −",
    "Had the dam given way, the valley would have flooded.": "'flooded' has tone only where its neighbours say its "
                                                             "bad sense, and 'given way' none",
    "The promised ceasefire never materialised, and shelling continued overnight.": "only 'promised' is turned: "
        "'ceasefire' and 'shelling' have no tone of their own",
    "Scientists said the ozone layer is on track to recover fully by 2066.": "the ozone layer is no quantity that "
                                                                            "moves, and 'recover' has no tone of its "
                                                                            "own",
    # the twenty-third round's review and what it left, and 2026 news of the economy, climate, health and conflict
    "Aid pledged by donors never arrived.": "neither 'aid' nor 'pledged' has tone",
    "The investment pledged by the company never arrived.": "neither 'investment' nor 'pledged' has tone",
    "The shells hit no one.": "'hit' has no tone, so 'no one' turns nothing",
    "The rocket hit no one.": "'hit' has no tone, so 'no one' turns nothing",
    "The central bank cut interest rates for the third time this year.": "'cut' −1.1 reads: a rate is no quantity "
                                                                         "that moves",
    # the twenty-fourth round's review, praise in names, prices, crimes, and their near misses, signed before the code
    # was run on them
    "Flooding closed roads around the Great Lakes": "'flooding' reads only where its neighbours say a flood",
    "Pretty Little Liars was filmed in Vancouver": "'Liars' keeps its −: only words of praise in a name lose tone",
    "Good Friday traffic jams stretched for miles on the M25.": "'jams' has no tone: the name's 'Good' has none",
    "Fair Isle has a population of about 60 people.": "a sentence's first word before a name of one word reads as an "
                                                     "adjective",
    # the twenty-sixth round's probes, signed before the code was run on them
    "Favored Pleasantly Perfect took charge down the stretch":
        "a participle opens firms' names ('Advanced Micro Devices') as often as it describes, so it stays a "
        "name's",
    "Talented Real Madrid striker Vinicius signs a new deal":
        "a participle opens firms' names ('Advanced Micro Devices') as often as it describes, so it stays a "
        "name's",
    "The Grateful Dead played in Oakland in 1989.":
        "'Dead' keeps its −: only words of praise in a name lose tone",
    "The Great Barrier Reef Marine Park Authority published its report on Tuesday.":
        "'Barrier' keeps its −: only words of praise in a name lose tone",
    "Lack of Confidence hit shares on Monday.":
        "a headline's case: 'Confidence' after a sentence's first word and 'of' keeps its +, unnegated by "
        "'lack'",
    "Good Friday traffic jams stretched for miles":
        "'jams' has no tone: the name's 'Good' has none",
    "Glorious Goodwood returns to Sussex in July.":
        "a sentence's first word before a name of one word reads as an adjective",
    # the twenty-seventh round's probes, signed before the code was run on them
    "Golden Globe winner to direct new film": "'winner' keeps its +: a word of praise after the name is no name's",
    "The expected downturn came too late to hurt sales.":
        "'hurt' after 'too late to' is negated, and 'downturn' has no tone to keep",
    "The cure came too late for her.": "'cure' has no tone in the lexicon",
    "Lucky Strike maker to cut prices": "'Strike' keeps its −: only words of praise in a name lose tone",
    "Grand Rapids police officers arrested a man.": "'arrested' reads −, as a reader of an arrest may",
    "Glorious Goodwood returns next week.": "a sentence's first word before a name of one word and a verb reads as an "
                                            "adjective ('Jubilant Spain revels')",
    "Good Friday traffic jams stretched for miles.": "'jams' has no tone: the name's 'Good' has none",
    # the twenty-ninth round's probes, signed before the code was run on them
    "Windows XP will no longer get updates": "a lonely 'no longer' keeps its −1.2 (a service ended: bad news to its "
                                             "users, though signed 0)",
    "the aid arrived much too late": "'aid' has no tone, so nothing came too late",
    "Glorious Goodwood returns next week": "a sentence's first word before a name of one word reads as an adjective",
    "Lucky Strike maker": "a name of two words opening a headline of three reads as a description",
    "Best Western Hotels & Resorts expands": "'expands' is +0.4 (the name's 'Best' has none)",
    "Smart Communications subscribers complain": "a plural noun after the pair is a name's noun only before a "
                                                 "plural's auxiliary ('were', 'have'), not a bare verb ('complain')",
    # the thirtieth round's probes, signed before the code was run on them
    "The rebound never reached him.": "'never reached' keeps its − (an aid convoy's), the ball's rebound none",
    "The rebound never reached the centre.": "'never reached' keeps its − (an aid convoy's), the ball's rebound none",
    "The ball rebounded off the post and never reached him.": "'never reached' keeps its −, as an aid convoy's",
    "Lucky Strike maker British American Tobacco reported sales.": "'Strike' keeps its −: only words of praise in a "
                                                                   "name lose tone",
    "Lucky Jim is a novel by Kingsley Amis.": "a sentence's first word before a name of one word reads as an adjective",
    "Volunteers lent a helping hand to the flood victims.": "the victims' − outweighs the help given them",
    "It is still not too late to act on climate change.": "'act' has no tone: the hope kept is no word's",
    "The band's reunion tour was too little, too late to save the label.": "'save' (+2.2) outweighs the idiom's −1.7",
    "She is a gold medal contender.": "'gold' and 'medal' read as praise, a prize hoped for",
    # the thirty-first round's probes, signed before the code was run on them
    "Glorious Goodwood begins on Tuesday, and Glorious Goodwood is a highlight of the racing calendar.":
        "'highlight' is +, the names' words read none",
    "Lucky Jim was first published in 1954.": "a sentence's first word before a name of one word reads as an adjective",
    "Police recovered the stolen car.": "'stolen' keeps its − where the theft is undone",
    "Police recovered the stolen car fully intact.": "'stolen' keeps its − where the theft is undone",
    "Divers recovered the bodies from the wreck.": "'bodies' and 'wreck' keep their −",
    "Police recovered the bodies well after midnight.": "'well' reads + where it is a time's degree",
    "Success in the league did not come easily.": "'success' keeps its + where it came hard",
    "Prices in the shops did not fall.": "a fall denied of prices reads none",
    "The new hospital in the town has not opened.": "'opened' is no verb of coming",
    "The asylum backlog has yet to come down.": "'backlog' has no tone, and 'come down' no coming",
    "The expected fall in crossings did not happen.": "'expected' is no word of waiting, and 'fall' none",
    "The storm has yet to come ashore, forecasters said.": "'storm' has no tone without its harm",
    "The recovery has yet to come to the high street.": "'come to' reads as another sense ('came to power')",
    # the thirty-second round's probes, signed before the code was run on them
    "The storm in the north was not expected to come ashore.": "'storm' has no tone without its harm",
    "The success of the plan has not come easily.": "'success' keeps its + where it came hard",
    "Patients of the closed clinic have yet to arrive at the new hospital.": "'closed' has no tone",
    "Happy Mondays reunite.": "a one-word name after a sentence's first word reads as its adjective",
    "Happy Valley is set in Yorkshire.": "a one-word name after a sentence's first word reads as its adjective",
    "The money has not been fully recovered.": "a passive's 'fully recovered' is a thing found, and 'money' none",
    "Whale numbers have recovered from commercial hunting.": "'recovered from' alone is a search's as often",
    "Asylum seekers were left sleeping rough outside the processing centre.": "'sleeping rough' has no tone",
    "Firefighters recovered two bodies from the river.": "'bodies' has no tone",
    "The body was fully recovered from the lake.": "'body' has no tone",
    # the thirty-third round's probes, signed before the code was run on them
    "The market steadily recovered.": "'recovered' alone has no tone, and 'market' is no quantity that moves",
    # since the thirty-third round's reunions: a band's reunion reads as good news, which its reader signed 0
    "Happy Mondays reunite for a tour.": "'reunite' takes the valence of 'united' ('Abba reunite for a premiere')",
    # the thirty-fourth round's probes, signed before the code was run on them
    "The couple reunited in court to fight over custody.": "'reunited' (+1.8) outweighs 'fight' (−1.6)",
    "Oil prices slowly recovered.": "a rise of prices is no news of one sign, and 'recovered' none of its own",
    "Officers recovered a stolen van abandoned in a field.": "'abandoned' keeps its −2.0",
    "The predicted flooding never materialised.": "'flooding' has no tone without its harm's neighbours",
    "Rescuers pulled three survivors from the rubble.": "no word of it has tone",
    "The dreaded trade war between the two countries never came.": "'dreaded' is six words before the negation, past "
                                                                    "its window",
    "The shares may not reach their target.": "'reach' after a modal keeps the move's −0.07",
    # the thirty-fifth round's probes, signed before the code was run on them
    "The new drainage system halved flooding in the valley.": "'flooding' has no tone without its harm's neighbours",
    "The clinic slashed waiting times and cut deaths from sepsis.": "'slashed waiting times and cut deaths' reads "
                                                                    "−9.3, each half alone good",
    "The council's scheme has halved rough sleeping in two years.": "'rough sleeping' has no tone",
    "Landlords cut repairs while rents soared.": "'repairs' is no quantity, and rents' rise none of tone",
    "The feared flooding of the town centre never happened.": "'flooding' has no tone: 'feared' keeps its −",
    # the thirty-sixth round's probes, signed before the code was run on them
    "The council's scheme has halved rough sleeping.": "'rough sleeping' has no tone",
    "The barrier kept the floodwaters away from the homes.": "'kept ... away' averts nothing: the floodwaters keep "
                                                             "their −",
    # the thirty-seventh round's probes, signed before the code was run on them
    "Crews pumped floodwater out of the tunnel.": "the floodwater keeps floods' −: pumping it out averts nothing",
    "She lowered her voice.": "the lexicon's 'lowered' (−0.5) where it moves no quantity",
    "Screening lowered the rate of cervical cancer deaths.": "the deaths are six words on, past the measure's reach",
    "The rescue team lowered the injured climber's body down the cliff.": "'rescue' (+) outweighs 'injured'",
    # the thirty-eighth round's probes, signed before the code was run on them
    "Officers have not yet recovered the body.": "'body' has no tone: a death named by its recovery",
    # the thirty-ninth round's probes, signed before the code was run on them
    "The charity cut the number of scholarships it offers.": "'scholarships' has no tone; the charity's own + is read",
    # the fortieth round's probes, signed before the code was run on them
    "Costs soared.": "a cost that moves of itself is a market term ('costs surged'), read as neither reader's news",
    "Engineers pumped water out of the flooded mine.": "nothing of tone but 'flooded', a place's, no harm word",
    "The new stadium finally opened after years of setbacks.": "'setbacks' is no word of the lexicon: no tone at all",
    "Shootings dropped by a third in the city.": "'shootings' is no word of the lexicon: no harm to count",
    "The number of volunteers fell.": "'volunteers' is no word of tone: nothing counted, the fall none",
    "Bombs fell on the city overnight.": "'bombs' is no word of the lexicon and 'fell' none as a literal fall",
}


def sign(value: float) -> str:
    return "+" if value > 0 else "-" if value < 0 else "0"


def test_the_table_is_large_and_lists_only_its_own_sentences() -> None:
    assert len(SIGNS) >= 40 and {s for s, _ in SIGNS} <= {"+", "-", "0"}
    assert set(STILL_WRONG) <= {text for _, text in SIGNS}


@pytest.mark.parametrize("expected, text", [
    pytest.param(s, t, marks=pytest.mark.xfail(reason=STILL_WRONG[t], strict=True)) if t in STILL_WRONG else (s, t)
    for s, t in SIGNS
])
def test_tone_gives_a_news_sentence_the_sign_a_reader_gives(expected: str, text: str) -> None:
    assert sign(tone.rows(ParagraphBatch([text], ["p"], ["a"]))["tone"][0]) == expected


def test_the_data_readme_counts_the_table_as_it_is() -> None:
    assert f"`{TABLE.name}`: {len(SIGNS)} news sentences" in (DATA / "README.md").read_text("utf-8")
