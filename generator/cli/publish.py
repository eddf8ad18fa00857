"""``python -m generator publish [DIST_DIR] [--dry-run | --stage DIR]``.

Configured by environment (so a token never lands in shell history or CI logs):
``TWINE_REPOSITORY_URL`` (default PyPI's upload URL), ``TWINE_USERNAME`` (default
``__token__``), ``TWINE_PASSWORD`` (the API token or password) and ``PUBLISH_INDEX_URL``
(the simple index to compare with; default derived from the repository URL).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from generator.paths import PROJECT_ROOT
from generator.release.publish import (
    DEFAULT_REPOSITORY_URL,
    ENV_INDEX_URL,
    ENV_PASSWORD,
    ENV_REPOSITORY_URL,
    ENV_USERNAME,
    Settings,
    publish,
)


def run(args: argparse.Namespace) -> int:
    settings = Settings.from_environment(os.environ)
    return publish(
        Path(args.dist),
        settings,
        dry_run=args.dry_run,
        stage=Path(args.stage) if args.stage else None,
    )


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "publish",
        help="upload the built packages the index does not have yet",
        description=(
            "Upload every wheel and sdist under DIST_DIR (dist/<provider>/ from `make build`) that the "
            "index does not list yet; files already there are skipped, so reruns are safe. "
            f"Environment: {ENV_REPOSITORY_URL} (default {DEFAULT_REPOSITORY_URL}), {ENV_USERNAME} "
            f"(default __token__), {ENV_PASSWORD} (token or password, required to upload), "
            f"{ENV_INDEX_URL} (simple index to check; default derived from the repository URL)."
        ),
    )
    parser.add_argument(
        "dist",
        nargs="?",
        default=str(PROJECT_ROOT / "dist"),
        help="folder of built distributions (default: dist/)",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="only list what would be uploaded")
    mode.add_argument(
        "--stage",
        metavar="DIR",
        help="copy the files to upload into DIR instead (for another uploader, e.g. trusted publishing)",
    )
    parser.set_defaults(handler=run)
