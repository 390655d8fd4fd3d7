"""The authors of a record's byline field: names from a string or a list, without roles, dates, datelines,
agencies and addresses ("By Jane Smith, Political Editor, in London", "Smith, Jane", 5 as a user's id)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from transforms.formats.author_dates import is_date, is_date_label, without_dates
from transforms.formats.byline_credits import credited
from transforms.formats.byline_languages import JOIN_WORDS, joins_pattern, without_lead
from transforms.formats.byline_offices import names_a_holder, offices_whole
from transforms.formats.byline_outlets import is_outlet, is_titled_outlet, outlet_of_staff, without_outlets
from transforms.formats.byline_places import is_dateline_place
from transforms.formats.byline_pronouns import without_pronouns
from transforms.formats.byline_roles import is_role, name_after_role, name_before_role
from transforms.formats.field_paths import text_or_none
from transforms.formats.markup import unescaped_references
from transforms.formats.reading_times import is_reading_time

# A byline of two single names parted by a comma is one name written surname first; "Smith, Jones"
# (two surnames alone) is rarer in bylines than "Smith, Jane".
_SURNAME_FIRST = re.compile(r"([^\W\d_][\w'’-]*),\s*([^\W\d_][\w'’.-]*)")
# News agencies a byline lists by one name ("Reuters, AFP"): two authors, not a surname and a name.
_AGENCIES = frozenset(
    "reuters bloomberg xinhua interfax tass kyodo yonhap anadolu bernama antara dpa efe ansa agencies".split()
)
# A user's record's names, the first given is its author's: its name, its display name (Mastodon's, Bluesky's), its
# user name, its address (Mastodon's `acct`, Bluesky's `handle`); a byline's object, the byline as printed (the NYT
# Article Search API's `{"original": "By Jane Doe and Tom Roe", "person": [...]}`: such an article had no author).
_USER_NAMES = ("name", "display_name", "displayName", "username", "acct", "handle", "original")
# What a CMS or an exporter writes where it knows no author ("Author: Unknown", "N/A", a template's "null"): no name.
_NO_NAMES = frozenset({"unknown", "unknown author", "author unknown", "n/a", "none", "null", "undefined", "no author"})
# A web address where a name should be (a profile's, as a meta tag's `article:author` often holds): no name
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)
# A newsroom's shared mailbox where a name should be (RSS's <author> is an address, "desk@paper.example" where the
# item names nobody): a desk's, no person's, as "Staff" is none. A person's address ("anna.keller@...", a Mastodon
# account's "jane@mastodon.social") stays, the only name given.
_DESK_ADDRESS = re.compile(r"(?:news|newsroom|desk|newsdesk|editor|editors|editorial|info|contact|noreply|no-reply"
                           r"|webmaster|admin|feeds?|rss|press|office|team|staff)@\S+$", re.IGNORECASE)
# A wiki link, as Obsidian's Web Clipper writes a clipped page's `author` in its front matter ("[[Amy Chen]]", its
# note's name; "[[People/Tom Roe|Tom Roe]]", a path and the name shown): the name, where it was kept in brackets.
# A link may name the note's file ("[[People/Amy Chen.md]]") or a heading in it ("[[Amy Chen#Bio]]"): neither is
# the name.
_WIKI_LINK = re.compile(r"\[\[([^\[\]|#]+?)(?:\.md)?(?:#[^\[\]|]*)?(?:\|([^\[\]]+?))?\]\]")


def authors_of(value: object) -> tuple[str, ...]:
    """Return author names from a string ("A and B", "A; B", "By A, B") or a list (of names or objects).

    A number, or a text of digits, is a user's id (WordPress's `"author": 5`), no author. A part that
    names a role ("Political Editor", "Staff Writer") or many unnamed people ("agencies", "Guardian staff"), a
    date ("March 5, 2024") or a place it ends with (a dateline: "Jane Doe, London", "Reuters in Kyiv") is not an
    author, and two single names parted by a comma are one author written surname first.

    >>> authors_of("By Jane Doe and Tom Roe")
    ('Jane Doe', 'Tom Roe')
    >>> authors_of([{"name": "Ann Lee"}, "Bo Chan"]), authors_of({"username": "jane", "display_name": "Jane Doe"})
    (('Ann Lee', 'Bo Chan'), ('Jane Doe',))
    >>> authors_of({"username": "jane", "display_name": ""}), authors_of({"displayName": "", "handle": "jd.bsky.test"})
    (('jane',), ('jd.bsky.test',))
    >>> authors_of({"original": "By Jane Doe and Tom Roe", "person": [{"firstname": "Jane", "lastname": "Doe"}]})
    ('Jane Doe', 'Tom Roe')
    >>> authors_of("By Jane Doe, Political Editor"), authors_of("Smith, Jane"), authors_of("Reuters, AFP")
    (('Jane Doe',), ('Jane Smith',), ('Reuters', 'AFP'))
    >>> authors_of("Doe, Jane; Roe, John"), authors_of("Doe, Jane and Roe, John")
    (('Jane Doe', 'John Roe'), ('Jane Doe', 'John Roe'))
    >>> authors_of("By Jane Doe and Tom Roe, London"), authors_of("Reuters in Kyiv")
    (('Jane Doe', 'Tom Roe'), ('Reuters',))
    >>> authors_of(["Jane Doe", "Tom Roe", "London"]), authors_of(["Jordan"]), authors_of(["Jane Doe and Victoria"])
    (('Jane Doe', 'Tom Roe'), ('Jordan',), ('Jane Doe', 'Victoria'))
    >>> authors_of("Dr. Jane Doe, PhD"), authors_of("Martin Luther King, Jr.")
    (('Dr. Jane Doe',), ('Martin Luther King Jr.',))
    >>> authors_of("Anna Smith and agencies"), authors_of("Guardian staff and agencies"), authors_of("AP and AFP Staff")
    (('Anna Smith',), ('Guardian',), ('AP', 'AFP'))
    >>> authors_of("By Jane Doe, BBC News"), authors_of("By BBC Sport"), authors_of(["Jane Doe", "Reuters"])
    (('Jane Doe',), ('BBC Sport',), ('Jane Doe',))
    >>> authors_of("Reporting by Jane Doe in Kyiv; Editing by Ann Lee"), authors_of("https://x.com/janedoe")
    (('Jane Doe',), ())
    >>> authors_of("Von Max Müller, ARD-Hauptstadtstudio"), authors_of("Par Claire Dubois et Marc Petit")
    (('Max Müller',), ('Claire Dubois', 'Marc Petit'))
    >>> authors_of(["[[Amy Chen]]", "[[People/Tom Roe|Tom Roe]]"]), authors_of("[[People/Jo Bell.md#Bio]]")
    (('Amy Chen', 'Tom Roe'), ('Jo Bell',))
    >>> authors_of("By Jo Lee (he/him) and Priya Nair (she/they)"), authors_of("By Our Special Correspondent")
    (('Jo Lee', 'Priya Nair'), ())
    >>> authors_of("By Tom Roe and Marie Dupont (Le Monde)"), authors_of("Marie Dupont (Le Monde) & Tom Roe")
    (('Tom Roe', 'Marie Dupont'), ('Marie Dupont', 'Tom Roe'))
    >>> authors_of("By Jane Doe (left) and John Roe (right)")
    ('Jane Doe', 'John Roe')
    >>> authors_of("Reuters with additional reporting by Jane Doe"), authors_of("Jane Doe with reporting by Tom Roe")
    (('Reuters', 'Jane Doe'), ('Jane Doe', 'Tom Roe'))
    """
    if value is None or is_user_id(value):
        return ()
    if isinstance(value, Mapping):  # a user's record: its name (Mastodon's and Bluesky's are display names)
        # An account that set no display name ("display_name": "", as many do) is known by its user name, else by
        # its address (Mastodon's `acct`, "jane@mastodon.social"; Bluesky's `handle`): such a post had no author.
        value = next((v for key in _USER_NAMES if isinstance(v := value.get(key), str) and v.strip()), None)
    if isinstance(value, list | tuple):
        # A date or a role, no author, does not keep a dateline from being the last: ["Jane Doe", "London", "March 5"].
        items = [names for names in (authors_of(item) for item in value) if names]
        last = items[-1] if items else ()
        if len(last) == 1 and any(items[:-1]) and is_dateline_place(re.sub(r"^in\s+", "", last[0])):
            items.pop()  # a dateline as the list's own last item: ["Jane Doe", "London"]
        # one name once: a feed item's <author> and <dc:creator> often name the same people; an outlet beside a
        # person is no author (["Jane Doe", "BBC News"], a JSON-LD Person and Organization)
        return tuple(dict.fromkeys(without_outlets([name for names in items for name in names])))
    text = text_or_none(value)
    if not text:
        return ()
    text = unescaped_references(text)  # "Priya Nair &amp; Omar Khan", as a CMS's export escapes it: two names
    text = without_pronouns(text)  # "Alex Rivera (they/them)" is Alex Rivera
    if "(" in text and "@" not in text and (bare := _NAME_ASIDE.sub("", text)) != text:
        # an outlet, a place or a role in brackets after a name is no author, wherever the name stands ("By Jane Doe
        # and Marie Dupont (Le Monde)" gave the authors "Marie Dupont" and "Le Monde", "Marie Dupont (Le Monde) and Tom
        # Roe" the author "Marie Dupont (Le Monde)"); the bracket's words are read where nothing else names anyone
        return _text_authors(bare) or _text_authors(text)
    return _text_authors(text)


# Words in brackets that open with a capital after a name and end its part: before a comma, a semicolon, a bar, "&",
# a joining word (`byline_languages.JOIN_WORDS`) or the byline's end. A nickname inside a name stays ("Robert (Bob)
# Smith"), so do an address's owner ("jane@example.com (Jane Doe)", read by `_named_addresses`) and a credit ("Reuters
# (Reporting by Jane Doe)", read by `credited`). A photo's position in lower case is no author either: "By Jane Doe
# (left) and John Roe" named "Jane Doe (left)".
_NAME_ASIDE = re.compile(rf"(?<=\w)\s*\((?![^()]*\bby\s)(?:[A-Z][^()]*|left|right|centre|center|pictured|above|below"
                         rf"|top|inset)\)(?=\s*(?:$|[,;|&]|(?:{'|'.join(JOIN_WORDS)})\s))")


# A byline's lead credit, no comma in it, before a credit of reporting added to it ("Reuters with additional reporting
# by ...", "By AFP, with reporting by ...")
_AGENCY_LEAD = re.compile(
    r"^(?:By\s+)?(?P<agency>[^,;|]+?)\s*,?\s+with\s+(?:additional\s+)?reporting\s+by\s+(?P<rest>.+)$", re.IGNORECASE
)


def _text_authors(text: str) -> tuple[str, ...]:
    """Return the author names of a byline's text (`authors_of`'s string, its pronouns left out)."""
    if "[[" in text:  # a note-taking app's link to the author's note: "[[Amy Chen]]" is Amy Chen
        text = _WIKI_LINK.sub(lambda link: link[2] or link[1].rsplit("/", 1)[-1], text)
    # an agency's story with a writer's additional reporting ("Reuters with additional reporting by Jane Doe"): the
    # agency leads the byline, no outlet of a person's beside her, and both are its authors (Reuters was left out)
    if (lead := _AGENCY_LEAD.match(text)) is not None and is_outlet(lead["agency"]):
        return tuple(dict.fromkeys((*_text_authors(lead["agency"]), *_text_authors(lead["rest"]))))
    # "Reporting by Jane Doe; Editing by Ann Lee": the reporters' names, not the editor's
    text = credited(text)
    # "By Jane Doe and ...", "Von Max Müller und ...", "Par Claire Dubois et ...": its names joined in its language
    text, joins = without_lead(text)
    text = _with_suffixes(_named_addresses(without_dates(text)))
    surname_first = _surname_first(text)
    if surname_first:
        return (surname_first,)  # "Smith, Jane": one author
    # "Doe, Jane; Roe, John", "Doe, Jane and Roe, John": people written surname first, parted by a
    # separator that is no comma, each one author (their commas part no names).
    people = [p for p in re.split(r"\s*(?:;|\|)\s*", text.strip()) for p in joins_pattern(joins).split(p) if p]
    if len(people) > 1 and all(map(_surname_first, people)):
        return tuple(name for p in people if (name := _surname_first(p)))
    # a middle dot or a bullet between spaces parts a byline's name from its day as a bar does ("By Martin Williams ·
    # 14 January 2026" was one author with the dot and the day); Catalan's "l·l" inside a word stays
    # (an office's own comma parts nothing: "Secretary for Science, Innovation and Technology Peter Kyle")
    segments = [s.strip() for s in offices_whole(text, _SEGMENTS, commas_only=True)]
    if len(segments) > 1 and is_dateline_place(re.sub(r"^in\s+", "", segments[-1])):
        segments = segments[:-1]  # a dateline ends a byline: "Jane Doe, London", "Jane Doe, in London"
    segments[1:] = [s for s in segments[1:] if not is_titled_outlet(s)]  # "Jane Doe, Le Monde": her paper
    # A segment that is a role with "and" or "&" in it ("Science and Technology Editor") is one role,
    # not "Science" and a role.
    # (an office's holder and another person are no role: "Secretary of State Marco Rubio and Jane Doe" named nobody)
    segments = [s for s in map(name_before_role, segments)
                if not is_role(s, every_word=True) or names_a_holder(s, joins_pattern(joins))]
    # (nor an office's own "and": "Minister for Housing and Planning Matthew Pennycook", `byline_offices`)
    parts = [_without_dateline(p.strip()) for s in segments for p in offices_whole(s, joins_pattern(joins))]
    # "Reuters Staff": Reuters's byline; "Gwyn Topham Transport correspondent", "State Senator Ann Lee": the name
    parts = [outlet_of_staff(p) or name_after_role(name_before_role(p)) for p in parts]
    names = [p for p in parts if p and p.lower() not in _NO_NAMES and not is_role(p) and not is_date(p)
             and not is_date_label(p) and not _WEB_ADDRESS.match(p) and not _DESK_ADDRESS.match(p)
             and not is_reading_time(p)]
    # "By Jane Doe, BBC News" is Jane Doe's; "By BBC Sport" BBC Sport's; "Le Monde with AFP" both's
    return tuple(credit for name in without_outlets(names) for credit in _with_agency(name))


# An outlet's credit of an agency's story, as Le Monde's JSON-LD writes it ("Le Monde with AFP", "Le Monde avec AFP")
_WITH = re.compile(r"^(?P<first>.+?)\s+(?:with|avec)\s+(?P<agency>[^\W\d_].*)$")


def _with_agency(name: str) -> tuple[str, ...]:
    """Return the two credits of a name "X with Y" whose Y is an outlet (`is_outlet`: an agency, "AFP", "Reuters"),
    else the name: the agency was lost (trafilatura cuts a name at "with") or kept in one author with the outlet.

    >>> _with_agency("Le Monde with AFP"), _with_agency("Jane Doe with Tom Roe"), _with_agency("Coffee with Reuters")
    (('Le Monde', 'AFP'), ('Jane Doe with Tom Roe',), ('Coffee with Reuters',))
    >>> _with_agency("Reuters with AP")
    ('Reuters', 'AP')
    """
    # the credit before "with" a name's two words or more, as an outlet's or a person's is, or an agency's of one
    # ("Reuters with AP", which stayed one author): "Coffee with Reuters" is a column's title, no credit
    if (parts := _WITH.match(name)) is None or not is_outlet(parts["agency"]) or (
            len(parts["first"].split()) < 2 and not is_outlet(parts["first"])):
        return (name,)
    return parts["first"], parts["agency"]


_SEGMENTS = re.compile(r"\s*(?:;|\||,|(?<=\s)[·•](?=\s|$))\s*")


# A name's suffix after a comma is no second author: a generation stays with its name ("Martin Luther
# King, Jr." is Martin Luther King Jr.), a degree or an honour goes ("Jane Doe, PhD" is Jane Doe; they
# were two authors, "Jane Doe" and "PhD").
_GENERATION = re.compile(r",\s*(Jr\.?|Sr\.?|II|III|IV)(?=\s*(?:[,;|&]|\band\b|$))")
_DEGREE = re.compile(
    r",\s*(?:Ph\.?\s?D\.?|D\.?Phil\.?|M\.?D\.?|MBA|MSc|BSc|R\.?N\.?|Esq\.?|QC|KC|OBE|MBE|CBE|FRS)"
    r"(?=\s*(?:[,;|&]|\band\b|$))"
)


# An e-mail address with its owner's name, as RSS's <author> and mail headers write one:
# "jane@example.com (Jane Doe)" and "Jane Doe <jane@example.com>" are Jane Doe (a feed's item read
# so; a records file kept the address and the parentheses as the name).
_ADDRESS_THEN_NAME = re.compile(r"[^\s,;()<>@]+@[^\s,;()<>@]+\.[^\s,;()<>@]+\s*\(([^()]+)\)")
_NAME_THEN_ADDRESS = re.compile(r"([^,;<>]*?)\s*<[^\s,;()<>@]+@[^\s,;()<>@]+\.[^\s,;()<>@]+>")


def _named_addresses(text: str) -> str:
    """Return a byline with each e-mail address that comes with a name replaced by the name.

    >>> _named_addresses("jane@example.com (Jane Doe), Tom Roe <tom@example.org>")
    'Jane Doe, Tom Roe'
    >>> _named_addresses("jane@example.com"), _named_addresses("Jane Doe (London)")
    ('jane@example.com', 'Jane Doe (London)')
    """
    if "@" not in text:
        return text
    return _NAME_THEN_ADDRESS.sub(lambda m: m.group(1), _ADDRESS_THEN_NAME.sub(lambda m: m.group(1).strip(), text))


def _with_suffixes(text: str) -> str:
    """Return a byline with its names' suffixes out of its comma-parted list: a generation kept with
    its name, a degree or an honour left out.

    >>> _with_suffixes("Dr. Jane Doe, PhD"), _with_suffixes("Martin Luther King, Jr. and Tom Roe, M.D.")
    ('Dr. Jane Doe', 'Martin Luther King Jr. and Tom Roe')
    >>> _with_suffixes("Jane Doe, MAdrid bureau"), _with_suffixes("Doe, Jane")
    ('Jane Doe, MAdrid bureau', 'Doe, Jane')
    """
    if "," not in text:
        return text
    return _DEGREE.sub("", _GENERATION.sub(r" \1", text))


def _surname_first(text: str) -> str | None:
    """Return a name written surname first ("Smith, Jane") in the usual order, else None (not one, or two
    agencies: "Reuters, AFP").

    >>> _surname_first("Smith, Jane"), _surname_first("Reuters, AFP"), _surname_first("Jane Smith")
    ('Jane Smith', None, None)
    """
    found = _SURNAME_FIRST.fullmatch(text.strip())
    if found is None or any(n.isupper() or n.lower() in _AGENCIES for n in found.groups()):
        return None
    return f"{found.group(2)} {found.group(1)}"


def is_user_id(value: object) -> bool:
    """Return whether an author value is a number (or a text of digits): a user's id, not a name.

    >>> is_user_id(5), is_user_id(" 42 "), is_user_id("Agent 47"), is_user_id(True)
    (True, True, False, False)
    """
    if isinstance(value, bool):
        return False
    return isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit())


def _without_dateline(part: str) -> str:
    """Return a byline part without a place it was written in ("Jane Doe in London" → "Jane Doe") or a ground it was
    written at ("Tom Roe at Anfield", "Tom Roe at the Oval", as a match report signs).

    >>> _without_dateline("Tom Roe at Anfield"), _without_dateline("Jane Doe at the Oval"), _without_dateline("Chelsea")
    ('Tom Roe', 'Jane Doe', 'Chelsea')
    >>> _without_dateline("Editor at Large"), _without_dateline("Tom Roe at large")
    ('Editor at Large', 'Tom Roe at large')
    """
    if " at " in part:
        # a venue's name opens with a capital or "the" and a capital; the name before it is a person's of two to four
        # words, each with a capital ("Editor at Large" is a role, left to `is_role`)
        name, _, venue = part.rpartition(" at ")
        if _VENUE.match(venue) and _NAME_BEFORE_VENUE.fullmatch(name.strip()):
            return name.strip()
    name, found, place = part.rpartition(" in ")
    return name.strip() if found and name.strip() and is_dateline_place(place.strip()) else part


_VENUE = re.compile(r"(?:the\s+)?[A-Z]\w")
_NAME_BEFORE_VENUE = re.compile(r"[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|de|van|von|der|da|di|le|la|al)){1,3}")
