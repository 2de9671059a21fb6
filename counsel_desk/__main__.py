"""``python -m counsel_desk`` starts the desktop application."""

import sys

from counsel_desk.app import main

sys.exit(main())
