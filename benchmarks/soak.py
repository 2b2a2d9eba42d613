"""Soak: a corpus through a loopback server that injects faults into a share of requests.

    python benchmarks/soak.py [--rate 0.10] [-n 500] [-c 16]

Runs ``diplosum.testing.soak``: nothing may be lost or duplicated, every failure has a
typed error and a reason, the cache holds exactly the summarised articles, and a rerun
against the recovered server asks only for the failed ones. Prints one summary line
(exit 1 and the broken promise if any of that does not hold).
"""

from __future__ import annotations

import argparse
import sys

from diplosum.testing import soak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=0.10)
    parser.add_argument("-n", type=int, default=500)
    parser.add_argument("-c", type=int, default=16)
    args = parser.parse_args()
    try:
        print(soak(args.rate, args.n, concurrency=args.c))
    except AssertionError as exc:
        print(f"soak FAILED: {exc}")
        sys.exit(1)


if __name__ == "__main__":
    main()
