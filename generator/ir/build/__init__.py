"""The IR builder, split by concern: :mod:`.package` walks the normalized document's
operations once and assembles the :class:`~generator.ir.model.Package`; :mod:`.parameters`,
:mod:`.bodies` (and flat methods), :mod:`.responses`, :mod:`.jobs` (and pagination),
:mod:`.webhooks`, :mod:`.auth` and :mod:`.diagnostics` each decide one part, sharing the
:class:`.context.BuildContext` (documents, synthesized models, warnings)."""

from .package import build_package

__all__ = ["build_package"]
