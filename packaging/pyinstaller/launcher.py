"""PyInstaller's entry script: the same entry point as the ``counsel-desk`` command
(``counsel_desk.app:main``)."""

import sys

from counsel_desk.app import main

if __name__ == "__main__":
    sys.exit(main())
