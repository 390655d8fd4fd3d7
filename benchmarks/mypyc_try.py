"""Compile a set of the enrichments' modules with mypyc, in place, to time them against the pure Python.

    .venv/bin/python benchmarks/mypyc_try.py amounts     # build the extensions beside their .py files
    .venv/bin/python benchmarks/batch_cpu.py .bench/corpus-10000   # then time a batch (and compare the rows)
    .venv/bin/python benchmarks/mypyc_try.py --clean     # remove them: the pure Python runs again

A measurement, not a build step: nothing else builds or checks these extensions. Python imports an extension
before the .py beside it, so a compiled module edited afterwards would run its old code: clean before any other
work (and before the tests, whose `--doctest-modules` refuses a module imported from an extension). mypyc ships
with mypy (the dev extra); a C compiler and Python's headers are needed. What each set gave, and why none was
taken, is in docs/performance.md ("mypyc").
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import sysconfig
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ENRICHMENTS = "transforms/enrichments"
# The sets measured (docs/performance.md). Tone needs one edit first (mypyc stops on `x in (*a, *b)`), places two
# (mypyc checks every typed value at run time, and two of its values are not what their annotations say): the doc
# names them.
SETS = {
    "amounts": ["amount*.py"],
    "amounts+tone": ["amount*.py", "tone*.py"],
    "amounts+places": ["amount*.py", "place*.py"],
}


def extensions() -> list[Path]:
    """Return this checkout's compiled modules: transforms' and mypyc's shared library at the top."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    return sorted([*REPO.glob(f"transforms/**/*{suffix}"), *REPO.glob(f"*__mypyc{suffix}")])


def cpu_seconds() -> float:
    """This process's CPU seconds and its finished children's (the compiler)."""
    return sum(os.times()[:4])


def clean() -> None:
    for path in extensions():
        path.unlink()
    shutil.rmtree(REPO / "build", ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", nargs="?", choices=sorted(SETS), help="the modules to compile")
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules and mypyc's build folder")
    args = parser.parse_args()
    os.chdir(REPO)  # mypyc names modules by their paths from here
    clean()
    if args.clean or not args.set:
        return
    try:
        from mypyc.build import mypycify
        from setuptools import setup
    except ImportError as missing:
        sys.exit(f"mypyc_try: {missing.name} is not installed (mypy's dev extra and setuptools)")
    paths = sorted(str(p) for pattern in SETS[args.set] for p in Path(ENRICHMENTS).glob(pattern))
    started = cpu_seconds(), time.perf_counter()
    setup(name="themelake-mypyc-try", packages=[], py_modules=[], ext_modules=mypycify(paths, opt_level="3"),
          script_args=["--quiet", "build_ext", "--inplace", "--parallel", str(os.cpu_count() or 1)])
    built = extensions()
    print(f"{len(paths)} modules, {len(built)} extensions, {sum(p.stat().st_size for p in built) / 1e6:.1f} MB, "
          f"{time.perf_counter() - started[1]:.0f} s, {cpu_seconds() - started[0]:.0f} CPU s (the compiler's included)")


if __name__ == "__main__":
    main()
