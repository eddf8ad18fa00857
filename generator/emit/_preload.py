"""Imported once by the workers' fork server (:mod:`.workers`): every worker starts as a fork
of a process that already holds black and datamodel-code-generator, instead of importing them
itself."""

import black  # noqa: F401
import datamodel_code_generator  # noqa: F401
import datamodel_code_generator.model.pydantic_v2  # noqa: F401
import datamodel_code_generator.parser.openapi  # noqa: F401

import generator.emit.formatting  # noqa: F401
import generator.emit.model_groups  # noqa: F401
