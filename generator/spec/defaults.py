"""An SDK config for a lone OpenAPI document (``generate --spec``): defaults from its title.

The provider folders under ``specs/`` carry an ``sdk.yaml``; a document from elsewhere does not,
so everything is derived from one name (``--name``, or the document's title):

* name ``swagger_petstore`` (title ``Swagger Petstore - OpenAPI 3.0``: the part before a
  separator, without generic words like ``API``, ``REST``, ``OpenAPI``, ``spec`` and version
  marks like ``v3``; a word stays one word, so ``OpenAI API`` gives ``openai``);
* package ``swagger_petstore_sdk``, distribution ``swagger-petstore-sdk``, API-key variable
  ``SWAGGER_PETSTORE_API_KEY``, client class ``SwaggerPetstore`` (and ``AsyncSwaggerPetstore``):
  the name's words in PascalCase, each spelled as the title spells it, so ``OpenAI API`` gives
  ``OpenAI`` and ``GitHub v3 REST API`` gives ``GitHub`` (also with ``--name github``);
* base URL: ``servers[0].url`` with its variables' defaults, resolved against ``http://localhost``
  when relative; ``http://localhost`` when there is none or it is not an http(s) URL.

The result goes through the SDK-config JSON Schema like any ``sdk.yaml``, so a hostile title can
only ever produce the same plain identifiers.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin, urlsplit


from .config import SdkConfig
from .validation import validate_sdk_config

DEFAULT_BASE_URL = "http://localhost"
DEFAULT_VERSION = "0.1.0"
# Room for the ``_sdk`` / ``_API_KEY`` suffixes within the config schema's 64 characters.
_MAX_NAME = 40
_MAX_DESCRIPTION = 200
# Title parts after one of these are a subtitle: "Swagger Petstore - OpenAPI 3.0".
_SUBTITLE = re.compile(r"\s[-–—|:+]\s|[:(\[]")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_TITLE_WORD = re.compile(r"[A-Za-z0-9]+")
# Words an API title may carry that say nothing about which API it is ("GitHub's official
# OpenAPI spec").
_GENERIC_WORDS = frozenset(
    {"api", "apis", "rest", "restful", "http", "openapi", "spec", "specification", "official"}
)
_VERSION_WORD = re.compile(r"^[vV][0-9]+[a-z0-9]*$")
_URL = re.compile(r"^https?://[^\s]+$")
_VARIABLE = re.compile(r"\{([^{}]*)\}")
# Control characters (and lone surrogates) have no place in one line of package metadata.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# Names a client class must not take: the generated modules define or import them next to it.
_RUNTIME_NAMES = frozenset(
    {
        "SyncAPIClient",
        "AsyncAPIClient",
        "NotGiven",
        "Timeout",
        "Mapping",
        "FileInput",
        "RequestOptions",
        "RawResponse",
        "JobState",
        "JobError",
        "JobFailedError",
        "JobCanceledError",
        "JobTimeoutError",
        "Webhooks",
        "APIError",
        "APIStatusError",
        "APIConnectionError",
        "APITimeoutError",
        "APIResponseValidationError",
        "RequestValidationError",
        "Headers",
        "Query",
        "Body",
        "Any",
    }
)


def _title_words(text: str) -> list[str]:
    """The words of a title as written (``OpenAI``, ``GitHub`` stay one word each), without
    the generic ones (``API``, ``REST``) and version marks (``v3``)."""
    ascii_text = (
        unicodedata.normalize("NFKD", _POSSESSIVE.sub("", text))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    return [
        w
        for w in _TITLE_WORD.findall(ascii_text)
        if w.lower() not in _GENERIC_WORDS and not _VERSION_WORD.match(w)
    ]


def _name_words(document: Any, spec_file: Path | None = None) -> list[str]:
    """The words the default name is made of: the title's (before a subtitle separator, else
    the whole title), else the file name's; empty when none has any."""
    info = document.get("info") if isinstance(document, dict) else None
    title = str(info.get("title") or "") if isinstance(info, dict) else ""
    for text in (_SUBTITLE.split(title, maxsplit=1)[0], title, spec_file.stem if spec_file else ""):
        kept = _title_words(text)
        if kept:
            return kept
    return []


def default_name(document: Any, spec_file: Path | None = None) -> str:
    """A provider name from the document's title (else the file name, else ``api``):
    ``OpenAI API`` → ``openai``, ``GitHub v3 REST API`` → ``github``."""
    name = "_".join(w.lower() for w in _name_words(document, spec_file)) or "api"
    if not name[0].isalpha():
        name = "api_" + name
    return name[:_MAX_NAME].rstrip("_")


def _client_class(name: str, document: Any = None) -> str:
    """``name``'s words in PascalCase, each spelled as the title spells it when the title has it
    (``openai`` → ``OpenAI``, ``github`` → ``GitHub``: acronyms and brand casing kept)."""
    info = document.get("info") if isinstance(document, dict) else None
    title = str(info.get("title") or "") if isinstance(info, dict) else ""
    spelling: dict[str, str] = {}
    for word in _TITLE_WORD.findall(
        unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    ):
        spelling.setdefault(word.lower(), word)
    client = (
        "".join(
            (w := spelling.get(part, part))[:1].upper() + w[1:] for part in name.split("_") if part
        )
        or "Api"
    )
    if not client[0].isalpha():
        client = "Api" + client
    if (
        keyword.iskeyword(client)
        or client in dir(builtins)
        or client in _RUNTIME_NAMES
        or client.endswith("Resource")
    ):
        client += "Client"
    return client[:64]


def default_base_url(document: Any) -> str:
    """``servers[0].url`` made absolute, or ``http://localhost``."""
    servers = document.get("servers") if isinstance(document, dict) else None
    server = (
        servers[0] if isinstance(servers, list) and servers and isinstance(servers[0], dict) else {}
    )
    url = server.get("url")
    if not isinstance(url, str) or not url.strip():
        return DEFAULT_BASE_URL
    raw_variables = server.get("variables")
    variables: dict[str, Any] = raw_variables if isinstance(raw_variables, dict) else {}

    def substitute(match: re.Match[str]) -> str:
        variable = variables.get(match.group(1))
        default = variable.get("default") if isinstance(variable, dict) else None
        return str(default) if default is not None else ""

    url = _VARIABLE.sub(substitute, url.strip())
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", url):
        url = (
            urljoin(DEFAULT_BASE_URL + "/", url.lstrip("/"))
            if not url.startswith("//")
            else "http:" + url
        )
    # Percent-encode what a URL cannot hold (controls, spaces, quotes, non-ASCII), as a browser would.
    url = quote(url.rstrip("/"), safe=":/?#[]@!$&'()*+,;=%~")
    return url if _URL.match(url) and len(url) <= 2000 and _usable(url) else DEFAULT_BASE_URL


def _usable(url: str) -> bool:
    """Has a host and a valid port, and the generated clients' HTTP library accepts it."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return False
    if not parts.hostname:
        return False
    import httpx  # here: importing it costs a tenth of a small generation

    try:
        httpx.URL(url)
    except httpx.InvalidURL:
        return False
    return True


def _description(document: Any) -> str:
    info = document.get("info") if isinstance(document, dict) else None
    raw = str(info.get("title") or "") if isinstance(info, dict) else ""
    title = " ".join(_CONTROL.sub(" ", raw).split())
    if not title:
        text = "Typed Python client of an HTTP API."
    elif re.search(r"\bapi$", title, re.IGNORECASE):
        text = f"Typed Python client for the {title}."
    else:
        text = f"Typed Python client for the {title} API."
    return text if len(text) <= _MAX_DESCRIPTION else text[: _MAX_DESCRIPTION - 1] + "…"


def _homepage(document: Any) -> str | None:
    docs = document.get("externalDocs") if isinstance(document, dict) else None
    url = docs.get("url") if isinstance(docs, dict) else None
    return url if isinstance(url, str) and _URL.match(url) and len(url) <= 500 else None


def config_from_document(document: Any, name: str) -> SdkConfig:
    """The SDK config of a document without ``sdk.yaml``; ``name`` is the provider name
    (``^[a-z][a-z0-9_]*$``, see :func:`default_name`)."""
    data: dict[str, Any] = {
        "package_name": f"{name}_sdk",
        "distribution_name": name.replace("_", "-").strip("-") + "-sdk",
        "version": DEFAULT_VERSION,
        "client_class": _client_class(name, document),
        "api_key_env": f"{name.upper()}_API_KEY",
        "base_url": default_base_url(document),
        "description": _description(document),
    }
    homepage = _homepage(document)
    if homepage:
        data["homepage"] = homepage
    validate_sdk_config(data, Path(f"<defaults for {name}>"))
    return SdkConfig.from_mapping(data)
