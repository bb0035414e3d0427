"""``python -m transcript_cli``."""

from transcript_cli.cli import main

main(prog_name="transcript")
