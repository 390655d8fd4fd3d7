"""What `themelake report -o` and the report-lake flow's `output` both check of the file a page is written to."""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path


def refused_output(output: str | None, given: str = "-o") -> str | None:
    """Return the line refusing an output the page cannot be written to as named (a folder's name, another
    kind of file), or None; `given` is how the user gave it (`-o` on the CLI, `output` to a deployment)."""
    return folder_named(output, given) or other_kind_of_file(output, given)


def folder_named(output: str | None, given: str = "-o") -> str | None:
    """Return the line refusing an output that ends in a separator, a folder's name, where no folder is, or None.

    >>> folder_named("out/")
    "-o out/: ends in '/', a folder's name: the report is one HTML file: name it `-o out/report.html`"
    >>> folder_named("out/report.html") is None
    True
    """
    if output is None or not output.endswith(("/", os.sep)) or Path(output).expanduser().is_dir():
        return None  # a folder that is there is refused by warehouse.report_files.check_output, by its own words
    # `-o out/` wrote the page into a FILE named `out` (the path's last '/' dropped), where a folder was meant.
    page = output + "report.html"
    mended = f"-o {page}" if given == "-o" else f"{given}: {page}"
    return (f"{given} {output}: ends in '{output[-1]}', a folder's name: the report is one HTML file: name it "
            f"`{mended}`")


def other_kind_of_file(output: str | None, given: str = "-o") -> str | None:
    """Return the line refusing an output whose suffix names a kind of file other than HTML (themes.pdf), or None;
    `given` is how the user gave it (`-o` on the CLI, `output` to a deployment).

    >>> other_kind_of_file("themes.pdf")
    '-o themes.pdf: the report is one HTML page, not a .pdf file (application/pdf): name it `-o themes.html`'
    >>> other_kind_of_file("themes.2026-10-01") is None
    True
    """
    if output is None:
        return None
    # `-o themes.pdf` wrote the page into a file no PDF reader opens. The suffix is judged by the standard table of
    # file types (Python's own, not the machine's, so every machine says the same): a suffix it does not know
    # (a date, `.final`) or none is a name the user chose, and is kept.
    kind, _ = mimetypes.MimeTypes().guess_type(Path(output).name)
    if kind is None or kind in {"text/html", "application/xhtml+xml"}:
        return None
    html = Path(output).with_suffix(".html")
    mended = f"-o {html}" if given == "-o" else f"{given}: {html}"
    return (f"{given} {output}: the report is one HTML page, not a {Path(output).suffix} file ({kind}): name it "
            f"`{mended}`")


def missing_folder(output: str | None) -> Path | None:
    """Return the outermost folder of `output`'s path that is not there yet (made when the page is written), or None.

    >>> missing_folder("report.html") is None
    True
    """
    if output is None:
        return None
    folder, missing = Path(output).expanduser().absolute().parent, None
    while not folder.exists() and folder.parent != folder:
        folder, missing = folder.parent, folder
    return missing
