"""Render the templates under ``templates/`` into the files of one package (in memory).

Which template produces which file is decided here; the templates only lay out the
intermediate model. Spec text reaches templates only through the escaping filters.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from .black_literal import black_fit, flat_literal
from .cli_table import cli_table
from .docstrings import argument_default, method_docstring, signature
from generator.ir.model import Package
from .imports import prune_imports
from .method_body import statements as method_statements
from .lean import tidy_imports
from .lean import (
    annotation,
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
    pylit,
    typed_field,
)
from .readme import examples
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
)
PACKAGE_MODULES = (
    "__init__.py",
    "__main__.py",
    "_client.py",
    "_constants.py",
    "_version.py",
    "_rule_table.py",
    "_cli_table.py",
    "_envelope.py",
)


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
        fit=fit,
        class_line=class_line,
        assignment=assignment,
        signature_line=signature_line,
        from_import=from_import,
    )
    env.filters.update(
        pyrepr=pyrepr,
        docstring=docstring,
        comment=comment,
        tomlstr=tomlstr,
        mdtext=mdtext,
        mdcode=mdcode,
        method_docstring=method_docstring,
        signature=signature,
        argument_default=argument_default,
        typed_field=typed_field,
        annotation=annotation,
        argument=argument,
        pylit=pylit,
        page_spec=page_spec,
        method_statements=method_statements,
        block=lambda text: str(text).strip("\n"),
        cast_to=cast_to,
        needs_cast=needs_cast,
        rule_table=lambda rules: pyrepr({name: tuple(items) for name, items in rules.items()}),
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


def black_table(text: str, head: str, value: Any) -> str:
    """A module ending in ``head`` + the literal of ``value`` (the command and rule tables, long
    literals black would otherwise spend most of its time on) with the literal in black's
    layout (:func:`~.black_literal.black_fit`); unchanged (left to black) if it does not end that way.
    """
    ending = f"{head}{flat_literal(value)}\n"
    if not text.endswith(ending):
        return text
    return text[: -len(ending)] + black_fit(value, 0, head) + "\n"


def render_package(
    package: Package, normalized: dict[str, Any], changelog: str | None = None
) -> dict[str, str]:
    """``relative path → text`` of every file of the package but the models module (Python not
    yet formatted)."""
    env = environment()
    context = {
        "package": package,
        "examples": examples(package, normalized),
        "cli": cli_table(package),
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
    # The command and rule tables: string literals as black writes them, the long literal laid
    # out by black_table, so black need not format them.
    tables_env = env.overlay(cache_size=0)  # its own compiled templates, not the shared cache
    tables_env.filters = {  # a copy: an overlay shares its parent's filters
        **env.filters,
        "pyrepr": flat_literal,
        "rule_table": lambda rules: flat_literal(
            {name: tuple(items) for name, items in rules.items()}
        ),
    }
    for module in PACKAGE_MODULES:
        chosen = tables_env if module in ("_cli_table.py", "_rule_table.py") else env
        files[f"{src}/{module}"] = chosen.get_template(f"package/{module}.jinja").render(context)
    tables = {
        "_cli_table.py": ("COMMANDS: dict[str, Any] = ", context["cli"]),
        "_rule_table.py": (
            "RULES: dict[str, tuple[dict[str, Any], ...]] = ",
            {name: tuple(items) for name, items in package.rules.items()},
        ),
    }
    for module, (head, value) in tables.items():
        files[f"{src}/{module}"] = black_table(files[f"{src}/{module}"], head, value)
    if package.webhooks:
        files[f"{src}/webhooks.py"] = prune_imports(
            env.get_template("package/webhooks.py.jinja").render(context)
        )
    if package.webhooks and package.webhook_signature:
        files[f"{src}/_webhooks.py"] = runtime_module(env, "_webhooks.py", context)
    resource_template = env.get_template("package/resource.py.jinja")
    schemas = {**normalized.get("components", {}).get("schemas", {}), **package.extra_schemas}
    classes = model_classes(schemas)
    for resource in package.resources:
        lean = {"resource": resource, "lean": lean_names(resource), "model_classes": classes}
        files[f"{src}/resources/{resource.module}.py"] = tidy_imports(
            prune_imports(resource_template.render({**context, **lean}))
        )
    return dict(sorted(files.items()))
