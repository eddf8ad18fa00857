"""The API diff reads a lean method's ``Endpoint`` as the explicit body it stands for: the HTTP
operation, each argument's wire name and the model that checks it (so a tightened limit is seen)."""

from __future__ import annotations

import textwrap

from generator.diff.surface import parse_resources

MODULE = textwrap.dedent('''
    _CREATE = Endpoint(
        "POST",
        "/things/{id}",
        models.Thing,
        models.ThingParams,
        models.ThingRequest,
        path_args={"id": "thing_id"},
        headers={"X-Webhook-URL": "webhook_url"},
        renames={"startImage": "start_image"},
    )


    class ThingsResource(SyncResource):
        def create(
            self,
            thing_id: str,
            *,
            prompt: str,
            start_image: str | NotGiven = NOT_GIVEN,
            webhook_url: str | NotGiven = NOT_GIVEN,
            extra_headers: Headers | None = None,
            extra_query: Query | None = None,
            extra_body: Body | None = None,
            timeout: Timeout | NotGiven = NOT_GIVEN,
        ) -> models.Thing:
            """Create a thing."""
            return _send(_CREATE, locals())
    ''')


def test_endpoint_is_read_as_the_explicit_body() -> None:
    method = parse_resources(MODULE, {})["ThingsResource"].methods["create"]
    assert method.http == "POST /things/{id}"
    assert method.validators == ("ThingParams", "ThingRequest")
    wires = {p.name: p.wire for p in method.params}
    assert wires["thing_id"] == "id"
    assert wires["webhook_url"] == "X-Webhook-URL"
    assert wires["prompt"] == "prompt"
    assert wires["start_image"] == "startImage"
    assert wires["timeout"] is None  # a request option, not an argument of the API


def test_deferred_models_are_read_as_the_models_they_name() -> None:
    """A large API's endpoints name their models lazily (``lambda: models.X``)."""
    deferred = MODULE.replace("    models.Thing,", "    _deferred(lambda: models.Thing),")
    deferred = deferred.replace("    models.ThingP", "    lambda: models.ThingP")
    deferred = deferred.replace("    models.ThingR", "    lambda: models.ThingR")
    assert deferred.count("lambda: models.") == 3
    method = parse_resources(deferred, {})["ThingsResource"].methods["create"]
    assert method.http == "POST /things/{id}"
    assert method.validators == ("ThingParams", "ThingRequest")
    assert {p.name: p.wire for p in method.params}["thing_id"] == "id"
