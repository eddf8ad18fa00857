"""``python -m kling_sdk``: the command line (the ``kling`` program)."""

from ._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
