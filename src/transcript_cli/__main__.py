"""``python -m transcript_cli`` and the ``transcript`` command's entry point."""

from __future__ import annotations

import os


def run() -> None:
    """Set up this process for the command line, then run it."""
    # The command builds only its own models and uses no pydantic plugin: spare every
    # start the scan of all installed packages' metadata for plugins. Setting the
    # variable (even to "") keeps the scan.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from .cli import main

    main(prog_name="transcript")


if __name__ == "__main__":
    run()
