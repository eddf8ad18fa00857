"""What every part of the builder shares: the documents, the models it adds, its warnings.

The builder reads the normalized document, but its warnings point into the document as
written (``source``): the ``written_*`` helpers find where a normalized part came from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.errors import pointer_tokens, to_pointer, unescape_pointer_token
from generator.spec.keywords import SCHEMA_REF_PREFIX
from generator.naming import numbered, safe_class_name
from generator.spec.config import SdkConfig
from generator.ir.model import SIGNATURE_NAMES

# Names the body of a generated method uses; an argument must not shadow them.
RESERVED_ARGUMENTS = SIGNATURE_NAMES | frozenset(
    {
        "self",
        "models",
        "cast",
        "given",
        "pick",
        "format_path",
        "validate_arguments",
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "NOT_GIVEN",
        "httpx",
        "datetime",
        "date",
        "annotations",
        # the arguments …_and_wait adds to an operation's own
        "wait_timeout",
        "poll_interval",
        "on_progress",
        "on_created",
        "progress",
    }
)
_JSON_TYPES = ("application/json",)


def is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base in _JSON_TYPES or base.endswith("+json")


class BuildContext:
    """The state of one build: read by every part, added to by some (models, warnings)."""

    def __init__(
        self,
        document: dict[str, Any],
        config: SdkConfig,
        name: str,
        file: Path,
        source: dict[str, Any] | None = None,
    ) -> None:
        self.document = document
        self.source = (
            source if source is not None else document
        )  # as written: warnings point into it
        self.config = config
        self.name = name
        self.file = file
        self.components: dict[str, Any] = (document.get("components") or {}).get("schemas") or {}
        self.extra_schemas: dict[str, Any] = {}
        self.warnings: list[str] = []

    def resolve(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 50:
            schema = self.components.get(schema["$ref"][len(SCHEMA_REF_PREFIX) :], {})
            seen += 1
        return schema

    def written_parameter(self, where: str, index: int, raw: dict[str, Any]) -> str:
        """The pointer of parameter ``index`` of the normalized operation at ``where`` in the
        document as written, where it may be a ``$ref`` or one of the path item's parameters
        (normalization copies those into each operation, first)."""
        _, _, token, method = where.split("/")
        path = unescape_pointer_token(token)
        item = (self.source.get("paths") or {}).get(path)
        if isinstance(item, dict):
            operation = item.get(method)
            own = operation.get("parameters") if isinstance(operation, dict) else None
            for base, written in (
                (where, own),
                (to_pointer(["paths", path]), item.get("parameters")),
            ):
                for position, entry in enumerate(written if isinstance(written, list) else []):
                    target = self.written_target(entry)
                    if isinstance(target, dict) and (target.get("name"), target.get("in")) == (
                        raw.get("name"),
                        raw.get("in"),
                    ):
                        return f"{base}/parameters/{position}"
        return f"{where}/parameters/{index}"

    def written_target(self, value: Any) -> Any:
        """``value`` with its local ``$ref``s followed in the document as written."""
        for _ in range(50):
            if not (
                isinstance(value, dict)
                and isinstance(value.get("$ref"), str)
                and value["$ref"].startswith("#/")
            ):
                break
            node: Any = self.source
            for token in pointer_tokens(value["$ref"]):
                if isinstance(node, list) and token.isdigit() and int(token) < len(node):
                    node = node[int(token)]
                else:
                    node = node.get(token) if isinstance(node, dict) else None
            value = node
        return value

    def written_item(self, path: str) -> str:
        """The pointer of path item ``path`` as written (the target of its ``$ref``, if any)."""
        item = (self.source.get("paths") or {}).get(path)
        ref = item.get("$ref") if isinstance(item, dict) else None
        return (
            ref[1:]
            if isinstance(ref, str) and ref.startswith("#/")
            else to_pointer(["paths", path])
        )

    def new_model_name(self, wanted: str) -> str:
        return numbered(safe_class_name(wanted), set(self.components) | set(self.extra_schemas))

    @staticmethod
    def unique(name: str, used: set[str]) -> str:
        while name in used:
            name += "_"
        used.add(name)
        return name
