"""``python -m generator update PROVIDER``: fetch the vendor's current document and regenerate.

The document at the SDK config's ``upstream_url`` (or ``--url``) replaces the provider's spec
only when it differs and still validates, and only once the whole package has been rebuilt
from it in memory (overlay included): a vendor change that breaks our overlay leaves
``specs/`` and ``generated/`` exactly as they were. The API diff between the old and the new
package is printed, and written as Markdown with ``--report`` for a pull request's body.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx

from generator.paths import PROJECT_ROOT
from .diff import FAIL_ON, emit, exit_code
from generator.spec.config import load_config
from generator.diff.api import diff_provider
from generator.diff.model import DiffReport
from generator.diff.report import RENDERERS, render, render_markdown
from generator.diff.sources import snapshot_from_dir, snapshot_from_files
from generator.errors import GeneratorError, SpecError
from generator.spec.loading import parse_document
from generator.pipeline import GeneratedPackage, build_provider
from generator.spec.sources import CONFIG_FILE, check_provider_name
from generator.spec.validation import validate_openapi
from generator.output.writer import write_tree
from generator.normalize.names_lock import LOCK_FILE, write_lock

MAX_BYTES = 50 * 1024 * 1024  # a spec larger than this is not a spec


def download(url: str, timeout: float) -> bytes:
    """The document at ``url``; any failure is a :class:`GeneratorError` naming the URL."""
    if not url.startswith(("https://", "http://")):
        raise GeneratorError(f"{url}: only http(s) URLs can be downloaded")
    try:
        with httpx.Client(timeout=timeout, follow_redirects=True, headers={"Accept": "application/json, application/yaml;q=0.9, */*;q=0.5"}) as client:
            with client.stream("GET", url) as response:
                if response.status_code != 200:
                    raise GeneratorError(f"{url}: HTTP {response.status_code}, expected 200")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_BYTES:
                        raise GeneratorError(f"{url}: larger than {MAX_BYTES // (1024 * 1024)} MB, refusing it")
                return bytes(body)
    except httpx.HTTPError as exc:
        raise GeneratorError(f"{url}: download failed: {exc}") from exc


def _replace_file(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` atomically (a reader sees the old or the new file)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def build_with(specs_dir: Path, name: str, spec_name: str, content: bytes) -> GeneratedPackage:
    """Build the provider as if ``content`` were its spec, without touching ``specs_dir``."""
    with tempfile.TemporaryDirectory(prefix="generator-update-") as scratch:
        copy = Path(scratch) / name
        shutil.copytree(specs_dir / name, copy)
        (copy / spec_name).write_bytes(content)
        return build_provider(Path(scratch), name)


def run(args: argparse.Namespace) -> int:
    name = args.provider
    check_provider_name(name)
    specs_dir, out_dir = Path(args.specs), Path(args.out)
    config_file = specs_dir / name / CONFIG_FILE
    if not config_file.is_file():
        raise GeneratorError(f"{config_file}: no such SDK config (is {name!r} a provider under {specs_dir}?)")
    config = load_config(config_file)
    url = args.url or config.upstream_url
    if not url:
        raise GeneratorError(f"{config_file}: no upstream_url to update from (or pass --url)")
    spec_file = specs_dir / name / config.spec
    content = download(url, args.timeout)
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GeneratorError(f"{url}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    document = parse_document(text, spec_file)
    current = parse_document(spec_file.read_text(encoding="utf-8"), spec_file) if spec_file.is_file() else None
    if document == current:
        print(f"{name}: {spec_file} is up to date with {url}")
        return 0
    try:
        validate_openapi(document, spec_file)
    except SpecError as exc:
        raise GeneratorError(f"the document from {url} is invalid, {spec_file} left unchanged: {exc.pointer or '/'}: {exc.message}") from exc
    try:
        package = build_with(specs_dir, name, config.spec, content)
    except GeneratorError as exc:
        raise GeneratorError(f"the document from {url} cannot be generated, {spec_file} left unchanged: {exc}") from exc
    for warning in package.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    target = out_dir / name
    old = snapshot_from_dir(target, name) if target.is_dir() else None
    diff = diff_provider(old, snapshot_from_files(name, package.files, "upstream"), name=name, include_descriptions=args.include_descriptions)
    report = DiffReport(base=f"{spec_file} (before)", head=url, providers=(diff,))
    write_tree(package.files, target)
    _replace_file(spec_file, content)
    write_lock(specs_dir / name / LOCK_FILE, package.names_lock_text)  # built in a scratch copy
    print(f"{name}: updated {spec_file} from {url} and regenerated {target}", file=sys.stderr)
    if args.report:
        emit(render_markdown(report), args.report)
    emit(render(report, args.format), None)
    return exit_code(report, args.fail_on)


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "update",
        help="download a provider's current upstream document, regenerate, print the API diff",
        description="Replace specs/<provider>/<spec> with the vendor's current document when it changed and still validates.",
    )
    parser.add_argument("provider", metavar="PROVIDER", help="provider folder under specs/ (its sdk.yaml names upstream_url)")
    parser.add_argument("--url", help="download from this URL instead of upstream_url")
    parser.add_argument("--specs", default=str(PROJECT_ROOT / "specs"), help="folder of provider specs (default: specs/)")
    parser.add_argument("--out", default=str(PROJECT_ROOT / "generated"), help="output folder (default: generated/)")
    parser.add_argument("--format", choices=sorted(RENDERERS), default="text", help="format of the printed diff")
    parser.add_argument("--report", metavar="FILE", help="also write the diff as Markdown to FILE (only when the spec changed)")
    parser.add_argument("--fail-on", choices=[*FAIL_ON, "never"], default="never", help="exit 1 when the update brings a change this serious")
    parser.add_argument("--include-descriptions", action="store_true", help="also report description-only changes")
    parser.add_argument("--timeout", type=float, default=60.0, help="download timeout in seconds (default: 60)")
    parser.set_defaults(handler=run)
