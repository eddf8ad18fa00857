"""The rule tables: how much each kind of change matters, per view and per direction.

Every detector (``spec_changes``, ``schema_changes``, ``code_changes``) only states facts
("an enum value was added to this request schema"); the level comes from here, so the policy
is one table a reviewer can read. Spec-level rules follow oasdiff (the reference for OpenAPI
breaking-change checks) except where our clients behave differently, which is noted.

Directions: on the wire a value travels in a ``request`` or a ``response``; in the code view
``request`` is what users pass in (arguments, models they build) and ``response`` what they get
back. A schema used both ways is judged by the worse of the two.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Change, Direction, Level, View

B, NB, I = Level.BREAKING, Level.NON_BREAKING, Level.INFO


@dataclass(frozen=True)
class Rule:
    """The level of one kind of change in requests and in responses."""

    request: Level
    response: Level
    addition: bool = False  # a new capability: minor for 1.x packages (patch otherwise)

    def level(self, direction: Direction) -> Level:
        if direction == "response":
            return self.response
        if direction == "both":
            return self.request if self.request.rank >= self.response.rank else self.response
        return self.request


def _same(level: Level, addition: bool = False) -> Rule:
    return Rule(level, level, addition)


WIRE_RULES: dict[str, Rule] = {
    # -- operations ------------------------------------------------------------------------
    "operation-added": _same(NB, True),
    "operation-removed": _same(B),
    # Announced by ``deprecated: true`` (and past any ``x-sunset`` date): oasdiff does not fail.
    "operation-removed-after-deprecation": _same(I),
    "operation-removed-before-sunset": _same(B),
    "operation-deprecated": _same(I),
    "operation-undeprecated": _same(I),
    "operation-id-changed": _same(I),
    "webhook-added": _same(NB, True),
    "webhook-removed": _same(
        B
    ),  # handlers written for it are never called again  # not on the wire; the code view reports a renamed method
    "description-changed": _same(I),  # only with --include-descriptions
    # -- security and servers --------------------------------------------------------------
    "security-added": _same(B),
    "security-requirement-removed": _same(B),  # requirements are alternatives: one is gone
    "security-requirement-added": _same(NB),
    "security-removed": _same(NB),
    "security-scheme-changed": _same(B),
    # oasdiff treats servers as documentation; our packages bake the base URL in, so clients
    # already deployed keep calling the old one.
    "server-url-changed": _same(B),
    "server-removed": _same(B),
    "server-added": _same(I),
    # -- responses -------------------------------------------------------------------------
    "success-status-changed": _same(B),
    "success-status-removed": _same(B),
    "success-status-added": _same(NB),
    "error-status-removed": _same(NB),  # oasdiff: optional check, off by default
    "error-status-added": _same(I),
    "error-body-changed": _same(I),  # error bodies are not validated by our clients
    # -- request body and media types --------------------------------------------------------
    "request-body-added-required": _same(B),
    "request-body-added-optional": _same(NB, True),
    "request-body-removed": _same(B),
    "request-body-became-required": _same(B),
    "request-body-became-optional": _same(NB),
    "media-type-added": Rule(NB, NB, True),
    "media-type-removed": _same(B),
    # -- parameters (always in a request) ---------------------------------------------------
    "parameter-added-required": _same(B),
    "parameter-added-optional": _same(NB, True),
    "parameter-removed": _same(B),  # oasdiff: warning; strict servers reject unknown parameters
    "parameter-moved": _same(B),  # query <-> header: clients already deployed send it elsewhere
    "parameter-became-required": _same(B),
    "parameter-became-optional": _same(NB),
    "parameter-deprecated": _same(I),
    # -- schemas -----------------------------------------------------------------------------
    "type-changed": _same(B),
    "type-widened": Rule(NB, B),
    "type-narrowed": Rule(B, NB),
    "became-nullable": Rule(NB, B),
    "no-longer-nullable": Rule(B, NB),
    "format-added": Rule(B, NB),
    "format-removed": Rule(NB, B),
    "format-changed": _same(B),
    # Our clients keep enum values they do not know in responses (open enums), so a new value
    # parses; oasdiff, written for clients that reject it, calls this breaking.
    "enum-value-added": Rule(NB, NB, True),
    "enum-value-removed": Rule(B, NB),
    "enum-added": Rule(B, NB),
    "enum-removed": Rule(NB, B),
    "limit-tightened": Rule(B, NB),  # maxLength down, minimum up, a new bound
    "limit-loosened": Rule(NB, B),  # responses are validated against the old limits
    "limit-changed": _same(B),
    "pattern-added": Rule(B, NB),
    "pattern-removed": Rule(NB, B),
    "pattern-changed": _same(B),
    "default-changed": Rule(NB, I),  # omitted arguments are not sent: the server default applies
    "property-added-required": Rule(B, NB, True),
    # oasdiff >= 1.25.1: a request without it no longer conforms, default or not.
    "property-added-required-with-default": Rule(B, NB, True),
    "property-added-optional": Rule(NB, NB, True),
    "property-removed-required": _same(B),
    "property-removed-optional": Rule(B, NB),
    "property-became-required": Rule(B, NB),
    "property-became-optional": Rule(NB, B),
    "property-deprecated": _same(I),
    "additional-properties-restricted": Rule(B, NB),
    "additional-properties-allowed": Rule(NB, NB),
    "variant-added": Rule(NB, B, True),
    "variant-removed": Rule(B, NB),
    # Cross-field rules (``allOf`` assertions such as if/then): clients refuse requests that
    # break one, so a new or changed rule breaks calls that used to go through. Clients never
    # check rules on responses. A rule the spec marks unverified only warns.
    "rule-added": Rule(B, I),
    "rule-changed": Rule(B, I),
    "rule-removed": Rule(NB, I),
    "rule-became-verified": Rule(B, I),
    "rule-became-unverified": Rule(NB, I),
    "unverified-rule-added": Rule(I, I),
    "unverified-rule-changed": Rule(I, I),
}

CODE_RULES: dict[str, Rule] = {
    # -- package and clients -----------------------------------------------------------------
    "package-added": _same(NB, True),
    "package-removed": _same(B),
    "export-added": _same(NB, True),
    "export-removed": _same(B),
    "client-renamed": _same(B),
    "resource-added": _same(NB, True),
    "resource-removed": _same(B),
    # -- methods -----------------------------------------------------------------------------
    "method-added": _same(NB, True),
    "method-removed": _same(B),
    "method-renamed": _same(B),
    "method-deprecated": _same(I),
    "parameter-added-required": _same(B),
    "parameter-added-optional": _same(NB, True),
    "parameter-removed": _same(B),
    "parameter-became-required": _same(B),
    "parameter-became-optional": _same(NB),
    "parameter-position-changed": _same(B),
    "parameter-default-changed": _same(NB),
    "parameter-type-narrowed": _same(B),
    "parameter-type-widened": _same(NB),
    "parameter-type-changed": _same(B),
    "parameter-limit-tightened": _same(B),  # the client now refuses values it used to send
    "parameter-limit-loosened": _same(NB),
    "parameter-limit-changed": _same(B),
    "return-type-narrowed": _same(NB),
    "return-type-widened": _same(B),  # code reading the result no longer type-checks
    "return-type-changed": _same(B),
    # -- models ------------------------------------------------------------------------------
    "model-added": _same(NB, True),
    "model-removed": _same(B),
    "model-renamed": _same(B),
    "model-kind-changed": _same(B),
    "model-type-narrowed": Rule(B, NB),
    "model-type-widened": Rule(NB, B),
    "model-type-changed": _same(B),
    "field-added-required": Rule(B, NB, True),
    "field-added-optional": Rule(NB, NB, True),
    "field-removed": _same(B),
    "field-became-required": Rule(B, NB),
    "field-became-optional": Rule(NB, B),
    "field-type-narrowed": Rule(B, NB),
    "field-type-widened": Rule(NB, B),
    "field-type-changed": _same(B),
    "field-default-changed": Rule(NB, I),
    # Limits on what users build are checked when they build it; on what they receive, only
    # the wire view matters (the new package accepts what the server sends).
    "field-limit-tightened": Rule(B, I),
    "field-limit-loosened": Rule(NB, I),
    "field-limit-changed": Rule(B, I),
    "literal-member-added": Rule(
        NB, NB, True
    ),  # one more value a field may hold; see enum-value-added
    "literal-member-removed": Rule(B, NB),
}

RULES: dict[View, dict[str, Rule]] = {"wire": WIRE_RULES, "code": CODE_RULES}


def rule(view: View, kind: str) -> Rule:
    """The rule for ``kind`` (an unknown kind is a programming error, not user input)."""
    return RULES[view][kind]


def classify(view: View, kind: str, direction: Direction) -> Level:
    return rule(view, kind).level(direction)


def make_change(
    view: View,
    kind: str,
    direction: Direction,
    subject: str,
    message: str,
    operations: tuple[str, ...] | list[str] = (),
) -> Change:
    """A :class:`Change` with its level and addition flag looked up in the tables."""
    found = rule(view, kind)
    return Change(
        view=view,
        kind=kind,
        level=found.level(direction),
        direction=direction,
        subject=subject,
        message=message,
        operations=tuple(sorted(set(operations))),
        addition=found.addition,
    )
