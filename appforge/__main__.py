"""`python -m appforge ...` is `appforge ...`."""

from appforge.cli import run

run()
