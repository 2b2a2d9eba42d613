"""``python -m diplosum``: the command line, as ``diplosum``."""

from .cli.main import main

main()
