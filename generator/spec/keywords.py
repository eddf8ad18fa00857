"""Keyword sets every walk over a document agrees on, named once.

Walks over a spec (bundling files, checking extensions and references, hoisting, finding
discriminators) must tell three things apart at each key: a keyword whose value is *data* (a
``"$ref"`` or ``"x-…"`` key in there is part of a value, never followed nor checked); a keyword
whose value maps *names* to objects (a property called ``default`` or ``$ref`` is a name, never
a keyword); and anything else (walked as spec objects). The sets are here so that those walks
cannot drift apart; where one walk legitimately needs a different set, it is built below from
these with the difference named and explained.
"""

from __future__ import annotations

# Keywords that limit a value without declaring its type or shape (JSON Schema's checks on
# numbers, strings and arrays, and the allowed values). Each walk that needs them adds its own
# few extras: the rule table ``format`` (schema.rules), the parameter checks the combinators
# (ir.build.parameters), unverified rules ``format`` and our limit extensions
# (normalize.unverified).
VALUE_LIMITS = (
    "enum",
    "const",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
)

# The operations of a Path Item, in the order the specification lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keywords of a schema whose value is one subschema, a list of subschemas, or a map of them.
SCHEMA_CHILDREN = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
)
SCHEMA_CHILD_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
SCHEMA_CHILD_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs")

# Where every named schema lives; a reference to one is this prefix and its escaped name.
SCHEMA_REF_PREFIX = "#/components/schemas/"

# Keywords whose value is data that a schema or parameter describes (a default, an enum member,
# an example), not spec objects.
DATA_KEYWORDS = frozenset({"example", "examples", "default", "const", "enum"})

# Keywords of a schema whose value maps names to schemas.
SCHEMA_NAME_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)

# Keywords of any OpenAPI object whose value maps names to objects (schemas' maps included):
# ``paths`` to Path Items, ``responses`` to status codes, a media type's ``encoding``, a
# discriminator's ``mapping``, a server's ``variables``, the sections of ``components``, …
OPENAPI_NAME_MAPS = SCHEMA_NAME_MAPS | frozenset(
    {
        "paths",
        "webhooks",
        "schemas",
        "responses",
        "parameters",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "pathItems",
        "content",
        "encoding",
        "variables",
        "mapping",
    }
)

# Maps of names to text (an OAuth flow's ``scopes``) or to lists of names (a schema's
# ``dependentRequired``): no reference or schema can be in them, so only the extension check,
# which looks at every ``x-`` key, needs to know their keys are names.
NAME_TO_TEXT_MAPS = frozenset({"scopes", "dependentRequired"})

# Difference (bundling): a parameter's or media type's ``examples`` maps names to Example
# Objects, which may be references to files, so the bundler walks it as a name map; a schema's
# ``examples`` (a list) is data there (``bundle._is_data``).
BUNDLE_DATA_KEYWORDS = DATA_KEYWORDS - {"examples"}
BUNDLE_NAME_MAPS = OPENAPI_NAME_MAPS | {"examples"}

# Difference (extensions): see NAME_TO_TEXT_MAPS.
EXTENSION_NAME_MAPS = OPENAPI_NAME_MAPS | NAME_TO_TEXT_MAPS

# Difference (the models generator's input, :mod:`.references`): it holds component schemas
# only, so ``required`` (a list of names) and ``x-known-values`` (a vendor's known values, data
# we add) are copied as they are too. Draft 4's ``definitions`` was never in its set of schema
# maps and is left out to keep that walk as it was: under it, a name equal to a data keyword
# is copied as data instead of being cleaned (a difference no generated package shows).
MODEL_DATA_KEYWORDS = DATA_KEYWORDS | {"x-known-values", "required"}
MODEL_SCHEMA_MAPS = SCHEMA_NAME_MAPS - {"definitions"}

# Difference (inlining references, :mod:`generator.normalize.inline_refs`): it walks whole
# documents, where ``x-examples`` (the older vendor spelling of ``examples``) is data too, and
# reaches schemas through ``components/schemas``.
INLINE_DATA_KEYWORDS = DATA_KEYWORDS | {"x-examples"}
INLINE_NAME_MAPS = SCHEMA_NAME_MAPS | {"schemas"}
