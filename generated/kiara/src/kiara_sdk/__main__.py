"""``python -m kiara_sdk``: the command line (the ``kiara`` program)."""

from ._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
