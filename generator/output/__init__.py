"""Putting generated files on disk and skipping work: the atomic writer (or ``--check``), the
content-addressed cache of slow steps, and the input fingerprint that skips an unchanged run."""
