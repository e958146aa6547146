"""``python -m benchmarks``: run the suite (``--smoke`` for the tiny version, ``--help`` for options)."""

import sys

from benchmarks.suite import main

if __name__ == "__main__":
    sys.exit(main())
