"""Where the project's folders are, so no module has to count ``.parent`` hops from its own file."""

from __future__ import annotations

from pathlib import Path

GENERATOR_ROOT = Path(__file__).resolve().parent
PROJECT_ROOT = GENERATOR_ROOT.parent
TEMPLATES_DIR = PROJECT_ROOT / "templates"
