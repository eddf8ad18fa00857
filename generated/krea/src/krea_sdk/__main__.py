"""``python -m krea_sdk``: the command line (the ``krea`` program)."""

from ._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
