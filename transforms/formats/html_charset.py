"""The character encoding an HTML page declares, as a browser reads the declaration.

A page that is not UTF-8 says what it is in (`<meta charset="windows-1250">`, `<meta http-equiv=
"Content-Type" content="text/html; charset=iso-8859-9">`, an XHTML page's `<?xml ... encoding=...?>`).
Without it, the bytes went to charset-normalizer's guess, which on a short page picks windows-1252 for
Czech, Turkish or a Euro sign in ISO-8859-15 ("rozpoèet" for "rozpočet", "açýkladý" for "açıkladı",
"5 ¤" for "5 €"). The declaration is used where the bytes are not UTF-8 (transforms.text.decode_article):
a page that says ISO-8859-1 and is written in UTF-8, as many are, is still read as UTF-8.

Labels are read as the WHATWG Encoding Standard reads them (https://encoding.spec.whatwg.org/#names-and-labels):
a page that says ISO-8859-1, US-ASCII or ISO-8859-9 is read as windows-1252 or windows-1254, GB2312 and
GBK as GB18030, Shift_JIS as windows-31J, EUC-KR as windows-949, Big5 with the Hong Kong extension, as
browsers have read such pages for decades; a UTF-16 declaration in a page's bytes means UTF-8 (a page in
UTF-16 has a BOM, read before any of this).
"""

from __future__ import annotations

import codecs
import re

# Browsers look for the declaration in a page's first 1,024 bytes (WHATWG's prescan); a page whose
# <head> holds long scripts or comments before its <meta> is read here up to 4 KB in (it has no other
# declaration a reader could use).
_HEAD = 4096
_META_CHARSET = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(rb"""\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
# Python's codec name of a label → the codec WHATWG reads that label as, where they differ.
_AS_BROWSERS_READ = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "tis-620": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "euc_kr": "cp949", "big5": "big5hkscs",
}
# WHATWG labels Python's codecs do not know.
_LABELS = {"windows-874": "cp874", "x-sjis": "cp932", "x-gbk": "gb18030", "x-euc-jp": "euc_jp"}
_NOT_DECLARATIONS = frozenset({"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})


def declared_charset(data: bytes) -> str | None:
    """Return the Python codec of the encoding a page's bytes declare, or None (none, UTF-8 or UTF-16, or
    a label no codec has).

    >>> declared_charset(b'<html><head><meta charset="windows-1250"><title>')
    'cp1250'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-9">')
    'cp1254'
    >>> declared_charset(b'<?xml version="1.0" encoding="iso-8859-15"?><html>')
    'iso8859-15'
    >>> declared_charset(b'<meta charset=utf-8>') is None
    True
    >>> declared_charset(b'<meta charset="x-unknown">'), declared_charset(b'<p>charset=latin1</p>')
    (None, None)
    """
    head = data[:_HEAD]
    found = _XML_DECLARATION.match(head) or _META_CHARSET.search(head)
    if found is None:
        return None
    label = found.group(1).decode("ascii").lower()
    try:
        name = codecs.lookup(_LABELS.get(label, label)).name
    except LookupError:
        return None
    if name in _NOT_DECLARATIONS:
        return None
    return _AS_BROWSERS_READ.get(name, name)
