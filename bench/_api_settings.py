"""Settings for bench/api_latency.py only: the product's settings with a urlconf that adds a bare view.

A leading underscore keeps bench/run.py from taking this module for a benchmark.
"""
from echotrade.settings import *  # noqa: F401,F403

ROOT_URLCONF = "_api_urls"
