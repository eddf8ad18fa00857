"""datamodel-code-generator once per models module of a large API, cached per module, on
several cores.

A models module of :data:`~.split_models.MIN_DEFINITIONS` schemas or more is split by resource
(:mod:`.split_models` explains the groups). Running datamodel-code-generator once over all the
schemas and cutting its output afterwards costs more than the sum of its parts (GitHub's 3,840
schemas: most of a generation), holds the whole output in one process and reruns everything
when one schema changes. Here the groups come first, from the schemas' own references: each
group's module is generated from its schemas plus the common ones they reach (datamodel-code-
generator must see a model to name it), the common definitions are then dropped and imported
from ``_models_common`` instead. Each group's run is cached by its input
(:func:`~.models.raw_models`), so a spec change reruns only the groups whose schemas changed.

Groups run in worker processes, largest first; results are put together in the groups' sorted
order, so the files are the same whatever the number of workers. What stays closed among the
enums (:mod:`.open_enums`) is decided over all groups at once, as it is for one module: a first
round generates and reports each group's discriminator fields, a second applies the lenient
rewrite with the union and formats each module with black.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from generator.output.cache import CACHE_VARIABLE, cache_root
from generator.errors import GeneratorError, SpecError, unescape_pointer_token
from generator.spec.keywords import SCHEMA_REF_PREFIX

from .parsed import parse_module
from .models import _HEADER, model_document, raw_models
from .open_enums import NameGraph, reached_aliases
from .split_models import COMMON, MIN_DEFINITIONS, OTHER, _MODEL_REFERENCE, _definitions, _facade

# Models no resource reaches go to modules of about this many schemas (see _split_other).
OTHER_CHUNK = 100
_T = TypeVar("_T")
_R = TypeVar("_R")


def references(schema: Any) -> set[str]:
    """Names of the schemas ``schema`` refers to (``$ref`` and discriminator mappings alike)."""
    found: set[str] = set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str) and node.startswith(SCHEMA_REF_PREFIX):
            found.add(unescape_pointer_token(node[len(SCHEMA_REF_PREFIX) :]))
    return found


@dataclass(frozen=True)
class Groups:
    """Which module each schema goes to, and what each schema reaches."""

    group_of: dict[str, str]
    deps: dict[str, set[str]]

    def closure(self, roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        stack = [root for root in roots if root in self.deps]
        while stack:
            name = stack.pop()
            if name not in seen:
                seen.add(name)
                stack.extend(self.deps[name] - seen)
        return seen

    def members(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        for name, group in self.group_of.items():
            result.setdefault(group, []).append(name)
        return dict(sorted(result.items()))


def schema_groups(schemas: dict[str, Any], users: dict[str, str]) -> Groups:
    """The groups of :mod:`.split_models`, from the schemas' references: a schema only one
    resource's module reaches goes to ``for_<resource>``, one that several reach (and all it
    reaches) to ``common``, the rest to ``other``."""
    names = set(schemas)
    groups = Groups({}, {name: (references(schemas[name]) & names) - {name} for name in schemas})
    reached = {
        f"for_{module}": groups.closure(_MODEL_REFERENCE.findall(text))
        for module, text in sorted(users.items())
    }
    used = set().union(*reached.values()) if reached else set()
    reached[OTHER] = groups.closure(names - used)
    owners: dict[str, list[str]] = {name: [] for name in schemas}
    for group, members in reached.items():
        for name in members:
            owners[name].append(group)
    for name in schemas:  # in the schemas' order
        groups.group_of[name] = owners[name][0] if len(owners[name]) == 1 else COMMON
    _split_other(groups, [name for name in schemas if groups.group_of[name] == OTHER])
    return groups


def _split_other(groups: Groups, other: list[str]) -> None:
    """The models no resource reaches (GitHub: 1,100 webhook payloads) in modules of about
    :data:`OTHER_CHUNK` in the schemas' order, ``other_<n>``; those several of them reach go to
    ``other_shared``. datamodel-code-generator's time grows faster than its input (GitHub's
    ``other`` alone took half a generation) and black formats the modules in parallel."""
    if len(other) <= OTHER_CHUNK:
        return
    members = set(other)
    owners: dict[str, list[int]] = {}
    for number, start in enumerate(range(0, len(other), OTHER_CHUNK), 1):
        for name in groups.closure(other[start : start + OTHER_CHUNK]) & members:
            owners.setdefault(name, []).append(number)
    for name in other:
        found = owners[name]
        groups.group_of[name] = f"{OTHER}_{found[0]}" if len(found) == 1 else f"{OTHER}_shared"


@dataclass(frozen=True)
class _Task:
    group: str
    document: dict[str, Any]  # datamodel-code-generator's input: the group and what it reaches
    owned: tuple[str, ...]  # the schemas this module defines
    # (group, name) of the schemas of other modules it reaches: common ones (other_shared too,
    # for the other_<n> modules), imported from theirs
    imported: tuple[tuple[str, str], ...]
    title: str
    file: str | None
    cache: str  # the cache folder of the process that asked (workers outlive an env change)


def use_cache(root: str) -> None:
    """In a worker: use the cache folder of the generation it works for."""
    os.environ[CACHE_VARIABLE] = root


_UNSPLITTABLE = "unsplittable"


def _error(exc: GeneratorError) -> tuple[str, ...]:
    """An error as plain strings, so it crosses the process boundary."""
    if isinstance(exc, SpecError):
        return ("spec", str(exc.file), exc.pointer, exc.message)
    return ("error", str(exc))


def _raise(error: tuple[str, ...]) -> None:
    if error[0] == "spec":
        raise SpecError(Path(error[1]), error[2], error[3])
    raise GeneratorError(error[1])


def _generate(task: _Task) -> tuple[str, frozenset[str], NameGraph, tuple[str, ...]]:
    """Round one, in a worker: the group's raw module, its discriminator fields and what their
    aliases reach (:func:`~.open_enums.name_graph`)."""
    from .open_enums import closed_names, name_graph

    use_cache(task.cache)
    empty: NameGraph = ({}, {})
    try:
        names = (*task.owned, *(name for _, name in task.imported))
        raw = raw_models(task.document, names, task.title, Path(task.file) if task.file else None)
    except GeneratorError as exc:
        return "", frozenset(), empty, _error(exc)
    tree = parse_module(raw)
    parse_module.cache_clear()  # the worker holds no tree between jobs
    try:
        _definitions(tree)
    except ValueError:  # a statement that is no definition (``X.model_rebuild()``): see below
        return "", frozenset(), empty, (_UNSPLITTABLE,)
    return raw, closed_names(tree), name_graph(tree), ()


def _finish(job: tuple[_Task, str, tuple[frozenset[str], frozenset[str]]]) -> tuple[str, list[str]]:
    """Round two, in a worker: lenient enums and models, the common definitions replaced by
    imports (as :func:`~.split_models.split_models` writes them), formatted by black; and the
    names the module defines."""
    from .formatting import cached_format
    from .models import finish_models

    task, raw, closed = job
    use_cache(task.cache)
    source = finish_models(raw, closed)
    prelude_end, definitions = _definitions(parse_module(source))
    parse_module.cache_clear()
    lines = source.splitlines(keepends=True)
    header = "".join(lines[:prelude_end]).rstrip("\n") + "\n"
    header += "".join(f"from ._models_{group} import {name}\n" for group, name in task.imported)
    dropped = {name for _, name in task.imported}
    texts = [
        "".join(lines[start - 1 : end]).rstrip("\n") + "\n"
        for name, _, start, end in definitions
        if name not in dropped
    ]
    names = [name for name, _, _, _ in definitions if name not in dropped]
    text = cached_format(f"_models_{task.group}.py", header + "\n\n" + "\n\n".join(texts))
    return text, names


def _run(
    pool: ProcessPoolExecutor | None, function: Callable[[_T], _R], jobs: Sequence[_T]
) -> list[_R]:
    """``function`` over ``jobs`` in the pool (or here), results in the order of ``jobs``."""
    if pool is None:
        return [function(job) for job in jobs]
    return list(pool.map(function, jobs))


def grouped_models(
    schemas: dict[str, Any],
    title: str,
    file: Path | None,
    package_name: str,
    users: dict[str, str],
    pool: ProcessPoolExecutor | None = None,
) -> dict[str, str] | None:
    """``module file name → black-formatted source`` (``models.py`` the facade), or None when
    the API is small enough for one models module (:func:`~.models.generate_models`), or its
    models hold something else than definitions (then one module, as before). The
    groups run in ``pool`` (:mod:`.workers`), or here without one."""
    if len(schemas) < MIN_DEFINITIONS:
        return None
    document = model_document(schemas, title)
    prepared: dict[str, Any] = document["components"]["schemas"]
    groups = schema_groups(prepared, users)
    tasks = []
    for group, owned in groups.members().items():
        reached = groups.closure(owned)
        imported = tuple(sorted((groups.group_of[n], n) for n in reached - set(owned)))
        part = {**document, "components": {"schemas": {}}}
        part["components"]["schemas"] = {n: s for n, s in prepared.items() if n in reached}
        spec = str(file) if file else None
        tasks.append(_Task(group, part, tuple(owned), imported, title, spec, str(cache_root())))
    # Largest first, so the workers finish together; results go back into the groups' order.
    order = sorted(
        range(len(tasks)), key=lambda i: (-len(tasks[i].document["components"]["schemas"]), i)
    )
    generated = _run(pool, _generate, [tasks[i] for i in order])
    for _, _, _, error in generated:
        if error == (_UNSPLITTABLE,):
            # Cutting such a module apart could lose what the statement does: one module, as
            # split_models keeps it (the caller runs datamodel-code-generator once instead).
            return None
        if error:
            _raise(error)
    raws = {order[k]: raw for k, (raw, _, _, _) in enumerate(generated)}
    fields = frozenset().union(*(found for _, found, _, _ in generated))
    aliases = frozenset(
        name for _, _, graph, _ in generated for name in reached_aliases(graph, fields)
    )
    closed = (fields, aliases)
    finished = _run(pool, _finish, [(tasks[i], raws[i], closed) for i in order])
    texts = {order[k]: result for k, result in enumerate(finished)}
    files = {f"_models_{task.group}.py": texts[i][0] for i, task in enumerate(tasks)}
    where = {name: group for name, group in groups.group_of.items()}
    for i, task in enumerate(tasks):  # models datamodel-code-generator named itself
        for name in texts[i][1]:
            where.setdefault(name, task.group)
    files["models.py"] = _facade(
        _HEADER + "from __future__ import annotations\n", package_name, where
    )
    return dict(sorted(files.items()))


def one_module(
    job: tuple[dict[str, Any], str, str | None, str, None, str],
) -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    """A smaller API's models, in a worker (:mod:`.workers`): ``(formatted, unformatted,
    error)``. It starts before the resources are rendered, so it cannot know who uses which
    model: one module is formatted here; a module :func:`~.split_models.split_models` would
    split (many definitions from few schemas) comes back unformatted for the caller to split."""
    from .formatting import cached_format
    from .models import generate_models
    from .split_models import splits

    schemas, title, file, package_name, _, cache = job
    use_cache(cache)
    try:
        source = generate_models(schemas, title, Path(file) if file else None)
    except GeneratorError as exc:
        return {}, {}, _error(exc)
    if splits(source):
        return {}, {"models.py": source}, ()
    return {"models.py": cached_format("models.py", source)}, {}, ()


def raise_error(error: tuple[str, ...]) -> None:
    """Raise what a worker reported (:func:`one_module`), if anything."""
    if error:
        _raise(error)
