"""The order a page's language writes a date with slashes in (05/03/2024: 5 March or 3 May), where the date's
own numbers do not say it (a day over 12), by its `<html lang>`."""

from __future__ import annotations

import re

# The order a page's language writes a date with slashes in, by its language and region subtags ("en-US",
# "en-Latn-US"): the English of the US, its territories and the Philippines month first (and Spanish in the US),
# British and every other English day first, as are the languages of `month_names` wherever they are written.
# "en" alone, or Canada's English (either order), says none.
_MONTH_FIRST = frozenset(
    {("en", region) for region in ("us", "ph", "pr", "gu", "vi", "as", "mp", "um")} | {("es", "us")}
)
_NO_ORDER = frozenset({("en", ""), ("en", "ca")})
# And Vietnamese, Indonesian, Malay, Russian, Ukrainian, Polish, Czech, Turkish and Greek, which write a day first too
# (VnExpress's "Thứ năm, 4/12/2025, 14:30 (GMT+7)" was unread)
_DAY_FIRST = ("en", "fr", "de", "es", "it", "pt", "nl", "vi", "id", "ms", "ru", "uk", "pl", "cs", "tr", "el")


# The zones of North America's time, whose countries write a date with slashes month first (the US's; Canada's
# English writes either): a byline's "03/05/2024 06:00 AM EST" on a page whose language is "en" alone, as Politico's
# is, is 5 March. A British or other page's time is GMT, CET, ... and says nothing of its order
_MONTH_FIRST_ZONES = frozenset({"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "ET",
                                "CT", "MT", "PT"})
_ZONE = re.compile(r"\b([A-Z]{2,4})\)?\s*$")


def zone_order(written: str | None, time: str | None) -> tuple[bool | None, str | None]:
    """Return whether a date with slashes (`written`) is read day first by the zone of its `time` (a North American
    one: month first), and the note of that choice; (None, None) where its zone says nothing.

    >>> zone_order("03/05/2024", "06:00 AM EST"), zone_order("03/05/2024", "06:00 GMT")
    ((False, 'month first, as its time is in EST, a North American zone'), (None, None))
    """
    if written is None or time is None or (zone := _ZONE.search(time)) is None \
            or zone[1] not in _MONTH_FIRST_ZONES:
        return None, None
    return False, f"month first, as its time is in {zone[1]}, a North American zone"


def slash_order(written: str | None, language: str) -> tuple[bool | None, str | None]:
    """Return whether a date with slashes (`written`; None: another date, day first never) is read day first
    (None: its order is unknown), and the note of that choice where the page's `language` made it.

    >>> slash_order("25/03/2024", ""), slash_order("05/03/2024", "en"), slash_order("05/03/2024", "en-US")
    ((True, None), (None, None), (False, 'month first, as the page says its language is en-US'))
    >>> slash_order("05/03/2024", "en-Latn-US")[0], slash_order("05/03/2024", "en-PH")[0]
    (False, False)
    >>> slash_order("4/12/2025", "vi")
    (True, 'day first, as the page says its language is vi')
    """
    if written is None:
        return False, None
    first, second = (int(part) for part in written.split("/")[:2])
    if first > 12 or second > 12:
        return first > 12, None
    primary, *subtags = language.lower().replace("_", "-").split("-")
    region = next((tag for tag in subtags if len(tag) == 2 and tag.isalpha()), "")
    if (primary, region) in _MONTH_FIRST:
        return False, f"month first, as the page says its language is {language}"
    if (primary, region) not in _NO_ORDER and primary in _DAY_FIRST:
        return True, f"day first, as the page says its language is {language}"
    return None, None
