"""``python -m hoox_sdk``: the command line (the ``hoox`` program)."""

from ._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
