"""The intermediate model: every decision about the generated package (methods, arguments,
types, bodies, returns, jobs, paging, webhooks, auth), built from a normalized document, so the
templates only lay it out."""
