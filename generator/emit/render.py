"""Render the templates under ``templates/`` into the files of one package (in memory).

Which template produces which file is decided here; the templates only lay out the
intermediate model. Spec text reaches templates only through the escaping filters.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from .cli_table import cli_constants
from .docstrings import argument_default, method_docstring, signature
from generator.ir.model import Package
from generator.spec.extensions import ErrorEnvelope
from .imports import prune_imports
from .method_body import endpoints, statements as method_statements
from .annotation_layout import returns
from .lean import tidy_imports
from .layout import pylit
from .lean import (
    and_wait_method,
    class_members,
    annotation,
    wait_params_class,
    pages_method,
    all_method,
    follow_definitions,
    argument,
    assignment,
    cast_to,
    class_line,
    fit,
    from_import,
    signature_line,
    lean_names,
    model_classes,
    needs_cast,
    page_spec,
    field_line,
)
from .readme import examples
from .rule_table import rule_table
from .package_layout import (
    assign,
    bracket_line,
    docstring_close,
    event_alias,
    docblock,
    hook_def,
    property_def,
    statement,
    user_agent,
)
from .split_models import MIN_DEFINITIONS
from .textsafe import comment, docstring, mdcode, mdtext, pyrepr, tomlstr

from generator.paths import TEMPLATES_DIR

# The runtime: identical in every package except for the package's own names. A module that
# needs none of them is a plain ``templates/runtime/<module>`` copied verbatim (so linters and
# ``mypy --strict`` read it where it is); the others are ``<module>.jinja``.
RUNTIME_MODULES = (
    "_types.py",
    "_exceptions.py",
    "_base_client.py",
    "_arguments.py",
    "_files.py",
    "_rules.py",
    "_jobs.py",
    "_pagination.py",
    "_download.py",
    "_resource.py",
    "_params.py",
    "_enums.py",
    "_auth.py",
    "_deadline.py",
    "_warnings.py",
    "_observe.py",
    "_logs.py",
    "_progress.py",
    "_cli.py",
    "_body.py",
    "_methods.py",
    "_endpoint.py",
)
PACKAGE_MODULES = (
    "__init__.py",
    "__main__.py",
    "_client.py",
    "_constants.py",
    "_version.py",
    "_rule_table.py",
    "_envelope.py",
)


def envelope_table(envelope: ErrorEnvelope | None) -> str:
    """The package's ``ENVELOPE = …`` statement: the envelope's table, ``None`` without one."""
    table = envelope.table if envelope is not None else None
    return assign("ENVELOPE: dict[str, Any] | None = ", table)


def _by_name(*functions: Callable[..., Any]) -> dict[str, Callable[..., Any]]:
    """The template globals or filters that go by their function's own name."""
    return {function.__name__: function for function in functions}


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - output is Python/Markdown; filters escape per context
        keep_trailing_newline=True,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    env.globals.update(
        _by_name(
            fit,
            class_line,
            assignment,
            class_members,
            signature_line,
            from_import,
            returns,
            follow_definitions,
            assign,
            statement,
            bracket_line,
            hook_def,
            docblock,
            property_def,
        )
    )
    env.filters.update(
        _by_name(
            pyrepr,
            docstring,
            comment,
            tomlstr,
            mdtext,
            mdcode,
            method_docstring,
            signature,
            argument_default,
            field_line,
            annotation,
            argument,
            pylit,
            page_spec,
            cast_to,
            needs_cast,
            endpoints,
            and_wait_method,
            wait_params_class,
            pages_method,
            all_method,
            envelope_table,
            rule_table,
            user_agent,
            event_alias,
            docstring_close,
        ),
        method_statements=method_statements,
        block=lambda text: str(text).strip("\n"),
    )
    return env


def models_path(package: Package) -> str:
    """Where the models module (made by datamodel-code-generator, not by a template) goes."""
    return f"src/{package.package_name}/models.py"


def runtime_module(env: jinja2.Environment, module: str, context: dict[str, Any]) -> str:
    """The text of runtime ``module``: the plain file as it is, or its template rendered."""
    verbatim = TEMPLATES_DIR / "runtime" / module
    if verbatim.is_file():
        return verbatim.read_text(encoding="utf-8")
    return env.get_template(f"runtime/{module}.jinja").render(context)


def render_package(
    package: Package, normalized: dict[str, Any], changelog: str | None = None
) -> dict[str, str]:
    """``relative path → text`` of every file of the package but the models module (Python not
    yet formatted)."""
    env = environment()
    context = {
        "package": package,
        "examples": examples(package, normalized),
        "cli": cli_constants(package),
    }
    src = f"src/{package.package_name}"
    files: dict[str, str] = {
        "pyproject.toml": env.get_template("package/pyproject.toml.jinja").render(context),
        "README.md": env.get_template("package/README.md.jinja").render(context),
        "api.md": env.get_template("package/api.md.jinja").render(context),
        "LICENSE": env.get_template("package/LICENSE.jinja").render(context),
        "openapi.json": json.dumps(normalized, indent=2, ensure_ascii=False) + "\n",
        f"{src}/py.typed": "",
        f"{src}/resources/__init__.py": '"""One module per API resource, imported when the client first uses it."""\n',
    }
    if changelog is not None:  # specs/<provider>/CHANGELOG.md, written by `generator release`
        files["CHANGELOG.md"] = changelog
    for module in RUNTIME_MODULES:
        files[f"{src}/{module}"] = runtime_module(env, module, context)
    for module in PACKAGE_MODULES:
        files[f"{src}/{module}"] = env.get_template(f"package/{module}.jinja").render(context)
    if package.webhooks:
        files[f"{src}/webhooks.py"] = prune_imports(
            env.get_template("package/webhooks.py.jinja").render(context)
        )
    if package.webhooks and package.webhook_signature:
        files[f"{src}/_webhooks.py"] = runtime_module(env, "_webhooks.py", context)
    resource_template = env.get_template("package/resource.py.jinja")
    schemas = {**normalized.get("components", {}).get("schemas", {}), **package.extra_schemas}
    classes = model_classes(schemas)
    # Models split by resource are named lazily by the endpoints (generator.emit.method_body).
    deferred = len(schemas) >= MIN_DEFINITIONS
    for resource in package.resources:
        lean = {
            "resource": resource,
            "lean": lean_names(resource),
            "model_classes": classes,
            "deferred_models": deferred,
        }
        files[f"{src}/resources/{resource.module}.py"] = tidy_imports(
            prune_imports(resource_template.render({**context, **lean}))
        )
    return dict(sorted(files.items()))
