"""Upload built distributions to a package index, skipping every file the index already has.

Publishing must be safe to repeat (CI reruns, five packages released at different times): an
index refuses a file name it has seen, so before uploading we ask the index's simple API
(PEP 503 HTML or PEP 691 JSON) which files of each project it holds, and upload only the
others, with twine. The password or token is read from the environment, handed to twine
through its environment (never on a command line) and scrubbed from everything we print.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import TextIO
from urllib.parse import quote, quote_plus, unquote, urljoin, urlsplit, urlunsplit

import httpx
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)

from generator.errors import GeneratorError

DEFAULT_REPOSITORY_URL = "https://upload.pypi.org/legacy/"
DEFAULT_USERNAME = "__token__"  # PyPI API tokens are sent with this user name
ENV_REPOSITORY_URL = "TWINE_REPOSITORY_URL"
ENV_USERNAME = "TWINE_USERNAME"
ENV_PASSWORD = "TWINE_PASSWORD"
ENV_INDEX_URL = "PUBLISH_INDEX_URL"

# Upload endpoints whose simple index lives on another host.
KNOWN_INDEXES = {
    "https://upload.pypi.org/legacy/": "https://pypi.org/simple/",
    "https://test.pypi.org/legacy/": "https://test.pypi.org/simple/",
}
SIMPLE_ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1"
_MAX_REDIRECTS = 5

Runner = Callable[..., "subprocess.CompletedProcess[str]"]


def strip_credentials(url: str) -> str:
    """``url`` without a ``user:password@`` part, for printing."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def default_index_url(repository_url: str) -> str:
    """Where the simple API of the index behind an upload URL is.

    PyPI and TestPyPI upload to another host; other servers (pypiserver, devpi-like
    ``…/legacy/`` endpoints) serve ``simple/`` next to the upload endpoint.
    """
    normalized = repository_url if repository_url.endswith("/") else repository_url + "/"
    if normalized in KNOWN_INDEXES:
        return KNOWN_INDEXES[normalized]
    if normalized.endswith("/legacy/"):
        normalized = normalized[: -len("legacy/")]
    return normalized + "simple/"


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme, (parts.hostname or "").lower(), parts.port


@dataclass(frozen=True)
class Settings:
    """Where and as whom to publish; ``password`` never appears in a repr."""

    repository_url: str
    index_url: str
    username: str
    password: str = field(repr=False)

    @classmethod
    def from_environment(cls, env: Mapping[str, str]) -> Settings:
        repository_url = env.get(ENV_REPOSITORY_URL) or DEFAULT_REPOSITORY_URL
        for url in (repository_url, env.get(ENV_INDEX_URL) or ""):
            if url and urlsplit(url).scheme not in ("http", "https"):
                raise GeneratorError(f"not an http(s) URL: {strip_credentials(url)!r}")
        return cls(
            repository_url=repository_url,
            index_url=env.get(ENV_INDEX_URL) or default_index_url(repository_url),
            username=env.get(ENV_USERNAME) or DEFAULT_USERNAME,
            password=env.get(ENV_PASSWORD) or "",
        )

    def redact(self, text: str) -> str:
        """``text`` with the password (also URL-encoded) replaced by ``***``."""
        if not self.password:
            return text
        for secret in sorted(
            {self.password, quote(self.password, safe=""), quote_plus(self.password)},
            key=len,
            reverse=True,
        ):
            text = text.replace(secret, "***")
        return text

    def index_auth(self) -> tuple[str, str] | None:
        """Credentials for reading the index, only when it is the upload server itself.

        Another host (``pypi.org`` for ``upload.pypi.org``) never receives the token.
        """
        if self.password and _origin(self.index_url) == _origin(self.repository_url):
            return self.username, self.password
        return None


@dataclass(frozen=True)
class Distribution:
    """A built sdist or wheel, named as the index will store it."""

    path: Path
    project: str  # canonical (PEP 503) project name
    version: str

    @property
    def filename(self) -> str:
        return self.path.name


def parse_distribution(path: Path) -> Distribution:
    """Project and version from a wheel or sdist file name."""
    try:
        if path.name.endswith(".whl"):
            name, version, _build, _tags = parse_wheel_filename(path.name)
        elif path.name.endswith(".tar.gz"):
            name, version = parse_sdist_filename(path.name)
        else:
            raise GeneratorError(f"{path}: not a wheel or an sdist (.whl, .tar.gz)")
    except (InvalidWheelFilename, InvalidSdistFilename) as exc:
        raise GeneratorError(f"{path}: {exc}") from exc
    return Distribution(path=path, project=canonicalize_name(name), version=str(version))


def find_distributions(dist_dir: Path) -> list[Distribution]:
    """Every wheel and sdist under ``dist_dir`` (``dist/<provider>/`` as ``make build`` lays them out)."""
    if not dist_dir.is_dir():
        raise GeneratorError(f"{dist_dir}: no such directory (run `make build` first)")
    found = sorted(
        p
        for p in dist_dir.rglob("*")
        if p.is_file() and (p.name.endswith(".whl") or p.name.endswith(".tar.gz"))
    )
    if not found:
        raise GeneratorError(f"{dist_dir}: no wheels or sdists (run `make build` first)")
    return [parse_distribution(p) for p in found]


class _Anchors(HTMLParser):
    """File names of a PEP 503 project page: the last path segment of every link."""

    def __init__(self) -> None:
        super().__init__()
        self.files: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "a":
            return
        href = dict(attrs).get("href")
        if href:
            path = urlsplit(href).path
            name = unquote(path.rsplit("/", 1)[-1])
            if name:
                self.files.add(name)


def parse_project_page(content_type: str, body: bytes) -> set[str]:
    """File names listed on a simple-API project page (PEP 691 JSON or PEP 503 HTML)."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "application/vnd.pypi.simple.v1+json" or kind == "application/json":
        try:
            data = json.loads(body)
            return {str(entry["filename"]) for entry in data["files"]}
        except (ValueError, KeyError, TypeError) as exc:
            raise GeneratorError(f"malformed PEP 691 project page: {exc}") from exc
    parser = _Anchors()
    parser.feed(body.decode("utf-8", errors="replace"))
    parser.close()
    return parser.files


def index_files(client: httpx.Client, settings: Settings, project: str) -> set[str]:
    """File names the index holds for ``project``; empty when it does not know the project.

    Redirects are followed only on the same server: pypiserver answers an unknown project with
    a redirect to PyPI, whose files (perhaps another owner's project) say nothing about ours.
    """
    base = settings.index_url if settings.index_url.endswith("/") else settings.index_url + "/"
    url = urljoin(base, canonicalize_name(project) + "/")
    auth = settings.index_auth()
    for _ in range(_MAX_REDIRECTS + 1):
        try:
            response = client.get(url, headers={"Accept": SIMPLE_ACCEPT}, auth=auth)
        except httpx.HTTPError as exc:
            raise GeneratorError(
                settings.redact(
                    f"cannot read {strip_credentials(url)}: {type(exc).__name__}: {exc}"
                )
            ) from exc
        if response.is_redirect:
            target = urljoin(url, response.headers.get("Location", ""))
            if _origin(target) != _origin(url):
                return set()
            url = target
            continue
        if response.status_code in (404, 410):
            return set()
        if response.status_code != 200:
            raise GeneratorError(
                f"{strip_credentials(url)} answered HTTP {response.status_code}; cannot tell what is published"
            )
        return parse_project_page(response.headers.get("Content-Type", ""), response.content)
    raise GeneratorError(f"{strip_credentials(url)}: too many redirects")


@dataclass(frozen=True)
class VersionUpload:
    """One project version to publish: its files the index lacks and those it has."""

    project: str
    version: str
    upload: tuple[Distribution, ...]
    present: tuple[Distribution, ...]


def plan(
    distributions: Sequence[Distribution], settings: Settings, client: httpx.Client
) -> list[VersionUpload]:
    """Compare ``distributions`` with the index, one release per project version."""
    groups: dict[tuple[str, str], list[Distribution]] = {}
    for dist in distributions:
        groups.setdefault((dist.project, dist.version), []).append(dist)
    listings: dict[str, set[str]] = {}
    releases = []
    for (project, version), dists in sorted(groups.items()):
        if project not in listings:
            listings[project] = index_files(client, settings, project)
        on_index = listings[project]
        releases.append(
            VersionUpload(
                project=project,
                version=version,
                upload=tuple(d for d in dists if d.filename not in on_index),
                present=tuple(d for d in dists if d.filename in on_index),
            )
        )
    return releases


def twine_upload(
    files: Sequence[Path], settings: Settings, runner: Runner = subprocess.run
) -> tuple[int, str]:
    """Upload ``files`` with twine; returns its exit code and its redacted output.

    Credentials travel in twine's environment (``TWINE_USERNAME``/``TWINE_PASSWORD``), not in
    its arguments, and keyring is switched off so CI never waits on a desktop keyring.
    """
    env = dict(os.environ)
    env.update(
        {
            ENV_USERNAME: settings.username,
            ENV_PASSWORD: settings.password,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        }
    )
    env.pop(ENV_REPOSITORY_URL, None)
    env.pop("TWINE_REPOSITORY", None)
    command = [
        sys.executable,
        "-m",
        "twine",
        "--no-color",
        "upload",
        "--non-interactive",
        "--disable-progress-bar",
        "--repository-url",
        settings.repository_url,
        *(str(f) for f in files),
    ]
    result = runner(command, env=env, capture_output=True, text=True, check=False)
    output = (result.stdout or "") + (result.stderr or "")
    return result.returncode, settings.redact(output)


def publish(
    dist_dir: Path,
    settings: Settings,
    *,
    dry_run: bool = False,
    stage: Path | None = None,
    out: TextIO = sys.stdout,
    runner: Runner = subprocess.run,
    client: httpx.Client | None = None,
) -> int:
    """Upload what the index lacks (or, with ``stage``, copy it there for another uploader).

    Returns 0 when every release is on the index afterwards, 1 when an upload failed; the
    other releases are still attempted, and a rerun picks up where this one stopped.
    """
    uploading = not dry_run and stage is None
    if uploading and not settings.password:
        raise GeneratorError(
            f"set {ENV_PASSWORD} (a PyPI API token, or the index password) to upload"
        )
    distributions = find_distributions(dist_dir)
    action = "upload to" if uploading else "compare with"
    print(
        settings.redact(
            f"index {strip_credentials(settings.index_url)}; {action} {strip_credentials(settings.repository_url)} as {settings.username}"
        ),
        file=out,
    )
    own_client = client is None
    http = client or httpx.Client(timeout=httpx.Timeout(30.0, connect=10.0), follow_redirects=False)
    try:
        releases = plan(distributions, settings, http)
    finally:
        if own_client:
            http.close()

    uploaded = skipped = failed = 0
    if stage is not None:
        stage.mkdir(parents=True, exist_ok=True)
    for release in releases:
        label = f"{release.project} {release.version}"
        present = ", ".join(d.filename for d in release.present)
        if not release.upload:
            print(f"{label}: already on the index, skipped ({present})", file=out)
            skipped += 1
            continue
        if release.present:
            print(f"{label}: already on the index: {present}", file=out)
        names = ", ".join(d.filename for d in release.upload)
        if dry_run:
            print(f"{label}: would upload {names}", file=out)
            uploaded += 1
            continue
        if stage is not None:
            for dist in release.upload:
                shutil.copy2(dist.path, stage / dist.filename)
            print(f"{label}: staged {names} in {stage}", file=out)
            uploaded += 1
            continue
        print(f"{label}: uploading {names}", file=out)
        code, output = twine_upload([d.path for d in release.upload], settings, runner)
        for line in output.splitlines():
            if line.strip():
                print(f"  {line}", file=out)
        if code == 0:
            uploaded += 1
        else:
            print(f"{label}: upload FAILED (twine exit code {code})", file=out)
            failed += 1
    verb = "uploaded" if uploading else ("to upload" if dry_run else "staged")
    print(f"{verb}: {uploaded}, already published: {skipped}, failed: {failed}", file=out)
    return 1 if failed else 0
