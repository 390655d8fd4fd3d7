"""A user cache of parsed taxonomies, so a command's start does not parse the bundled one's 3,000 terms again.

Parsing the bundled taxonomy's TOML (tomllib, then checking and versioning every term) and reading its sidecar's
vectors (numpy) cost about 0.3 s of every `themes`, `query`-free `themes --lake` and run; reading the parsed
result back from a marshal file costs a few milliseconds and imports neither. An entry is keyed by a hash of the
TOML text, the name it is read under (its errors and notes name it), the sidecar's bytes (for the vectors) and
the code that parses (`code_fingerprint`), so an edited taxonomy, sidecar or parser is parsed afresh. The cache
is an optimisation only: an unwritable folder or a corrupt, truncated or foreign entry is passed over without a
word and the taxonomy parsed as before. Entries live in `taxonomies` in themelake's cache folder
(`THEMELAKE_CACHE`, else $XDG_CACHE_HOME/themelake, by default ~/.cache/themelake); deleting the folder clears it.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable
from dataclasses import fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from transforms.taxonomy import Taxonomy, Term, Theme
from transforms.taxonomy_semantic import SemanticSettings
from warehouse.cache_folder import cache_folder as themelake_cache

# The layout of an entry: a new one (another way of writing a Taxonomy as plain values) leaves old entries unread.
CACHE_FORMAT = "themelake-taxonomy-1"
# Entries kept: each edit of a taxonomy writes one, so the oldest beyond these are deleted when one is written.
KEEP_ENTRIES = 16

_REPO = Path(__file__).resolve().parents[1]


def cache_folder() -> Path:
    """Return the folder of the taxonomy cache: `taxonomies` in themelake's cache folder (`THEMELAKE_CACHE`, else
    $XDG_CACHE_HOME/themelake, else ~/.cache/themelake)."""
    return themelake_cache() / "taxonomies"


def fingerprinted_files() -> list[Path]:
    """Return the source files of the code a parsed taxonomy depends on: the taxonomy modules (its dataclasses,
    checks and version recipes), the matcher's modules the version asks about terms, the reading of taxonomy and
    sidecar files, and this module. All of transforms/matching rather than the four modules imported today, so
    a rule that moves between them still invalidates (tests/warehouse/test_taxonomy_cache.py checks that the
    list covers what a parse imports)."""
    return sorted([*(_REPO / "transforms").glob("taxonomy*.py"), *(_REPO / "transforms" / "matching").glob("*.py"),
                   _REPO / "warehouse" / "theme_vectors.py", _REPO / "warehouse" / "taxonomy_files.py",
                   Path(__file__).resolve()])


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Return a hash of `fingerprinted_files`' contents ("" when they cannot be read: then nothing is cached)."""
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    for file in fingerprinted_files():
        digest.update(file.name.encode() + b"\0")
        try:
            digest.update(file.read_bytes())
        except OSError:  # an installed package without its sources: nothing to check against, no cache
            return ""
    return digest.hexdigest()


def cached_taxonomy(text: str, source: str, parse: Callable[[str, str], Taxonomy]) -> Taxonomy:
    """Return the taxonomy of TOML `text` from the cache, or `parse(text, source)` (written to the cache)."""
    key = _key(text.encode("utf-8"), source.encode("utf-8"))
    plain = _read(key)
    if plain is not None:
        try:
            return _taxonomy(plain)
        except (TypeError, ValueError, IndexError):  # a foreign entry that happened to load
            pass
    taxonomy = parse(text, source)  # its TaxonomyError propagates, and nothing is written
    _write(key, _plain(taxonomy))
    return taxonomy


def cached_vectors(taxonomy: Taxonomy, text: str, source: str, sidecar: bytes,
                   attach: Callable[[Taxonomy], Taxonomy]) -> Taxonomy:
    """Return `taxonomy` (parsed from `text` read as `source`) with its sidecar's vectors (`sidecar`: the file's
    bytes) from the cache, or `attach(taxonomy)` (its semantic settings and version written to the cache)."""
    key = _key(b"vectors", text.encode("utf-8"), source.encode("utf-8"), sidecar)
    plain = _read(key)
    if plain is not None:
        try:
            semantic, version = plain
            return replace(taxonomy, semantic=SemanticSettings(*semantic), version=version)
        except (TypeError, ValueError):
            pass
    attached = attach(taxonomy)
    if attached.semantic is not None:
        _write(key, (_values(attached.semantic), attached.version))
    return attached


def _key(*parts: bytes) -> str:
    fingerprint = code_fingerprint()
    if not fingerprint:
        return ""
    digest = hashlib.sha256(fingerprint.encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "little") + part)  # lengths first: ("ab", "c") is not ("a", "bc")
    return digest.hexdigest()


def _read(key: str) -> Any:
    """Return the plain values of a cache entry, or None when there is none or it is unreadable or not ours."""
    if not key:
        return None
    try:
        entry = marshal.loads((cache_folder() / f"{key}.marshal").read_bytes())
    except (OSError, EOFError, ValueError, TypeError, RuntimeError):  # RuntimeError: no home folder to find it in
        return None
    # The format and key inside the entry: a file truncated or written by another build is not taken for it.
    if not (isinstance(entry, tuple) and len(entry) == 3 and entry[0] == CACHE_FORMAT and entry[1] == key):
        return None
    return entry[2]


def _write(key: str, plain: Any) -> None:
    """Write a cache entry whole (a temporary file renamed over it), or nothing when the folder is unwritable."""
    if not key:
        return
    try:
        folder = cache_folder()
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps((CACHE_FORMAT, key, plain)))
            os.replace(temporary, folder / f"{key}.marshal")
        except BaseException:
            os.unlink(temporary)
            raise
        _prune(folder)
    except (OSError, ValueError, RuntimeError):  # unwritable, full, a value marshal cannot write, or no home folder
        pass


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.marshal"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in entries[KEEP_ENTRIES:]:
        old.unlink(missing_ok=True)


def _values(item: Any) -> tuple:
    return tuple(getattr(item, f.name) for f in fields(item))


def _plain(taxonomy: Taxonomy) -> tuple:
    """Return a taxonomy as tuples of plain values, its dataclasses' fields in order (marshal writes these)."""
    themes = tuple(_plain_theme(theme) for theme in taxonomy.themes)
    semantic = None if taxonomy.semantic is None else _values(taxonomy.semantic)
    return tuple(themes if f.name == "themes" else semantic if f.name == "semantic" else getattr(taxonomy, f.name)
                 for f in fields(Taxonomy))


def _plain_theme(theme: Theme) -> tuple:
    terms = tuple(_values(term) for term in theme.terms)
    return tuple(terms if f.name == "terms" else getattr(theme, f.name) for f in fields(Theme))


def _taxonomy(plain: Any) -> Taxonomy:
    """Return the Taxonomy of `_plain`'s values."""
    values = dict(zip([f.name for f in fields(Taxonomy)], plain, strict=True))
    values["themes"] = tuple(_theme(theme) for theme in values["themes"])
    if values["semantic"] is not None:
        values["semantic"] = SemanticSettings(*values["semantic"])
    return Taxonomy(**values)


def _theme(plain: tuple) -> Theme:
    values = dict(zip([f.name for f in fields(Theme)], plain, strict=True))
    values["terms"] = tuple(Term(*term) for term in values["terms"])
    return Theme(**values)
