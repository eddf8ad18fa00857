"""Type gate and installability of the generated packages (slow: mypy and pip in subprocesses)."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from conftest import GENERATED, ROOT

PACKAGES = sorted(p.name for p in GENERATED.iterdir() if (p / "pyproject.toml").is_file())


@pytest.mark.slow
def test_generator_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "generator"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("provider", PACKAGES)
def test_generated_package_passes_mypy_strict(provider: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "src"],
        cwd=GENERATED / provider,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.slow
def test_krea_installs_into_a_fresh_venv_and_imports(tmp_path: Path) -> None:
    """pip builds and installs generated/krea; its dependencies come from this test run's
    environment (linked with a .pth file), so nothing is fetched from the network."""
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(site, "parent_env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--no-index",
            "--no-build-isolation",
            "--no-deps",
            "--quiet",
            str(GENERATED / "krea"),
        ],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr
    operations = sorted(
        (operation["x-sdk-resource"], operation["x-sdk-method"])
        for item in json.loads((GENERATED / "krea" / "openapi.json").read_text())["paths"].values()
        for operation in item.values()
    )
    check = (
        "import json, pathlib, sys; import krea_sdk; from krea_sdk import Krea, AsyncKrea; "
        "assert pathlib.Path(krea_sdk.__file__).is_relative_to(pathlib.Path(sys.argv[1])); "
        "assert (pathlib.Path(krea_sdk.__file__).parent / 'py.typed').exists(); "
        "c = Krea(api_key='k'); ops = json.loads(sys.argv[2]); "
        "print(sum(callable(getattr(getattr(c, r), m, None)) for r, m in ops))"
    )
    result = subprocess.run(
        [str(python), "-c", check, site, json.dumps(operations)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "72"
    program = subprocess.run(
        [str(env_dir / "bin" / "krea"), "--version"], capture_output=True, text=True, cwd=tmp_path
    )
    assert (program.returncode, program.stdout.strip()) == (
        0,
        "krea 0.1.0",
    ), program.stderr  # the console script
