"""``python -m vtrix_sdk``: the command line (the ``vtrix`` program)."""

from ._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
