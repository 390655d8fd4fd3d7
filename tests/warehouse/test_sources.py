from __future__ import annotations

import gzip
import io
import os
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.articles import read_file_articles
from transforms.formats import unsupported_detail
from warehouse.sources import (
    FileChoice,
    SourceEntry,
    SourceError,
    iter_sources,
    list_sources,
    read_sources,
    single_file_left_out,
)
from warehouse.sources.choice import glob_warnings, unmatched_glob_warning
from warehouse.sources.gzip_streams import inflated_so_far
from warehouse.sources.unreadable import UnreadableSource


def test_lists_every_file_recursively_but_hidden_ones_and_repository_files(tmp_path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    names = ("a/one.txt", "a/b/two.md", "a/b/feed.csv", "a/b/scan.pdf", "README.TXT", "top.TXT", ".DS_Store",
             "a/CHANGELOG", "LICENSE.md")
    for name in names:
        (tmp_path / name).write_text("x")
    left_out: list[str] = []
    listed = [e.relative_path for e in list_sources(tmp_path, left_out=left_out)]
    assert listed == ["a/b/feed.csv", "a/b/scan.pdf", "a/b/two.md", "a/one.txt", "top.TXT"]
    assert sorted(left_out) == ["LICENSE.md", "README.TXT", "a/CHANGELOG"]


SAVED_PAGE = ("news/story.html", "news/story_files/app.js", "news/story_files/style.css",
              "news/story_files/photo.png", "news/story_files/saved_resource.html", "news/notes_files/draft.txt",
              "news/notes.md", "top.htm", "top_files/ad.html")


@pytest.mark.parametrize("where", ["disk", "store"])
def test_a_saved_pages_resource_folder_is_left_out_and_said(tmp_path, where) -> None:
    # "Save Page As" writes X.html beside X_files/: its scripts, styles, images and frames were a
    # quarantine row each (unsupported_format, no_article_text), about five a page.
    import fsspec

    if where == "disk":
        source = str(tmp_path)
        for name in SAVED_PAGE:
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_text("x")
    else:
        source = f"memory://saved-pages-{tmp_path.name}"
        store = fsspec.filesystem("memory")
        for name in SAVED_PAGE:
            store.pipe_file(f"/saved-pages-{tmp_path.name}/{name}", b"x")
    left_out: list[str] = []
    listed = [e.relative_path for e in list_sources(source, left_out=left_out)]
    assert listed == ["news/notes.md", "news/notes_files/draft.txt", "news/story.html", "top.htm"]
    assert sorted(left_out) == ["news/story_files/", "top_files/"]
    named = [e.relative_path for e in list_sources(source, FileChoice(include=("story_files",)), left_out=[])]
    assert named == [f"news/story_files/{n}" for n in ("app.js", "photo.png", "saved_resource.html", "style.css")]


def test_only_exact_repository_names_are_left_out(tmp_path) -> None:
    names = ["licence-fee-to-rise.txt", "license-plates.md", "readmefirst.txt", "changelog-of-brexit.txt"]
    for name in names:
        (tmp_path / name).write_text("x")
    assert sorted(e.relative_path for e in list_sources(tmp_path)) == sorted(names)


def test_include_and_exclude_globs_choose_files(tmp_path) -> None:
    (tmp_path / "drafts").mkdir()
    for name in ("a.txt", "b.html", "drafts/c.txt", "README.md"):
        (tmp_path / name).write_text("x")
    listed = [e.relative_path for e in list_sources(tmp_path, FileChoice(exclude=("drafts/*", "*.html")))]
    assert listed == ["a.txt"]
    left_out: list[str] = []
    only = list_sources(tmp_path, FileChoice(include=("*.txt", "README.md")), left_out)
    assert [e.relative_path for e in only] == ["README.md", "a.txt", "drafts/c.txt"]  # named, so read
    assert left_out == []


def test_a_glob_that_names_a_folder_chooses_its_files_and_one_matching_nothing_is_known(tmp_path) -> None:
    # "--include sub" read nothing and "--exclude sub/" left everything in, without a word; "**/*.txt"
    # left out the top folder's files.
    (tmp_path / "sub" / "deep").mkdir(parents=True)
    for name in ("top.txt", "sub/s.txt", "sub/deep/d.txt", "sub/deep/d.md", "subway.txt"):
        (tmp_path / name).write_text("x")

    def listed(choice: FileChoice) -> list[str]:
        return [e.relative_path for e in list_sources(tmp_path, choice)]

    assert listed(FileChoice(include=("sub",))) == ["sub/deep/d.md", "sub/deep/d.txt", "sub/s.txt"]
    assert listed(FileChoice(exclude=("sub/",))) == ["subway.txt", "top.txt"]
    assert listed(FileChoice(include=("**/*.txt",))) == ["sub/deep/d.txt", "sub/s.txt", "subway.txt", "top.txt"]
    choice = FileChoice(include=("*.txt", "sprot"), exclude=("deep", "drafts/*"))
    assert listed(choice) == ["sub/s.txt", "subway.txt", "top.txt"]
    assert choice.unmatched(["*.txt", "sprot", "deep", "drafts/*"]) == ["sprot", "drafts/*"]
    # Every glob that matches counts, not only the first; a glob of hidden files is never said.
    overlapping = FileChoice(include=("*.txt", "sub"), exclude=(".git", ".DS_Store"))
    assert listed(overlapping) and overlapping.unmatched(["*.txt", "sub", ".git", ".DS_Store"]) == []
    folders = FileChoice(exclude=("sub", "sub/*", "./sub"))  # "./sub" is no hidden glob: it matches nothing
    assert listed(folders) == ["subway.txt", "top.txt"] and folders.unmatched(["sub", "sub/*", "./sub"]) == ["./sub"]


def test_unsupported_files_are_quarantined_without_being_read(tmp_path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "photo.JPG").write_bytes(b"\xff\xd8")
    (tmp_path / "notes").write_text("no extension")
    (tmp_path / "doc.pdf.gz").write_bytes(gzip.compress(b"%PDF-1.4"))
    files, failed = read_sources(list_sources(tmp_path))
    assert files == []
    assert sorted((os.path.basename(q.source), q.reason, q.detail.split(":")[0]) for q in failed) == [
        ("doc.pdf.gz", "unsupported_format", "a 'pdf' file (gzip-compressed)"),  # was "a 'gz' file"
        ("notes", "unsupported_format", "a file without an extension"),
        ("photo.JPG", "unsupported_format", "a 'jpg' file"),
        ("scan.pdf", "unsupported_format", "a 'pdf' file"),
    ]


def test_a_tsv_export_and_a_compressed_one_are_read_as_records(tmp_path) -> None:
    # A spreadsheet's or a database's tab-separated export (.tsv) was quarantined unsupported_format
    export = b"id\ttitle\ttext\n1\tRail strike called off\tUnions agreed a deal late on Tuesday, ending it.\n"
    (tmp_path / "stories.tsv").write_bytes(export)
    (tmp_path / "older.TSV.gz").write_bytes(gzip.compress(export))
    files, failed = read_sources(list_sources(tmp_path))
    assert failed == []
    read = {f.relative_path: read_file_articles(f).articles for f in files}
    assert {name: [(a.source.rsplit("#")[-1], a.article.title) for a in found] for name, found in read.items()} == {
        "older.TSV.gz": [("id=1", "Rail strike called off")], "stories.tsv": [("id=1", "Rail strike called off")]}


def test_a_broken_symlink_is_broken_whatever_its_name(tmp_path) -> None:
    # A dangling link without an extension was quarantined as unsupported_format: the fix to make is the link.
    os.symlink(tmp_path / "gone", tmp_path / "latest")
    os.symlink(tmp_path / "gone.pdf", tmp_path / "scan.pdf")
    os.symlink(tmp_path / "loop", tmp_path / "loop")
    (tmp_path / "target.pdf").write_bytes(b"%PDF-1.4")
    os.symlink(tmp_path / "target.pdf", tmp_path / "linked")  # a link that works: its type decides
    files, failed = read_sources(list_sources(tmp_path))
    assert files == []
    assert sorted((os.path.basename(q.source), q.reason, q.detail) for q in failed) == [
        ("latest", "broken_symlink", f"symlink to {str(tmp_path / 'gone')!r}, which does not exist"),
        ("linked", "unsupported_format", unsupported_detail("linked")),
        ("loop", "symlink_loop", "a symlink that points back to itself (a loop)"),
        ("scan.pdf", "broken_symlink", f"symlink to {str(tmp_path / 'gone.pdf')!r}, which does not exist"),
        ("target.pdf", "unsupported_format", unsupported_detail("target.pdf")),
    ]


def test_gzip_files_are_decompressed_and_corrupt_ones_quarantined(tmp_path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Headline\n\nBody."))
    (tmp_path / "b.jsonl.gz").write_bytes(b"not gzip at all")
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"x" * 10_000))
    files, failed = read_sources(list_sources(tmp_path), max_bytes=1000)
    assert [(f.relative_path, f.data) for f in files] == [("a.txt.gz", b"Headline\n\nBody.")]
    assert sorted((os.path.basename(q.source), q.reason) for q in failed) == [
        ("b.jsonl.gz", "corrupt_gzip"), ("bomb.txt.gz", "too_large"),
    ]


def test_a_gzip_file_with_trailing_garbage_is_read_and_the_bytes_after_its_stream_ignored(tmp_path) -> None:
    # A download that appended an error page to the file, or two members and then junk: quarantined as
    # corrupt_gzip ("Not a gzipped file") where `gzip -d` decompresses and says "trailing garbage ignored".
    feed = b'{"id": 1, "text": "Rates rose."}\n'
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(feed) + gzip.compress(feed) + b"\0\0<html>502</html>")
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Headline\n\nBody.") + b"x")
    (tmp_path / "junk.txt.gz").write_bytes(b"<html>502</html>" + gzip.compress(b"Headline\n\nBody."))
    # A second member that starts as gzip and breaks is no trailing garbage: the file is corrupt.
    (tmp_path / "broken.txt.gz").write_bytes(gzip.compress(b"Headline") + gzip.compress(b"Body.")[:12] + b"x" * 30)
    files, failed = read_sources(list_sources(tmp_path))
    assert [(f.relative_path, f.data, f.trailing_data) for f in files] == [
        ("a.txt.gz", b"Headline\n\nBody.", "1 byte after the gzip stream ignored (trailing data that is not gzip)"),
        ("feed.jsonl.gz", feed * 2, "18 bytes after the gzip stream ignored (trailing data that is not gzip)"),
    ]
    assert sorted((os.path.basename(q.source), q.reason) for q in failed) == [
        ("broken.txt.gz", "corrupt_gzip"), ("junk.txt.gz", "corrupt_gzip"),
    ]


def test_a_gzip_file_compressed_twice_is_read_and_a_broken_inner_stream_is_corrupt(tmp_path) -> None:
    # A download saved with the server's Content-Encoding: gzip over the file's own inflated to gzip bytes,
    # quarantined as a binary file: the feed's records were lost.
    feed = b'{"id": 1, "text": "Rates rose."}\n'
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(gzip.compress(feed)))
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(gzip.compress(b"Headline\n\nBody." * 50)[:-12]))
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(gzip.compress(b"x" * 10_000)))
    files, failed = read_sources(list_sources(tmp_path), max_bytes=1000)
    assert [(f.relative_path, f.data) for f in files] == [("feed.jsonl.gz", feed)]
    assert sorted((os.path.basename(q.source), q.reason) for q in failed) == [
        ("bomb.txt.gz", "too_large"), ("cut.txt.gz", "corrupt_gzip"),
    ]


def test_a_single_file_is_a_source(tmp_path) -> None:
    (tmp_path / "one.txt").write_text("x")
    (tmp_path / "other.txt").write_text("y")
    [entry] = list_sources(tmp_path / "one.txt")
    assert (entry.path, entry.root, entry.relative_path) == (
        str((tmp_path / "one.txt").resolve()), str(tmp_path.resolve()), "one.txt"
    )


def test_an_include_glob_whose_files_an_exclude_takes_is_not_said_to_match_nothing(tmp_path) -> None:
    # `--include '*.md' --exclude 'notes*'` over notes.md warned "--include '*.md' matches no file of the source":
    # it matched one, which the exclude then took, and the user went to look for a typo in the include.
    (tmp_path / "wires").mkdir()
    for name in ("notes.md", "wires/war.txt"):
        (tmp_path / name).write_text("x")
    files = FileChoice(include=("*.md", "*.txt"), exclude=("notes*", "*war*"))
    assert list_sources(tmp_path, files) == []
    assert glob_warnings(files, files.include, files.exclude) == []
    # A folder an exclude takes is not listed: whether an include matches a file in it is not known, so the
    # warning says no file the excludes leave in matches it, and "matches no file of the source" only without them.
    folder = FileChoice(include=("*.txt", "*.md"), exclude=("wires",))
    assert [e.relative_path for e in list_sources(tmp_path, folder)] == ["notes.md"]
    (warning,) = glob_warnings(folder, folder.include, folder.exclude)
    assert warning.startswith("--include '*.txt' matches no file of the source that --exclude leaves in"), warning
    alone = FileChoice(include=("*.pdf",))
    list_sources(tmp_path, alone)
    assert glob_warnings(alone, alone.include, ()) == [unmatched_glob_warning("--include", "*.pdf")]
    assert "leaves in" not in unmatched_glob_warning("--include", "*.pdf")


@pytest.mark.parametrize(("include", "exclude", "after_exclude"), [
    ("sub/draft.txt", "sub", True),  # the one file it names is in the folder the exclude took
    ("*.txt", "sub", True),  # a name's glob may match a file in any folder
    ("wires/sub/draft.txt", "sub", False),  # a path below the source starts with no `wires/`: a typo
    ("nosuch*.txt", "*.md", False),  # the exclude took a file, which every include was tried on too
    ("other/*.txt", "sub/", False),  # no file of sub/ is below other/
], ids=["its file", "a name", "no such path", "a file excluded", "another folder"])
def test_an_include_matching_nothing_blames_the_exclude_only_where_an_excluded_folder_may_hold_its_files(
        tmp_path, include, exclude, after_exclude) -> None:
    # "--include 'wires/sub/draft.txt' matches no file of the source that --exclude leaves in" sent the user to
    # the exclude, where the include's path was the mistake (any exclude that matched anything said so).
    (tmp_path / "sub").mkdir()
    for name in ("notes.md", "sub/draft.txt"):
        (tmp_path / name).write_text("x")
    files = FileChoice(include=(include,), exclude=(exclude,))
    assert list_sources(tmp_path, files) == []
    (warning,) = glob_warnings(files, files.include, files.exclude)
    assert warning == unmatched_glob_warning("--include", include, after_exclude)


def test_a_single_file_is_left_out_by_the_globs_as_it_would_be_in_its_folder(tmp_path) -> None:
    # `themelake run story.txt --exclude '*.txt'` read the file all the same.
    (tmp_path / "story.txt").write_text("x")
    source = tmp_path / "story.txt"
    assert list_sources(source, FileChoice(exclude=("*.txt",))) == []
    assert list_sources(source, FileChoice(include=("*.md",))) == []
    assert [e.relative_path for e in list_sources(source, FileChoice(include=("story.*",)))] == ["story.txt"]
    assert single_file_left_out(source, FileChoice(exclude=("*.txt",))) == (
        "nothing to read: the source story.txt is one file and --exclude '*.txt' matches it"
    )
    assert single_file_left_out(source, FileChoice(include=("*.md", "*.html"))) == (
        "nothing to read: the source story.txt is one file and no --include glob matches it ('*.md', '*.html')"
    )
    assert single_file_left_out(source, FileChoice(exclude=("*.md",))) is None
    assert single_file_left_out(tmp_path, FileChoice(exclude=("*.txt",))) is None  # a folder: its files say


def test_a_single_file_on_object_storage_says_why_the_globs_leave_it_out() -> None:
    # Its listing obeyed the globs, but the run did not say why it read nothing.
    fsspec = pytest.importorskip("fsspec")
    pytest.importorskip("upath")
    fs = fsspec.filesystem("memory")
    fs.pipe("/globs-bucket/news/story.txt", b"A story.")
    try:
        url = "memory://globs-bucket/news/story.txt"
        assert list_sources(url, FileChoice(exclude=("*.txt",))) == []
        assert single_file_left_out(url, FileChoice(exclude=("*.txt",))) == (
            "nothing to read: the source story.txt is one file and --exclude '*.txt' matches it"
        )
        assert single_file_left_out(url, FileChoice(include=("*.txt",))) is None
        (entry,) = list_sources(url, FileChoice(include=("*.txt",)))
        assert (entry.path, entry.root, entry.relative_path, entry.size_bytes) == (
            url, "memory://globs-bucket/news", "story.txt", 8  # as a local file's: below its folder
        )
        assert single_file_left_out("memory://globs-bucket/news", FileChoice(exclude=("*.txt",))) is None
    finally:
        fs.rm("/globs-bucket", recursive=True)


def test_a_broken_symlink_as_the_source_says_so(tmp_path) -> None:
    # It said "source not found", naming a path that `ls` lists.
    (tmp_path / "latest.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(SourceError) as raised:
        list_sources(tmp_path / "latest.txt")
    assert str(raised.value) == (
        f"source is a symbolic link that leads nowhere (broken, or a loop): {tmp_path / 'latest.txt'} -> "
        f"{tmp_path / 'gone.txt'}"
    )


def test_missing_source_is_a_clear_error(tmp_path) -> None:
    # A missing file was "source folder not found": a source may be meant as a file or a folder.
    for name in ("nope", "nope.txt"):
        with pytest.raises(SourceError) as raised:
            list_sources(tmp_path / name)
        assert str(raised.value) == f"source not found: {tmp_path / name} (no such file or folder)"


def test_unreadable_files_become_quarantine_records(tmp_path) -> None:
    (tmp_path / "big.txt").write_bytes(b"x" * 101)
    (tmp_path / "ok.txt").write_text("fine")
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    files, failed = read_sources(list_sources(tmp_path), max_bytes=100)
    assert [f.relative_path for f in files] == ["ok.txt"]
    assert sorted((os.path.basename(q.source), q.reason) for q in failed) == [
        ("big.txt", "too_large"),
        ("dangling.txt", "broken_symlink"),
    ]


# Names that sort differently as whole paths than folder by folder would ("a/x" < "a-b" < "a.txt"
# < "a0" as names, but "a-b" < "a.txt" < "a/x" < "a0" as paths), and one outside ASCII.
NAMES = ["a", "a-b", "a.txt", "a0", "B.md", "é.txt", "z"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paths=st.lists(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3), max_size=12))
def test_listing_streams_in_the_order_of_sorted_relative_paths(tmp_path_factory, paths) -> None:
    root = tmp_path_factory.mktemp("walk")
    for parts in paths:
        *folders, name = parts
        folder = root.joinpath(*folders)
        if any(p.is_file() for p in [folder, *folder.parents] if p != root and root in p.parents):
            continue  # a name already taken by a file
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / f"{name}.txt").is_dir():
            (folder / f"{name}.txt").write_text("x")
    listed = [e.relative_path for e in iter_sources(root)]
    assert listed == sorted(listed)
    assert set(listed) == {str(p.relative_to(root)) for p in root.rglob("*.txt") if p.is_file()}


def test_a_symlinked_folder_is_walked_once_and_a_link_back_up_is_not(tmp_path) -> None:
    # A folder moved to another disk and linked back keeps its articles; a link to an ancestor would loop.
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("x")
    os.symlink(tmp_path / "real", tmp_path / "link")
    os.symlink(tmp_path / "real" / "a.txt", tmp_path / "b.txt")
    os.symlink(tmp_path, tmp_path / "real" / "up")
    os.symlink(tmp_path.parent, tmp_path / "real" / "above")  # outside the source: never walked
    os.symlink("/", tmp_path / "root")
    assert [e.relative_path for e in iter_sources(tmp_path)] == ["b.txt", "link/a.txt", "real/a.txt"]


def test_hidden_folders_are_not_walked(tmp_path) -> None:
    for name in (".git/HEAD", ".ipynb_checkpoints/a-checkpoint.txt", "a.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [e.relative_path for e in iter_sources(tmp_path)] == ["a.txt"]


def test_a_sub_folder_that_cannot_be_listed_stops_the_listing_in_one_line(tmp_path, monkeypatch) -> None:
    # Skipped, its files would be counted deleted by the run.
    import warehouse.sources.listing as sources

    for name in ("2024/a.txt", "2025/b.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    listing = sources._folder_names

    def denied(folder: str) -> list[str]:
        if folder.endswith("2024/"):
            raise PermissionError(13, "Permission denied")
        return listing(folder)

    monkeypatch.setattr(sources, "_folder_names", denied)
    with pytest.raises(SourceError, match="cannot list folder 2024/ below the source: Permission denied"):
        list_sources(tmp_path)
    # Left out on purpose, it is not listed at all (lost+found on a mounted volume).
    assert [e.relative_path for e in list_sources(tmp_path, FileChoice(exclude=("2024/*",)))] == ["2025/b.txt"]


def test_a_name_that_is_not_utf8_is_listed_as_shown_and_quarantined(tmp_path) -> None:
    (tmp_path / "ok.txt").write_text("Title\n\nBody.")
    (tmp_path / "cafz.txt").write_text("Title\n\nBody.")  # sorts after the raw name, before the shown one
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as handle:
        handle.write(b"Title\n\nBody.")
    entries = list_sources(tmp_path)
    assert [e.relative_path for e in entries] == ["caf\\xe9.txt", "cafz.txt", "ok.txt"]  # in stored order
    files, failed = read_sources(entries)
    assert [f.relative_path for f in files] == ["cafz.txt", "ok.txt"]
    assert [(q.source, q.reason) for q in failed] == [(str(tmp_path / "caf\\xe9.txt"), "name_not_utf8")]
    (q,) = failed
    q.source.encode("utf-8")  # storable




def written_so_far(data: bytes) -> bytes:
    """A gzip file as its writer leaves it between two flushes: `data` compressed, the stream not ended."""
    out = io.BytesIO()
    writer = gzip.GzipFile(fileobj=out, mode="wb")
    writer.write(data)
    writer.flush()  # what a writer that flushes each record has on disk; no end of stream, no trailer
    return out.getvalue()


def test_a_records_gzip_file_cut_off_while_written_is_read_as_far_as_it_inflates(tmp_path) -> None:
    # It was quarantined as corrupt_gzip: none of its records read until its writer closed it.
    lines = b'{"id": 1, "text": "One."}\n{"id": 2, "text": "Two."}\n'
    (tmp_path / "feed.jsonl.gz").write_bytes(written_so_far(lines))
    (tmp_path / "rows.csv.gz").write_bytes(written_so_far(b"title,text\nA,One.\n")[:-3])  # inside its stream
    (tmp_path / "note.txt.gz").write_bytes(written_so_far(b"Rates\n\nThe bank raised rates.\n"))
    now = datetime.now(UTC)
    files, failed = read_sources(list_sources(tmp_path), now=now)
    assert {f.relative_path: f.data for f in files}["feed.jsonl.gz"] == lines
    assert [(f.relative_path, f.cut_off is not None) for f in files] == [("feed.jsonl.gz", True), ("rows.csv.gz", True)]
    # a one-article file cut off would be an article cut short
    assert [(os.path.basename(q.source), q.reason) for q in failed] == [("note.txt.gz", "corrupt_gzip")]
    # Settled for an hour, or read without a run's `now` (a labelled corpus, read once): corrupt, as before.
    stopped = time.time() - 2 * 3600
    for path in tmp_path.iterdir():
        os.utime(path, (stopped, stopped))
    for settled in (read_sources(list_sources(tmp_path), now=now), read_sources(list_sources(tmp_path))):
        assert settled[0] == [] and {q.reason for q in settled[1]} == {"corrupt_gzip"}


def test_a_gzip_file_its_writer_begins_on_after_the_listing_is_read_as_far_as_it_inflates(tmp_path) -> None:
    # Settled when listed, written again before it was read: its age at listing made it corrupt_gzip.
    lines = b'{"id": 1, "text": "One."}\n{"id": 2, "text": "Two."}\n'
    feed = tmp_path / "feed.jsonl.gz"
    feed.write_bytes(gzip.compress(lines))
    left = time.time() - 2 * 3600
    os.utime(feed, (left, left))
    entries = list(list_sources(tmp_path))
    feed.write_bytes(written_so_far(lines))
    files, failed = read_sources(entries, now=datetime.now(UTC))
    assert failed == [] and [(f.data, f.cut_off is not None) for f in files] == [(lines, True)]


def test_many_gzip_members_cut_off_in_the_last_inflate_to_every_whole_member_and_what_the_last_holds() -> None:
    # A writer that starts a member per record (gzip.open(..., "ab") per append), zero padding after one,
    # and the last member cut inside its stream: every whole record, and the cut one as far as it goes.
    records = [f'{{"id": {i}, "text": "Record {i}."}}\n'.encode() for i in range(3000)]
    members = [gzip.compress(r) for r in records]
    data = b"".join(members[:-1]) + b"\0\0" + written_so_far(records[-1] * 40)[:-3]
    so_far = inflated_so_far(data, 10**6)
    whole = b"".join(records[:-1])
    assert so_far == whole + records[-1] * 40  # its flushed bytes inflate whole; the cut is in the flush marker
    # The limit is on what comes out, whichever member passes it.
    with pytest.raises(UnreadableSource) as too_large:
        inflated_so_far(data, len(whole) - 1)
    assert too_large.value.reason == "too_large"
    assert inflated_so_far(data, len(whole) + 100_000) == so_far
    # A member after the padding that is no gzip member: corrupt, as before.
    with pytest.raises(UnreadableSource) as corrupt:
        inflated_so_far(members[0] + b"\0not gzip", 10**6)
    assert corrupt.value.reason == "corrupt_gzip"


@pytest.mark.parametrize(("source", "lake", "said"), [
    ("s3://src/news", "s3://src/news", "the lake and the source are the same folder (s3://src/news)"),
    ("s3://src/news/", "s3://src//news", "the lake and the source are the same folder (s3://src/news/)"),
    ("s3://src/news/lake/data/articles", "s3://src/news/lake", "the source s3://src/news/lake/data/articles is "
                                                               "the lake's own files (s3://src/news/lake)"),
])
def test_a_lake_that_is_its_object_store_source_or_holds_it_is_refused(source, lake, said) -> None:
    # On object storage the lake and its source were never compared: the run read the lake's own files.
    from warehouse.sources import without_lake

    with pytest.raises(SourceError, match=f"^{re.escape(said)}"):
        without_lake(FileChoice(), source, lake)


def test_a_lake_inside_its_object_store_source_is_left_out_of_the_listing() -> None:
    from warehouse.sources import without_lake

    choice = FileChoice(exclude=("*.md",))
    assert without_lake(choice, "s3://src/news", "s3://src/news/lake").exclude == ("*.md", "lake/*")
    # Elsewhere: another folder, another bucket, another store, or a local lake.
    for lake in ("s3://src/other", "s3://news/lake", "gs://src/news/lake", "news/lake"):
        assert without_lake(choice, "s3://src/news", lake) == choice


@pytest.mark.parametrize("name", [
    "README", "readme.md", "ReadMe.TXT", "LICENSE", "licence.txt", "License-notes", "CHANGELOG.rst", "changelog",
    "sub/README.txt", "readmefirst.txt", "licence-fee-to-rise.txt", "changes.txt", "rates.txt", "Lions.txt",
    "ÇHANGELOG", "ℝeadme", "", ".readme", "a.README",
])
def test_a_repository_file_is_told_by_its_initial_first_as_by_its_whole_stem(name) -> None:
    """The initial's shortcut (most names are not tested further) says what the stem alone says."""
    from warehouse.sources.choice import REPOSITORY_FILES, is_repository_file

    plain = name.rsplit("/", 1)[-1].split(".", 1)[0].lower() in REPOSITORY_FILES
    assert is_repository_file(name) == plain


def test_a_folder_without_a_saved_pages_folder_does_not_read_its_files_names() -> None:
    from warehouse.sources.choice import saved_page_folders

    def unread():
        raise AssertionError("the files' names were read")
        yield  # pragma: no cover - a generator that fails when read

    assert saved_page_folders(unread(), ["photos", "2024"]) == set()
    assert saved_page_folders(iter(["story.HTML", "notes.txt"]), ["story_files", "notes_files"]) == {"story_files"}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["a", "B", "é", "z_files", "x.html", "x_files", "~", "0", "a b"]), min_size=1,
                max_size=4, unique=True))
def test_a_folder_is_listed_in_the_order_of_its_shown_names(tmp_path, names) -> None:
    """ASCII folders skip `_shown` as the sort key: the listing is still sorted by relative path."""
    folder = tmp_path / str(abs(hash(tuple(names))))
    folder.mkdir()
    for name in names:
        if name.endswith("_files"):
            (folder / name).mkdir()
            (folder / name / "inner.txt").write_text("x")
        else:
            (folder / name).write_text("x")
    listed = [e.relative_path for e in list_sources(folder)]
    assert listed == sorted(listed)
    expected = sorted(
        f"{n}/inner.txt" if n.endswith("_files") else n for n in names
        if not (n.endswith("_files") and n[: -len("_files")] + ".html" in names)
    )
    assert listed == expected


def test_a_listed_entry_crosses_to_a_batch_worker_as_its_constructor_arguments(tmp_path) -> None:
    import pickle


    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Headline\n\nBody.\n")
    listed = [*list_sources(tmp_path), SourceEntry("/gone.txt", "/", "gone.txt")]  # one never stat'ed
    # The batch pool pickles a batch's entries: they come back equal, and are pickled as a call of the
    # class (not through a slotted dataclass's state functions, a fifth as fast).
    assert pickle.loads(pickle.dumps(listed, protocol=pickle.HIGHEST_PROTOCOL)) == listed
    assert all(entry.__reduce_ex__(pickle.HIGHEST_PROTOCOL)[0] is SourceEntry for entry in listed)


@dataclass(frozen=True, slots=True)
class _TaggedEntry(SourceEntry):
    """A listed entry with a field more than SourceEntry has, as a later version of it may have."""

    tag: str = ""


def test_a_listed_entry_with_a_field_more_crosses_to_a_worker_whole() -> None:
    import pickle

    entries = [_TaggedEntry("/in/a.txt", "/in", "a.txt", 12, 34, "kept"),
               SourceEntry("/in/b.txt", "/in", "b.txt", 5, 6)]
    # every field comes back, each entry as its own class (a field left out of the pickled arguments would come back
    # as its default, and the entry as another class)
    assert pickle.loads(pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)) == entries
    assert [type(entry) for entry in pickle.loads(pickle.dumps(entries))] == [_TaggedEntry, SourceEntry]


@pytest.mark.parametrize("after_exclude", [False, True], ids=["alone", "after an exclude"])
def test_docs_formats_quote_each_warning_an_unmatched_glob_gets_as_a_run_prints_it(after_exclude) -> None:
    # The page on globs quoted one warning, in words the run had stopped printing for an include an exclude undid.
    doc = (Path(__file__).resolve().parents[2] / "docs" / "formats.md").read_text(encoding="utf-8")
    said = unmatched_glob_warning("--include", "sprot/*", after_exclude).split(" (")[0].split(" ", 2)[2]
    assert said.startswith("matches no file") and f"{said}`" in " ".join(doc.split())
