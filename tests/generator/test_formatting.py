"""The generated code is exactly what black would leave it as.

``generator.emit.formatting`` runs black's single internal pass instead of ``black.format_str`` (which
formats twice whenever the input changed). These tests hold that shortcut to account: every
committed Python file must be a fixed point of the public ``black.format_str`` with our mode.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import black
import pytest

from generator.emit import formatting
from generator.emit.stable import is_black_stable

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


PROVIDERS = ("krea", "kling", "vtrix", "hoox", "kiara")


@pytest.fixture(scope="module")
def unformatted() -> dict[str, dict[str, str]]:
    """Each provider's Python files as rendered, before black (``format_files`` is bypassed),
    and the paths the pipeline would have sent to black."""
    from generator import pipeline

    sent: dict[str, str] = {}

    def no_black(files: dict[str, str], later: Any = None, pool: Any = None) -> dict[str, str]:
        sent.update(files)
        return {**files, **(later() if later is not None else {})}

    result: dict[str, dict[str, str]] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "format_files", no_black)
        patch.setenv("GENMEDIA_WORKERS", "1")
        for provider in PROVIDERS:
            sent.clear()
            files = pipeline.build_provider(ROOT / "specs", provider).files
            result[provider] = {p: t for p, t in files.items() if p.endswith(".py")}
            result[provider]["<sent to black>"] = "\n".join(sorted(sent))
    return result


def _rendered(path: str) -> bool:
    """A module the templates render (not datamodel-code-generator's models)."""
    name = path.rsplit("/", 1)[-1]
    return not (name == "models.py" or name.startswith("_models") or "/models/" in path)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_rendered_modules_are_in_blacks_layout_and_skip_black(
    provider: str, unformatted: dict[str, dict[str, str]]
) -> None:
    """Issue 19: every module a template renders (the package modules, the client, the
    exceptions, webhooks…) is emitted in black's exact layout, so the generator trusts it
    (:func:`is_black_stable`) and black is the judge here, not a step of generation."""
    files = dict(unformatted[provider])
    sent = files.pop("<sent to black>").split("\n")
    checked = 0
    for path, text in files.items():
        if not _rendered(path) or "/resources/" in path:
            continue
        assert is_black_stable(path, text), f"{path} would go to black"
        assert black.format_str(text, mode=formatting._MODE) == text, path
        assert path not in sent
        checked += 1
    assert checked >= 10


@pytest.mark.parametrize("provider", ["hoox", "kiara", "kling", "krea", "vtrix"])
def test_no_rendered_file_of_the_five_providers_goes_to_black(provider: str) -> None:
    """Issue 19: the generator runs black only on datamodel-code-generator's models."""
    from generator.pipeline import build_provider

    package = build_provider(ROOT / "specs", provider)
    assert package.sent_to_black == ()


def test_lines_of_wide_characters_are_measured_as_black_measures_them() -> None:
    """Black counts an East Asian wide character as two columns; the layouts count one. A line
    that fits by count but not by width (a Chinese enum value) goes to black, and one that fits
    both ways is trusted (black leaves it)."""
    import black

    from generator.emit.annotation_layout import annotated
    from generator.emit.formatting import _MODE
    from generator.emit.stable import is_black_stable

    path = "src/x_sdk/resources/things.py"
    for count, expected in ((6, False), (2, True)):
        values = ", ".join(f'"日本語の値{n}"' for n in range(count))
        line = annotated("kind", f"Literal[{values}] | NotGiven", "NOT_GIVEN", 8, comma=True)
        source = f"class R:\n    def f(\n        self,\n        *,\n        {line}\n    ) -> None:\n        pass\n"
        assert is_black_stable(path, source) is expected
        assert (black.format_str(source, mode=_MODE) == source) is expected
