"""Format generated Python with black, so output is stable and diffs are about content."""

from __future__ import annotations

import black
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput

from .errors import GeneratorError

_MODE = Mode(target_versions={TargetVersion.PY310}, line_length=100)


def format_python(path: str, source: str) -> str:
    """Black-formatted ``source``; a syntax error is a generator bug and names the file."""
    try:
        return black.format_str(source, mode=_MODE)
    except InvalidInput as exc:
        raise GeneratorError(f"generated {path} is not valid Python ({exc}); this is a generator bug") from exc


def format_files(files: dict[str, str]) -> dict[str, str]:
    return {path: format_python(path, text) if path.endswith(".py") else text for path, text in files.items()}
