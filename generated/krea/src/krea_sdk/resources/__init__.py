"""One module per API resource, imported when the client first uses it."""
