"""Bans and restrictions in news: what an authority imposes and lifts, and the harms a ban or a crackdown keeps away.

A restriction lifted eases as a worry does ("The governor lifted the lockdown", "lifted the ban on wine imports"), and
so does a warning lifted ("Flood warnings were lifted"); a
crackdown on an offence and a ban on a harm protect its victims ("a crackdown on fraud", "the ban on commercial
whaling"), and a ban on a harm undone leaves what it kept safe unprotected ("overturned the ban on trophy hunting").
`BANS` holds these phrases as news words (analogue, its VADER valence, the phrases), read with `tone_news_words`'.
"""

from __future__ import annotations

# What an authority imposes and lifts: a place shut, a road or a port closed, a trade stopped
RESTRICTIONS = ("lockdown", "lockdowns", "curfew", "curfews", "blockade", "siege", "embargo", "sanctions",
                "restrictions", "state of emergency",
                # a ban lifted is a restriction eased: "Beijing lifted the ban on Australian wine imports" read bad
                # (the ban's −2.6); a ban that kept a harm away ("lifted the ban on commercial whaling") reads so too
                "ban", "bans")
# The offences a crackdown on them protects their victims from: a named crime, and the kinds of wrongdoer no one
# defends ("rogue landlords", "fake reviews", "illegal dumping": their first word says the offence, whatever follows);
# a hyphen is read as a space ("fly-tipping" is "fly tipping")
OFFENCES = ("fraud", "fraudsters", "corruption", "crime", "crimes", "smuggling", "smugglers", "scams", "scammers",
            "tax evasion", "money laundering", "bribery", "gangs", "knife crime", "shoplifting", "drug dealers",
            "drink driving", "fly tipping", "littering", "speeding", "fare dodging", "poaching", "trafficking",
            "human trafficking", "people smuggling", "vandalism", "graffiti", "piracy", "doping", "match fixing",
            "spam", "robocalls", "online fraud", "cybercrime", "cybercriminals", "robbery", "street robbery",
            "burglary", "theft", "thefts", "car theft", "pickpocketing", "pickpockets", "loan sharks",
            "antisocial behaviour", "counterfeiting", "rogue", "fake", "counterfeit", "illegal dumping",
            "illegal fishing", "illegal logging", "illegal mining", "illegal gambling", "illegal parking",
            "illegal drugs", "tax dodging", "tax avoidance", "benefit fraud", "insider trading", "price gouging")
# Practices a ban protects wildlife, people or places from, beside the offences: "a ban on commercial whaling", "the
# trophy hunting ban" (a ban elsewhere keeps the lexicon's −2.6: "a three-match ban", "a travel ban")
BANNED_PRACTICES = ("whaling", "commercial whaling", "trophy hunting", "bottom trawling", "ivory trade", "ivory sales",
                    "fur farming", "conversion therapy", "child marriage")
# ... and weapons, whose ban is read only as a noun's: "banned cluster munitions" is mostly the adjective of a use
# ("Russia used banned cluster munitions" read good, as a ban of them)
BANNED_WEAPONS = ("landmines", "cluster munitions", "cluster bombs", "chemical weapons")
BANNED_HARMS = (*OFFENCES, *BANNED_PRACTICES, *BANNED_WEAPONS)
# The verbs that undo a ban, as a court, a government or a vote does ("overturned the ban on trophy hunting", "the
# whaling ban was scrapped"), each with its past participle
_UNDOING_BANS = {"lift": "lifted", "lifts": "lifted", "lifted": "lifted", "lifting": "lifted", "overturn": "overturned",
                 "overturned": "overturned", "overturns": "overturned", "scrap": "scrapped", "scrapped": "scrapped",
                 "repeal": "repealed", "repealed": "repealed", "reversed": "reversed", "struck down": "struck down",
                 "strike down": "struck down"}
_BANNED_LIFTED = (*BANNED_PRACTICES, *BANNED_WEAPONS)
# A warning of a hazard, whose lifting says the threat has passed: "Flood warnings were lifted" read bad (the flood's
# and the warnings' −), as a restriction lifted would; the hazard's name is the warning's after the verb ("lifted its
# weather warning"); before it only a hazard's name of tone needs a phrase of its own ("heat warnings were lifted"
# holds "warnings were lifted"), so that few words open one
_WARNING_WORDS = ("warning", "warnings", "alert", "alerts")
_TONED_HAZARDS = ("", "flood ", "storm ", "tsunami ", "fire ", "severe weather ")
WARNINGS = tuple(f"{hazard}{warning}" for hazard in _TONED_HAZARDS for warning in _WARNING_WORDS)
LIFTED_WARNINGS = tuple(f"{hazard}{warning}" for hazard in (*_TONED_HAZARDS, "weather ", "heat ", "snow ", "ice ",
                                                             "wind ", "amber ", "red ", "yellow ")
                        for warning in _WARNING_WORDS)
# ... and a freeze on jobs or pay, whose lifting is work given again: "after lifting its hiring freeze" read bad
FREEZES = ("hiring freeze", "hiring freezes", "recruitment freeze", "pay freeze", "wage freeze")

# (analogue, its VADER valence, the phrases that take it), among tone_news_words' `NEWS_WORDS`
BANS: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    # a restriction lifted, as a worry eases: "The governor lifted the lockdown on Monday" read bad (the lockdown's
    # −1.6), "The curfew was lifted" 0, "lifted a ban on wine imports" bad (−2.6); no threat level "lifted" (raised)
    ("eased", 1.2, (*(f"{lift} {the}{what}" for lift in ("lift", "lifts", "lifted", "lifting")
                      for the in ("", "the ", "a ", "its ", "all ")
                      for what in (*RESTRICTIONS, *LIFTED_WARNINGS, *FREEZES)),
                    *(f"{what} {be} lifted" for what in (*RESTRICTIONS, *WARNINGS, *FREEZES)
                      for be in ("was", "were", "is", "are", "has been", "have been", "had been", "will be")))),
    # an authority acting against a crime protects its victims: "Police launched a crackdown on fraud" read bad (the
    # fraud's −2.8); a crackdown on people ("on protesters", "on dissent") keeps their words' tone and is bad news
    ("protect", 1.6, tuple(f"{crackdown} on {crime}" for crackdown in ("crackdown", "crackdowns")
                           for crime in OFFENCES)),
    # and so does a ban on a harm: "Conservationists welcomed the ban on commercial whaling", "Japan's whaling ban"
    # read bad (the ban's −2.6); the verb's too ("banned trophy hunting"), and "outlawed" ("outlawed child marriage")
    ("protect", 1.6, (*(f"{ban} {on}{harm}" for ban in ("ban", "bans", "banned", "banning", "outlawed", "outlaws",
                                                       "outlawing") for on in ("", "on ") for harm in BANNED_HARMS
                        if not (on and ban not in ("ban", "bans")) and (ban in ("ban", "bans") or (
                            harm not in BANNED_WEAPONS))),
                      *(f"{harm} {ban}" for harm in BANNED_HARMS for ban in ("ban", "bans")))),
    # a ban on a harm undone leaves what it kept safe unprotected: "Japan lifted the ban on commercial whaling" read
    # good as any ban lifted (`RESTRICTIONS`), "The court overturned the ban on trophy hunting" and "The whaling ban
    # was lifted" as the ban's protection (no one lifts a ban on an offence: the practices and weapons only)
    ("unprotected", -1.5, (*(f"{undo} {the}ban on {harm}" for undo in _UNDOING_BANS
                             for the in ("", "the ", "a ", "its ", "their ") for harm in _BANNED_LIFTED),
                           *(f"{ban} {be} {undone}" for undone in set(_UNDOING_BANS.values())
                             for be in ("was", "is", "has been", "will be") for harm in _BANNED_LIFTED
                             for ban in (f"{harm} ban", f"ban on {harm}")))),
)
