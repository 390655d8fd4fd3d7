"""A synthetic corpus of N articles, replicated from a folder of real ones and cached on disk."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# One folder per copy of the seed corpus, so a batch of listed files holds distinct articles
# (as a real corpus does) rather than the same article N times, which would compress unrealistically.
_COPY_DIR = "copy{:05d}"


def seed_files(seed: Path) -> list[tuple[str, bytes]]:
    """Return (relative path, bytes) of the seed corpus's article files, in a stable order."""
    from warehouse.sources import list_sources

    return [(e.relative_path, Path(e.path).read_bytes()) for e in list_sources(seed)]


def vary(data: bytes, copy: int) -> bytes:
    """Return a light variant of an article for one copy: the headline numbered, body paragraphs rotated.

    Copy 0 is the article itself; other copies have other bytes (so another content hash), the
    same words, and other paragraph offsets.

    >>> vary(b"Head\\n\\nOne.\\n\\nTwo.\\n\\nThree.\\n", 1)
    b'Head (copy 1)\\n\\nTwo.\\n\\nThree.\\n\\nOne.\\n'
    """
    if copy == 0:
        return data
    head, sep, body = data.partition(b"\n\n")
    paragraphs = body.rstrip(b"\n").split(b"\n\n") if body else []
    if paragraphs:
        k = copy % len(paragraphs)
        paragraphs = paragraphs[k:] + paragraphs[:k]
    head = head.rstrip(b"\r") + f" (copy {copy})".encode()
    return head + (sep or b"\n\n") + b"\n\n".join(paragraphs) + b"\n"


def build_corpus(seed: Path, articles: int, cache: Path) -> tuple[Path, int]:
    """Return the folder of an N-article corpus (built once, then reused) and its size in bytes."""
    folder = cache / f"corpus-{articles}"
    done = folder / ".complete"
    if done.exists():
        return folder, int(done.read_text())
    if folder.exists():
        shutil.rmtree(folder)  # a build that was interrupted
    files = seed_files(seed)
    total = 0
    for n in range(articles):
        copy, index = divmod(n, len(files))
        relative, data = files[index]
        path = folder / _COPY_DIR.format(copy) / relative
        if index == 0 or not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        body = vary(data, copy)
        path.write_bytes(body)
        total += len(body)
    os.sync()
    done.write_text(str(total))
    return folder, total
