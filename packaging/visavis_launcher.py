"""Entry script of the PyInstaller bundle (``dist/visavis/visavis``)."""

import sys

from visavis.app import main

if __name__ == "__main__":
    sys.exit(main())
