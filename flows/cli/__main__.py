"""`python -m flows.cli ...`: the `themelake` command."""

from flows.cli.main import main

if __name__ == "__main__":
    main()
