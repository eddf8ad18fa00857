"""The generated code is exactly what black would leave it as.

``generator.emit.formatting`` runs black's single internal pass instead of ``black.format_str`` (which
formats twice whenever the input changed). These tests hold that shortcut to account: every
committed Python file must be a fixed point of the public ``black.format_str`` with our mode.
"""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator.emit import formatting

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "generated").rglob("*.py"))


def test_there_are_generated_files() -> None:
    assert len(FILES) > 50


@pytest.mark.parametrize("file", FILES, ids=lambda p: p.relative_to(ROOT / "generated").as_posix())
def test_generated_file_is_black_stable(file: Path) -> None:
    text = file.read_text(encoding="utf-8")
    assert black.format_str(text, mode=formatting._MODE) == text


def test_format_files_formats_python_only_and_reports_bugs() -> None:
    files = {"a.py": "x = {'a':1}\n", "README.md": "x = {'a':1}\n"}
    out = formatting.format_files(files)
    assert out == {"a.py": 'x = {"a": 1}\n', "README.md": "x = {'a':1}\n"}
    with pytest.raises(formatting.GeneratorError, match="broken.py is not valid Python"):
        formatting.format_python("broken.py", "def (:\n")


def test_the_black_layout_check_sends_what_black_would_change_to_black() -> None:
    """Shapes black rewrites that the templates' layout cannot foresee (found by the
    hostile-spec and GitHub runs): a quote touching a docstring's quotes, a line too long."""
    import black

    from generator.emit.formatting import _MODE
    from generator.emit.stable import is_black_stable

    path = "src/x_sdk/resources/things.py"
    quote = 'def f() -> None:\n    """"; spec text"""\n'
    long_line = (
        "def f(*, kind: Literal["
        + ", ".join(f'"value-number-{n}"' for n in range(6))
        + "]) -> None:\n    pass\n"
    )
    for text in (quote, long_line):
        assert black.format_str(text, mode=_MODE) != text
        assert not is_black_stable(path, text)


@pytest.mark.parametrize("provider", ["hoox", "kiara", "kling", "krea", "vtrix"])
def test_no_rendered_file_of_the_five_providers_goes_to_black(provider: str) -> None:
    """Issue 19: the generator runs black only on datamodel-code-generator's models."""
    from generator.pipeline import build_provider

    package = build_provider(ROOT / "specs", provider)
    assert package.sent_to_black == ()
