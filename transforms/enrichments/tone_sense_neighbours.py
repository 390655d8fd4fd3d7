"""The words beside a news word that say which of its senses it has, as `tone_senses`' phrases name them in braces:
"{killing}" after "shot" ("shot dead"), "{storm_before}" before "storm" ("tropical storm"), "{site}" beside "closed"
("the plant closed"), "{quarrel}" after "reopened" ("reopened the case").
"""

from __future__ import annotations

from transforms.enrichments.tone_courts import THROWING, UNDOING_ONE_WORD
from transforms.enrichments.tone_phrases import FINITE_BE, PASSIVE
from transforms.enrichments.tone_quantities import PLACE_OR_TIME, QUANTITIES
from transforms.enrichments.tone_sport import SPORT_NEIGHBOURS

# Each set's name and its words, parted by spaces.
SENSE_NEIGHBOURS: dict[str, str] = {
    "passive": f"{PASSIVE} get gets got getting",
    "undoing": UNDOING_ONE_WORD,  # a court's verb of undoing a charge (`tone_courts`)
    "throwing": THROWING,
    "body": "head leg legs back chest stomach neck face foot feet shoulder knee abdomen thigh hand eye groin",
    "killing": "killed dead wounded injured stabbed",
    "not_after_shot": "up down to in on at for with from into through straight mostly largely partly entirely",
    "blast_before": "bomb bombs car suicide mine landmine nuclear deadly twin explosive gas embassy powerful truck "
                    "roadside bus pipeline grenade rocket mortar fatal",
    "blast_after": "tore tears tearing killed kills kill killing wounded wounds wounding injured injures injuring hurt "
                   "hurts rocked rocks rocking ripped rips ripping destroyed damaged shook near struck heard",
    "storm_before": "tropical winter snow ice severe dust sand hail rain deadly powerful strongest violent",
    "storm_after": "damage damages damaged hit hits hitting struck killed kills kill battered batter batters "
                   "battering lashed lashes swept sweeps surge victims survivors deaths toll costs knocked destroyed "
                   "ravaged warning warnings flooded brought brings bringing felled uprooted toppled tore ripped cut "
                   "downed",  # "the storm brought down trees", "the storm cut power to"
    "flood_before": "flash severe devastating deadly worst catastrophic",
    "flood_after": "hit hits swept sweeps waters water damage damaged victims warning warnings "
                   "ravaged killed kills kill survivors toll deaths relief devastated struck destroyed",
    "flooding_before": "extensive severe widespread flash heavy serious major deadly devastating causing caused",
    "flooding_after": "causes caused hit hits killed kills swept forced destroyed damaged devastated",
    "places": "homes houses streets villages towns areas fields roads farmland basements buildings properties "
              "cities city town village suburbs valley valleys land",
    "drought_before": "severe prolonged crippling devastating worst serious extreme persistent deepening",
    # and its end, a rain's or a team's good news either way: "The drought ended" read 0 (`tone_waning` wanes it)
    "drought_after": "stricken hit hits ravaged affected relief conditions ended ends eased easing",
    # a fault's kind or its doing beside a "bug", or a stomach's illness ("a stomach bug")
    "bug_before": "software security computer code coding programming critical serious major y2k millennium stomach "
                  "tummy sickness vomiting",
    "bug_after": "in that which caused causes causing allowed allows let lets left leaves meant means exposed exposes "
                 "affected affects affecting crashed crashes hit hits led could drained drains deleted wiped",
    "mending": "fix fixes fixed fixing patch patches patched patching squash squashed squashing",
    "whose_bug": "a an the this that its their several two three",
    "debt": "debt debts loan loans bond bonds mortgage mortgages payment payments repayment repayments sovereign",
    "averting": "avert averts averted averting avoid avoids avoided avoiding prevent prevents prevented preventing",
    "into": "into entered enter enters entering",  # a firm's way into insolvency: "went into administration"
    "emerging": "emerge emerges emerged emerging",  # and its way out, which averts it: "emerged from administration"
    "risk": "risk risks threat threats brink verge fear fears danger spectre",
    "modal": "will would could might may can cannot must shall to they it we he she",
    "heading": "would could will might may was is has had in of",  # after a noun that heads its phrase
    # what a market's "fell" follows: a quantity of `tone_moves` or a market's noun
    "moving": " ".join(word.split()[-1] for word in QUANTITIES) + " "  # "waiting lists" at its last word
              "index ftse dow nasdaq nikkei dax cac market markets pound dollar euro yen "
              "sterling currency stock share income output orders production starts approvals lending growth gdp "
              "confidence turnover takings average employment refinancings",
    # what a market's "fell" goes before: how far, to what, below what ("#": a number, "fell 5%")
    "fell_after": "# by to from below short behind sharply steeply slightly marginally further more nearly as back "
                  "into apart flat out off down a one two three four five six seven eight nine ten half",
    # what "fell" is in its idioms: after the night ("night fell"), before a state ("fell asleep", "fell in love")
    "dusk": "night darkness dusk silence",
    "place_or_time": PLACE_OR_TIME,
    "fell_idiom": "asleep silent ill pregnant victim prey foul quiet",
    "tech": "settings setting search browser option options value values wav password passwords page homepage home "
            "font language mode configuration app apps player program programs software choice position setup file "
            "files installation printer",
    "people": "people persons families residents civilians villagers children women refugees",
    "displaced_before": "thousands millions million hundreds many families people civilians internally",
    "been": "been were are",  # "people had been displaced", "families were displaced"
    # a team's neighbours: its city or rank before ("the Carolina Hurricanes", "the No. 4 Hurricanes"), a game or
    # its people after ("the Hurricanes beat", "Hurricanes' Front Office Job")
    "team_before": "carolina miami #",
    "team_after": "beat beats won win wins lost lose loses drew draw play plays played host hosts face faces "
                  "defeated edged routed hold held rallied scored clinched front coach fans quarterback goalie",
    # a firm, not a worry: "a going concern", "an engineering concern", the charity Age Concern
    "firm_concern": "going age engineering industrial chemical trading mining shipping manufacturing insurance "
                    "software steel "
                    # a verb, not a worry: "does concern us", "changes which concern voters" ("that" only after
                    # what it says a verb's subject is: `concern_subject`)
                    "that which who they does do did",
    # what a verb "concern" follows through "that": "the issues that concern voters", "anything that concerns
    # the club"; after any other word "that" points to a worry ("Ministers share that concern", "voiced that concern",
    # "said that concerns were growing")
    "concern_subject": "issues issue matters matter things thing questions question problems problem topics topic "
                       "areas area subjects subject cases case rules rule laws law policies policy changes change "
                       "decisions decision plans plan proposals proposal measures measure reforms reform provisions "
                       "anything everything something nothing those all one ones",
    # what a verb "concern" goes before: "The changes concern only new customers"
    "concern_object": "only mainly chiefly largely directly primarily us them",
    # a worry's "concerned" goes before what it is about, or after how much ("deeply concerned"); not "the families
    # concerned", "as far as the club is concerned", "concerned with the history of"
    "concerned_after": "about that by at over for too",
    "degree": "very deeply greatly gravely seriously increasingly particularly extremely so too more most less "
              "growing really genuinely rightly clearly",
    "cause": "fighting war conflict violence floods flooding flood storm storms earthquake quake tsunami hurricane "
             "drought famine attacks bombing clashes unrest insurgency militias",
    # what a "stole" of no theft takes: a sport's place, point or base, a show ("stole top spot", "stole two bases",
    # "stole the show", "stole a march on")
    "stole_after": "top two three second third home bases base the a an",  # an article or a count: what follows says
    "count": "two three",  # "stole two cars" is a theft; "stole two bases", "stole two ninth-inning bases" a sport's
    "bases": "bases base",
    "article": "the a an",
    "stolen_glory": "show limelight headlines spotlight lead win victory ball points point march",
    "power": "power electricity supplies lights",  # "knocked out power to thousands"
    "away": "to for",
    "lab": "testing tests analysis examination repair repairs checks inspection",  # "samples were sent off for testing"
    # record heat: "the hottest year", "hottest day since records began"; not "the hottest tickets", "hottest favourite"
    # the verbs of an improvement's coming about, none taking an object: tone_unmet's `COMING` less "reached", the
    # verb a ball's rebound is denied ("never reached him")
    "rebound_came": "came come arrived arrive materialised materialized materialise materialize happened happen "
                    "emerged emerge",
    "heat_period": "year years month months day days summer summers week weeks spring autumn winter decade decades "
                   "period june july august",
    "is": "was is were has been",
    "coral": "coral corals reef reefs",  # what bleaching kills (`tone_senses`' "bleached")
    # a truce that held: "The ceasefire held", "The truce in Gaza has held", "has largely held"; not "ceasefire talks
    # held in Cairo" (a word between: only after "has", "have" or "had")
    "holding": "held holds holding",
    "has": "has have had",
    "being": FINITE_BE,  # "the truce is holding"; "the ceasefire meeting was held in Cairo" is a meeting's
    "mostly": "largely mostly broadly generally still so far",
    # the truce's phrase of where, before its verb ("The ceasefire in Sudan held", "The truce in southern Lebanon
    # held"); not a meeting held somewhere ("Talks on a ceasefire in Sudan held in Jeddah": a reduced passive)
    "truce_where": "in between across along",
    "held_where": "in at by",
    # the sides of a clash that is a fight, and the words that call it one (`SENSES`' "clashed")
    "fighters": """police troops soldiers militants rebel rebels insurgents forces army militia militias protesters
                 demonstrators rioters gunmen fighters guerrillas gangs hooligans mobs stewards guards bouncers""",
    "violent_clash": "violent deadly fierce bloody armed military border ethnic sectarian heavy",
    # an object right after the truce's "held" says it is the verb of a meeting, not of a truce that lasted ("The
    # ceasefire held talks", "The truce commission held a vote"): a determiner opens that object's noun phrase, and the
    # meetings one holds stand bare
    "held_object": "a an the its their talks meeting meetings negotiations discussions election elections vote votes",
    # what a recovery that is no return to health is of or for: the dead and what is left of a wreck, a search
    "recovered_thing": "body bodies remains corpse corpses dead victim victims wreck wreckage debris",
    "recovery_after": "of operation operations mission missions team teams effort efforts vehicle vehicles",
    # a recovery that may not last: "the recovery remained fragile", "a weak recovery", "is still faltering"
    "shaky": "fragile faltering stalled stalling sluggish weak weakening uneven patchy shaky tepid anaemic anemic "
             "halting slow",
    # the idiom's state after a form of "be" ("isn't" and "it's" as the text reads them: "isn t", "it s"), up to two
    # words of time or degree between ("is not yet out of the woods", "are still not out of the woods")
    "be_woods": f"{PASSIVE} t s",
    "still": "not yet now still finally safely completely fully entirely quite clearly definitely never",
    # one who caught a virus ("contracted the virus", "infected with a virus"); not a virus that "posed little risk"
    "catching": "contracted contract contracts contracting caught catch catches catching infected died dying",
    "with": "with of from",
    "site": "plant plants factory factories mine mines pit pits mill mills steelworks smelter smelters refinery "
            "refineries store stores shop shops branch branches depot depots clinic clinics hospital hospitals ward "
            "wards school schools library libraries",
    # what is opened again that is no place: a quarrel, a wound, an inquiry ("reopened the case", "reopens the row")
    "quarrel": "row rows rift rifts feud feuds wound wounds scar scars debate debates dispute disputes divisions "
               "argument arguments controversy tensions case cases inquiry inquiries investigation investigations "
               "inquest probe",
    # what opens or fuels a quarrel: "reopens WMD row", "sparked a row", "reignited the row"
    "rowing": "reopen reopens reopened reopening sparked sparks sparking spark reignited reignites reignite triggered "
              "triggers fuelled fuels fueled deepened ignited caused",
    "row_kind": "bitter blazing political diplomatic furious growing escalating public fresh simmering "
                "transatlantic legal angry",
    "row_after": "between erupted erupts flared flares brewing escalated escalates deepened deepens intensified "
                 "continues continued rumbles rumbled",
    # what a run counts, before its "in a row" ("the third game in a row with a win", "five in a row over Easter"):
    # "embroiled in a row with the unions", "locked in a row over pay" are quarrels
    "run_of": "time times game games match matches win wins victory victories defeat defeats loss losses draw draws "
              "year years season seasons day days week weeks month months night nights quarter quarters race races "
              "title titles round rounds start starts term terms two three four five six seven eight nine ten",
    # what has a row with someone, or has had one: "after a row with his manager", "had a row with"
    "row_with_before": "after amid following had has have having over about during despite since into of",
    # who is in a row with someone: "is locked in a row with the unions", "The council is in a row with"
    "row_party": "locked embroiled involved caught mired entangled engaged is are was were been be remains remained "
                 "remain now already still",
    # a quarrel's divisions: "deep divisions", "bitter divisions over Brexit"; not "internal" (a firm's units)
    "division_kind": "deep deeper deepening bitter sharp sharper growing widening political social sectarian religious "
                     "ethnic racial partisan ideological generational",
    "owner": "the a an its their his her our two three four five six several all some dozens hundreds most many",
    **SPORT_NEIGHBOURS,
}
