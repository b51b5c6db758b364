"""Entry point of the frozen application (both InfoSpot and infospot-cli)."""

import sys

from infospot_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
