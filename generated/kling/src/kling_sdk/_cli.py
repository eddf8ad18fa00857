"""The package's command line: every API operation as ``<program> <resource> <command>``.

The commands come from ``_cli_table`` (generated from the API description); each command's
options come from its method's own signature, so a value the method would refuse (a number out
of range, a value not in an enum) is refused here too, by the same checks, before anything is
sent. The key comes from the API-key variable (``API_KEY_ENV``) (never from an option: command lines end
up in shell histories and process lists), the base URL from ``--base-url`` or the base-URL variable (``BASE_URL_ENV``).

Exit codes: 0 success, 1 the API or the network failed (an error status, a failed or timed-out
job: the job ids are printed, so the job can be resumed), 2 a usage error (an unknown option, a
missing or invalid argument, no API key): nothing was sent. Imported only when the command line
runs, never by the client.
"""

from __future__ import annotations

import argparse
import enum
import importlib
import json
import sys
import types
import typing
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, NoReturn

import pydantic

from ._cli_table import COMMANDS, PROG
from ._client import SyncClient
from ._constants import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL, LOG_ENV
from ._exceptions import PackageError, RequestValidationError
from ._types import NotGiven
from ._version import __version__

__all__ = ["main"]

EXIT_OK, EXIT_API_ERROR, EXIT_USAGE = 0, 1, 2
_SCALARS: dict[Any, type] = {int: int, float: float, str: str, datetime: str, date: str}


class _UsageError(Exception):
    """A command line that cannot be sent: exit 2."""


# -- argument types, from the method's signature ---------------------------------------------


def _members(annotation: Any) -> list[Any]:
    """The alternatives of ``annotation`` with ``NotGiven`` and ``None`` left out, through type
    aliases and ``Annotated``."""
    value = getattr(annotation, "__value__", None)  # a TypeAliasType
    if value is not None:
        return _members(value)
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _members(typing.get_args(annotation)[0])
    if origin is typing.Union or origin is types.UnionType:
        return [member for arg in typing.get_args(annotation) for member in _members(arg)]
    if annotation is NotGiven or annotation is type(None):
        return []
    return [annotation]


def _literal_values(member: Any) -> list[Any] | None:
    if typing.get_origin(member) is Literal:
        return list(typing.get_args(member))
    if isinstance(member, type) and issubclass(member, enum.Enum):
        return [item.value for item in member]
    return None


def _options(annotation: Any, location: str) -> dict[str, Any]:
    """``add_argument`` keywords for a parameter of type ``annotation``: a scalar converted by
    its type, the values of an enum as choices, ``--flag/--no-flag`` for a boolean, a list of
    scalars as several values, a path for a file, and JSON text for anything else."""
    if location == "file":
        return {"type": Path, "metavar": "PATH"}
    if location in ("whole_body", "raw"):
        return (
            {"type": _json_value, "metavar": "JSON"}
            if location == "whole_body"
            else {"type": _text_bytes, "metavar": "TEXT"}
        )
    members = _members(annotation)
    values = [_literal_values(member) for member in members]
    if members and all(found is not None for found in values):  # a closed enum: choices
        choices = [value for found in values for value in found or []]
        kinds = {type(choice) for choice in choices}
        if kinds <= {str} or kinds <= {int}:
            return {"type": kinds.pop() if kinds else str, "choices": choices}
    if any(found is not None for found in values) and str in members:  # known values, any string
        known = [value for found in values for value in found or []]
        return {
            "type": str,
            "metavar": "TEXT",
            "help_suffix": "known values: " + ", ".join(map(str, known)),
        }
    if members == [bool]:
        return {"action": _Boolean}
    scalars = {_SCALARS[member] for member in members if member in _SCALARS}
    if members and len(scalars) == 1 and all(member in _SCALARS for member in members):
        kind = scalars.pop()
        return {"type": kind, "metavar": {int: "INT", float: "NUMBER"}.get(kind, "TEXT")}
    if len(members) == 1 and typing.get_origin(members[0]) in (list, typing.List, Sequence):
        [item] = typing.get_args(members[0]) or [Any]
        inner = _options(item, "")
        if "type" in inner and inner.get("type") is not _json_value:
            return {**inner, "nargs": "+"}
    return {"type": _json_value, "metavar": "JSON"}


class _Boolean(argparse.BooleanOptionalAction):
    """``--x`` sets true, ``--no-x`` false. argparse's own decides by the ``--no-`` prefix, so an
    argument whose option itself starts with it (``--no-watermark``) could never be true."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        if option_string in self.option_strings:
            setattr(namespace, self.dest, option_string == self.option_strings[0])


def _json_value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not valid JSON ({error})") from None


def _text_bytes(text: str) -> bytes:
    return text.encode("utf-8")


def _signature(resource_class: Any, method: str) -> dict[str, Any]:
    function = getattr(resource_class, method)
    try:
        return typing.get_type_hints(function, include_extras=True)
    except Exception:  # an annotation that cannot be resolved here: take the text as given
        return {}


# -- the parser ---------------------------------------------------------------------------------


def _selected(argv: Sequence[str]) -> tuple[str, str] | None:
    """The ``resource command`` of ``argv`` (only that command's options are built)."""
    words: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--base-url":
            skip = True
        elif not arg.startswith("-"):
            words.append(arg)
            if len(words) == 2:
                return words[0], words[1]
    return None


def _parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=f"Call the API from the command line. The key comes from {API_KEY_ENV}; {LOG_ENV}=info|debug logs each request.",
        epilog="Exit codes: 0 success, 1 API or network error, 2 usage error (nothing was sent).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--base-url", help=f"API base URL (default: {BASE_URL_ENV}, then {DEFAULT_BASE_URL})"
    )
    resources = parser.add_subparsers(dest="resource", metavar="RESOURCE", required=True)
    selected = _selected(argv)
    for resource_name, resource in COMMANDS.items():
        resource_parser = resources.add_parser(
            resource_name, help=_help(resource["help"]), description=resource["help"]
        )
        commands = resource_parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
        for command_name, entry in resource["commands"].items():
            command = commands.add_parser(
                command_name, help=_help(entry["help"]), description=entry["help"]
            )
            if selected == (resource_name, command_name):
                _add_arguments(command, entry)
    return parser


def _help(text: str) -> str:
    """``text`` as argparse help, which is a %-format string (the API's ``100%`` must stay text)."""
    return text.replace("%", "%%")


def _add_arguments(parser: argparse.ArgumentParser, entry: dict[str, Any]) -> None:
    resource_class = _resource_class(entry)
    hints = _signature(resource_class, entry["method"])
    required = parser.add_argument_group("required arguments")
    for param in entry["params"]:
        options = _options(hints.get(param["name"], str), param["location"])
        suffix = options.pop("help_suffix", "")
        text = _help("; ".join(part for part in (param["help"], suffix) if part)) or None
        if param["location"] == "path":
            parser.add_argument(
                _dest(param),
                help=text,
                **{
                    "metavar": param["flag"],
                    **{k: v for k, v in options.items() if k != "metavar"},
                },
            )
            continue
        group = required if param["required"] else parser
        group.add_argument(
            param["flag"], dest=_dest(param), default=argparse.SUPPRESS, help=text, **options
        )
    parser.add_argument(
        "--json-body",
        metavar="FILE",
        help="arguments (or the request body) as a JSON file, - for standard input; options given beside it win",
    )
    if entry["waits"]:
        parser.add_argument(
            "--wait",
            action="store_true",
            help="follow the job until it ends, and print its final state",
        )
        parser.add_argument(
            "--wait-timeout",
            type=float,
            default=900.0,
            metavar="SECONDS",
            help="give up waiting after this long (default: 900; the job keeps running)",
        )
        parser.add_argument(
            "--download", metavar="DIR", help="save the result files into DIR (implies --wait)"
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="no progress display on the terminal"
        )
    parser.add_argument("--timeout", type=float, metavar="SECONDS", help="per-request timeout")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _dest(param: dict[str, Any]) -> str:
    """Where argparse keeps an API argument: apart from the command line's own ``resource``,
    ``command``, ``timeout``, ``json``, ``wait``…, which an argument of the same name would overwrite.
    """
    return "arg_" + str(param["name"])


def _resource_class(entry: dict[str, Any]) -> Any:
    """The class of the command's resource (a client needs a key; ``--help`` does not)."""
    return getattr(
        importlib.import_module(f"{__package__}.resources.{entry['module']}"), entry["class"]
    )


# -- running a command --------------------------------------------------------------------------


def _read_json_body(path: str) -> Any:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        return json.loads(text)
    except OSError as error:
        raise _UsageError(f"--json-body: cannot read {path}: {error.strerror or error}") from None
    except ValueError as error:
        raise _UsageError(f"--json-body: {path} is not valid JSON ({error})") from None


def _arguments(
    entry: dict[str, Any], namespace: argparse.Namespace
) -> tuple[list[Any], dict[str, Any]]:
    """Positional and keyword arguments of the method: ``--json-body`` first, options over it."""
    params = entry["params"]
    keywords: dict[str, Any] = {}
    if getattr(namespace, "json_body", None) is not None:
        body = _read_json_body(namespace.json_body)
        whole = next((p for p in params if p["location"] in ("whole_body", "raw")), None)
        if whole is not None:
            keywords[whole["name"]] = body
        elif not isinstance(body, dict):
            raise _UsageError("--json-body: expected a JSON object of arguments")
        else:
            names = {
                key: p["name"]
                for p in params
                if p["location"] != "path"
                for key in (p["name"], p["wire"])
                if key
            }
            unknown = sorted(key for key in body if key not in names)
            if unknown:
                raise _UsageError(
                    f"--json-body: unknown argument(s) {', '.join(unknown)}; expected some of {', '.join(sorted(set(names.values())))}"
                )
            keywords.update({names[key]: value for key, value in body.items()})
    positional = [getattr(namespace, _dest(p)) for p in params if p["location"] == "path"]
    for param in params:
        if param["location"] != "path" and hasattr(namespace, _dest(param)):
            keywords[param["name"]] = getattr(namespace, _dest(param))
    missing = [
        p["flag"]
        for p in params
        if p["required"] and p["location"] != "path" and p["name"] not in keywords
    ]
    if missing:
        raise _UsageError(f"the following arguments are required: {', '.join(missing)}")
    return positional, keywords


class DownloadError(Exception):
    """The jobs ended but their files could not be saved (a full disk, a folder that cannot be
    written): exit 1 with the job ids, so the results can be fetched again without paying twice."""

    def __init__(self, message: str, job_ids: Sequence[str]) -> None:
        super().__init__(message)
        self.job_ids = tuple(job_ids)


def _run(
    client: SyncClient, entry: dict[str, Any], namespace: argparse.Namespace
) -> tuple[Any, list[Path]]:
    positional, keywords = _arguments(entry, namespace)
    if namespace.timeout is not None:
        keywords["timeout"] = namespace.timeout
    resource = getattr(client, entry["resource"])
    download = getattr(namespace, "download", None)
    waiting = bool(getattr(namespace, "wait", False) or download)
    progress = not getattr(namespace, "no_progress", True)
    job_ids: list[str] = [str(positional[0])] if entry["waits"] == "wait" and positional else []
    if waiting and entry["waits"] == "and_wait":
        result = getattr(resource, entry["method"] + "_and_wait")(
            *positional,
            **keywords,
            wait_timeout=namespace.wait_timeout,
            progress=progress,
            on_created=job_ids.extend,
        )
    elif waiting:
        keywords.pop("timeout", None)
        result = resource.wait(*positional, timeout=namespace.wait_timeout, progress=progress)
    else:
        result = getattr(resource, entry["method"])(*positional, **keywords)
    files: list[Path] = []
    if download:
        poller = getattr(client, entry["download"])
        try:
            for job in result if isinstance(result, list) else [result]:
                files.extend(poller.download_results(job, download, progress=progress))
        except PackageError as error:  # the download itself failed: the jobs still ended
            if not getattr(error, "job_ids", None):
                setattr(error, "job_ids", tuple(job_ids))
            raise
        except OSError as error:
            reason = error.strerror or str(error)
            where = error.filename if error.filename is not None else download
            raise DownloadError(
                f"the job(s) ended but the files could not be saved into {where}: {reason}", job_ids
            ) from None
    return result, files


# -- output ---------------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """JSON-ready data with the API's own field names."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True)
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, Path):
        return str(value)
    return value


def _scalar(value: Any) -> str:
    return "null" if value is None else json.dumps(value) if isinstance(value, bool) else str(value)


def text_lines(value: Any, indent: str = "") -> list[str]:
    """``value`` as indented ``key: value`` lines (nested objects below their key, list items after ``-``)."""
    if isinstance(value, dict):
        lines: list[str] = []
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{indent}{key}:")
                lines.extend(text_lines(item, indent + "  "))
            else:
                lines.append(
                    f"{indent}{key}: {_scalar(item) if not isinstance(item, (dict, list)) else json.dumps(item)}"
                )
        return lines
    if isinstance(value, list):
        lines = []
        for item in value:
            nested = text_lines(item, indent + "  ")
            if nested:
                lines.append(f"{indent}- {nested[0].lstrip()}")
                lines.extend(nested[1:])
            else:
                lines.append(f"{indent}- {json.dumps(item)}")
        return lines
    return [f"{indent}{_scalar(value)}"]


def _print_result(result: Any, files: list[Path], as_json: bool) -> None:
    if isinstance(result, bytes):
        sys.stdout.buffer.write(result)
        sys.stdout.flush()
        return
    data = plain(result)
    if as_json:
        output = {"result": data, "files": [str(path) for path in files]} if files else data
        print(json.dumps(output, indent=2, ensure_ascii=False))
        return
    if data is not None:
        print("\n".join(text_lines(data)))
    for path in files:
        print(f"saved {path}")


def _report_error(error: BaseException, as_json: bool) -> None:
    job_ids = tuple(getattr(error, "job_ids", ()) or ())
    if as_json:
        fields: dict[str, Any] = {"error": type(error).__name__, "message": str(error)}
        for name in ("status_code", "code", "request_id"):
            if getattr(error, name, None) is not None:
                fields[name] = getattr(error, name)
        if job_ids:
            fields["job_ids"] = list(job_ids)
        print(json.dumps(fields, ensure_ascii=False), file=sys.stderr)
        return
    print(f"{PROG}: error: {type(error).__name__}: {error}", file=sys.stderr)
    if job_ids:
        print(f"{PROG}: started job(s), still on the server: {', '.join(job_ids)}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code (0, 1 or 2)."""
    args = list(sys.argv[1:] if argv is None else argv)
    parser = _parser(args)
    try:
        namespace = parser.parse_args(args)
    except SystemExit as exit_:  # --help, --version (0) or a usage error (2)
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    entry = COMMANDS[namespace.resource]["commands"][namespace.command]
    as_json = bool(getattr(namespace, "json", False))
    try:
        client = SyncClient(base_url=namespace.base_url)
    except PackageError as error:  # no API key
        return _usage(parser, str(error))
    try:
        with client:
            result, files = _run(client, entry, namespace)
    except _UsageError as error:
        return _usage(parser, str(error))
    except RequestValidationError as error:
        _report_error(error, as_json)
        return EXIT_USAGE
    except PackageError as error:
        _report_error(error, as_json)
        return EXIT_API_ERROR
    except DownloadError as error:
        _report_error(error, as_json)
        return EXIT_API_ERROR
    except KeyboardInterrupt as error:
        _report_error(error, as_json)
        return 130
    _print_result(result, files, as_json)
    return EXIT_OK


def _usage(parser: argparse.ArgumentParser, message: str) -> int:
    parser.print_usage(sys.stderr)
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return EXIT_USAGE
