"""The bundled app's entry point: the same `speerpunt` command as the installed console script."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
