#!/usr/bin/env python3
"""Runs Debian's wapiti 3.0.4 with one fix for Python 3.11: its exclusion patterns end in a global flag `(?ms)`,
which Python 3.11 refuses, so any `-x` crashed the crawler before the first request. Same arguments as `wapiti`."""
import re
import sys

import wapitiCore.net.crawler as crawler


def wildcard_translate(pattern):
    return re.compile("(?ms)" + ".*".join(re.escape(part) for part in pattern.split("*")) + r"\Z")


crawler.wildcard_translate = wildcard_translate
from wapitiCore.main.wapiti import wapiti_main  # noqa: E402  (after the fix above)

sys.exit(wapiti_main())
