"""What a JSON Schema of the spec means beyond its shape: cross-field rules the models cannot
say, whether a value the spec names obeys its schema, and example values for documentation.
Shared by normalization, the IR builder, the emitters and the API diff."""
