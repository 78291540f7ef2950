"""Run the program with `python -m casepoint_desktop`."""

import sys

from casepoint_desktop.app import main

sys.exit(main())
