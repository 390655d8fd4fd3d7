"""Dates written in Arabic and Devanagari script: their digits (Eastern Arabic "٥", Persian "۵", Devanagari "५") and
their months', weekdays' and labels' names ("٥ مارس ٢٠٢٦", "गुरुवार, 5 मार्च 2026", "अपडेटेड: 5 मार्च 2026").

An Arabic page's byline "الخميس ٥ مارس ٢٠٢٦ - ١٠:٣٠" and a Hindi page's "अपडेटेड: 5 मार्च 2026, 08:45" left their
pages undated, and stayed body paragraphs: dateutil knows neither the digits nor the names (nor can it split a
Devanagari word, whose vowel signs are no letters to it). Such a date is read in English words and ASCII digits
("Thursday 5 March 2026 - 10:30", "Updated: 5 March 2026, 08:45"), the rest of its text as written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from transforms.formats.solar_hijri_dates import gregorian_text

# Per month, January first: Arabic's names as Egypt and the Gulf write them (from the French and English names, with
# and without hamza), then those of the Levant and Iraq (from the Syriac calendar: "آذار" is March, "كانون الثاني"
# January), then Hindi's (with and without the nukta: "फ़रवरी", "फरवरी"), and Urdu's.
_MONTHS = (
    "يناير|كانون الثاني|जनवरी|جنوری",
    "فبراير|شباط|फ़रवरी|फरवरी|فروری",
    "مارس|آذار|أذار|मार्च|مارچ",
    "أبريل|ابريل|إبريل|نيسان|अप्रैल|اپریل",
    "مايو|ماي|أيار|ايار|मई|مئی",
    "يونيو|يونيه|حزيران|जून|جون",
    "يوليو|يوليه|تموز|जुलाई|جولائی",
    "أغسطس|اغسطس|آب|अगस्त|اگست",
    "سبتمبر|أيلول|ايلول|सितंबर|सितम्बर|ستمبر",
    "أكتوبر|اكتوبر|تشرين الأول|تشرين الاول|अक्टूबर|अक्तूबर|اکتوبر",
    "نوفمبر|تشرين الثاني|नवंबर|नवम्बर|نومبر",
    "ديسمبر|كانون الأول|كانون الاول|दिसंबर|दिसम्बर|دسمبر",
)
_ENGLISH_MONTHS = ("January February March April May June July August September October November December").split()
# Per weekday, Monday first (Arabic's with its article, as a dateline writes it), then Hindi's and Urdu's, and
# Vietnamese's ("Thứ năm, 4/12/2025, 14:30 (GMT+7)", VnExpress's dateline, was unread).
_WEEKDAYS = (
    "الاثنين|الإثنين|सोमवार|پیر|Thứ hai|Thứ Hai",
    "الثلاثاء|मंगलवार|منگل|Thứ ba|Thứ Ba",
    "الأربعاء|الاربعاء|बुधवार|بدھ|Thứ tư|Thứ Tư",
    "الخميس|गुरुवार|बृहस्पतिवार|جمعرات|Thứ năm|Thứ Năm",
    "الجمعة|शुक्रवार|جمعہ|Thứ sáu|Thứ Sáu",
    "السبت|शनिवार|ہفتہ|Thứ bảy|Thứ Bảy",
    "الأحد|الاحد|रविवार|اتوار|Chủ nhật|Chủ Nhật",
)
_ENGLISH_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# A byline's labels, read as the English ones a byline's date is read with ("Updated", "Published"): Arabic's "آخر
# تحديث" (last update), "تحديث", "نشر في" / "تاريخ النشر" (published on, date published); Hindi's transliterated
# "अपडेटेड" and "पब्लिश्ड", and its "प्रकाशित" (published) and "अद्यतन" (updated). And the words a time is
# written with: Arabic's "الساعة" (at ... o'clock), its "ص"/"صباحا" (morning) and "م"/"مساء" (evening) after the time,
# Hindi's "बजे" (o'clock).
_LABELS = (
    ("Last updated", "آخر تحديث|اخر تحديث|अंतिम अपडेट"),
    ("Updated", "تحديث|अपडेटेड|अपडेट|अद्यतन"),
    ("Published", "تاريخ النشر|نشر في|نُشر في|نشر بتاريخ|पब्लिश्ड|प्रकाशित"),
)
_AT = "الساعة|في تمام الساعة|बजे"
_MORNING, _EVENING = "صباحاً|صباحا|ص", "مساءً|مساء|م"
# A digit of another script than ASCII's that Unicode knows as a decimal one (Eastern Arabic, Persian, Devanagari,
# Bengali, full-width, ...), and Arabic's comma, decimal separator and date's slash.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_PUNCTUATION = str.maketrans({"،": ",", "٫": ".", "٬": ",", "؍": "/"})


@cache
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Return the pattern of every name above and the English word for each."""
    english: dict[str, str] = {}
    for names, word in [*zip(_MONTHS, _ENGLISH_MONTHS, strict=True), *zip(_WEEKDAYS, _ENGLISH_WEEKDAYS, strict=True),
                        *((names, word) for word, names in _LABELS)]:
        english |= {name: word for name in names.split("|")}
    english |= {name: "at" for name in _AT.split("|")}
    alternatives = "|".join(sorted(map(re.escape, english), key=len, reverse=True))
    # Not inside a longer word of the script ("مارس" is also "he practised", a verb inside a sentence's word run;
    # as a date's word it stands alone). Marks (Devanagari's vowel signs) are a word's letters here too.
    edge = r"[\w\u0900-\u097f\u0600-\u06ff]"
    return re.compile(rf"(?<!{edge})(?:{alternatives})(?!{edge})"), english


@cache
def _convertible() -> re.Pattern[str]:
    """Return a pattern of the characters a text with something to convert holds: Arabic's script (its punctuation,
    Persian's months, a time's half of the day) and of each other name one letter not in ASCII (Devanagari's, "Thứ")."""
    _, english = _names()
    # a name all in ASCII (none today) would be found by its first letter: the test stays exact, only slower
    letters = {next((c for c in name if not c.isascii()), name[:1]) for name in english}
    others = "".join(sorted(c for c in letters if not "\u0600" <= c <= "\u06ff"))
    return re.compile(f"[\u0600-\u06ff{re.escape(others)}]")


# A time's half of the day after it in Arabic: "١٠:٣٠ ص" (10:30 a.m.), "٨:١٥ مساءً" (8:15 p.m.).
_HALF_DAY = re.compile(rf"(\d{{1,2}}:\d{{2}})\s*(?:({_MORNING})|({_EVENING}))(?![\w\u0600-\u06ff])")


def latin_date_text(value: str) -> str:
    """Return a text with its digits in ASCII and its Arabic or Hindi date words in English, the rest as written.

    >>> latin_date_text("الخميس ٥ مارس ٢٠٢٦ - ١٠:٣٠"), latin_date_text("अपडेटेड: 5 मार्च 2026, 08:45 IST")
    ('Thursday 5 March 2026 - 10:30', 'Updated: 5 March 2026, 08:45 IST')
    >>> latin_date_text("١٥ كانون الثاني ٢٠٢٦ ٨:١٥ مساءً"), latin_date_text("5 March 2024")
    ('15 January 2026 8:15 pm', '5 March 2024')
    >>> latin_date_text("شنبه ۱۵ آذر ۱۴۰۴ - ۱۰:۳۰")
    '6 December 2025 - 10:30'
    """
    if value.isascii():  # the cheap test first: most dates are written in ASCII
        return value
    # a text whose only non-ASCII characters are quotes or accents ("“broke the rules”", "Zürich") has nothing to
    # convert: the names' pattern opens with a look-behind, tried at every character, in four passes that change nothing
    if _OTHER_DIGIT.search(value) is None and _convertible().search(value) is None:
        return value
    value = _OTHER_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit[0])), value).translate(_PUNCTUATION)
    value = gregorian_text(value)  # a Persian date's Solar Hijri day, "۱۵ آذر ۱۴۰۴": its Gregorian one
    pattern, english = _names()
    value = pattern.sub(lambda name: english[name[0]], value)
    return _HALF_DAY.sub(lambda time: f"{time[1]} {'am' if time[2] else 'pm'}", value)
