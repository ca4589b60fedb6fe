"""Settings of the daphne that the browser tests start: the real settings, with static files found
in place (no collectstatic in a test run) and the test suite's password hasher."""
from echotrade.settings import *  # noqa: F403  (the real settings, then the differences below)

STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
