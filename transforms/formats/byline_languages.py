"""A byline's words in the languages a newsroom writes it in: the word that opens it ("By", German "Von", French
"Par", Spanish and Portuguese "Por", Italian "Di", Dutch "Door", Swedish and Norwegian "Av", Danish "Af"), the words
that join its names ("und", "et", "y", "e", "en", "och", "og") and the roles written after its names
("ARD-Hauptstadtstudio", "inviato a Norcia", "envoyé spécial à Kyiv").

A German page's "Von Max Müller, ARD-Hauptstadtstudio" gave no author, and a records file's "Par Claire Dubois et Marc
Petit" one author of those five words: only "By" and "and" were read.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The word opening a byline, and the words its language joins two names with. "By" is read in any case, as it was
# ("by Jane Doe"); the others capitalised or in lower case ("di Marco Rossi", as Italian papers print it), before a
# name of two words at least (below): "von Braun" and "Di Maio" are surnames, "Von der Leyen" one too, and "Door de
# storm", "Door-to-door", "Av. Paulista" no names. Dutch, Swedish, Norwegian and Danish bylines ("Door Jan de Vries",
# "Av Anna Lindqvist och Erik Berg", "Af Mette Holm") gave no author, their line a paragraph.
_JOINS: dict[str, tuple[str, ...]] = {
    "by": ("and",),
    "von": ("und",),
    "par": ("et",),
    "por": ("y", "e"),  # Spanish, and Portuguese's "e"; Spanish writes "e" before an "i" ("Ana e Inés")
    "di": ("e", "ed"),
    "door": ("en",),
    "av": ("och", "og"),  # Swedish, Norwegian
    "af": ("og",),  # Danish
}
# Each language's opening word as a byline writes it, and the words that join its names (`html_authors` reads a
# page's plain byline with them: "Von Max Müller und Anna Schmidt").
LEADS = tuple(word.capitalize() for word in _JOINS)
JOIN_WORDS = tuple(dict.fromkeys(word for joins in _JOINS.values() for word in joins))
CAPITAL = "[A-ZÀ-ÖØ-Þ]"  # a name's first letter, accented or not ("Éric", "Ángel")
# ... and in lower case too, but "by" (read as above)
LEAD_WORDS = "|".join(word for lead in LEADS[1:] for word in (lead, lead.lower()))
_LEAD = re.compile(rf"\s*(by|BY|By|{LEAD_WORDS})\s+")
# A label before the byline's names, as a CMS's template or a scraper writes it: "Author: Jane Doe", Croatian's,
# Czech's, German's, Polish's "Autor:", "Autorin:", "Autorka:", French's "Auteur :", Italian's "Autore:", "Written by".
# Without its colon (an extraction drops it: "Autor Ivana Horvat") only before a name of two capitalised words. It was
# read as part of the name ("Autor: Ivana Horvat" one author of three words).
_LABEL_WORDS = r"(?i:author|autor|autorin|autorka|auteur|auteure|autore|autrice)"
_LABEL = re.compile(
    rf"\s*(?:{_LABEL_WORDS}s?\s*:\s*|{_LABEL_WORDS}\s+(?={CAPITAL}[\w'’.-]*\s+{CAPITAL})|(?i:written\s+)(?=by\s))")
# The words a label's language joins names with, where no lead follows it ("Autorin: Anna Schmidt und Jonas Weber" was
# one author of five words): German's "und", Czech's and Slovak's "a", Polish's and Croatian's "i", a Spanish or
# Portuguese "Autor:"'s "y" and "e", French's "et", Italian's "e"
_LABEL_JOINS: dict[str, tuple[str, ...]] = {
    "author": ("and",), "autor": ("and", "und", "a", "i", "y", "e"), "autorin": ("und",), "autorka": ("a", "i"),
    "auteur": ("et",), "auteure": ("et",), "autore": ("e", "ed"), "autrice": ("e", "ed"),
}
# Two capitalised words, a name, after a lead that is no English "By": "Di Marco Rossi", not "Di Maio" alone; or a given
# name and a surname that opens with its particles ("Von Ursula von der Leyen", "Par Charles de Gaulle", a guest
# article's signature, gave no author). Only a surname's particles part them: "Von Kiel zu Hamburg", "Von Kiel bis
# Hamburg" and "Di Maio al Quirinale" are no bylines.
# German nobility's "zu" after a given name ("Von Karl-Theodor zu Guttenberg", "Von Philipp zu Eulenburg" gave no
# author), but for a place's ("Von Kiel zu Hamburg" is no name) or a noun said twice ("Von Jahr zu Jahr", "Von Tür zu
# Tür": `_is_noble_name`); and Spanish's "de los", "de las" ("Por Juan de los Santos").
_SURNAME_PARTICLES = r"(?:von|van|de|der|den|du|da|di|del|della|la|le)"
# Not a heading in title case after such a lead, whose words are ordinary too: one opening with an article no name
# opens with ("Door Het Vuur Gegaan", "Von Die Grünen", "Av Det Nya Sverige"), or a place's or a body's name ("Door
# County Board Approves Ferry Budget": Wisconsin's county, "Av Club ...", "Par City Council"), each read as a writer
_HEADING_ARTICLES = r"(?:Het|Een|Das|Die|Ein|Eine|Det|Ett|Une|Un|Gli)"
_BODY_WORDS = r"(?:County|City|Council|Board|Club|Avenue|Road|Square|Street)"
_NAME_AFTER_LEAD = re.compile(
    rf"(?!{_HEADING_ARTICLES}\s){CAPITAL}[\w'’.-]*\s+(?:{_SURNAME_PARTICLES}\s+(?:(?:der|den|la|le|los|las)\s+)?)?"
    rf"(?!{_BODY_WORDS}\b){CAPITAL}")
_NOBLE_NAME = re.compile(rf"({CAPITAL}[\w'’.-]*)\s+(?:von\s+und\s+)?zu\s+({CAPITAL}[\w'’.-]*)")
# German idioms "von X zu Y" whose X is a name but no writer's: "Von Saulus zu Paulus" (a change of heart), "Von
# Pontius zu Pilatus" (sent from one office to the next), a commentary's subheading that was read as its author
_ZU_IDIOMS = frozenset({("Saulus", "Paulus"), ("Pontius", "Pilatus")})
# Roles a German byline writes after a comma, as a compound's end ("ARD-Hauptstadtstudio", "Wirtschaftsredaktion",
# "Brüssel-Korrespondentin"); and those Romance languages write before their place ("inviato a Norcia",
# "correspondante à Bruxelles", "corresponsal en Bruselas", "enviada especial", and an office:
# "ministre de l'Économie").
_GERMAN_ROLE_ENDS = ("studio", "korrespondent", "korrespondentin", "redaktion", "redakteur", "redakteurin",
                     "reporter", "reporterin", "büro",
                     # offices a politician signs a guest article with ("Bundeskanzler", "Außenministerin")
                     "kanzler", "kanzlerin", "minister", "ministerin", "bürgermeister", "bürgermeisterin",
                     "präsident", "präsidentin", "senator", "senatorin")
_ROMANCE_ROLES = frozenset(
    """inviato inviata corrispondente redazione giornalista envoyé envoyée correspondant correspondante
    rédaction journaliste rédacteur rédactrice corresponsal enviado enviada redacción periodista correspondente
    redação
    ministre ministro ministra président présidente presidente presidenta sindaco sindaca alcalde alcaldesa
    prefeito prefeita gobernador gobernadora
    governatore governador governadora""".split()
)
# ... and those Dutch and the Nordic languages write ("correspondent in Brussel", "verslaggever", "korrespondent i
# Moskva", "redaktør"): "Door Jan de Vries, correspondent in Brussel" named no one, its role a second name
_DUTCH_NORDIC_ROLES = frozenset(
    """correspondent correspondente verslaggever verslaggeefster redacteur redactrice redactie journalist
    korrespondent reporter redaktör redaktør medarbetare medarbeider""".split()
)


def without_lead(byline: str) -> tuple[str, tuple[str, ...]]:
    """Return a byline without its label ("Author:") and the word that opens it ("By", "Von", "Par", "Por", "Di"), and
    the words its language joins names with (English's "and" where it has none).

    >>> without_lead("By Jane Doe"), without_lead("Von Max Müller, ARD"), without_lead("Por Ana García y Luis Pérez")
    (('Jane Doe', ('and',)), ('Max Müller, ARD', ('und',)), ('Ana García y Luis Pérez', ('y', 'e')))
    >>> without_lead("Di Maio"), without_lead("Von der Leyen"), without_lead("Par Three")
    (('Di Maio', ('and',)), ('Von der Leyen', ('and',)), ('Par Three', ('and',)))
    >>> without_lead("Author: Jane Doe"), without_lead("Autor Ivana Horvat"), without_lead("Written by Jane Doe")
    (('Jane Doe', ('and',)), ('Ivana Horvat', ('and', 'und', 'a', 'i', 'y', 'e')), ('Jane Doe', ('and',)))
    >>> without_lead("Autorin: Anna Schmidt und Jonas Weber")
    ('Anna Schmidt und Jonas Weber', ('und',))
    >>> without_lead("Von Ursula von der Leyen"), without_lead("Von Kiel zu Hamburg")
    (('Ursula von der Leyen', ('und',)), ('Von Kiel zu Hamburg', ('and',)))
    >>> without_lead("Von Philipp zu Eulenburg")
    ('Philipp zu Eulenburg', ('und',))
    >>> without_lead("Door Jan de Vries"), without_lead("Door Het Vuur Gegaan"), without_lead("Door County Board")
    (('Jan de Vries', ('en',)), ('Door Het Vuur Gegaan', ('and',)), ('Door County Board', ('and',)))
    >>> without_lead("Von Karl-Theodor zu Guttenberg"), without_lead("Por Juan de los Santos")
    (('Karl-Theodor zu Guttenberg', ('und',)), ('Juan de los Santos', ('y', 'e')))
    """
    joins = _JOINS["by"]
    if (label := _LABEL.match(byline)) is not None:
        said = re.match(r"\s*(\w+)", byline)
        joins = _LABEL_JOINS.get(said[1].lower().removesuffix("s") if said else "", joins)
        byline = byline[label.end():]
    lead = _LEAD.match(byline)
    if lead is None:
        return byline, joins
    word, rest = lead[1].lower(), byline[lead.end() :]
    if word != "by" and not _NAME_AFTER_LEAD.match(rest) and not _is_noble_name(rest):
        return byline, joins
    return rest, _JOINS[word]


def _is_noble_name(rest: str) -> bool:
    """Return whether a byline's words after its lead open with a given name, "zu" and a house's name ("Philipp zu
    Eulenburg"), not with a place's name ("Kiel zu Hamburg") nor a noun said twice ("Jahr zu Jahr").

    >>> _is_noble_name("Philipp zu Eulenburg"), _is_noble_name("Kiel zu Hamburg"), _is_noble_name("Jahr zu Jahr")
    (True, False, False)
    >>> _is_noble_name("Saulus zu Paulus")
    False
    """
    if (noble := _NOBLE_NAME.match(rest)) is None or noble[1] == noble[2] or (noble[1], noble[2]) in _ZU_IDIOMS:
        return False
    if "-" in noble[1]:
        return True  # a hyphenated given name ("Karl-Theodor"), no place's
    from transforms.formats.byline_places import places_named  # the gazetteer: only for such a byline

    return not places_named(noble[1])


def is_language_role(part: str) -> bool:
    """Return whether a byline's part names a role as German, French, Spanish, Portuguese, Italian, Dutch or the Nordic
    languages write one.

    >>> is_language_role("ARD-Hauptstadtstudio"), is_language_role("inviato a Norcia"), is_language_role("Max Müller")
    (True, True, False)
    >>> is_language_role("envoyé spécial à Kyiv"), is_language_role("Anna Studio")
    (True, False)
    >>> is_language_role("correspondent in Brussel"), is_language_role("korrespondent i Moskva")
    (True, True)
    """
    words = part.split()
    if not words:
        return False
    # the Dutch and Nordic words only in lower case, as a role after a name writes them ("Reporter Jane Doe" is a name)
    if words[0].lower() in _ROMANCE_ROLES or words[0] in _DUTCH_NORDIC_ROLES:
        return True
    # a compound's end, as one word: "Anna Studio" is a name
    return len(words) == 1 and words[0].lower().endswith(_GERMAN_ROLE_ENDS)


@lru_cache(maxsize=8)
def joins_pattern(joins: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern that parts a byline's names at "&" and its language's joining words."""
    return re.compile(r"\s*(?:" + "|".join(rf"\b{word}\b" for word in joins) + r"|&)\s*")
