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


# A news page as sites serve them: header, navigation, cookie banner, the article with its JSON-LD,
# related links, a newsletter box and a footer; trafilatura has to find the article in it.
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Bench Ledger</title>
<link rel="canonical" href="https://ledger.example/{slug}">
<meta property="og:site_name" content="The Bench Ledger"><meta name="author" content="Bench Desk">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": {title_json}, "datePublished": "{date}", "author": {{"@type": "Person", "name": "Bench Desk"}}}}</script>
</head><body>
<header><a href="/">The Bench Ledger</a><nav><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a>
</li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<main><article><h1>{title}</h1><p class="byline">By Bench Desk</p>
{paragraphs}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Markets close higher</a></li><li><a href="/b">Storm warning</a></li>
</ul></aside></main>
<div class="newsletter">Get the morning briefing in your inbox. <a href="/subscribe">Subscribe</a></div>
<footer><p>&copy; The Bench Ledger</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>
"""


def article_parts(data: bytes) -> tuple[str, list[str]]:
    """Return the headline and body paragraphs of a BBC-layout text article."""
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n")
    head, _, body = text.partition("\n\n")
    return head.strip(), [p.strip() for p in body.split("\n\n") if p.strip()]


def build_html_corpus(text_corpus: Path, cache: Path) -> tuple[Path, int]:
    """Return a folder holding each article of a text corpus as an HTML news page, and its size."""
    import html
    import json

    folder = cache / f"{text_corpus.name}-html"
    done = folder / ".complete"
    if done.exists():
        return folder, int(done.read_text())
    shutil.rmtree(folder, ignore_errors=True)
    total = 0
    for n, path in enumerate(sorted(p for p in text_corpus.rglob("*.txt"))):
        title, paragraphs = article_parts(path.read_bytes())
        page = PAGE.format(
            title=html.escape(title), title_json=json.dumps(title), slug=f"story-{n}",
            date=f"2022-{n % 12 + 1:02d}-{n % 28 + 1:02d}T08:00:00Z",
            paragraphs="\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs),
        ).encode()
        target = folder / path.relative_to(text_corpus).with_suffix(".html")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page)
        total += len(page)
    done.write_text(str(total))
    return folder, total


def build_jsonl_corpus(text_corpus: Path, cache: Path, per_file: int = 250) -> tuple[Path, int]:
    """Return a folder holding a text corpus as JSON Lines files of `per_file` articles each, and its size."""
    import json

    folder = cache / f"{text_corpus.name}-jsonl"
    done = folder / ".complete"
    if done.exists():
        return folder, int(done.read_text())
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    total = 0
    lines: list[str] = []
    paths = sorted(p for p in text_corpus.rglob("*.txt"))
    for n, path in enumerate(paths):
        title, paragraphs = article_parts(path.read_bytes())
        record = {"id": f"a{n}", "headline": title, "body": "\n\n".join(paragraphs),
                  "published": f"2022-{n % 12 + 1:02d}-{n % 28 + 1:02d}", "link": f"https://ledger.example/a{n}",
                  "section": path.parent.name}
        lines.append(json.dumps(record, ensure_ascii=False))
        if len(lines) == per_file or n == len(paths) - 1:
            body = ("\n".join(lines) + "\n").encode()
            (folder / f"part-{n // per_file:05d}.jsonl").write_bytes(body)
            total += len(body)
            lines = []
    done.write_text(str(total))
    return folder, total
