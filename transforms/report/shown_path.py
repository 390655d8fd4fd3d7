"""The lake's path as a phone shows it: its last two parts in the header, breakable after its separators elsewhere."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# A separator of a POSIX or a Windows path: a lake may be named either way ("C:\\news\\lake").
_SEPARATOR = re.compile(r"[/\\]")
# A Windows UNC path's root, \\server\share: one part, as a drive's letter is (split, a lake at \\server\share\lake
# counted three parts and lost its server to an ellipsis, though shorter than many a path shown whole).
_UNC_ROOT = re.compile(r"^[/\\]{2}[^/\\]+[/\\][^/\\]+")


def short_path(path: str) -> str:
    """Return a path's last two parts after an ellipsis, or the path itself when it has no more.

    A lake's absolute path (/home/editor/projects/newsroom/2026/lake) took two or three of the header's lines on a
    phone, above what the page is about; its last two parts name the lake, and the full path is the header's title and
    written whole in the themes' note below.

    >>> short_path("/home/editor/projects/news/lake"), short_path("lake"), short_path("data/lake")
    ('…/news/lake', 'lake', 'data/lake')
    >>> short_path("C:\\\\news\\\\2026\\\\lake"), short_path("/srv/lake/")
    ('…\\\\2026\\\\lake', '/srv/lake/')
    >>> short_path("\\\\\\\\server\\\\share\\\\lake"), short_path("\\\\\\\\server\\\\share\\\\news\\\\2026\\\\lake")
    ('\\\\\\\\server\\\\share\\\\lake', '…\\\\2026\\\\lake')
    """
    parts = _SEPARATOR.split(_UNC_ROOT.sub("unc", path.rstrip("/\\")))
    if len(parts) <= 3:  # "/srv/lake" splits as "", "srv", "lake": nothing to leave out
        return path
    separator = "\\" if "\\" in path and "/" not in path else "/"
    return "…" + separator + separator.join(parts[-2:])


def breakable_path(path: str) -> Markup:
    """Return a path escaped, with a line-break opportunity (<wbr>) after each separator.

    A command holding the lake's path (`themelake themes --lake /tmp/…/lake`) wrapped only at its spaces: the path, one
    word, went to a line of its own and then broke mid-name at the screen's edge. After a separator the break falls
    between the path's parts; the text copied is the path, unchanged.

    >>> str(breakable_path("/a/b&c"))
    '/<wbr>a/<wbr>b&amp;c'
    """
    return Markup(_SEPARATOR.sub(lambda m: f"{m.group()}<wbr>", str(escape(path))))
