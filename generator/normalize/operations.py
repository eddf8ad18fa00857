"""Give every operation a resource and a method name: ``client.<resource>.<method>(...)``.

An overlay or the spec may set ``x-sdk-resource`` / ``x-sdk-method`` explicitly; otherwise:

* the resource comes from the first tag (``Image`` → ``images``), or the first path segment;
* the method comes from the ``operationId`` without the resource's own words
  (``create_generation`` under ``generations`` → ``create``), or from the path:
  a collection gives ``list``/``create``, an item ``get``/``update``/``delete``, and an action
  segment its own name (``/generate/image/bfl/flux-1-dev`` → ``flux_1_dev``,
  ``/styles/{id}/share/link`` GET → ``get_share_link``).

Clashes inside a resource are resolved by prefixing earlier path segments, then the HTTP method.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.errors import SpecError, to_pointer
from generator.naming import safe_identifier, singular, snake_case, words
from .walk import iter_operations

RESOURCE = "x-sdk-resource"
METHOD = "x-sdk-method"

# Attributes that the generated client and resource classes define themselves.
RESERVED_RESOURCE_NAMES = frozenset(
    {
        "api_key",
        "base_url",
        "timeout",
        "max_retries",
        "close",
        "with_options",
        "copy",
        "request",
        "http_client",
        "default_headers",
        "aclose",
        "with_raw_response",
        "webhooks",
        "download",
    }
)
RESERVED_METHOD_NAMES = frozenset({"with_raw_response", "with_options", "request"})

_ITEM_VERBS = {
    "get": "get",
    "delete": "delete",
    "put": "update",
    "patch": "update",
    "post": "create",
    "head": "head",
    "options": "options",
    "trace": "trace",
}
_COLLECTION_VERBS = {
    "get": "list",
    "post": "create",
    "put": "update",
    "patch": "update",
    "delete": "delete",
    "head": "head",
    "options": "options",
    "trace": "trace",
}
_ACTION_PREFIX = {
    "get": "get_",
    "post": "",
    "delete": "delete_",
    "put": "update_",
    "patch": "update_",
    "head": "head_",
    "options": "options_",
    "trace": "trace_",
}


def _attribute(name: str, reserved: frozenset[str], fallback: str = "call") -> str:
    """An attribute name (method or resource): may reuse a builtin's name, never a keyword."""
    return safe_identifier(name, reserved, fallback=fallback, avoid_builtins=False)


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _segments(path: str) -> list[str]:
    return [segment for segment in path.strip("/").split("/") if segment]


def resource_name(path: str, operation: dict[str, Any]) -> str:
    tags = operation.get("tags") or []
    if tags and isinstance(tags[0], str) and words(tags[0]):
        tag_words = words(tags[0])
        name = snake_case(tags[0])
        # One noun names a collection (Image → images); mass nouns and gerunds stay (pricing).
        if len(tag_words) == 1 and not name.endswith(
            ("s", "ing", "data", "info", "media", "audio", "general")
        ):
            name += "s"
    else:
        statics = [
            s
            for s in _segments(path)
            if not _is_param(s) and not (s[:1] == "v" and s[1:].isdigit())
        ]
        name = snake_case(statics[0]) if statics else "default"
    return _attribute(name, RESERVED_RESOURCE_NAMES, fallback="api")


def _from_operation_id(operation_id: str, resource: str) -> str:
    resource_words = (
        {resource, singular(resource)}
        | {w for w in resource.split("_")}
        | {singular(w) for w in resource.split("_")}
    )
    kept = [w for w in snake_case(operation_id).split("_") if w and w not in resource_words]
    return "_".join(kept) or snake_case(operation_id)


def _from_path(method: str, path: str, resource: str) -> tuple[str, list[str]]:
    """Return the base method name and the static segments usable to disambiguate it."""
    segments = _segments(path)
    statics = [s for s in segments if not _is_param(s)]
    if segments and _is_param(segments[-1]):
        # An item: /jobs/{id} → get; a nested item /styles/{id}/versions/{v} → get_versions.
        previous = [i for i, s in enumerate(segments[:-1]) if _is_param(s)]
        after = segments[previous[-1] + 1 : -1] if previous else []
        return _ITEM_VERBS[method] + ("_" + snake_case("_".join(after)) if after else ""), statics
    params = [i for i, s in enumerate(segments) if _is_param(s)]
    if params:
        action = [s for s in segments[params[-1] + 1 :]]
        return _ACTION_PREFIX[method] + snake_case("_".join(action)), statics
    if (
        not statics
        or snake_case(statics[-1]) in (resource, singular(resource))
        or len(statics) == 1
    ):
        return _COLLECTION_VERBS[method], statics
    return _ACTION_PREFIX[method] + snake_case(statics[-1]), statics[:-1]


def name_operations(document: dict[str, Any], file: Path) -> None:
    """Set ``x-sdk-resource`` and ``x-sdk-method`` on every operation, in place."""
    # name -> list of (path, method, operation, base, context segments)
    wanted: dict[tuple[str, str], list[tuple[str, str, dict[str, Any], list[str]]]] = {}
    for path, method, operation in iter_operations(document):
        where = to_pointer(["paths", path, method])
        for keyword in (RESOURCE, METHOD):  # extensions: the OpenAPI schema lets any value through
            if operation.get(keyword) is not None and not isinstance(operation[keyword], str):
                raise SpecError(
                    file,
                    where + "/" + keyword,
                    f"must be text (a Python name), got {type(operation[keyword]).__name__} {str(operation[keyword])[:100]!r}",
                )
        resource = operation.get(RESOURCE) or resource_name(path, operation)
        if _attribute(resource, RESERVED_RESOURCE_NAMES) != resource:
            raise SpecError(
                file,
                where + "/" + RESOURCE,
                f"{resource!r} is not a usable resource name (try {_attribute(resource, RESERVED_RESOURCE_NAMES)!r})",
            )
        operation[RESOURCE] = resource
        explicit = operation.get(METHOD)
        if explicit:
            if _attribute(explicit, RESERVED_METHOD_NAMES) != explicit:
                raise SpecError(
                    file, where + "/" + METHOD, f"{explicit!r} is not a usable method name"
                )
            wanted.setdefault((resource, explicit), []).append((path, method, operation, []))
            continue
        if isinstance(operation.get("operationId"), str) and words(operation["operationId"]):
            base, context = _from_operation_id(operation["operationId"], resource), list[str]()
        else:
            base, context = _from_path(method, path, resource)
        base = _attribute(
            base, RESERVED_METHOD_NAMES, fallback=snake_case(context[-1]) if context else "call"
        )
        wanted.setdefault((resource, base), []).append((path, method, operation, context))

    taken = {key for key, users in wanted.items() if len(users) == 1}
    for (resource, base), users in wanted.items():
        if len(users) == 1:
            users[0][2][METHOD] = base
            continue
        for path, method, operation, context in users:
            if operation.get(METHOD) == base:
                raise SpecError(
                    file,
                    to_pointer(["paths", path, method, METHOD]),
                    f"{resource}.{base} is used by several operations",
                )
            candidates = []
            name = base
            for segment in reversed(context):  # earlier path segments: bfl_flux_1_dev
                name = _attribute(snake_case(segment) + "_" + name, RESERVED_METHOD_NAMES)
                candidates.append(name)
            params = [snake_case(s.strip("{}")) for s in _segments(path) if _is_param(s)]
            if params:  # the path's parameters: get_by_id_action
                candidates.append(
                    _attribute(f"{base}_by_{'_'.join(params)}", RESERVED_METHOD_NAMES)
                )
            candidates.append(_attribute(f"{name}_{method}", RESERVED_METHOD_NAMES))
            chosen = next((c for c in candidates if (resource, c) not in taken), None)
            number = 2
            while chosen is None:  # last resort, in document order: still deterministic
                chosen = f"{base}_{number}" if (resource, f"{base}_{number}") not in taken else None
                number += 1
            taken.add((resource, chosen))
            operation[METHOD] = chosen
