"""Dates written with the month and weekday names of French, German, Spanish, Italian, Portuguese
and Dutch ("5 mars 2024", "5. März 2024", "terça-feira, 5 de março de 2024"), for dateutil.

A records file's or front matter's date in one of these languages was left unread (`date_unparsed`),
where the same text in an HTML page's markup is read (htmldate knows the names). dateutil reads them
with a `parserinfo` that lists them beside the English ones, and the words that join a date's parts
in those languages ("de", "à", "um", "Uhr", "1er"). It is tried only after the English reading
fails, so no date read before reads otherwise ("ago", "out", "set" are English words too).
"""

from __future__ import annotations

from functools import cache

from dateutil import parser

# Per month, January first: names and the abbreviations news and exports write (with and without accents).
_MONTHS = (
    "janvier janv jänner januar januari enero gennaio gen janeiro",
    "février fevrier févr fevr februar februari febrero febbraio fevereiro fev",
    "mars märz maerz mrz maart marzo março marco",
    "avril avr abril aprile",
    "mai maggio mag mayo maio mei",
    "juin juni junio giugno giu junho",
    "juillet juil juli julio luglio lug julho",
    "août aout augustus agosto ago",
    "septembre setiembre septiembre settembre setembro",
    "octobre oktober octubre ottobre ott outubro out",
    "novembre noviembre novembro",
    "décembre decembre dezember diciembre dicembre dic dezembro dez",
)
# Per weekday, Monday first (Portuguese's "segunda-feira": "feira" is a joining word below), and the
# abbreviations English news writes that dateutil does not know ("Tues 5 March 2024" was unread).
_WEEKDAYS = (
    "lundi montag lunes lunedì lunedi segunda maandag",
    "mardi dienstag martes martedì martedi terça terca dinsdag tues",
    "mercredi mittwoch miércoles miercoles mercoledì mercoledi quarta woensdag weds",
    "jeudi donnerstag jueves giovedì giovedi quinta donderdag thur thurs",
    "vendredi freitag viernes venerdì venerdi sexta vrijdag",
    "samedi samstag sonnabend sábado sabado sabato zaterdag",
    "dimanche sonntag domingo domenica zondag",
)
# ... and "at" before a time: "alle 10:30", "om 10:30", "às 10:30" (Spanish's "a las" stays unread: "a" is
# dateutil's "am").
_JOINING = ("de", "del", "le", "la", "à", "um", "den", "am", "el", "il", "er", "feira", "uhr", "alle", "om", "às")


class _Names(parser.parserinfo):
    MONTHS = [(*english, *more.split()) for english, more in zip(parser.parserinfo.MONTHS, _MONTHS, strict=True)]
    WEEKDAYS = [(*english, *more.split()) for english, more in zip(parser.parserinfo.WEEKDAYS, _WEEKDAYS, strict=True)]
    JUMP = [*parser.parserinfo.JUMP, *_JOINING]


@cache
def other_languages() -> parser.parser:
    """Return a dateutil parser that reads the six languages' month and weekday names too.

    >>> [other_languages().parse(t).date().isoformat() for t in ("5 mars 2024", "5. März 2024", "1er août 2023")]
    ['2024-03-05', '2024-03-05', '2023-08-01']
    >>> other_languages().parse("Dienstag, 5. März 2024, 10:30 Uhr").isoformat()
    '2024-03-05T10:30:00'
    """
    return parser.parser(_Names())
