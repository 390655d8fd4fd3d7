"""Dates written with the month and weekday names of French, German, Spanish, Italian, Portuguese
and Dutch ("5 mars 2024", "5. März 2024", "terça-feira, 5 de março de 2024"), for dateutil.

A records file's or front matter's date in one of these languages was left unread (`date_unparsed`),
where the same text in an HTML page's markup is read (htmldate knows the names). dateutil reads them
with a `parserinfo` that lists them beside the English ones, and the words that join a date's parts
in those languages ("de", "à", "um", "Uhr", "1er"; Spanish's "a las" before a time is taken out). It is
tried only after the English reading fails, so no date read before reads otherwise ("ago", "out", "set"
are English words too).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from dateutil import parser

# Per month, January first: names and the abbreviations news and exports write (with and without accents); then, on
# a line of their own, Russian's, Ukrainian's, Polish's, Czech's and Greek's, in the genitive a date writes them in
# (and Turkish's and Swedish's, "5 Mart 2024", "5 augusti 2024", where the languages above do not name them already)
# ("5 марта 2024", "5 marca 2024", "5. března 2024", "5 Μαρτίου 2024"; Russian's nominative and abbreviations too, as
# its exports write "март 2024", "5 мар. 2024"): such a records file's date was unread. Croatian's too ("5. ožujka
# 2024.", which was unread), but "listopada": Croatian's October, Polish's November (`croatian_october`).
_MONTHS = (
    "janvier janv jänner januar januari enero ene gennaio gen janeiro"
    " января январь янв січня stycznia ledna ιανουαρίου ocak siječnja sijecnja",
    "février fevrier févr fevr februar februari febrero febbraio fevereiro fev"
    " февраля февраль фев лютого lutego února unora φεβρουαρίου şubat subat veljače veljace",
    "mars märz mär maerz mrz maart mrt marzo março marco"
    " марта март мар березня marca března brezna μαρτίου mart ožujka ozujka",
    "avril avr abril abr aprile"
    " апреля апрель апр квітня kwietnia dubna απριλίου nisan travnja",
    "mai maggio mag mayo maio mei"
    " мая май травня maja května kvetna μαΐου μαίου maj mayıs mayis svibnja",
    "juin juni junio giugno giu junho"
    " июня июнь июн червня czerwca června cervna ιουνίου haziran lipnja",
    "juillet juil juli julio luglio lug julho"
    " июля июль июл липня lipca července cervence ιουλίου temmuz srpnja",
    "août aout augustus agosto ago"
    " августа август авг серпня sierpnia srpna αυγούστου augusti ağustos agustos kolovoza",
    "septembre setiembre septiembre settembre setembro"
    " сентября сентябрь сент сен вересня września wrzesnia září zari σεπτεμβρίου eylül eylul rujna",
    "octobre oktober okt octubre ottobre ott outubro out"
    " октября октябрь окт жовтня października pazdziernika října rijna οκτωβρίου ekim",
    "novembre noviembre novembro"
    " ноября ноябрь ноя листопада listopada listopadu νοεμβρίου kasım kasim studenoga studenog",
    "décembre decembre dezember diciembre dicembre dic dezembro dez"
    " декабря декабрь дек грудня grudnia prosince δεκεμβρίου aralık aralik prosinca",
)
# Per weekday, Monday first (Portuguese's "segunda-feira": "feira" is a joining word below), the
# abbreviations English news writes that dateutil does not know ("Tues 5 March 2024" was unread), and
# German's and Dutch's two letters, as their CMSs write a feed's RFC 822 date ("Di, 05 Mär 2024 10:00:00 +0100",
# "vr, 08 mrt 2024 10:00:00 +0100").
_WEEKDAYS = (
    "lundi montag mo lunes lunedì lunedi segunda maandag ma"
    " понедельник понеділок poniedziałek pondělí δευτέρα pazartesi måndag ponedjeljak",
    "mardi dienstag di martes martedì martedi terça terca dinsdag tues"
    " вторник вівторок wtorek úterý τρίτη salı tisdag utorak",
    "mercredi mittwoch mi miércoles miercoles mercoledì mercoledi quarta woensdag wo weds"
    " среда середа środa středa τετάρτη çarşamba onsdag srijeda",
    "jeudi donnerstag do jueves giovedì giovedi quinta donderdag thur thurs"
    " четверг четвер czwartek čtvrtek πέμπτη perşembe torsdag četvrtak cetvrtak",
    "vendredi freitag fr viernes venerdì venerdi sexta vrijdag vr"
    " пятница п'ятниця piątek pátek παρασκευή cuma fredag petak",
    "samedi samstag sonnabend sa sábado sabado sabato zaterdag za"
    " суббота субота sobota σάββατο cumartesi lördag subota",
    "dimanche sonntag so domingo domenica zondag zo"
    " воскресенье неділя niedziela neděle κυριακή pazar söndag nedjelja",
)
# ... and "at" before a time: "alle 10:30", "om 10:30", "às 10:30", and Italian's "ore" ("5 marzo 2026 ore 10:05").
# Russian's "г." (года, "year") after the year, Polish's "r." (roku), Swedish's "kl." and Finnish's "klo" before a time,
# Croatian's "u" before it and "sati" after it ("15. listopada 2024. u 14:20 sati"), and its "godine" (year).
_JOINING = ("de", "del", "le", "la", "à", "um", "den", "am", "el", "il", "er", "feira", "uhr", "alle", "om", "às",
            "ore", "г", "года", "kl", "klo", "r", "roku", "u", "sati", "godine")
# Spanish's "at" before a time ("a las 10:30", "a la 1:30"): dateutil reads "a" as "am", and the year before it
# as the hour it follows, so the words are taken out before it reads the date.
_SPANISH_AT = re.compile(r"\s+a\s+las?\s+(?=\d)", re.IGNORECASE)
# Spanish, French and Italian feeds abbreviate a weekday in three letters before a comma ("mar, 05 mar 2024",
# "ven., 08 mars 2024"); Tuesday's "mar" is March's too, so a leading one before a comma and a day is taken out
# rather than listed as a weekday, which would make every "5 mar 2024" a Tuesday of no month.
_LEADING_WEEKDAY = re.compile(
    r"^\s*(?:lun|mar|mi[ée]|jue|vie|s[áa]b|dom|mer|jeu|ven|sam|dim|gio)\.?,\s*(?=\d)", re.IGNORECASE)
# "listopada" is October in Croatian and November in Polish. Croatian writes a day as an ordinal, with a full stop
# ("15. listopada 2024."), as Czech and German do; Polish writes none ("15 listopada 2024 r."). So a day with its full
# stop before it is Croatian's October (it was read as November), and one without Polish's November, as before.
_CROATIAN_LISTOPAD = re.compile(r"(?<=\d\.)(\s*)listopada\b", re.IGNORECASE)
# Yet a Polish byline may write its day with a full stop too ("dnia 15. listopada 2024"): Polish's "dnia" (on the
# day; Croatian's is "dana") before it or its "r." (roku, year) after the year says Polish, and November.
_POLISH_DATE = re.compile(r"\bdnia\b|\d\s*r\.", re.IGNORECASE)
_LISTOPAD = re.compile(r"\blistopada\b", re.IGNORECASE)
# The languages whose "listopada" is October: Croatian, and Bosnian and Serbian as written in Latin letters in Croatia's
# neighbours' press (Serbian's own is "oktobar").
_LISTOPAD_OCTOBER = frozenset({"hr", "bs", "sr"})


# Every word of those names and joining words, and the labels a page's byline writes before its date in those
# languages ("Veröffentlicht am 05.03.2024, 14:20 Uhr", "Publié le 5 mars 2024 à 14h20", "Mis à jour"): the words a
# byline's date may hold beside the English ones (`author_dates.is_date`).
DATE_WORDS = frozenset(
    " ".join(_MONTHS + _WEEKDAYS + _JOINING).split()
    + """veröffentlicht aktualisiert zuletzt stand publié publie mis à jour h publicado actualizado actualización
    pubblicato aggiornato gepubliceerd bijgewerkt laatst op atualizado em""".split()
)


class _Names(parser.parserinfo):
    MONTHS = [(*english, *more.split()) for english, more in zip(parser.parserinfo.MONTHS, _MONTHS, strict=True)]
    WEEKDAYS = [(*english, *more.split()) for english, more in zip(parser.parserinfo.WEEKDAYS, _WEEKDAYS, strict=True)]
    JUMP = [*parser.parserinfo.JUMP, *_JOINING]


class _Parser(parser.parser):
    def parse(self, timestr: str, *args: Any, **kwargs: Any) -> Any:
        if "istopad" in timestr or "ISTOPAD" in timestr:  # a cheap test first: most dates name no such month
            if not _POLISH_DATE.search(timestr):
                timestr = _CROATIAN_LISTOPAD.sub(r"\1October", timestr)
        return super().parse(_SPANISH_AT.sub(" ", _LEADING_WEEKDAY.sub("", timestr)), *args, **kwargs)


def croatian_october(value: object, language: str | None) -> object:
    """Return a date's value as a record in a language says it: "listopada" October where its language is Croatian
    (or Bosnian, or Serbian in Latin letters), whatever its day is written as; else as it is.

    >>> croatian_october("15 listopada 2024", "hr"), croatian_october("15 listopada 2024", "pl")
    ('15 October 2024', '15 listopada 2024')
    """
    if language in _LISTOPAD_OCTOBER and isinstance(value, str) and "istopad" in value.lower():
        return _LISTOPAD.sub("October", value)
    return value


def polish_november(date: str, context: str, language: str) -> str:
    """Return a byline's date with its "listopada" November where its byline or page says Polish: "dnia" before
    it, "r." after its year, or the page's language; else as it is (its day's full stop may make it Croatian's).

    >>> polish_november("15. listopada 2024", "Opublikowano dnia 15. listopada 2024", "")
    '15. November 2024'
    >>> polish_november("15. listopada 2024", "15. listopada 2024", "pl-PL"), polish_november("5 May 2024", "", "pl")
    ('15. November 2024', '5 May 2024')
    >>> polish_november("15. listopada 2024", "15. listopada 2024.", "hr")
    '15. listopada 2024'
    """
    if "istopad" not in date and "ISTOPAD" not in date:  # a cheap test first: most dates name no such month
        return date
    if language.lower().startswith("pl") or _POLISH_DATE.search(context):
        return _LISTOPAD.sub("November", date)
    return date


def month_names() -> frozenset[str]:
    """Return the month names and abbreviations dates are read with, English's and the six languages', in lower case.

    >>> {"march", "mar", "märz", "marzo"} <= month_names()
    True
    """
    return frozenset(name.lower() for names in _Names.MONTHS for name in names)


@cache
def other_languages() -> parser.parser:
    """Return a dateutil parser that reads the six languages' month and weekday names too.

    >>> [other_languages().parse(t).date().isoformat() for t in ("5 mars 2024", "5. März 2024", "1er août 2023")]
    ['2024-03-05', '2024-03-05', '2023-08-01']
    >>> other_languages().parse("Dienstag, 5. März 2024, 10:30 Uhr").isoformat()
    '2024-03-05T10:30:00'
    >>> other_languages().parse("5 de marzo de 2024 a las 10:30").isoformat()
    '2024-03-05T10:30:00'
    >>> [other_languages().parse(t).date().isoformat() for t in ("5 марта 2024", "5 Μαρτίου 2024", "5 marca 2024")]
    ['2024-03-05', '2024-03-05', '2024-03-05']
    >>> [other_languages().parse(t).date().isoformat() for t in ("15. listopada 2024.", "15 listopada 2024 r.")]
    ['2024-10-15', '2024-11-15']
    >>> other_languages().parse("15. listopada 2024 r.").date().isoformat()
    '2024-11-15'
    """
    return _Parser(_Names())
