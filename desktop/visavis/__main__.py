import sys

from visavis.app import main

sys.exit(main())
