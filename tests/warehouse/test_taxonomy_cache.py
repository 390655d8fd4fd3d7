"""The user cache of parsed taxonomies gives what a fresh parse gives, and never a stale or broken taxonomy."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

import warehouse.taxonomy_cache as cache
from transforms.taxonomy import parse_taxonomy
from warehouse import taxonomy_files
from warehouse.taxonomy_files import read_taxonomy, read_taxonomy_text
from warehouse.theme_vectors import attach_theme_vectors, write_theme_vectors

REPO = Path(__file__).resolve().parents[2]
SMALL = """[taxonomy]
name = "mine"
vectors = "mine.npz"

[[themes]]
id = "war"
name = "War"
terms = ["troops", {term = "shelling", weight = 2}]

[[themes]]
id = "money"
name = "Money"
terms = ["shares"]
"""


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch) -> Iterator[Path]:
    """Each test its own empty cache, and no taxonomy kept in this process from another test."""
    monkeypatch.setenv("THEMELAKE_CACHE", str(tmp_path / "cache"))
    taxonomy_files._parsed.cache_clear()
    yield tmp_path / "cache" / "taxonomies"
    taxonomy_files._parsed.cache_clear()


def fresh(path: str | None = None, vectors: bool = True):
    """The taxonomy as parsed without the cache."""
    source = f"(default) {taxonomy_files.DEFAULT_TAXONOMY}" if path is None else path
    parsed = parse_taxonomy(read_taxonomy_text(path), source=source)
    return attach_theme_vectors(parsed, None if path is None else str(Path(path).parent)) if vectors else parsed


def read_again(path: str | None = None, vectors: bool = True):
    """Read a taxonomy as a new process would: this process's own memory of it forgotten."""
    taxonomy_files._parsed.cache_clear()
    return read_taxonomy(path, vectors=vectors)


@pytest.mark.parametrize("vectors", [True, False])
def test_the_bundled_taxonomy_from_the_cache_is_the_parsed_one(own_cache, monkeypatch, vectors) -> None:
    first, parsed = read_again(vectors=vectors), fresh(vectors=vectors)
    assert list(own_cache.glob("*.marshal"))
    # The second read must not parse: a parse (or sidecar read) now fails the test.
    monkeypatch.setattr(taxonomy_files, "parse_taxonomy", lambda *a, **k: pytest.fail("parsed again"))
    monkeypatch.setattr("warehouse.theme_vectors.read_sidecar", lambda *a, **k: pytest.fail("vectors read again"))
    cached = read_again(vectors=vectors)
    # repr: every field, those left out of == (version, the vectors) too
    assert repr(cached) == repr(first) == repr(parsed)
    assert cached.version == parsed.version
    assert hash(cached) == hash(first)


def test_an_edited_taxonomy_file_is_parsed_again(tmp_path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(SMALL.replace('vectors = "mine.npz"\n', ""))
    before = read_again(str(path))
    path.write_text(SMALL.replace('vectors = "mine.npz"\n', "").replace('"shares"', '"shares", "bonds"'))
    after = read_again(str(path))
    assert [t.text for t in after.theme("money").terms] == ["shares", "bonds"]
    assert after.version != before.version
    assert repr(after) == repr(fresh(str(path)))


def test_a_relearned_sidecar_beside_an_unchanged_taxonomy_is_read_again(tmp_path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(SMALL)
    write_theme_vectors(tmp_path / "mine.npz", ["war", "money"], np.array([[1.0, 0.0], [0.0, 1.0]]))
    before = read_again(str(path))
    write_theme_vectors(tmp_path / "mine.npz", ["war", "money"], np.array([[0.6, 0.8], [0.0, 1.0]]))
    after = read_again(str(path))
    assert after.semantic.theme_vectors[0] != before.semantic.theme_vectors[0]
    assert after.version != before.version
    assert repr(after) == repr(fresh(str(path)))


def test_a_missing_sidecar_is_still_said(tmp_path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(SMALL)
    with pytest.raises(taxonomy_files.TaxonomyError, match="mine.npz: theme vectors file not found"):
        read_again(str(path))


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", "marshal of another layout"])
def test_a_corrupt_cache_entry_is_passed_over(own_cache, damage) -> None:
    expected = repr(read_again())
    entries = list(own_cache.glob("*.marshal"))
    assert entries
    for entry in entries:
        if isinstance(damage, str):  # loads, but is no entry of ours
            import marshal

            entry.write_bytes(marshal.dumps((cache.CACHE_FORMAT, "another key", (1, 2))))
        else:
            entry.write_bytes(damage)
    assert repr(read_again()) == expected
    assert repr(read_again()) == expected  # and the entries written again are good


def test_an_unwritable_cache_folder_is_passed_over(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache's folder would be")
    monkeypatch.setenv("THEMELAKE_CACHE", str(blocker))
    assert repr(read_again()) == repr(fresh())
    assert blocker.read_text() == "a file where the cache's folder would be"


def test_no_home_folder_to_find_the_cache_in_reads_the_taxonomy_as_parsed(monkeypatch) -> None:
    # A container's user with no HOME and no passwd entry: Path.home() raises RuntimeError; the taxonomy is
    # parsed as before the cache (every command read its taxonomy through it and failed).
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(cache, "themelake_cache", no_home)
    assert repr(read_again()) == repr(fresh())
    assert repr(read_again(vectors=False)) == repr(fresh(vectors=False))


def test_the_code_fingerprint_covers_every_module_a_parse_imports(tmp_path) -> None:
    # A parse whose code changed must not be read from the cache: every module of ours that a fresh parse
    # (with the vectors) imports must be one `code_fingerprint` hashes.
    code = (
        "import json, sys\n"
        "import warehouse.taxonomy_cache as c, warehouse.taxonomy_files as f\n"
        "before = set(sys.modules)\n"
        "f.read_taxonomy()\n"
        "print(json.dumps(sorted(sys.modules[n].__file__ for n in set(sys.modules) | before"
        " if n.startswith(('transforms.', 'warehouse.')))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    hashed = {str(file) for file in cache.fingerprinted_files()}
    files = set(json.loads(done.stdout))
    assert files  # the probe saw the parse's modules
    # warehouse.storage only tells a URL from a path in the error of a taxonomy not found; warehouse.cache_folder
    # only says where entries live
    assert files - hashed == {str(REPO / "warehouse" / "storage.py"), str(REPO / "warehouse" / "cache_folder.py")}
