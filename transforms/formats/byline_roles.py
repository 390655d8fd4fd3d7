"""The parts of a byline that name a role, not a person ("Political Editor", "Mayor of London", "agencies"), and a
name written before its role without a comma ("Gwyn Topham Transport correspondent")."""

from __future__ import annotations

import re

from transforms.formats.byline_languages import is_language_role
from transforms.formats.byline_places import is_dateline_place

# A part of a byline naming a role, not a person: "Political Editor", "Weather Correspondent", "Home
# Affairs Editor", "Film Critic". Its last word is a role noun, and the words before it name a beat or
# a rank (_ROLE_WORDS, or an organisation's acronym: "BBC political editor"); in a part of three or
# more words, one such word is enough ("Chief Opera Critic"). A part of a word that is neither and a
# role noun is a person ("Jane Writer", "Tom Critic", "A. Editor"): surnames that are role nouns
# exist, and given names are too many to list, so a beat missing here leaves its role as an author
# (add the word here).
_ROLE_WORDS = frozenset(
    """editor editors correspondent correspondents reporter reporters writer writers columnist contributor
    journalist staff bureau desk newsroom analyst producer photographer chief senior deputy associate
    assistant managing executive contributing special political politics economics economy business
    finance financial markets health science technology tech sport sports foreign home diplomatic defence
    defense security environment environmental climate education arts culture legal crime world news
    international national local city investigations investigative data digital social media us uk
    europe european asia africa middle east america washington london of and the at large
    affairs weather transport royal travel film films guest music food drink fashion motoring motor
    property housing religion religious energy agriculture farming rural industry industrial labour
    employment consumer personal money wine books literary literature theatre television tv radio
    entertainment showbiz celebrity lifestyle features feature opinion comment medical aviation gaming
    games parliamentary lobby westminster whitehall court courts justice regional global
    general northern southern eastern western north south west scotland scottish wales welsh ireland
    irish football cricket rugby tennis golf racing athletics olympics obituaries visiting freelance
    head principal lead acting interim night weekend online web video audio podcast picture pictures
    photo graphics design dance opera architecture restaurant restaurants family parenting community policy
    investing relationships prime vice shadow state cabinet interior trade exchequer treasury lord first
    attorney junior editorial solicitor surgeon inspector lt. lt research""".split()
) | frozenset(
    # a newsroom's credit of its own unnamed writer ("Our Special Correspondent", "A Staff Reporter", "Our Own
    # Correspondent", "Our Bureau"): "Our Correspondent" was an author
    "our own a an".split()
)
# "board": an opinion desk's credit ("The Editorial Board", "the Editorial Board of The Times") names no writer
_ROLE_NOUNS = frozenset(
    """editor editors correspondent correspondents reporter reporters writer writers columnist columnists
    contributor contributors journalist journalists staff bureau desk newsroom team analyst analysts
    producer producers photographer photographers critic critics commentator commentators presenter
    presenters reviewer reviewers cartoonist illustrator blogger researcher anchor board boards
    director directors""".split()
) | frozenset(
    # An office its holder signs with ("By Rachel Reeves, Chancellor | 30 October 2024"): it was read as a second
    # author. One word alone, or after rank and beat words ("Prime Minister", "Defence Secretary"); "Jane Minister"
    # stays a person, as "Jane Writer" does.
    """chancellor chancellors minister ministers secretary secretaries mayor mayors governor governors president
    presidents senator senators congressman congresswoman ambassador ambassadors commissioner commissioners
    chairman chairwoman chairperson spokesman spokeswoman spokesperson premier councillor councilor mp mep""".split()
) | frozenset(
    # An office whose last word is "General" ("Attorney General", "Solicitor General", "Surgeon General"), and the
    # abbreviated offices US and British papers print before a holder's name ("Rep.", "Sen.", "Gov.", "Lt. Gov.",
    # "Cllr"): "By Attorney General Merrick Garland" and "By Cllr Jane Smith" kept the office in the author's name.
    # "Jane General" stays a person, as "Jane Minister" does.
    "general rep. sen. gov. cllr cllr.".split()
)
# An office or a role named with what it is of or for ("Mayor of London", "Chancellor of the Exchequer", "Secretary
# of State for Health", "Editor of The Times"): the words before the first "of" or "for" are a role.
_OFFICE_OF = re.compile(r"\s+(?:of|for)\s+")
# A byline's part that ends in one of these names many unnamed people, never one: "Guardian staff", "Reuters
# Staff", "agencies", "wires" ("Anna Smith and agencies" is Anna Smith, not Anna Smith and Agencies).
_COLLECTIVES = frozenset({"staff", "agencies", "wires", "newswires"})
# A body whose staff sign together ("Senate Budget Committee Staff", "House Oversight Committee Staff"): its staff are
# no person, however many words name it (it was read as an author's name).
_BODIES = frozenset({"committee", "commission", "subcommittee", "caucus", "council", "office", "department", "agency"})
# The letters a British, Irish or Commonwealth legislator writes after their name ("Jess Phillips MP", "Jackie Baillie
# MSP"): an office, no part of the name (it was kept in it).
_POSTNOMINALS = (" MP", " MSP", " MLA", " MEP", " MPP", " TD")
# A brand's word, a capital inside it after a lower-case word of four letters or more ("HealthDay", "BoxingScene"): an
# outlet's, and "HealthDay Reporter" a role (it was a second author). A name's ("McDonald", "MacLeod", "DeShawn") has
# fewer letters before its second capital.
_BRAND = re.compile(r"[A-Z][a-z]{3,}[A-Z]\w*")

def is_role(part: str, every_word: bool = False) -> bool:
    """Return whether a byline's part names a role, not a person (see _ROLE_WORDS); with
    `every_word`, only when every word before its role noun is a beat or rank word ("&" is "and").

    >>> is_role("Weather Correspondent"), is_role("Home Affairs Editor"), is_role("BBC political editor")
    (True, True, True)
    >>> is_role("Jane Writer"), is_role("A. Editor"), is_role("Sam Brown")
    (False, False, False)
    >>> is_role("agencies"), is_role("Guardian staff"), is_role("with wires"), is_role("Reuters")
    (True, True, True, False)
    >>> is_role("Arts & Culture Editor", every_word=True), is_role("Jane Doe and Science Editor", every_word=True)
    (True, False)
    >>> is_role("Chancellor"), is_role("Prime Minister"), is_role("Mayor of London"), is_role("Jane Minister")
    (True, True, True, False)
    >>> is_role("Jane Doe of Reuters"), is_role("Bundeskanzler"), is_role("ministre de l'Économie")
    (False, True, True)
    >>> is_role("HealthDay Reporter"), is_role("McDonald Reporter")
    (True, False)
    >>> is_role("Our Correspondent"), is_role("Our Special Correspondent", every_word=True), is_role("Our Bureau")
    (True, True, True)
    """
    if is_language_role(part):  # "ARD-Hauptstadtstudio", "inviato a Norcia"
        return True
    if " of " in part or " for " in part:  # "Mayor of London": a role of something, when its head is one
        head = _OFFICE_OF.split(part, maxsplit=1)[0]
        if head.split() and head.split()[-1].lower() in _ROLE_NOUNS:
            # "Secretary of State Marco Rubio" is an office and its holder's name (it was left out as a role)
            return is_role(head, every_word=True) and name_after_role(part) == part
        # a desk's head, after rank words only ("Head of Markets Research", "Global Head of Equities"): an office
        if head.split() and head.split()[-1].lower() == "head" and all(w.lower() in _ROLE_WORDS for w in head.split()):
            return name_after_role(part) == part
    words = part.replace("&", " and ").split()
    if not words or words[-1].lower() not in _ROLE_NOUNS and words[-1].lower() not in _COLLECTIVES:
        return False
    if not every_word and words[-1].lower() in _COLLECTIVES:
        if any(w.lower() in _BODIES for w in words[:-1]):
            return True
        # Whatever names them, in two words at most: "Guardian staff", "news agencies", "with wires".
        return len(words[1:] if words[0].lower() == "with" else words) <= 3
    if every_word:  # beat and rank words only: "AP and AFP Staff" names two agencies
        return all(w.lower() in _ROLE_WORDS for w in words[:-1])
    known = [w.lower() in _ROLE_WORDS or (len(w) > 1 and w.isalpha() and w.isupper()) or _BRAND.fullmatch(w) is not None
             for w in words[:-1]]
    return all(known) or (len(known) >= 2 and any(known))


def name_before_role(part: str) -> str:
    """Return the name of a byline's part that writes a name and then its role without a comma, as the Guardian's
    API does ("Gwyn Topham Transport correspondent" is Gwyn Topham: it was read as a role, no author), else the
    part. The name is two words or more, none a beat or a rank word; the role a beat or rank and a role noun.

    >>> [name_before_role(p) for p in ("Gwyn Topham Transport correspondent", "Dan Sabbagh Defence and arts editor")]
    ['Gwyn Topham', 'Dan Sabbagh']
    >>> [name_before_role(p) for p in ("Chief Opera Critic", "Opera House Critic", "Jane Writer")]
    ['Chief Opera Critic', 'Opera House Critic', 'Jane Writer']
    """
    words = part.split()
    for k in range(2, len(words) - 1):
        name, role = words[:k], words[k:]
        if (all(w[:1].isupper() and w.lower() not in _ROLE_WORDS and not w.isupper() for w in name)
                and is_role(" ".join(role), every_word=True)):
            return " ".join(name)
    return part


def name_after_role(part: str) -> str:
    """Return the name of a byline's part that writes a role and then the name, as an office holder's opinion piece
    signs ("By State Senator Ann Lee", "By Defence Secretary John Healey": the role was read into the name), else
    the part. The role is rank and office words ending in a role noun; the name two to four capitalised words after
    it, none a beat or a rank word (an initial counts as one of them: "Senator Ann J. Lee").

    >>> [name_after_role(p) for p in ("State Senator Ann Lee", "Senator Ann Lee", "Staff Writer Jane Doe")]
    ['Ann Lee', 'Ann Lee', 'Jane Doe']
    >>> [name_after_role(p) for p in ("Staff Writer", "Jane Writer", "Senator Lee", "Political Editor BBC News")]
    ['Staff Writer', 'Jane Writer', 'Senator Lee', 'Political Editor BBC News']
    >>> [name_after_role(p) for p in ("Director of Research Jane Smith", "Deputy Mayor for Transport Seb Dance")]
    ['Jane Smith', 'Seb Dance']
    """
    if part.endswith(_POSTNOMINALS):
        name = part.rsplit(None, 1)[0].split()
        if len(name) >= 2 and all(_NAME_WORD.fullmatch(w) for w in name):
            return " ".join(name)
    words = part.split()
    # a generation ends its holder's name, no word of it ("Secretary of Health and Human Services Robert F. Kennedy
    # Jr." named nobody)
    generation = [words.pop()] if len(words) > 3 and words[-1] in _GENERATIONS else []
    for k in range(1, len(words) - 1):
        of_place = _office_of_place(words, k)
        if words[k - 1].lower() not in _ROLE_NOUNS and not of_place:
            continue
        name = words[k:]
        # a surname may be a beat's word ("Deputy Mayor for Transport Seb Dance"), a name's first word never is
        if (len(name) <= 4 and name[0].lower() not in _ROLE_WORDS
                and all(_NAME_WORD.fullmatch(w) and w.lower() not in _ROLE_NOUNS for w in name)
                and is_role(" ".join(words[:k]), every_word=True)):
            return " ".join(name + generation)
    return part


_GENERATIONS = frozenset(("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"))


# The last word of a town's name, never a surname's: "Mayor of West Palm Beach" alone names nobody (it named "Palm
# Beach", a place of too few people for `is_dateline_place`)
_PLACE_ENDS = frozenset("beach springs falls heights harbor harbour creek bay island islands county valley".split())


def _office_of_place(words: list[str], k: int) -> bool:
    """Return whether an office of a place or a brief ends at a byline's `k`th word, its holder's name after it: two
    words, or a name and an initial ("Secretary of State Marco Rubio", "Mayor of Greater Manchester Andy Burnham",
    "Chancellor of the Exchequer Rachel Reeves"). The place ends in a capitalised word ("... for Energy Security and
    Net Zero" names nobody), and a place's own words ("Mayor of Greater Manchester") are no name."""
    rest = len(words) - k
    if not (rest == 2 or rest == 3 and words[k + 1].endswith(".")) or not words[k - 1][:1].isupper():
        return False
    joint = next((j for j in range(k - 2, 0, -1) if words[j] in ("of", "for")), None)
    return (joint is not None and words[-1].lower() not in _PLACE_ENDS
            and not is_dateline_place(" ".join(words[k:])))


# A word of a person's name: a capital, then lower-case letters (an apostrophe or hyphen inside: "O'Neill",
# "Smith-Jones"), or an initial ("J.")
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ](?:[\w'’-]*[a-zß-öø-ÿ][\w'’-]*|\.)")
