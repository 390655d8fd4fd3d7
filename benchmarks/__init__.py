"""themelake's benchmark: `python benchmarks/run.py --help`."""
