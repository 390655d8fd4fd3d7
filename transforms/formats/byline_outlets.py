"""The outlets a byline names: "By Jane Doe, BBC News" is Jane Doe's (BBC News, her outlet, was a second author), and
"By BBC Sport" or "By Reuters Staff" an organisation's, its outlet the author, as a JSON-LD `Organization` author is."""

from __future__ import annotations

import re
import unicodedata

from transforms.formats.byline_places import is_big_city

# News agencies known by their name alone ("Reuters", "AFP"): the wires a story is sent by
_AGENCIES = frozenset(
    "reuters bloomberg xinhua interfax tass kyodo yonhap anadolu bernama antara dpa efe ansa afp ap upi pa".split()
) | frozenset({"associated press", "agence france-presse", "agence france presse", "press association", "pa media",
             "canadian press", "the canadian press"})
# Outlets and agencies known by their name alone ("Reuters", "Guardian", "Politico")
_NAMES = _AGENCIES | frozenset(
    "guardian telegraph independent observer politico axios euronews vox semafor bellingcat".split()
) | frozenset({"al jazeera", "deutsche welle", "france 24", "the conversation", "bloomberg news", "sky news"})
# Broadcasters' and agencies' initials (and FOX, as its capitals write it) that open an outlet's name ("BBC Verify",
# "CBS MoneyWatch", "NPR", "SVT Nyheter", "NOS Nieuws", "FOX NEWS - " before a story)
_INITIALS = frozenset(
    """AP AFP BBC CNN CBS NBC ABC NPR PBS ITV DW CNBC MSNBC UPI PA ANI PTI IANS SBS CBC RNZ NHK KBS RFI RTE RTÉ AAP
    WSJ NYT FT IRNA EFE DPA TASS RIA CGTN VOA RFE/RL ZDF ARD ORF SRF RTL RAI RTVE NOS VRT RTBF SVT NRK YLE
    ANP FOX""".split()
)
# The word an outlet's name ends with ("BBC News", "Kyiv Independent", "Financial Times", "BBC World Service"): a
# person's surname seldom is one.
_ENDS = frozenset(
    """news sport sports magazine newspaper newspapers radio television tv times journal tribune herald gazette
    telegraph guardian independent chronicle observer newswire media network insider daily weekly service
    agency online""".split()
)
# Words that end an outlet's name and a person's too ("Washington Post", "Daily Mail", "Toronto Star"; "Emily Post"):
# an outlet's after a place, a paper's word ("Daily", "Evening", "Sunday"), initials, or two words
# "Nation" and "Monitor" too ("Daily Nation", "Daily Monitor", "Sunday Nation"; "Carry Nation" a person's)
_SURNAME_ENDS = frozenset(
    "post mail star sun mirror standard express globe press wire today record examiner nation monitor".split()
)
# The sections a page's heading names over its news ("Breaking News", "World News", "Sports News")
_SECTION_WORDS = frozenset(
    "breaking latest top world local national business sports sport tech technology science health politics".split()
)
_PAPER_WORDS = frozenset("daily evening sunday morning weekly new the national financial".split())


def is_outlet(part: str) -> bool:
    """Return whether a byline's part names a news outlet or agency, not a person.

    >>> is_outlet("BBC News"), is_outlet("The Guardian"), is_outlet("Associated Press"), is_outlet("AP")
    (True, True, True, True)
    >>> is_outlet("Washington Post"), is_outlet("Emily Post"), is_outlet("Ann Star"), is_outlet("AJ Smith")
    (True, False, False, False)
    """
    words = part.split()
    if not words or not all(word[:1].isupper() or word in ("of", "and", "for", "&") for word in words):
        return False
    lower = part.lower()
    if lower in _NAMES or words[0] in _INITIALS or (words[0] == "The" and len(words) > 1):
        return True
    last = words[-1].lower()
    if len(words) < 2 or last not in _ENDS | _SURNAME_ENDS:
        return False
    if last in _ENDS:
        return True
    first = words[0]
    return len(words) > 2 or first.lower() in _PAPER_WORDS or first.isupper() or is_big_city(first)


def is_outlet_name(part: str) -> bool:
    """Return whether a line alone is an outlet's name as its masthead prints it ("The Globe and Mail", "BBC News").

    >>> is_outlet_name("The Globe and Mail"), is_outlet_name("Financial Times"), is_outlet_name("The Big Short")
    (True, True, False)
    """
    # a paper's own word ends it, or it is known by it alone: "The" and capitals are a title-cased headline's as well
    words = part.split()
    return is_outlet(part) and not _is_section_heading(words) and (
        part.lower() in _NAMES or words[0] in _INITIALS or words[-1].lower() in _ENDS | _SURNAME_ENDS)


def is_known_outlet(part: str) -> bool:
    """Return whether a name is an outlet's known by it or its broadcaster's initials ("Reuters", "CBC SPORTS ONLINE").

    >>> is_known_outlet("CBC SPORTS ONLINE"), is_known_outlet("SKY NEWS"), is_known_outlet("NEWPORT NEWS")
    (True, True, False)
    """
    words = part.split()
    return bool(words) and (part.lower() in _NAMES or words[0].upper() in _INITIALS)


def opens_as_paper(part: str) -> bool:
    """Return whether a name opens with a paper's word or a big city's name ("DAILY NATION", "TORONTO STAR").

    >>> opens_as_paper("SUNDAY NATION"), opens_as_paper("Toronto Star"), opens_as_paper("NEWPORT NEWS")
    (True, True, False)
    """
    first = part.split()[0] if part.split() else ""
    return first.lower() in _PAPER_WORDS or is_big_city(first.title())


def _is_section_heading(words: list[str]) -> bool:
    """Return whether a name's words are a page's section heading ("Breaking News", "Sports News"), no outlet's.

    >>> _is_section_heading(["Breaking", "News"]), _is_section_heading(["Daily", "News"])
    (True, False)
    """
    # two words, a section's over "News": a heading names its news, an outlet its place or kind ("Sky News" has its
    # owner's, "Daily News" its paper's word); "Sky Sports News" is three
    return len(words) == 2 and words[1].lower() == "news" and words[0].lower() in _SECTION_WORDS


def is_named_agency(name: str) -> bool:
    """Return whether a name alone is a news agency's known by it ("Reuters", "AFP", "Associated Press").

    >>> is_named_agency("Reuters"), is_named_agency("AP"), is_named_agency("Ipsos"), is_named_agency("Independent")
    (True, True, False, False)
    """
    # agencies only: a paper's name alone is a word as well ("Independent - 12 per cent", a poll's line)
    return name.strip().lower() in _AGENCIES


# How a byline names an outlet's unnamed staff: "Reuters Staff", "Telegraph Reporters", "Daily Mail Reporter" (it was
# the author "Telegraph Reporters")
_STAFF = frozenset({"staff", "reporter", "reporters"})


def outlet_of_staff(part: str) -> str | None:
    """Return the outlet whose staff a byline's part names ("Reuters Staff", "AFP staff", "Telegraph Reporters"), else
    None.

    >>> outlet_of_staff("Reuters Staff"), outlet_of_staff("Guardian staff"), outlet_of_staff("Foreign Staff")
    ('Reuters', 'Guardian', None)
    >>> outlet_of_staff("Telegraph Reporters"), outlet_of_staff("Daily Mail Reporter"), outlet_of_staff("Our Reporter")
    ('Telegraph', 'Daily Mail', None)
    """
    outlet, _, staff = part.rpartition(" ")
    return outlet if staff.lower() in _STAFF and is_outlet(outlet) else None


def without_outlets(names: list[str]) -> list[str]:
    """Return a byline's names without the outlets named beside a person ("Jane Doe", "BBC News"); where it names
    outlets only ("Reuters", "AFP"), those are its authors.

    >>> without_outlets(["Jane Doe", "BBC News"]), without_outlets(["Reuters", "AFP"])
    (['Jane Doe'], ['Reuters', 'AFP'])
    >>> without_outlets(["Jan de Vries", "NOS"]), without_outlets(["Anna Lindqvist", "SVT"])
    (['Jan de Vries'], ['Anna Lindqvist'])
    >>> without_outlets(["Le Monde", "AFP"]), without_outlets(["Jane Doe", "Le Monde"])
    (['Le Monde', 'AFP'], ['Jane Doe'])
    """
    # initials alone beside a person's name are an outlet's too, whichever country's ("Door Jan de Vries, NOS",
    # "Av Anna Lindqvist, SVT", "Af Mette Holm, DR": the broadcaster was a second author); a person signs with a name
    # a paper's title after its article too ("Le Monde", "AFP" as Le Monde credits an agency's story: AFP was left out)
    people = [name for name in names
              if not is_outlet(name) and not _INITIALS_ALONE.fullmatch(name) and not is_titled_outlet(name)]
    return people or names


_INITIALS_ALONE = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,5}")


def is_titled_outlet(part: str) -> bool:
    """Return whether a byline's part after a comma, behind a person's name, is a paper's name of two words that opens
    with its language's article ("By Jane Doe, Le Monde", "Von Max Müller, Die Zeit": it was a second author).

    Only of two words: a Vietnamese name of three that opens with the surname Le ("Le Minh Tuan") stays a person's,
    and so does a name joined by "and" ("Jane Doe and Le Tuan"); "Les" is an English given name too ("Les Dennis").
    Nor "Lo", a Cantonese surname, nor a hyphenated word after the article, a Chinese given name's ("By Jane Doe, Lo
    Kin-hei", "La Wing-sze": a second author).

    >>> is_titled_outlet("Le Monde"), is_titled_outlet("El País"), is_titled_outlet("Le Minh Tuan")
    (True, True, False)
    >>> is_titled_outlet("Lo Kin-hei"), is_titled_outlet("La Wing-sze"), is_titled_outlet("Il Foglio")
    (False, False, True)

    Nor a Vietnamese name of two, the surname Le or La (Lê, La written without its mark) and a given name of one
    Vietnamese syllable ("By Jane Doe, Le Tuan", "La Anh": a second author); a paper's word after its article is no
    such syllable ("Monde", "Point", "Soir", "Croix", "Temps").

    >>> [is_titled_outlet(p) for p in ("Le Tuan", "La Anh", "Le Point", "Le Soir")]
    [False, False, True, True]
    """
    if _ARTICLE_TITLE.fullmatch(part) is None:
        return False
    article, _, word = part.partition(" ")
    return article not in ("Le", "La") or not _is_vietnamese_syllable(word)


_ARTICLE_TITLE = re.compile(r"(?:(?:Le|La|El|Il|Der|Die|Das|De|Het) |L['’])[A-ZÀ-ÖØ-Þ][\w']+")
# One syllable of Vietnamese written without its tone marks: an initial consonant of its alphabet (no f, j, w or z),
# one of its vowels or vowel groups (not any three vowels: "La Ley" is a paper's), and one of its few finals (c, ch,
# m, n, ng, nh, p, t)
_VIETNAMESE_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(?:ieu|yeu|oai|oay|oeo|uay|uoi|uou|uya|uye|uyu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|[aeiouy])"
    r"(?:ch|ng|nh|[cmnpt])?", re.IGNORECASE
)


def _is_vietnamese_syllable(word: str) -> bool:
    """Return whether a word is one syllable of Vietnamese ("Tuan", "Tuấn", "Đức"), its tone and vowel marks aside.

    >>> _is_vietnamese_syllable("Tuấn"), _is_vietnamese_syllable("Đức"), _is_vietnamese_syllable("Monde")
    (True, True, False)
    >>> _is_vietnamese_syllable("Hiếu"), _is_vietnamese_syllable("Vie"), _is_vietnamese_syllable("Ley")
    (True, False, False)
    """
    bare = "".join(c for c in unicodedata.normalize("NFD", word.replace("Đ", "D").replace("đ", "d"))
                   if not unicodedata.combining(c))
    # the vowels iê, yê and uô end no syllable, a final consonant or a vowel closes them ("Tiên", "Hiếu"): "La Vie"
    # is a paper's
    return _VIETNAMESE_SYLLABLE.fullmatch(bare) is not None and not bare.lower().endswith(("ie", "ye", "uo"))
