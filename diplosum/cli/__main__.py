"""``python -m diplosum.cli``: the same as the installed ``diplosum`` command."""

from .main import main

main()
