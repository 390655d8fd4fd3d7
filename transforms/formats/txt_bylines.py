"""A byline line at a text file's head that names its writer and its day: "Posted by Jane Doe on 5 March 2024",
"Posted on March 5, 2024 by Jane Doe", "By Jane Doe | March 5, 2024", as a blog's or a site's post copied to a
text file keeps it. Its parts are returned as written; `txt_dates` reads the day and the names (a line whose date
it does not read is left alone: "By Jane Doe, Political Editor" is no dated byline)."""

from __future__ import annotations

import re

from transforms.formats.byline_languages import LEAD_WORDS, without_lead
from transforms.formats.byline_pronouns import without_pronouns
from transforms.formats.byline_rubrics import is_rubric
from transforms.formats.reading_times import is_reading_time, may_hold_reading_time

_NAMES = r"(?P<names>[^\W\d][^\n|·•]{1,60}?)"
_DAY = r"(?P<date>\S[^\n]{5,60}?)"
_BYLINES = (
    # "Posted by Jane Doe on 5 March 2024", "Published by Jane Doe on March 5, 2024 at 10:30 GMT"
    re.compile(rf"(?:posted|published|written)\s+by\s+{_NAMES}\s+on\s+{_DAY}", re.IGNORECASE),
    # "Posted on March 5, 2024 by Jane Doe"
    re.compile(rf"(?:posted|published|written)(?:\s+on)?\s+{_DAY}\s+by\s+{_NAMES}", re.IGNORECASE),
    # "By Jane Doe | March 5, 2024", "By Jane Doe - 5 March 2024", "By Jane Doe · 5 March 2024"
    re.compile(rf"by\s+{_NAMES}\s*(?:\||[-–—·•])\s*{_DAY}", re.IGNORECASE),
    # a newsroom's lead in its language before a name of two words ("Por Lucía Gómez | 22 de enero de 2026", "Von
    # Anna Weber | 22.01.2026", "Door Jan de Vries | 22 januari 2026", "di Marco Rossi | 14 marzo 2026":
    # `byline_languages`; the line was a paragraph and the text undated)
    re.compile(rf"(?P<lead>{LEAD_WORDS})\s+{_NAMES}\s*(?:\||[-–—·•])\s*{_DAY}"),
)
# A name's particles, the only words of a byline's names in lower case ("Ana de la Cruz", "Jan van der Berg"), and the
# words that join two names ("und", "et", "y", "e", "en", "och", "og": `byline_languages`): a line
# whose "names" are words in lower case is a phrase, not a byline ("By the numbers | March 5, 2024", "Posted by mistake
# on ...")
_PARTICLES = frozenset({"and", "&", "und", "et", "de", "del", "della", "der", "den", "des", "di", "da", "do", "dos",
                        "du", "la", "le", "los", "las", "van", "von", "zu", "y", "e", "bin", "al", "el", "ten", "ter",
                        "st.", "ed", "en", "och", "og"})
# How a byline line opens: most lines of a text's head need no regex (a headline, a standfirst: about 1 µs each)
BYLINE_OPENINGS = ("by ", "posted ", "published ", "written ", "von ", "par ", "por ", "di ", "door ", "av ", "af ")


def byline_parts(line: str) -> tuple[str, str] | None:
    """Return the names and the date a text's byline line writes, as written; None for any other line.

    >>> byline_parts("Posted by Jane Doe on 5 March 2024"), byline_parts("By Jane Doe | March 5, 2024")
    (('Jane Doe', '5 March 2024'), ('Jane Doe', 'March 5, 2024'))
    >>> byline_parts("Posted on March 5, 2024 by Jane Doe"), byline_parts("Shares fell by 5% on Tuesday")
    (('Jane Doe', 'March 5, 2024'), None)
    >>> byline_parts("By the numbers | March 5, 2024"), byline_parts("By Ana de la Cruz | March 5, 2024")
    (None, ('Ana de la Cruz', 'March 5, 2024'))
    >>> byline_parts("By Taylor Brooks (she/her) | March 3, 2026")
    ('Taylor Brooks', 'March 3, 2026')
    >>> byline_parts("Por Lucía Gómez | 22 de enero de 2026"), byline_parts("Di Maio al Quirinale | 22 gennaio 2026")
    (('Lucía Gómez', '22 de enero de 2026'), None)
    """
    if not line[:10].lower().startswith(BYLINE_OPENINGS):
        return _read_time_parts(line) if may_hold_reading_time(line) else None
    line = without_pronouns(line)  # "By Taylor Brooks (she/her) | March 3, 2026": her name alone (`byline_pronouns`)
    for pattern in _BYLINES:
        if (match := pattern.fullmatch(line)) is not None and are_names(names := match["names"].strip()):
            if "lead" in match.re.groupindex and without_lead(f"{match['lead']} {names}")[0] != names:
                return None  # no name after the lead: "Di Maio al Quirinale", "Por Madrid y Barcelona"
            return names, match["date"].strip()
    return None


# A blogging platform's line under a post's headline, its writer's name, its day and its reading time, without a "By"
# ("Maya Chen · Jan 22, 2026 · 4 min read", as Medium and Substack print it): it was the text's first paragraph
_PART = re.compile(r"\s[|·•]\s")
# A section's or a newsletter's words, which such a line writes where a writer's name would be ("Top Stories · Jan 22,
# 2026 · 4 min read"): no name
SECTION_WORDS = frozenset(
    """news stories story top latest breaking live updates update analysis opinion explainer briefing newsletter
    review reviews features feature world politics business sport sports markets culture tech technology science
    health climate editorial comment podcast video weekend daily weekly morning evening edition digest""".split()
)
# A topic's or an institution's words, which a page's kicker or tag writes in a name's shape ("Premier League",
# "Climate Crisis", "Federal Reserve", "Supreme Court"), a competition's ("Grand Slam", "Winter Olympics") and a
# number's, which no person's name holds ("Six Nations", "Formula One": "Six Nations · Feb 7, 2026 · 4 min read" named
# its writer "Six Nations"; "Maya Nations" writes): no writer's
TOPIC_WORDS = SECTION_WORDS | frozenset(
    """league cup crisis war election elections championship season middle reserve bank court council ministry
    department commission party agency authority parliament senate congress institute university police
    government federation association slam olympics olympic paralympics prix trophy series one two three four
    five six seven eight nine ten eleven twelve twenty hundred""".split())


def _read_time_parts(line: str) -> tuple[str, str] | None:
    """Return the names and the date of a writer's name, a day and a reading time parted by dots or bars, else None.

    >>> _read_time_parts("Maya Chen · Jan 22, 2026 · 4 min read"), _read_time_parts("Top Stories · 4 min read · Jan 22")
    (('Maya Chen', 'Jan 22, 2026'), None)
    """
    parts = [part.strip() for part in _PART.split(line.strip())]
    if len(parts) != 3 or not 2 <= len(parts[0].split()) <= 4 or not are_names(parts[0]) or is_rubric(parts[0]) \
            or any(word.lower() in TOPIC_WORDS for word in parts[0].split()):
        return None
    if is_reading_time(parts[2]):
        return parts[0], parts[1]
    return (parts[0], parts[2]) if is_reading_time(parts[1]) else None


def are_names(written: str) -> bool:
    """Return whether a byline's words are names: each opens with a capital, but a name's particles (`_PARTICLES`).

    >>> are_names("Omar al-Sharif"), are_names("Karl-Theodor zu Guttenberg"), are_names("Omar al-")
    (True, True, False)
    """
    # Arabic's article joined to a surname by a hyphen, "al-Sharif", "el-Sisi", is a particle too
    return all(word[0].isupper() or word.lower() in _PARTICLES or word.split("-", 1)[0] in ("al", "el") and
               word[-1:].isalpha() and "-" in word for word in written.replace(",", " ").split())


# How a byline without its day opens: "By", a newsroom's lead in its language ("Von", "Par", "Por", "Di", "Door",
# "Av": `byline_languages`), a label ("Author:", "Autorin:", "Auteur :", "Written by"), or a writer's credit ("Story
# by", "Words:", "Text:", "Reporting by ...; Editing by ...": `byline_credits`), each checked in its first 8 characters
UNDATED_OPENINGS = ("by ", "von ", "par ", "por ", "di ", "door ", "av ", "af ", "author", "autor", "auteur",
                    "written ")
_CREDIT_OPENINGS = ("story", "words", "text", "reportin", "reported", "compiled", "addition", "with add")
BYLINE_HEADS = UNDATED_OPENINGS + _CREDIT_OPENINGS
# Words a title writes in capitals and a name never holds: "By The Numbers", "By Any Means Necessary", "By Invitation
# Only", "By Water And Fire" are a standfirst's or a section's heading, not a writer (each was read as one)
_TITLE_WORDS = frozenset("The A An And Or Of For To In On At With Any All No Only Our Your Its How Why What When Every"
                         .split())
_BYLINE_WORDS = 15  # "By Jane Doe and Tom Roe, Political Editor and Home Affairs Correspondent, in London"
# The words an organisation's name ends with (or "The" opening it): "Published by Penguin Random House on 5 March
# 2024" names its publisher, not its writer (it was the article's author)
_ORGANISATION_ENDS = frozenset(
    """press books publishing publishers publications media group ltd limited inc llc plc gmbh ag sa house news
    newspapers agency editions éditions verlag company co corporation corp foundation institute university
    magazine""".split()
)
# Those of them that are surnames too ("Tom House", "Jane Press", "Lucy Co" were read as publishers, no author): an
# organisation's end only after two words ("Penguin Random House", "Oxford University Press") or an acronym
# ("MIT Press")
_SURNAME_ENDS = frozenset("house press co ag sa".split())


def is_publisher(line: str, names: str) -> bool:
    """Return whether a dated byline's names are its publisher's, not a writer's: a name of one word after
    "Published by" (a person signs with two), or an organisation's name, whatever its verb.

    >>> is_publisher("Published by Penguin on 5 March 2024", "Penguin")
    True
    >>> is_publisher("Posted by Acme Media Ltd on 5 March 2024", "Acme Media Ltd")
    True
    >>> is_publisher("Published by Jane Doe on 5 March 2024", "Jane Doe")
    False
    >>> is_publisher("Posted by Tom House on 5 March 2024", "Tom House"), is_publisher("By MIT Press", "MIT Press")
    (False, True)
    """
    written = [word.strip(".,") for word in names.split()]
    words = [word.lower() for word in written]
    if not words:
        return False
    organisation = words[-1] in _ORGANISATION_ENDS and (
        words[-1] not in _SURNAME_ENDS or len(words) > 2 or (len(written[0]) > 1 and written[0].isupper()))
    return (len(words) == 1 and line.lower().startswith("published")) or organisation or (
        words[0] == "the" and len(words) > 1)


def undated_names(line: str) -> tuple[str, ...]:
    """Return the names of a byline line that writes no day ("By Sadiq Khan, Mayor of London", "Von Anna Schmidt und
    Jonas Weber", "Autorin: Anna Schmidt"), its roles and place left out; () for any other line, a sentence that opens
    as one does ("Von den 733 Abgeordneten stimmten 389 dafür.", "By Tuesday, the strike was over").

    >>> undated_names("By Sadiq Khan, Mayor of London"), undated_names("Von Anna Schmidt und Jonas Weber")
    (('Sadiq Khan',), ('Anna Schmidt', 'Jonas Weber'))
    >>> undated_names("Von den 733 Abgeordneten stimmten 389 dafür."), undated_names("By Tuesday, the strike was over")
    ((), ())
    >>> undated_names("By The Numbers"), undated_names("By Design: How Apple Built Its Empire")
    ((), ())
    >>> undated_names("By Royal Appointment"), undated_names("By Popular Demand")
    ((), ())
    >>> undated_names("By Jacques Clement")
    ('Jacques Clement',)
    >>> undated_names("By Ben Quinn and agencies"), undated_names("By Tuesday night, rescuers had reached the village")
    (('Ben Quinn',), ())
    >>> undated_names("Story by Jane Doe"), undated_names("Words: they matter"), undated_names("By JOSH BOAK")
    (('Jane Doe',), (), ('Josh Boak',))
    """
    if not line[:8].lower().startswith(BYLINE_HEADS) or len(line.split()) > _BYLINE_WORDS:
        return ()
    if line.rstrip()[-1:] in "!?:;" or any(c.isdigit() for c in line):
        return ()  # a sentence, a heading, or a byline's date this does not read ("Words: 850" is a count)
    from transforms.formats.byline_credits import credited
    from transforms.formats.byline_languages import without_lead
    from transforms.formats.byline_outlets import is_outlet
    from transforms.formats.byline_roles import name_after_role, name_before_role
    from transforms.formats.record_authors import authors_of  # a byline's names: the few files that write one

    rest, _ = without_lead(line)
    if rest == line:  # no lead or label read: "Von den Ausfällen ...", "Di Maio"; a writer's credit is one
        rest = credited(line)  # "Story by Jane Doe", "Words: Jane Doe | Photos: Tom Roe"
        if rest == line or not line[:8].lower().startswith(_CREDIT_OPENINGS):
            return ()
    # a credit (an editor's left out) or an aside ("By Sammy Rozenberg (AP Staff Writer)"), then the first name
    first = re.split(r"\s*[,|;]\s*", credited(rest), maxsplit=1)[0]
    # one word: "By Tuesday", but an outlet ("By Reuters", "Reporting by Reuters"); words in lower case: "By Tuesday
    # night, rescuers ...", "Words: they matter", but for the many unnamed people a byline names ("By Ben Quinn and
    # agencies" was no byline)
    first_names = authors_of(first) or (first,)
    if (len(first.split()) < 2 and not is_outlet(first)) or not all(map(are_names, first_names)):
        return ()
    # the ground a match reporter signs at is no rubric's words ("By Jane Doe at the Oval": "the Oval" read as one)
    # ... nor is a role after the name ("By Jane Smith Political correspondent": "Political correspondent" read as one)
    # or before it, as ABC Australia signs ("By political reporter Jane Doe": "political" read as a rubric's adjective)
    roled = name_before_role(first) != first or any(name_after_role(part) != part for part in first.split(" and "))
    rubric = " and ".join(first_names) if " at " in first or roled else first
    if ":" in first or _TITLE_WORDS.intersection(name_cased(first).split()) or is_rubric(rubric) or any(
            map(_is_headline, first_names)):
        # a title: "By Design: How Apple Built Its Empire", "By ANY MEASURE", "By Royal Appointment", "By Popular
        # Demand" (`byline_rubrics`)
        return ()
    names = authors_of(line)
    # each part left a name is a person's, never the words of a sentence ("By Jane Doe, who covers ...")
    return tuple(map(name_cased, names)) if names and all(are_names(name) for name in names) else ()


# The words a place's or a body's name opens with, which no person's name does ("By County Board Approves Ferry
# Budget", "By City Council Votes To Close Library": a local paper's headline over a "By" was read as its writer)
_BODY_OPENINGS = frozenset("County City Council Board Club Borough Parish District".split())
# A name's words but its particles: "Sheikh Mohammed bin Rashid Al Maktoum" four, a Brazilian's "Maria Fernanda Cândido
# Alves Pereira" five
_NAME_WORDS = 5


def _is_headline(first: str) -> bool:
    """Return whether a byline's first name is a headline's words in title case: a body's name opening it, or more
    words than a person's name holds.

    >>> _is_headline("County Board Approves Ferry Budget"), _is_headline("Mohammed bin Rashid Al Maktoum")
    (True, False)
    >>> _is_headline("Man Who Sold Whole World Returns Home"), _is_headline("Maria Fernanda Cândido Alves Pereira")
    (True, False)
    """
    words = first.split()
    return words[0] in _BODY_OPENINGS or sum(word.lower() not in _PARTICLES for word in words) > _NAME_WORDS


# "Mc" at the start of a name's part with two letters or more after it: "Mcdonald", not "Mcx"
_MC = re.compile(r"\bMc([a-z])(?=[a-z])")


def name_cased(name: str) -> str:
    """Return a name a byline writes in capitals as a name is written ("LAURAN NEERGAARD", as wires sign): each word
    capitalised, a name's particles in lower case; any other name, an outlet's initials, as written.

    >>> name_cased("LAURAN NEERGAARD"), name_cased("MARY O'BRIEN"), name_cased("ANA DE LA CRUZ"), name_cased("AFP")
    ('Lauran Neergaard', "Mary O'Brien", 'Ana de la Cruz', 'AFP')
    >>> name_cased("JEAN-PAUL MCDONALD"), name_cased("Jane Doe"), name_cased("BBC News")
    ('Jean-Paul McDonald', 'Jane Doe', 'BBC News')
    >>> name_cased("SEAN O'CONNOR-MCDONALD"), name_cased("ANNE MCX")
    ("Sean O'Connor-McDonald", 'Anne Mcx')
    """
    words = name.split()
    if len(words) < 2 or not name.isupper():
        return name
    cased = [re.sub(r"[^\W\d_]+", lambda part: part[0].capitalize(), word) for word in words]
    # "Mc" opens each part of a name, a double-barrelled one's second too ("O'CONNOR-MCDONALD": it was "Mcdonald")
    cased = [_MC.sub(lambda mc: f"Mc{mc[1].upper()}", word) for word in cased]
    return " ".join(word.lower() if n and word.lower() in _PARTICLES else word for n, word in enumerate(cased))


# A dateline after a newsroom's unnamed credit: ", Karachi", " in Kyiv"
_CREDIT_DATELINE = re.compile(r"\s*(?:,|\bin\b).*$")


def is_unnamed_credit(line: str) -> bool:
    """Return whether a byline line credits a newsroom's own unnamed writer ("By Our Special Correspondent", "By A
    Staff Reporter, Karachi", as South Asian and British papers print it): a role alone after its "By", no name.

    >>> is_unnamed_credit("By Special Correspondent"), is_unnamed_credit("By Our Correspondent in Kyiv")
    (True, True)
    >>> is_unnamed_credit("By Jane Doe, Special Correspondent"), is_unnamed_credit("By the way, reporters said")
    (False, False)
    >>> is_unnamed_credit("By The Editorial Board"), is_unnamed_credit("By the Editorial Board of The Times")
    (True, True)
    """
    from transforms.formats.byline_roles import is_role

    rest = _CREDIT_DATELINE.sub("", line[3:].strip())
    # an opinion desk's credit opens with "the" in lower case too ("By the Editorial Board of The Times")
    return bool(rest) and (rest[0].isupper() or rest.startswith("the ")) and is_role(rest, every_word=True)
