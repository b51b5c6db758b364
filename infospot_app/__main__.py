"""``python -m infospot_app``: the same as the ``infospot`` command."""

import sys

from infospot_app.cli import main

sys.exit(main())
