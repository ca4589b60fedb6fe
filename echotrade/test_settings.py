"""Settings for the test suite: the real settings, with what must not vary between runs pinned."""
import os

os.environ.setdefault("MARKET_DATA", "sim")

from echotrade.settings import *  # noqa: E402,F401,F403

MARKET_DATA = "sim"
# Fast hashing: the tests create many users and none of them guard real secrets.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static assets straight from the apps: tests never run collectstatic.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tasks run in the test process unless a test starts a real worker (tests/live).
CELERY_BROKER_URL = "memory://"
CELERY_TASK_ALWAYS_EAGER = True
CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
