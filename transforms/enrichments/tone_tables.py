"""The word tables tone reads news with beside VADER's lexicon: negations, plurals, words and phrases of no tone.

Each table is explained where it is declared; tone's docstring says what they do to a paragraph's tone.
"""

from __future__ import annotations

from transforms.enrichments.tone_courts import DEVICE_CHARGES
from transforms.enrichments.tone_news_words import MARKET_TERMS, PRICE_CUTS
from transforms.enrichments.tone_phrases import make_phrases

# Negations news uses that VADER's list has not: "No one was hurt", "Nobody was injured". "few" says almost none ("Few
# were spared in the attack", "Few complaints were made"), but not after an article or "quite" ("a few were hurt", "the
# few who survived": `SOME_FEW`). "hardly" and "scarcely" say almost not ("hardly any progress"; VADER dampens them:
# "barely" stays a dampener, "barely survived" is a survival). A hedge of an outcome ("unlikely to meet its target",
# "unlikely to return to profit") and an effort that came to little ("did little to ease fears", "little was done to
# protect the reefs") negate the verb after them; "little" alone is a size ("the little girl was hurt").
# "no longer" says a state has ended, as "not" would, three words on ("no longer in danger", "is no longer a threat",
# "no longer welcome"): VADER's "no" reaches two words and kept its own −1.2, so "no longer in danger" read −10.0.
NO_LONGER = "no longer"  # its "no" keeps its −1.2 where no word of tone follows in reach (tone's rows)
# "no" before a finding and "of" says the thing after "of" was not found, three words on ("no evidence of foul play",
# "no sign of damage", "no reports of injuries"): VADER's "no" reaches two words, so each read as the harm found. Not
# a lack of something, which says it is there ("no shortage of problems", "no end of trouble"), nor "no risk of", whose
# "risk" the lexicon's "no" already negates.
NO_FINDING = tuple(f"no {finding} of" for finding in ("evidence", "sign", "signs", "trace", "traces", "indication",
                                                       "indications", "suggestion", "hint", "report", "reports"))
# "not a single" and "not one" say none, as "no one" does, their reach from their last word: "Not a single show was
# cancelled", "not one death was recorded" (the "not" reached the noun only, never the participle after it).
NOT_ONE = ("not a single", "not one")
# a harm that did not come, as "did not cause" (`NEGATIONS`), and its would-be cause no bad news (tone_failures)
CAUSING = tuple(f"{failed} to cause" for failed in ("failed", "fail", "fails", "failing"))
# a help that came too late did not help: "came too late to save the firm" read as a rescue. Only after a verb of
# coming (tone_unmet's `COMING`, which imports this module): "It is not too late to save the deal" keeps its hope, the
# negation before "too late" out of VADER's reach of "save"
LATE = tuple(f"{verb}{degree} too late to" for verb in ("came", "come", "comes", "arrived", "arrive", "arrives")
             for degree in ("", " far", " much", " way", " just", " simply"))  # tone_unmet's `LATE_DEGREES`
NEGATIONS = ("no one", "nobody", NO_LONGER, *NOT_ONE, *NO_FINDING, "few", "hardly", "scarcely", "unlikely to",
             *(f"{verb} little to" for verb in ("do", "does", "did", "doing", "done")),
             *(f"little {be} done to" for be in ("was", "is", "has been", "had been", "will be", "can be")),
             # a harm that did not come, as "did not cause": "The storm failed to cause major damage" read as a failure
             # and the damage (tone_averting's `UNDOING` negates only the word after it, and "cause" has no tone)
             *CAUSING, *LATE)
# "little" right before a good word says almost none of it, as "no" does: "offered little hope of an end", "have little
# chance of clawing back", "little confidence that" (the dev corpora's 7 uses of these, each a "no"). Each such phrase
# takes its word's valence negated (× −0.74, VADER's negation: "no hope"; VADER's dampener "little" still takes 0.293
# off), and "a little" before it is some, the word's own valence ("a little help", "a little hope"). "little" alone is
# a size ("the little girl was hurt"). So before a harm or a doubt, which then reads as good news, as "no risk" does:
# "posed little risk to the public", "caused little damage", "little doubt that it works" (each read as the harm).
LITTLE_OF = ("hope", "chance", "prospect", "progress", "support", "success", "improvement", "comfort", "help",
             "enthusiasm", "sympathy", "optimism", "relief", "confidence",
             "risk", "danger", "damage", "harm", "threat", "doubt")
# "fresh" right before a harm or a doubt is "new", more of it, no praise: "caused fresh problems for passengers",
# "brought fresh complaints" read as the lexicon's +1.3 of "fresh" beside the harm's own. Each such phrase takes its
# harm's valence ("a fresh start", "fresh air", "fresh evidence" keep theirs).
FRESH_OF = ("problem", "problems", "complaints", "fears", "violence", "attack", "attacks", "doubts", "criticism",
            "protests", "strikes", "troubles", "losses", "cuts", "warnings", "accusations", "turmoil", "fighting",
            "threat", "threats", "tensions", "worries", "crisis", "chaos", "disruption", "misery", "pain")
# "few" after these is some, no negation: "a few were hurt", "quite a few", "the few who survived", "every few weeks",
# "over the next few months" (bbc-dev: "the next few months 'a rich agenda'" read as no agenda).
SOME_FEW = tuple(f"{word} few" for word in "a the every next last past first coming these those".split())
# The plurals of a toll's words, which VADER's lexicon lacks while it has their singular and "fatalities",
# "killings", "victims", "arrests": each counts as its singular, so that "There were no deaths" and "No
# injuries were reported" are the good news "No death was reported" is (the negation then reaches a word;
# they were −7.5, "no" alone counting), and "12 deaths" as bad as "12 killed". A short list, not every
# plural: the lexicon's adjectives and verbs take an "s" with another sense ("goods", "fines", "has").
PLURALS = {"deaths": "death", "injuries": "injury", "casualties": "casualty", "delays": "delay"}
# Words of VADER's lexicon that news uses as names or terms, not feelings (see tone's docstring):
# "Shares in the bank plunged" was positive, "Gross domestic product grew 0.6%" negative, "Brent crude
# rose 1.2%" −6.8, "The Supreme Court ruled" +5.0, "GDP grew 0.6%, beating expectations" −4.2. "play" (+1.4) is a
# game's or a band's, not a feeling ("The match will be played at Wembley" +3.9), and "Devils" a team's name.
# A "matter" is an affair ("the matter is settled", "a matter for the council"), a "challenger" a rival for a title or
# an office, and one "prepared" ready or willing ("prepared to pay a fine", "the accounts were prepared"): none of the
# dev corpora's uses read by hand is a feeling. A "festival" (+2.2) is an event, named or scheduled ("the Edinburgh
# Festival", "the film festival opens on Tuesday"): what news says of it carries its tone ("a festival of football",
# "glowing reviews"). "energy" (+1.1, vigour) is the sector in news ("energy bills", "energy firms", "renewable energy":
# all but a few of the dev corpora's 107 uses). "defence" (+0.4) is a ministry, a court's side, a team's back line or a
# country's arms ("the Ministry of Defence", "the defence said", "defence spending"), no feeling of the news. A
# "favourite" is the one expected to win a race, a title or a vote as often as a liking ("Actor Scott is new Bond
# favourite", "Lennon brands Rangers favourites", "the favourite to succeed him"): it is a liking, with the lexicon's
# +2.0 of "favorite", only after one whose liking it is (`LIKED`: "my favourite", "their favourites", "fan favourite").
# "jewels" (+2.0, the lexicon's praise: "a jewel of a film") are goods in news, a theft's loot or a crown's ("escaping
# with watches and jewels" read good); the singular keeps its praise.
NEWS_NEUTRAL = frozenset(
    "like united party parties interest interests share shares credit credits security securities justice "
    "gross super gt supreme crude grand champions beating demand play plays played playing devils "
    "matter matters challenger challengers prepared festival festivals energy "
    "defence defences defense defenses favourite favourites favorite favorites jewels".split()
)
LIKED = tuple(f"{whose} {favourite}" for favourite in ("favourite", "favourites", "favorite", "favorites")
              for whose in ("my", "your", "his", "her", "their", "our", "its", "fan", "old", "all time", "personal"))
# Phrases of news whose words carry no tone: a test's result is a finding, not a feeling; care as a
# service. "care" alone stays a feeling: "don't care about" (4 of bbc-dev and agnews-dev's 49 uses),
# "couldn't care less", "not much care and love".
NEWS_TERMS = ("tested positive", "tests positive", "test positive", "testing positive", "tested negative",
              "tests negative", "test negative", "testing negative",
              *(f"{kind} care" for kind in ("health", "medical", "personal", "social", "child", "day", "foster",
                                             "intensive", "primary", "elderly", "aged", "palliative", "term",
                                             "residential", "patient", "hospital", "dental", "eye")),
              "rift valley", "care home", "care homes", "care worker", "care workers", "duty of care",
              "fine gael",  # an Irish party, no "fine" one
              "weight loss",  # a drug's or a diet's aim, no loss: "weight-loss jabs"
              # a symbol named, no smile of the news: "The virus's body contains nothing but a smiley or emoticon"
              *(f"smiley {symbol}" for symbol in ("face", "faces", "emoticon", "emoticons", "emoji", "emojis", "or")),
              # a news spread fast, no fire: "The rumour spread like wildfire" (tone's `NEWS_WORDS`); a time before or
              # after the pandemic, no disease of the news: "post-pandemic recovery", "pre-pandemic levels"
              "like wildfire", "post pandemic", "pre pandemic",
              # the sea breaking on a shore, no crash of the news: "The surf crashes against the cliffs"
              *(f"{sea} {crash}" for sea in ("wave", "waves", "surf", "sea", "breakers")
                for crash in ("crash", "crashes", "crashed", "crashing")),
              # a land's height and a hospital's ward, no lie or emergency of the news: "flood damage in low-lying
              # villages", "Extra beds took the pressure off the emergency department"
              "low lying", *(f"emergency {ward}" for ward in ("department", "departments", "room", "rooms")),
              # a release's list of faults mended, no fault of the news ("Bug fixes and a faster camera")
              "bug fix", "bug fixes",
              # a relief, no harm: "No one was hurt, but it could have been far worse" read bad (the lexicon's −2.1)
              *(f"{could} have been {degree}worse" for could in ("could", "might", "would")
                for degree in ("", "far ", "much ", "a lot ", "even ", "so much ", "a great deal ", "a whole lot ")),
              # a limit set by a rule, lowered, no wound: "Crashes have halved since the speed limit was cut" read bad
              # (the lexicon's −1.1 of "cut"); a limit's cut is a rule's news, its effects the paragraph's own. A bare
              # "limit" or "limits" is no limit cut: "Spending cuts limit what schools can offer", "New limits cut
              # catches by a third" keep their cuts
              *(f"{limit} {be}cut" for limit, bes in (("limit", ("", "was ", "is ", "has been ")),
                                                     ("limits", ("were ", "are ", "have been ")))
                for be in (*bes, "had been ", "will be ")),
              *(f"{cut} {the}{kind}limit{s}" for cut in ("cut", "cuts", "cutting") for the, kinds in (
                  ("the ", ("", "speed ")), ("its ", ("", "speed ")), ("", ("speed ",))) for kind in kinds
                for s in ("", "s")),
              # a verb that points to a thing, no praise of it: "Highlight a row with the cursor", "to highlight the
              # plight of" read good (the noun's +1.4: "the highlight of his career" keeps it)
              "to highlight", *(f"highlight {what}" for what in ("a", "an", "the", "its", "their", "his", "her", "our",
                                                                "this", "these", "those", "how", "what", "why")),
              # a share of what a price moved by, no praise: "Shares lost a quarter of their value"
              "of its value", "of their value",
              # a crash a mission plans for its end, no accident: "NASA's planned crash of the probe into the Moon" read
              # bad; a deliberate one keeps its harm ("the co-pilot's deliberate crash")
              *(f"{planned} {crash}" for planned in ("planned", "controlled") for crash in ("crash", "crashes")),
              "data recovery", "disaster recovery",  # services, as "health care" (tone's `NEWS_WORDS`)
              *DEVICE_CHARGES,  # a battery's filling, no court's: "the battery charges in five minutes"
              # a parliament's procedure, no confidence of the news: "lost a confidence vote and resigned" read 0;
              # whether it was won is the news (one of no confidence is pressure: tone's `NEWS_WORDS`)
              *(f"confidence {vote}" for vote in ("vote", "votes", "motion", "motions")),
              # one who betrayed a cause, no sell-out: "sold out to the developers" (tone's `NEWS_WORDS`)
              "sold out to", "sell out to", "sells out to", "selling out to",
              # money spent and clothes, not the bad events of NEWS_WORDS ("Chelsea are shelling out 50m")
              "shelling out", "bomber jacket", "bomber jackets", "floods of tears",
              # a wish or an appetite, not a want of food: "still hungry for more success", chips "less power
              # hungry" (tone's `NEWS_WORDS`)
              "hungry for", *(f"{what} hungry" for what in ("power", "energy", "data", "bandwidth", "cash", "fuel")),
              # a race run behind the leaders, no layoffs: "The favourite laid off the pace"
              *(f"{verb} off the pace" for verb in ("lay", "lays", "laid", "laying")),
              # a charity that speaks is the source of the news, no kindness of it: "Thousands will go hungry this
              # winter, the charity said" read 0, its +1.8 outweighing the hunger ("The charity raised £2m" keeps it)
              *(f"{body} {verb}" for body in ("charity", "charities")
                for verb in ("said", "says", "warned", "warns", "added", "told", "estimates", "estimated")),
              "said the charity", "says the charity", "according to the charity",
              # a sort, not a kindness: "the largest of its kind" ("kind of" is one of VADER's dampeners)
              *(f"of {whose} kind" for whose in ("its", "a", "their", "the", "this", "that", "some", "any", "his",
                                                 "her")),
              # a thing carried out, no death sentence: "The court blocked the execution of the law" read as a life
              # spared (tone's `NEWS_WORDS`: "blocked the execution"), the clinics it left shut outweighed
              *(f"execution of {the} {thing}" for the in ("the", "a", "its", "this", "that")
                for thing in ("law", "order", "orders", "plan", "plans", "policy", "contract", "contracts", "warrant",
                              "warrants", "ruling", "judgment", "judgement", "decree", "deal", "project", "strategy")),
              # a market's limit on selling shares, whose end is no authority's restriction eased (tone's `NEWS_WORDS`):
              # "Google's shares fell as selling restrictions were lifted" read good, the lifting outweighing the fall
              *(f"{market} restrictions {be} lifted" for market in ("selling", "lock up")
                for be in ("was", "were", "is", "are", "has been", "have been", "had been", "will be")),
              # what a firm is worth, no merit: "wiping $600bn off its market value" read good ("of its value" above)
              "market value", "market values",
              # a weather's force, no strength of the news: "Strong winds helped the wildfire spread" read good
              *(f"{strength} {force}" for strength in ("strong", "stronger", "strongest")
                for force in ("wind", "winds", "gusts", "currents", "earthquake", "earthquakes", "quake", "tremor",
                              "aftershock", "aftershocks")),
              # a court's hearing of the parties, no quarrel: "The Supreme Court will hear arguments in October"
              *(f"{hearing} arguments" for hearing in ("hear", "hears", "heard", "hearing", "oral", "closing",
                                                       "opening", "legal")),
              # a step of a plan's way, no approval given: "The approval process takes six months" read +8.8, as do
              # an approval still wanted ("The plan needs the approval of parliament"); "won approval" keeps its tone
              *(f"approval {step}" for step in ("process", "processes", "procedure", "procedures")),
              *(f"{wanting} {the}approval" for wanting in ("need", "needs", "needed", "require", "requires",
                                                          "required", "seek", "seeks", "seeking", "sought", "await",
                                                          "awaits", "awaiting", "subject to", "submitted for",
                                                          "apply for", "applies for", "applied for", "applying for")
                for the in ("", "the ")),
              # a blow that is no setback (tone's `NEWS_WORDS`: "blow for", "blow to"): a fight's punches ("traded blow
              # for blow", "a blow to the head", whose harm the words around it say: "died after a blow to the head"),
              # a referee's whistle ("about to blow for full time") and winds ("forecast to blow to the north")
              "blow for blow", "blow by blow",
              *(f"blow to the {part}" for part in ("head", "body", "face", "chin", "jaw", "ribs", "stomach")),
              *(f"blow for {time}" for time in ("full time", "half time", "time", "a penalty", "a foul", "offside")),
              *(f"{verb} blow to the" for verb in ("to", "will", "would", "could", "wind", "winds", "gusts")),
              # a player's three goals, no trick played on anyone: "The striker stormed to a hat-trick" read bad (the
              # lexicon's "trick" −0.2)
              "hat trick", "hat tricks", "hat trick hero",
              *MARKET_TERMS, *PRICE_CUTS)
# "anti", hyphenated or not, and the word after it carry no tone: of the dev corpora's 162 "anti-" compounds most
# name a tool, a body or a law against a bad thing ("anti-virus", "anti-doping", "anti-terror police"), which read
# as two bad words ("Anti-terror police searched a house" −11.6). Before a people or a good thing (`HOSTILITIES`)
# "anti" names a hostility and keeps the lexicon's −1.3 ("anti-semitic graffiti", "anti-social behaviour",
# "anti-competitive practices", "anti-American feeling": 13 of the 162); "antisemitic" and "antisemitism" are
# tone's `NEWS_WORDS` with its valence.
ANTI = "anti"
HOSTILITIES = make_phrases({ANTI: ("_ {hostile}",)}, {"hostile": (
    "semitic semitism semite semites social competitive american americanism british french western foreigner "
    "foreigners immigrant immigrants gay muslim muslims jewish catholic christian black")})
# "trapped" before a thing is no captive of a disaster that a verb of releasing frees (tone_averting's `CAPTIVES`): "A
# release of trapped gas caused the explosion" read as good news; "the trapped miners" are freed.
TRAPPED_THINGS = make_phrases({"trapped": ("_ {thing}",)}, {"thing": (
    "gas gases air water heat wind moisture fluid fluids oil methane steam carbon smoke")})
# How far a negation before a verb reaches it, and the farthest a verb of averting reaches after it: VADER's window.
WINDOW = 3
