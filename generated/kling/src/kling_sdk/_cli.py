"""The package's command line: every API operation as ``<program> <resource> <command>``.

Nothing here is generated for the command line alone: it reads the client's own typed surface
at run time. The resources are the client's resource attributes; a resource's commands are the
methods that make one API call (those its ``with_raw_response`` offers), each with the summary
line of its docstring as help; a command's options are its method's arguments, typed by their
annotations (a ``Literal`` or an enum gives choices, a ``bool`` a ``--x/--no-x`` pair, numbers
are converted, lists of scalars take several values, anything else is JSON text) and described
by the docstring's ``Args:`` section. So a value the method would refuse (a number out of range,
a value not in an enum) is refused here too, by the same checks, before anything is sent. A
command waits when its method has an ``…_and_wait`` twin, or when it is the status method of a
resource that follows jobs. The little a signature cannot say comes from ``_constants``: which
method reports a job's status (``CLI_STATUS``), which argument is a whole request body
(``CLI_BODY``), and names on the wire an argument's name does not give (``CLI_WIRE``).

Only what a command line needs is read: ``--help`` reads the client class, ``<resource>``
imports that resource's module, and only the command being run has its arguments resolved.

The key comes from the API-key variable (``API_KEY_ENV``) (never from an option: command lines
end up in shell histories and process lists), the base URL from ``--base-url`` or the base-URL
variable (``BASE_URL_ENV``).

Exit codes: 0 success, 1 the API or the network failed (an error status, a failed or timed-out
job: the job ids are printed, so the job can be resumed), 2 a usage error (an unknown option, a
missing or invalid argument, no API key): nothing was sent. Imported only when the command line
runs, never by the client.
"""

from __future__ import annotations

import argparse
import enum
import functools
import importlib
import inspect
import itertools
import json
import re
import sys
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

import pydantic

from ._client import SyncClient
from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    CLI_BODY,
    CLI_NAME,
    CLI_STATUS,
    CLI_WIRE,
    DEFAULT_BASE_URL,
    LOG_ENV,
)
from ._exceptions import PackageError, RequestValidationError
from ._types import NotGiven
from ._version import __version__

__all__ = ["main"]

PROG = CLI_NAME
EXIT_OK, EXIT_API_ERROR, EXIT_USAGE = 0, 1, 2
_SCALARS: dict[Any, type] = {int: int, float: float, str: str, datetime: str, date: str}
# Options of the command line itself; an API argument whose option (or, for a boolean, its
# ``--no-`` form) is one of them gets a ``-param`` suffix. Published names: never change these.
RESERVED_FLAGS = frozenset(
    {
        "--help",
        "--json",
        "--json-body",
        "--wait",
        "--wait-timeout",
        "--download",
        "--no-progress",
        "--base-url",
        "--version",
        "--timeout",
    }
)
_HELP_LENGTH = 200
# What every method takes besides the API's arguments (``_methods.RequestParams``).
_REQUEST_OPTIONS = frozenset({"extra_headers", "extra_query", "extra_body", "timeout"})
# How the docstring describes an old name of another argument (``preset_styles`` of ``styles``).
_ALIAS_HELP = re.compile(r"Deprecated alias of ``(\w+)``")


class _UsageError(Exception):
    """A command line that cannot be sent: exit 2."""


# -- the commands, from the client ---------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    """One command: the one-call method ``resource_class.method``, reached as ``client.<resource>``."""

    resource: str  # the client's attribute
    resource_class: Any
    method: str
    help: str
    waits: Literal["and_wait", "wait"] | None  # ``<method>_and_wait``, or the resource's ``wait``


@dataclass(frozen=True)
class Argument:
    """One argument of a command's method, as the command line offers it."""

    name: str  # the method's
    flag: str  # its option (``--aspect-ratio``), or its metavar when positional (``JOB_ID``)
    positional: bool
    required: bool
    whole_body: bool  # the whole request body (``--json-body FILE`` is this value)
    keys: tuple[str, ...]  # what ``--json-body`` may call it: its name, then its wire names
    help: str
    annotation: Any  # resolved; ``str`` when it cannot be
    file: bool  # a file to upload


def command_name(name: str) -> str:
    """``flux_1_dev`` -> ``flux-1-dev``; a trailing ``_`` (keyword escape) is dropped."""
    return name.rstrip("_").replace("_", "-")


def _first_sentence(text: str) -> str:
    """One line of help: the first paragraph's first sentence, at most 200 characters."""
    paragraph = " ".join(text.strip().split("\n\n")[0].split())
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraph, maxsplit=1)[0]
    return sentence if len(sentence) <= _HELP_LENGTH else sentence[: _HELP_LENGTH - 1] + "…"


def resources() -> dict[str, tuple[str, str, str]]:
    """``command name → (client attribute, resource class name, help)`` in the client's order:
    the client's cached properties that return a resource (``webhooks`` is not one)."""
    found: dict[str, tuple[str, str, str]] = {}
    for attribute, member in vars(SyncClient).items():
        if not isinstance(member, functools.cached_property):
            continue
        returned = member.func.__annotations__.get("return")
        if isinstance(returned, str) and returned.endswith("Resource"):
            text = _first_sentence(inspect.getdoc(member.func) or "")
            found[command_name(attribute)] = (attribute, returned, text)
    return found


def _resource_class(attribute: str, class_name: str) -> Any:
    """The class of ``client.<attribute>``, from ``resources/<attribute>.py`` (a resource's module
    is named after its attribute)."""
    module = importlib.import_module(f"{__package__}.resources.{attribute}")
    return getattr(module, class_name)


def _one_call_methods(resource_class: Any) -> list[str]:
    """The methods of ``resource_class`` that make one API call, in the order of the class: those
    its ``with_raw_response`` class offers."""
    prop = vars(resource_class).get("with_raw_response")
    returned = getattr(getattr(prop, "fget", None), "__annotations__", {}).get("return")
    raw_class = sys.modules[resource_class.__module__].__dict__.get(str(returned))
    offered = {name for name in vars(raw_class) if not name.startswith("_")} if raw_class else set()
    return [name for name in vars(resource_class) if name in offered]


def commands(resource: str) -> dict[str, Command]:
    """``command name → Command`` of the resource the command line calls ``resource``."""
    attribute, class_name, _ = resources()[resource]
    resource_class = _resource_class(attribute, class_name)
    found: dict[str, Command] = {}
    for method in _one_call_methods(resource_class):
        waits: Literal["and_wait", "wait"] | None = (
            "and_wait"
            if hasattr(resource_class, method + "_and_wait")
            else "wait" if CLI_STATUS.get(attribute) == method else None
        )
        doc = inspect.getdoc(getattr(resource_class, method)) or ""
        found[command_name(method)] = Command(
            attribute, resource_class, method, _summary(doc), waits
        )
    return found


def _summary(doc: str) -> str:
    """A method's help: the first sentence of its summary line, or of its description when the
    summary is only ``METHOD /path`` (what the docstring says when the API gave no summary)."""
    paragraphs = doc.split("\n\n")
    http = re.search(r"^HTTP: ``(.*)``$", doc, re.MULTILINE)
    if (
        http
        and paragraphs[0] == http.group(1)
        and len(paragraphs) > 1
        and not paragraphs[1].startswith(("Args:", "Returns:", "Deprecated: "))
    ):
        return _first_sentence(paragraphs[1]) or paragraphs[0]
    return _first_sentence(paragraphs[0])


def _argument_help(doc: str) -> dict[str, str]:
    """``name → text`` of the ``Args:`` section the generator writes at the end of a method's
    docstring, continuation lines joined: the run of lines just before the blank line and the
    last ``Returns:``, so an ``Args:`` line in the API's own description above it is skipped."""
    lines = doc.splitlines()
    returns = [index for index, line in enumerate(lines) if line == "Returns:"]
    if returns and returns[-1] > 1 and not lines[returns[-1] - 1]:
        end = returns[-1] - 1
        start = end
        while start > 0 and lines[start - 1] and lines[start - 1] != "Args:":
            start -= 1
        section = lines[start:end] if start > 0 and lines[start - 1] == "Args:" else []
    else:  # no ``Returns:``: the last ``Args:`` section
        starts = [index for index, line in enumerate(lines) if line == "Args:"]
        section = lines[starts[-1] + 1 :] if starts else []
    helps: dict[str, str] = {}
    current = ""
    for line in section:
        entry = re.match(r" {4}(\w+): ?(.*)$", line)
        if entry:
            current = entry.group(1)
            helps[current] = entry.group(2)
        elif line.startswith(" " * 5) and current:
            helps[current] += " " + line.strip()
        else:
            break
    return helps


def _resolve(function: Any, annotation: Any) -> Any:
    """An annotation (text, under ``from __future__ import annotations``) as the type it names in
    ``function``'s module; ``str`` when it cannot be resolved here."""
    if not isinstance(annotation, str):
        return str if annotation is inspect.Parameter.empty else annotation
    holder = types.SimpleNamespace(__annotations__={"value": annotation})
    namespace = getattr(inspect.unwrap(function), "__globals__", {})
    try:
        return typing.get_type_hints(holder, globalns=namespace, include_extras=True)["value"]
    except Exception:  # a name only the type checker sees: take the text as given
        return str


def arguments(command: Command) -> tuple[Argument, ...]:
    """The API's arguments of ``command``'s method, with their options: not the per-request
    options every method takes, not a fixed value (a required ``const``, always sent), not an
    old alias of another argument."""
    function = getattr(command.resource_class, command.method)
    helps = _argument_help(inspect.getdoc(function) or "")
    whole_body = CLI_BODY.get(f"{command.resource}.{command.method}")
    taken = set(RESERVED_FLAGS)
    found: list[Argument] = []
    parameters = list(inspect.signature(function).parameters.values())[1:]
    for parameter in parameters:
        name = parameter.name
        default = parameter.default
        alias = _ALIAS_HELP.match(helps.get(name, ""))
        if (
            name in _REQUEST_OPTIONS
            or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD)
            or not (default is parameter.empty or isinstance(default, NotGiven))
            or (
                alias is not None
                and isinstance(default, NotGiven)
                and any(other.name == alias.group(1) for other in parameters)
            )
        ):
            continue
        annotation = _resolve(function, parameter.annotation)
        positional = parameter.kind in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD)
        flag = name.upper() if positional else _flag(name, _members(annotation) == [bool], taken)
        found.append(
            Argument(
                name=name,
                flag=flag,
                positional=positional,
                required=default is parameter.empty,
                whole_body=name == whole_body,
                keys=tuple(dict.fromkeys((name, name.rstrip("_"), *CLI_WIRE.get(name, ())))),
                help=_first_sentence(helps.get(name, "")),
                annotation=annotation,
                file="FileInput" in str(parameter.annotation),
            )
        )
    return tuple(found)


def _flag(name: str, boolean: bool, taken: set[str]) -> str:
    """The option of a keyword argument. One that would take one of the command line's own
    (``--json``, ``--wait``; for a boolean its ``--no-`` form too, ``--no-progress``) or an
    earlier argument's gets a ``-param`` suffix (then ``-param-2``, …), in argument order, so the
    names are the same every time."""

    def strings(flag: str) -> tuple[str, ...]:
        return (flag, "--no-" + flag[2:]) if boolean else (flag,)

    stem = "--" + command_name(name)
    candidates = itertools.chain(
        (stem, stem + "-param"), (f"{stem}-param-{n}" for n in itertools.count(2))
    )
    flag = next(c for c in candidates if taken.isdisjoint(strings(c)))  # taken is finite
    taken.update(strings(flag))
    return flag


def _poller(command: Command) -> str:
    """The client attribute whose ``download_results`` saves the files of ``command``'s jobs: the
    resource itself for a status command, else the resource following jobs whose status method
    returns what ``…_and_wait`` does (the command's own resource first)."""
    if command.waits == "wait" or not CLI_STATUS:
        return command.resource
    returned = getattr(command.resource_class, command.method + "_and_wait").__annotations__
    item = re.sub(r"^(?:List|list)\[(.*)\]$", r"\1", str(returned.get("return")))
    by_name = resources()
    fitting = [
        attribute
        for attribute, method in CLI_STATUS.items()
        if getattr(
            _resource_class(attribute, by_name[command_name(attribute)][1]), method
        ).__annotations__.get("return")
        == item
    ]
    return sorted(fitting or list(CLI_STATUS), key=lambda name: name != command.resource)[0]


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


def _options(argument: Argument) -> dict[str, Any]:
    """``add_argument`` keywords for ``argument``: a path for a file, JSON text for a whole
    request body (text for a bytes body), else as its type says (:func:`_typed_options`)."""
    if argument.file:
        return {"type": Path, "metavar": "PATH"}
    if argument.whole_body:
        if _members(argument.annotation) == [bytes]:
            return {"type": _text_bytes, "metavar": "TEXT"}
        return {"type": _json_value, "metavar": "JSON"}
    return _typed_options(argument.annotation)


def _typed_options(annotation: Any) -> dict[str, Any]:
    """``add_argument`` keywords for a value of type ``annotation``: a scalar converted by its
    type, the values of an enum as choices, ``--flag/--no-flag`` for a boolean, a list of scalars
    as several values, and JSON text for anything else."""
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
        inner = _typed_options(item)
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


def _body_fields(annotation: Any) -> set[str] | None:
    """The top-level fields a whole request body of type ``annotation`` may have (every object
    variant's fields, by name and alias), or ``None`` when any is allowed (a free-form map, or
    no object variant at all: then the method's own check is all there is)."""
    fields: set[str] = set()
    members = _members(annotation)
    while members:
        member = members.pop(0)
        if isinstance(member, type) and issubclass(member, pydantic.RootModel):
            members += _members(member.model_fields["root"].annotation)
        elif isinstance(member, type) and issubclass(member, pydantic.BaseModel):
            if not member.model_fields:
                return None
            for name, field in member.model_fields.items():
                fields.update({name, *(a for a in (field.alias,) if isinstance(a, str))})
        elif member is Any or member is dict or typing.get_origin(member) in (dict, Mapping):
            return None
    return fields or None


# -- the parser ---------------------------------------------------------------------------------


def _selected(argv: Sequence[str]) -> list[str]:
    """The ``resource`` and ``command`` words of ``argv``, as far as given (only that resource's
    commands and that command's options are built)."""
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
                break
    return words


def _parser(
    argv: Sequence[str],
) -> tuple[argparse.ArgumentParser, Command | None, tuple[Argument, ...]]:
    """The parser for ``argv``, with the command it selects and that command's arguments."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=f"Call the API from the command line. The key comes from {API_KEY_ENV}; {LOG_ENV}=info|debug logs each request.",
        epilog="Exit codes: 0 success, 1 API or network error, 2 usage error (nothing was sent).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--base-url", help=f"API base URL (default: {BASE_URL_ENV}, then {DEFAULT_BASE_URL})"
    )
    subparsers = parser.add_subparsers(dest="resource", metavar="RESOURCE", required=True)
    selected = _selected(argv)
    chosen: Command | None = None
    chosen_arguments: tuple[Argument, ...] = ()
    for resource_name, (_, _, text) in resources().items():
        resource_parser = subparsers.add_parser(
            resource_name, help=_help(text), description=_help(text)
        )
        command_parsers = resource_parser.add_subparsers(
            dest="command", metavar="COMMAND", required=True
        )
        if selected[:1] != [resource_name]:
            continue
        for name, command in commands(resource_name).items():
            command_parser = command_parsers.add_parser(
                name, help=_help(command.help), description=_help(command.help)
            )
            if selected[1:] == [name]:
                chosen, chosen_arguments = command, arguments(command)
                _add_arguments(command_parser, command, chosen_arguments)
    return parser, chosen, chosen_arguments


def _help(text: str) -> str:
    """``text`` as argparse help, which is a %-format string (the API's ``100%`` must stay text)."""
    return text.replace("%", "%%")


def _add_arguments(
    parser: argparse.ArgumentParser, command: Command, api_arguments: tuple[Argument, ...]
) -> None:
    required = parser.add_argument_group("required arguments")
    for argument in api_arguments:
        options = _options(argument)
        suffix = options.pop("help_suffix", "")
        text = _help("; ".join(part for part in (argument.help, suffix) if part)) or None
        if argument.positional:
            parser.add_argument(
                _dest(argument),
                help=text,
                **{
                    "metavar": argument.flag,
                    **{k: v for k, v in options.items() if k != "metavar"},
                },
            )
            continue
        group = required if argument.required else parser
        group.add_argument(
            argument.flag, dest=_dest(argument), default=argparse.SUPPRESS, help=text, **options
        )
    parser.add_argument(
        "--json-body",
        metavar="FILE",
        help="arguments (or the request body) as a JSON file, - for standard input; options given beside it win",
    )
    if command.waits:
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


def _dest(argument: Argument) -> str:
    """Where argparse keeps an API argument: apart from the command line's own ``resource``,
    ``command``, ``timeout``, ``json``, ``wait``…, which an argument of the same name would overwrite.
    """
    return "arg_" + argument.name


# -- running a command --------------------------------------------------------------------------


def _read_json_body(path: str) -> Any:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        return json.loads(text)
    except OSError as error:
        raise _UsageError(f"--json-body: cannot read {path}: {error.strerror or error}") from None
    except ValueError as error:
        raise _UsageError(f"--json-body: {path} is not valid JSON ({error})") from None


def _json_body(api_arguments: tuple[Argument, ...], body: Any) -> dict[str, Any]:
    """The method's keyword arguments a ``--json-body`` file gives: the whole request body, or
    an object of arguments (by name or wire name). A key the operation does not take is refused
    here, before anything is sent: the API would ignore it or fail, after charging for the call."""
    whole = next((argument for argument in api_arguments if argument.whole_body), None)
    if whole is not None:
        fields = _body_fields(whole.annotation) if isinstance(body, dict) else None
        unknown = sorted(key for key in body if key not in fields) if fields is not None else []
        if unknown:
            raise _UsageError(
                f"--json-body: the request body takes no {', '.join(unknown)}; its fields are {', '.join(sorted(fields or ()))}"
            )
        return {whole.name: body}
    if not isinstance(body, dict):
        raise _UsageError("--json-body: expected a JSON object of arguments")
    names = {
        key: argument.name
        for argument in reversed(api_arguments)  # a name wins over another's wire name
        if not argument.positional
        for key in reversed(argument.keys)
    }
    unknown = sorted(key for key in body if key not in names)
    if unknown:
        raise _UsageError(
            f"--json-body: unknown argument(s) {', '.join(unknown)}; expected some of {', '.join(sorted(set(names.values())))}"
        )
    return {names[key]: value for key, value in body.items()}


def _call_arguments(
    api_arguments: tuple[Argument, ...], namespace: argparse.Namespace
) -> tuple[list[Any], dict[str, Any]]:
    """Positional and keyword arguments of the method: ``--json-body`` first, options over it."""
    keywords: dict[str, Any] = {}
    if getattr(namespace, "json_body", None) is not None:
        keywords.update(_json_body(api_arguments, _read_json_body(namespace.json_body)))
    positional = [getattr(namespace, _dest(a)) for a in api_arguments if a.positional]
    for argument in api_arguments:
        if not argument.positional and hasattr(namespace, _dest(argument)):
            keywords[argument.name] = getattr(namespace, _dest(argument))
    missing = [
        a.flag for a in api_arguments if a.required and not a.positional and a.name not in keywords
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
    client: SyncClient,
    command: Command,
    api_arguments: tuple[Argument, ...],
    namespace: argparse.Namespace,
) -> tuple[Any, list[Path]]:
    positional, keywords = _call_arguments(api_arguments, namespace)
    if namespace.timeout is not None:
        keywords["timeout"] = namespace.timeout
    resource = getattr(client, command.resource)
    download = getattr(namespace, "download", None)
    waiting = bool(getattr(namespace, "wait", False) or download)
    progress = not getattr(namespace, "no_progress", True)
    job_ids: list[str] = [str(positional[0])] if command.waits == "wait" and positional else []
    if waiting and command.waits == "and_wait":
        result = getattr(resource, command.method + "_and_wait")(
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
        result = getattr(resource, command.method)(*positional, **keywords)
    files: list[Path] = []
    if download:
        poller = getattr(client, _poller(command))
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
    parser, command, api_arguments = _parser(args)
    try:
        namespace = parser.parse_args(args)
    except SystemExit as exit_:  # --help, --version (0) or a usage error (2)
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    if command is None or command_name(command.method) != namespace.command:
        return _usage(parser, "give the resource and the command before any option")
    as_json = bool(getattr(namespace, "json", False))
    try:
        client = SyncClient(base_url=namespace.base_url)
    except PackageError as error:  # no API key
        return _usage(parser, str(error))
    try:
        with client:
            result, files = _run(client, command, api_arguments, namespace)
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
