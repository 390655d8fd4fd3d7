"""An article's publication date from its file's name or folders, where its content gives none.

People file clippings by day: `2024-10-01-port-strike.txt`, `20241001_port_strike.md`, a Jekyll or Hugo
post's `2024-10-01-slug.md`, a page saved under its slug ending with a day (`port-strike-20241001.html`), or
folders `2024/10/01/port-strike.html`. Such a file whose content gives no
date (no front matter date, no date in the page's markup or URL) was dated by its ingestion, which put it
in the week it was read in. Its path's day is its publication date then, as a day without time (midnight
UTC, as a front matter's `date: 2024-10-01` is), and its metadata says so (`date_from`). A records file's
articles keep their own dates or none: its name dates the file, not each record.

A folder named by one day (`2024-10-01/`, `20241001/`, a day's exports) dates the files in it, as its name
would date one file. The folder a run reads (its root) is part of the path too, so far as a day needs it:
`themelake run clippings/2024-10-01` or `archive/2024/10/01` dates its files as `clippings/` holding
`2024-10-01/` would; folders further up the root's path (a backup of 2019 holding all years' clippings)
date none: the day is what the run was pointed at, not where the files happen to be kept.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from transforms.formats.base import ArticleRecord

# The metadata key noting where an article's publication date came from, and its value for a path's day.
DATE_FROM = "date_from"
FROM_PATH = "path"

# A file name opening with a day: 2024-10-01, 2024_10_01 (one separator throughout) or 20241001, then
# something that is not a letter or a digit (`20241001_x`, `2024-10-01.md`): 2024100112.txt is a number.
_DAY = r"((?:19|20)\d{2})([-_]?)(\d{2})\2(\d{2})(?![^\W_])"
_NAME_DAY = re.compile(_DAY)
# A slug whose last word is a compact day, as sites name a story's page (`rates-rise-20240305.html`) and a saved
# page keeps it: after a "-" or "_", eight digits then the extension (`story-2024030512.html` is a number).
_SLUG_DAY = re.compile(r"[-_]((?:19|20)\d{2})(\d{2})(\d{2})(?:\.[^\W_]+)?\Z")
# Folders of a year, a month and a day, one in another: 2024/10/01/ (a month alone, 2024/10/, is no day). The
# "/" before one is looked behind, not taken: 2024/09/30/2024/10/01/ holds two, the nearer one the file's.
_FOLDER_DAY = re.compile(r"(?:^|(?<=/))((?:19|20)\d{2})/(\d{2})/(\d{2})/")
# A folder whose name opens with a day as a file's does: 2024-10-01/, 20241001_exports/, "2024-10-01 strikes/".
_FOLDER_NAME_DAY = re.compile(rf"(?:^|(?<=/)){_DAY}[^/]*/")
# A run's root that is a year's, a month's or a day's folder of such a tree: archive/2024, archive/2024/10.
_ROOT_TREE = re.compile(r"(?:19|20)\d{2}(?:/\d{2}){0,2}")
# The earliest time zone's lead on UTC (Kiribati's UTC+14): a clipping named by its writer's day, east of UTC,
# may be read while UTC's day is still the one before ("2024-10-01-x.txt" at 08:00 in Sydney, 22:00 UTC).
_EARLIEST_ZONE = timedelta(hours=14)


def path_date(relative_path: str, now: datetime, root: str = "") -> datetime | None:
    """Return the day a file's path gives (its name's, else its nearest folder's, the root's own last), at
    midnight UTC, or None: for no day, an impossible one (2024-13-45) or one after `now` (the ingestion
    moment; a name is no publication before it happened) in every time zone.

    >>> path_date("clippings/2024-10-01-port-strike.txt", datetime(2025, 1, 1, tzinfo=UTC))
    datetime.datetime(2024, 10, 1, 0, 0, tzinfo=datetime.timezone.utc)
    >>> path_date("2024/10/01/port-strike.html", datetime(2025, 1, 1, tzinfo=UTC)).date()
    datetime.date(2024, 10, 1)
    >>> path_date("2024/10/port-strike.html", datetime(2025, 1, 1, tzinfo=UTC)) is None
    True
    >>> path_date("news/port-strike-20241001.html", datetime(2025, 1, 1, tzinfo=UTC)).date()
    datetime.date(2024, 10, 1)
    >>> path_date("port-strike.txt", datetime(2025, 1, 1, tzinfo=UTC), "clippings/2024-10-01/").date()
    datetime.date(2024, 10, 1)
    """
    # a listing's relative path has the system's separator: Windows' "2024\\10\\01\\x.html" too
    folders, _, name = relative_path.replace("\\", "/").rpartition("/")
    path = f"{_root_days(root)}/{folders}/".replace("//", "/")
    candidates = [m.group(1, 3, 4) for m in [_NAME_DAY.match(name)] if m]
    candidates += [m.group(1, 2, 3) for m in [_SLUG_DAY.search(name)] if m]
    if "19" in path or "20" in path:  # every folder's day opens with its century: most paths hold none
        folder_days = [(m.end(), m.group(1, 2, 3)) for m in _FOLDER_DAY.finditer(path)]
        folder_days += [(m.end(), m.group(1, 3, 4)) for m in _FOLDER_NAME_DAY.finditer(path)]
        candidates += [day for _, day in sorted(folder_days, key=lambda pair: pair[0], reverse=True)]  # nearest first
    if not candidates:
        return None
    today = (now.astimezone(UTC) + _EARLIEST_ZONE).date()  # the day it is somewhere at the ingestion moment
    for year, month, day in candidates:
        try:
            found = date(int(year), int(month), int(day))
        except ValueError:  # 2024-13-45, 2023-02-29: no day
            continue
        if found <= today:
            return datetime(found.year, found.month, found.day, tzinfo=UTC)
    return None


@lru_cache(maxsize=64)  # a batch's files share their run's root: found once, not once a file
def _root_days(root: str) -> str:
    """Return the part of a run's root that may date its files: its last folder where its name opens with a
    day, else its last folders where they are a year, a month and a day, or the year and month (or year) a
    tree's folders below go on from; "" for any other root.

    >>> _root_days("/data/clippings/2024-10-01/"), _root_days("s3://news/2024/10/01"), _root_days("/data/2024/10")
    ('2024-10-01', '2024/10/01', '2024/10')
    >>> _root_days("/backups/2019-05-03/clippings"), _root_days("/data/2024/10/01/clippings")
    ('', '')
    """
    parts = [part for part in root.replace("\\", "/").split("/") if part]
    if parts and _FOLDER_NAME_DAY.match(f"{parts[-1]}/"):
        return parts[-1]
    tails = ("/".join(parts[-count:]) for count in (3, 2, 1) if len(parts) >= count)
    return next((tail for tail in tails if _ROOT_TREE.fullmatch(tail)), "")


def with_path_date(article: ArticleRecord, relative_path: str, now: datetime, root: str = "") -> ArticleRecord:
    """Return the article of a one-article file dated by its path (`path_date`) where its content gives no
    date, its metadata saying so; else as it is. (Changed in place, as its reader made it: nothing else
    holds it yet.)

    >>> dated = with_path_date(ArticleRecord("Rain."), "2024-10-01-rain.txt", datetime(2025, 1, 1, tzinfo=UTC))
    >>> dated.published_at.isoformat(), dated.metadata
    ('2024-10-01T00:00:00+00:00', {'date_from': 'path'})
    """
    if article.published_at is None and (day := path_date(relative_path, now, root)) is not None:
        article.published_at = day
        article.metadata = {**article.metadata, DATE_FROM: FROM_PATH}
    return article
