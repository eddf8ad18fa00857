"""Reading a provider's input: find it under ``specs/``, load YAML/JSON safely, validate it
against the official OpenAPI, Overlay and SDK-config schemas, apply the overlay, and read the
SDK config. Everything after this stage works on one validated, overlaid document."""
