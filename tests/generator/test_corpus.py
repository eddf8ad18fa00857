"""Real-world documents: every OpenAPI 3.0/3.1 document of ``@readme/oas-examples`` (in
``../shared/corpus``) and GitHub's REST API (npm ``@octokit/openapi``, pinned in package.json)
generate a package that installs, imports, builds its client, passes ``mypy --strict``, and has
exactly one method per operation of the document (nothing silently dropped).

The whole corpus is generated, installed, imported and type-checked once per session (one pip
venv, one mypy run); each document's test then reads its own results. A document that does not
work yet is an ``xfail(strict=True)`` naming the precise failure: fixing the generator turns it
into an XPASS, which fails the run until the mark is removed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import time
import venv
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import black
import pytest

from conftest import ROOT, generate_cli, mypy_strict
from generator.emit.formatting import _MODE
from generator.emit.stable import is_black_stable
from generator.cli.generate import build_document
from generator.spec.config import SdkConfig
from generator.spec.defaults import config_from_document, default_base_url, default_name
from generator.spec.loading import load_document
from generator.output.writer import write_tree
from tool_markers import tool_markers

# CI checks shared/ out beside the repository; a worktree elsewhere names it with GENMEDIA_CORPUS.
CORPUS = (
    Path(os.environ.get("GENMEDIA_CORPUS") or ROOT.parent / "shared" / "corpus")
    / "readme-oas-examples"
)
GITHUB_SPEC = ROOT / "node_modules" / "@octokit" / "openapi" / "generated" / "api.github.com.json"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# The documents that do not generate a working package yet, with the precise cause. Keys are
# paths relative to CORPUS. These are generator bugs for the core team (see issue 8).
KNOWN_FAILURES: dict[str, str] = {}
# Documents that generate, install and import, but whose package fails ``mypy --strict``.
MYPY_FAILURES: dict[str, str] = {}


def _is_openapi_3(file: Path) -> bool:
    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(document, dict) and str(document.get("openapi", "")).startswith(
        ("3.0", "3.1")
    )


DOCUMENTS = (
    sorted(f.relative_to(CORPUS).as_posix() for f in CORPUS.rglob("*.json") if _is_openapi_3(f))
    if CORPUS.is_dir()
    else []
)


def package_name_for(relative: str) -> str:
    """``3.0/openapi-workshop/get.json`` → ``w30_get``: short, unique, a valid provider name."""
    parts = relative.split("/")
    prefix = ("w" if len(parts) > 2 else "v") + parts[0].replace(".", "")
    stem = re.sub(r"[^a-z0-9]+", "_", Path(parts[-1]).stem.lower()).strip("_")
    return f"{prefix}_{stem}"[:40]


# -- what a document promises --------------------------------------------------------------------


def _resolve_local(document: dict[str, Any], value: Any) -> Any:
    seen = 0
    while (
        isinstance(value, dict)
        and isinstance(value.get("$ref"), str)
        and value["$ref"].startswith("#/")
        and seen < 20
    ):
        target: Any = document
        for token in value["$ref"][2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            target = target.get(token) if isinstance(target, dict) else None
        value, seen = target, seen + 1
    return value


def document_operations(document: dict[str, Any]) -> list[tuple[str, str]]:
    """``(METHOD, path)`` of every operation under ``paths`` (path-item ``$ref``s followed)."""
    operations = []
    for path, item in (document.get("paths") or {}).items():
        item = _resolve_local(document, item)
        if not isinstance(item, dict):
            continue
        operations += [
            (method.upper(), path) for method in HTTP_METHODS if isinstance(item.get(method), dict)
        ]
    return sorted(operations)


# -- the installed package, seen from a fresh interpreter ------------------------------------------

# Imports each package, builds both clients, imports every resource module through the client's
# lazy attributes, and lists the methods whose docstring names an HTTP operation.
_INSPECT = r"""
import inspect, json, re, sys, traceback
from functools import cached_property
HTTP = re.compile(r"^\s*HTTP: ``([A-Z]+) (.*)``\s*$", re.MULTILINE)

def methods(client):
    found = []
    for name, attribute in sorted(vars(type(client)).items()):
        if not isinstance(attribute, cached_property) or name == "webhooks":
            continue
        resource = getattr(client, name)
        for method_name, function in sorted(vars(type(resource)).items()):
            if method_name.startswith("_") or not inspect.isfunction(function):
                continue
            match = HTTP.search(function.__doc__ or "")
            if match:
                found.append([match.group(1), match.group(2), f"{name}.{method_name}"])
    return found

results = {}
for package, client_class in json.loads(sys.argv[1]):
    try:
        module = __import__(package)
        sync_client = getattr(module, client_class)(api_key="test-key")
        async_client = getattr(module, "Async" + client_class)(api_key="test-key")
        __import__(package + ".models")
        results[package] = {"file": module.__file__, "sync": methods(sync_client), "async": methods(async_client)}
        sync_client.close()
    except BaseException:
        results[package] = {"error": traceback.format_exc(limit=3)}
print(json.dumps(results))
"""


def make_venv(directory: Path) -> Path:
    """A venv that sees this environment's packages through a .pth file (nothing is downloaded)."""
    venv.create(directory, with_pip=True)
    python = directory / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(site, "parent_env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def pip_install(python: Path, packages: list[Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--no-index",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--disable-pip-version-check",
            *map(str, packages),
        ],
        capture_output=True,
        text=True,
    )


def inspect_installed(python: Path, packages: list[tuple[str, str]], cwd: Path) -> dict[str, Any]:
    result = subprocess.run(
        [str(python), "-c", _INSPECT, json.dumps(packages)], capture_output=True, text=True, cwd=cwd
    )
    assert result.returncode == 0, result.stderr
    inspected: dict[str, Any] = json.loads(result.stdout)
    return inspected


def mypy_errors(package_dirs: list[Path], cwd: Path) -> tuple[str, dict[Path, list[str]]]:
    """One ``mypy --strict`` run over many packages; its error lines grouped by package folder."""
    prefixes = {d: os.path.relpath(d, cwd) + "/" for d in package_dirs}
    sources = [prefixes[d] + "src/" + next((d / "src").iterdir()).name for d in package_dirs]
    result = mypy_strict("--cache-dir", str(cwd / ".mypy_cache"), *sources, cwd=cwd)
    output = result.stdout + result.stderr
    grouped: dict[Path, list[str]] = {
        d: [line for line in result.stdout.splitlines() if line.startswith(prefix)]
        for d, prefix in prefixes.items()
    }
    if result.returncode != 0 and not any(grouped.values()):
        # A crash or an error outside any package: every package fails with the whole output.
        grouped = {
            d: output.splitlines() or [f"mypy exited {result.returncode}"] for d in package_dirs
        }
    return output, grouped


# -- the corpus, built once ------------------------------------------------------------------------


@dataclass
class Outcome:
    generated: bool = False
    error: str = ""
    operations: int = 0
    warnings: tuple[str, ...] = ()
    installed: str | None = None  # pip's error, or None when it installed
    inspected: dict[str, Any] = field(default_factory=dict)
    mypy: list[str] = field(default_factory=list)
    client_class: str = ""
    markers: list[str] = field(
        default_factory=list
    )  # tool markers in the package (tests/tool_markers.py)
    not_black_stable: list[str] = field(
        default_factory=list
    )  # written without black, yet black changes them
    sent_to_black: list[str] = field(default_factory=list)  # rendered, then formatted by black


def not_black_stable(files: dict[str, str]) -> list[str]:
    """The files the generator wrote without black (:mod:`generator.emit.stable`) that black
    would still change: each one is a template or layout bug."""
    return [
        path
        for path, text in files.items()
        if is_black_stable(path, text) and black.format_str(text, mode=_MODE) != text
    ]


def _generate(
    args: tuple[str, str],
) -> tuple[
    str, dict[str, str] | None, int, tuple[str, ...], str, str, list[str], list[str], list[str]
]:
    relative, name = args
    try:
        package = build_document(CORPUS / relative, name)
    except Exception as exc:  # noqa: BLE001 - every failure is reported by the document's test
        return relative, None, 0, (), f"{type(exc).__name__}: {exc}", "", [], [], []
    config = config_from_document(load_document(CORPUS / relative), name)
    markers = tool_markers(package.files, (CORPUS / relative).read_text(encoding="utf-8"))
    return (
        relative,
        package.files,
        package.operations,
        package.warnings,
        "",
        config.client_class,
        markers,
        not_black_stable(package.files),
        list(package.sent_to_black),
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Outcome]]:
    work = tmp_path_factory.mktemp("corpus")
    out = work / "packages"
    outcomes: dict[str, Outcome] = {relative: Outcome() for relative in DOCUMENTS}
    jobs = [(relative, package_name_for(relative)) for relative in DOCUMENTS]
    with ProcessPoolExecutor(max_workers=2) as pool:
        for (
            relative,
            files,
            operations,
            warnings,
            error,
            client_class,
            markers,
            unstable,
            sent,
        ) in pool.map(_generate, jobs):
            outcome = outcomes[relative]
            (
                outcome.error,
                outcome.operations,
                outcome.warnings,
                outcome.client_class,
                outcome.markers,
            ) = (error, operations, warnings, client_class, markers)
            outcome.not_black_stable = unstable
            outcome.sent_to_black = sent
            if files is not None:
                write_tree(files, out / package_name_for(relative))
                outcome.generated = True
    built = {
        relative: out / package_name_for(relative)
        for relative, o in outcomes.items()
        if o.generated
    }
    python = make_venv(work / "venv")
    # One pip run for all; if one package breaks it, install them one by one to find which.
    everything = pip_install(python, list(built.values()))
    for relative, folder in built.items():
        outcomes[relative].installed = (
            None
            if everything.returncode == 0
            else (lambda r: None if r.returncode == 0 else r.stderr)(pip_install(python, [folder]))
        )
    importable = [
        (package_name_for(r) + "_sdk", outcomes[r].client_class)
        for r in built
        if outcomes[r].installed is None
    ]
    inspected = inspect_installed(python, importable, work)
    _, errors = mypy_errors(list(built.values()), out)
    for relative, folder in built.items():
        outcomes[relative].inspected = inspected.get(package_name_for(relative) + "_sdk", {})
        outcomes[relative].mypy = errors[folder]
    yield outcomes
    shutil.rmtree(work, ignore_errors=True)


def check_outcome(
    document: dict[str, Any], outcome: Outcome, site_hint: str = "site-packages"
) -> None:
    """Generated without any tool's marker in it, installed, imported from the venv, both
    clients built, one method per operation."""
    assert outcome.generated, f"generation failed: {outcome.error}"
    assert not outcome.markers, f"tool markers in the generated package: {outcome.markers[:10]}"
    assert outcome.installed is None, f"pip install failed: {outcome.installed}"
    assert (
        "error" not in outcome.inspected
    ), f"import or client construction failed:\n{outcome.inspected['error']}"
    assert (
        site_hint in outcome.inspected["file"]
    ), f"imported from {outcome.inspected['file']}, not the venv"
    expected = document_operations(document)
    for flavour in ("sync", "async"):
        methods = outcome.inspected[flavour]
        got = sorted((method, path) for method, path, _ in methods)
        assert (
            len(got) == len(expected) == outcome.operations
        ), f"{flavour}: {len(got)} methods, {len(expected)} operations in the document, {outcome.operations} reported"
        assert (
            got == expected
        ), f"{flavour}: methods and operations differ: missing {sorted(set(expected) - set(got))[:10]}, extra {sorted(set(got) - set(expected))[:10]}"


def _param(relative: str, *known: dict[str, str]) -> Any:
    reason = next((failures[relative] for failures in known if relative in failures), None)
    return (
        pytest.param(relative, marks=pytest.mark.xfail(strict=True, reason=reason))
        if reason
        else relative
    )


def test_corpus_is_present() -> None:
    """CI checks out shared/ beside the repository; without it the corpus tests would be empty."""
    assert CORPUS.is_dir(), f"{CORPUS} is missing"
    assert len(DOCUMENTS) >= 60
    assert set(KNOWN_FAILURES) | set(MYPY_FAILURES) <= set(
        DOCUMENTS
    ), "a known failure names a document that is not in the corpus"


@pytest.mark.slow
@pytest.mark.parametrize("relative", [_param(r, KNOWN_FAILURES) for r in DOCUMENTS])
def test_corpus_document_generates_a_working_package(
    relative: str, corpus: dict[str, Outcome]
) -> None:
    document = json.loads((CORPUS / relative).read_text(encoding="utf-8"))
    check_outcome(document, corpus[relative])


@pytest.mark.parametrize("relative", DOCUMENTS)
def test_corpus_files_written_without_black_are_black_stable(
    relative: str, corpus: dict[str, Outcome]
) -> None:
    assert not corpus[relative].not_black_stable


@pytest.mark.parametrize("relative", DOCUMENTS)
def test_corpus_rendered_files_need_no_black(relative: str, corpus: dict[str, Outcome]) -> None:
    """Issue 19: what the templates render for a public example document is in black's layout
    already; black formats only the models."""
    assert corpus[relative].sent_to_black == []


@pytest.mark.slow
@pytest.mark.parametrize("relative", [_param(r, KNOWN_FAILURES, MYPY_FAILURES) for r in DOCUMENTS])
def test_corpus_package_passes_mypy_strict(relative: str, corpus: dict[str, Outcome]) -> None:
    outcome = corpus[relative]
    assert outcome.generated, f"generation failed: {outcome.error}"
    assert not outcome.mypy, "mypy --strict:\n" + "\n".join(outcome.mypy[:20])


_SCHEMA_TYPES_NULL_DEFAULTS = [
    f"/paths/~1anything~1{path}/post/requestBody/content/application~1json/schema/properties/{name}/default: default null does not match type {kind}; dropped"
    for path, name, kind in [
        ("strings", "default (null)", "string"),
        ("numbers", "integer (default null)", "integer"),
        ("numbers", "number (default null)", "number"),
        ("arrays", "array<string> (with overall `null` default)", "array"),
    ]
]
_SCHEMA_VALIDATION_STRING_DEFAULTS = [
    f"/paths/~1anything~1oas-formats/parameters/{index}/schema/default: default {value} does not match type {kind}; read as {coerced}"
    for index, value, kind, coerced in [
        (0, '"12345"', "integer", "12345"),
        (1, '"3000000000"', "integer", "3000000000"),
        (2, '"1.0"', "number", "1.0"),
        (3, '"3000000000.0"', "number", "3000000000.0"),
    ]
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        (
            "3.0/openapi-workshop/post.json",
            [
                "/paths/~1hoot/post/responses: no response is documented; the method returns None",  # basicAuth is sent: no warning
            ],
        ),
        ("3.0/schema-types.json", _SCHEMA_TYPES_NULL_DEFAULTS),
        ("3.1/schema-types.json", _SCHEMA_TYPES_NULL_DEFAULTS),
        (
            "3.0/schema-validation.json",
            [
                *_SCHEMA_VALIDATION_STRING_DEFAULTS,
                # Python's re and ECMA-262 read a bare "{" as a literal; pydantic-core's engine
                # does not, so the models cannot hold this pattern (the server still checks it).
                "/paths/~1anything~1strings/parameters/3/schema/pattern: pattern"
                ' "^(?:{[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7}}|[0-9a-fA-F]{4}…'
                " is not supported by the models' regex engine; not checked by the client",
            ],
        ),
        ("3.1/schema-validation-local.json", _SCHEMA_VALIDATION_STRING_DEFAULTS),
    ],
)
def test_corpus_deviations_are_warned_with_their_pointer(
    relative: str, expected: list[str], corpus: dict[str, Outcome]
) -> None:
    """What these documents break (an empty Responses Object; defaults of the wrong type) is
    accepted or repaired, and each is a warning naming the place in the document; so is what the
    generated client cannot do (HTTP basic authentication)."""
    assert list(corpus[relative].warnings) == [
        f"{CORPUS / relative}#{warning}" for warning in expected
    ]


# -- defaults and the command line ---------------------------------------------------------------


def test_defaults_come_from_the_title() -> None:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Swagger Petstore - OpenAPI 3.0", "version": "1"},
        "servers": [{"url": "/api/v3"}],
        "paths": {},
    }
    name = default_name(document)
    assert name == "swagger_petstore"
    config = config_from_document(document, name)
    assert config == SdkConfig(
        package_name="swagger_petstore_sdk",
        distribution_name="swagger-petstore-sdk",
        version="0.1.0",
        client_class="SwaggerPetstore",
        api_key_env="SWAGGER_PETSTORE_API_KEY",
        base_url="http://localhost/api/v3",
        description="Typed Python client for the Swagger Petstore - OpenAPI 3.0 API.",
        spec="openapi.json",
        overlay=None,
        upstream_url=None,
        homepage=None,
        log_env="SWAGGER_PETSTORE_LOG",
        cli_name="swagger-petstore",
    )
    assert (
        config.base_url_env == "SWAGGER_PETSTORE_BASE_URL"
    )  # derived like log_env, not by each user
    assert (
        SdkConfig.from_mapping(
            {**vars(config), "api_key_env": "KREA_TOKEN", "base_url": "http://x"}
        ).base_url_env
        == "KREA_TOKEN_BASE_URL"
    )


@pytest.mark.parametrize(
    ("servers", "expected"),
    [
        (None, "http://localhost"),
        ([], "http://localhost"),
        ([{"url": "https://api.example.com/v1/"}], "https://api.example.com/v1"),
        (
            [
                {
                    "url": "{scheme}://{host}/v2",
                    "variables": {
                        "scheme": {"default": "https"},
                        "host": {"default": "example.org"},
                    },
                }
            ],
            "https://example.org/v2",
        ),
        ([{"url": "ftp://files.example.com"}], "http://localhost"),
        ([{"url": "//cdn.example.com/x"}], "http://cdn.example.com/x"),
        ([{"url": "https://a b"}], "https://a%20b"),
        ([{"url": "http://::"}], "http://localhost"),
        ([{"url": "http://example.com:99999"}], "http://localhost"),
        ([{"url": "http://[::1]:8080/v1"}], "http://[::1]:8080/v1"),
        (
            [{"url": 'https://api.example.com/\x7f\n"""é'}],
            "https://api.example.com/%7F%0A%22%22%22%C3%A9",
        ),
    ],
)
def test_default_base_url(servers: Any, expected: str) -> None:
    document: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}}
    if servers is not None:
        document["servers"] = servers
    assert default_base_url(document) == expected


@pytest.mark.parametrize(
    ("title", "expected", "client_class"),
    [
        ("GitHub v3 REST API", "github", "GitHub"),
        ("GitHub's official OpenAPI spec + Octokit extension", "github", "GitHub"),
        ("OpenAI API", "openai", "OpenAI"),
        ("NASA Open APIs", "nasa_open", "NASAOpen"),
        ("Swagger Petstore - OpenAPI 3.0", "swagger_petstore", "SwaggerPetstore"),
        ("", "api", "Api"),
        ("REST API v2", "api", "API"),
        ("None", "none", "NoneClient"),
        ("123 Numbers", "api_123_numbers", "Api123Numbers"),
        ("../../etc/passwd", "etc_passwd", "EtcPasswd"),
        ("Café API (beta)", "cafe", "Cafe"),
    ],
)
def test_default_name_is_a_plain_identifier(title: str, expected: str, client_class: str) -> None:
    """The name is the title's words in lower case; the client class spells them as the title
    does (acronyms and brand casing: ``OpenAI``, ``GitHub``)."""
    name = default_name({"info": {"title": title}})
    assert name == expected
    config = config_from_document({"info": {"title": title}}, name)
    assert config.client_class == client_class
    assert config.client_class.isidentifier() and config.client_class not in (
        "None",
        "True",
        "False",
    )


def test_a_chosen_name_gives_its_own_client_class() -> None:
    assert (
        config_from_document({"info": {"title": "OpenAI API"}}, "openai").client_class == "OpenAI"
    )
    assert (
        config_from_document({"info": {"title": "OpenAI API"}}, "my_openai").client_class
        == "MyOpenAI"
    )
    assert config_from_document({"info": {"title": "OpenAI API"}}, "other").client_class == "Other"


def test_reserved_client_names_get_a_suffix() -> None:
    assert config_from_document({}, "none").client_class == "NoneClient"
    assert config_from_document({}, "timeout").client_class == "TimeoutClient"
    assert config_from_document({}, "krea").client_class == "Krea"


def test_cli_generates_from_any_document_with_a_summary(tmp_path: Path) -> None:
    spec = tmp_path / "elsewhere" / "petstore.json"
    spec.parent.mkdir()
    shutil.copy(CORPUS / "3.0" / "petstore.json", spec)
    result = generate_cli(spec, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "swagger_petstore: 20 operations generated, 1 warnings" in result.stdout
    # GET /store/inventory takes only the api_key header, which the client does not send.
    assert (
        result.stderr
        == f"warning: {spec}#/components/securitySchemes/api_key: an API key in the header 'api_key' is not supported; the client sends `Authorization: Bearer <api key>`\n"
    )
    package = tmp_path / "out" / "swagger_petstore"
    assert (package / "src" / "swagger_petstore_sdk" / "_client.py").is_file()
    assert (
        'DEFAULT_BASE_URL = "http://petstore.swagger.io/v2"'
        in (package / "src" / "swagger_petstore_sdk" / "_constants.py").read_text()
    )
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["swagger_petstore"]

    named = generate_cli(spec, tmp_path / "out", "--name", "pets")
    assert named.returncode == 0, named.stderr
    assert (
        "class Pets(SyncAPIClient)"
        in (tmp_path / "out" / "pets" / "src" / "pets_sdk" / "_client.py").read_text()
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--name", "x"], "--name applies to --spec only"),
        (["--spec", "{spec}"], "--spec needs --out DIR"),
        (
            ["--spec", "{spec}", "--out", "{out}", "--name", "../evil"],
            "invalid provider name '../evil'",
        ),
        (["--spec", "{spec}", "--out", "{out}", "krea"], "either provider names or --spec"),
    ],
)
def test_cli_spec_errors(tmp_path: Path, arguments: list[str], message: str) -> None:
    spec = CORPUS / "3.0" / "petstore.json"
    argv = [a.format(spec=spec, out=tmp_path / "out") for a in arguments]
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert not (tmp_path / "out").exists()


# -- GitHub's REST API -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def github_spec() -> Path:
    """The pinned ``@octokit/openapi`` from package.json; installed with ``npm ci`` if missing."""
    if not GITHUB_SPEC.is_file():
        npm = shutil.which("npm")
        assert npm, "npm is needed to install @octokit/openapi (package.json devDependency)"
        result = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
    return GITHUB_SPEC


@dataclass
class GitHubBuild:
    document: dict[str, Any]
    outcome: Outcome
    seconds: dict[str, float]


@pytest.fixture(scope="module")
def github(github_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GitHubBuild]:
    """Generated, installed and type-checked once for the GitHub tests."""
    work = tmp_path_factory.mktemp("github")
    document = json.loads(github_spec.read_text(encoding="utf-8"))
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    package = build_document(github_spec, "github")
    seconds["generate"] = time.perf_counter() - started
    folder = work / "github"
    write_tree(package.files, folder)
    outcome = Outcome(
        generated=True,
        operations=package.operations,
        warnings=package.warnings,
        client_class="GitHub",
    )
    outcome.markers = tool_markers(package.files, github_spec.read_text(encoding="utf-8"))
    outcome.not_black_stable = not_black_stable(package.files)
    outcome.sent_to_black = list(package.sent_to_black)
    python = make_venv(work / "venv")
    install = pip_install(python, [folder])
    outcome.installed = None if install.returncode == 0 else install.stderr
    if outcome.installed is None:
        outcome.inspected = inspect_installed(python, [("github_sdk", "GitHub")], work).get(
            "github_sdk", {}
        )
    started = time.perf_counter()
    _, errors = mypy_errors([folder], work)
    seconds["mypy"] = time.perf_counter() - started
    outcome.mypy = errors[folder]
    yield GitHubBuild(document, outcome, seconds)
    shutil.rmtree(work, ignore_errors=True)


@pytest.mark.slow
def test_github_rest_api_generates_a_working_package(github: GitHubBuild) -> None:
    """Installs, imports, builds both clients; every one of the 1,223 operations is a method."""
    assert len(document_operations(github.document)) == 1223
    print(
        f"github: generated in {github.seconds['generate']:.1f}s, mypy --strict in {github.seconds['mypy']:.1f}s; warnings: {list(github.outcome.warnings)}"
    )
    check_outcome(github.document, github.outcome)


@pytest.mark.slow
def test_github_files_written_without_black_are_black_stable(github: GitHubBuild) -> None:
    assert not github.outcome.not_black_stable


@pytest.mark.slow
def test_github_rendered_files_need_no_black(github: GitHubBuild) -> None:
    """Issue 19: black formats only datamodel-code-generator's models; every file our
    templates render for GitHub's 1,223 operations is written in black's layout already."""
    assert github.outcome.sent_to_black == []


@pytest.mark.slow
def test_github_package_passes_mypy_strict(github: GitHubBuild) -> None:
    assert not github.outcome.mypy, "mypy --strict:\n" + "\n".join(github.outcome.mypy[:20])
