"""Settings for the test suite: the real settings, with what must not vary between runs pinned."""
import os

os.environ.setdefault("MARKET_DATA", "sim")

from echotrade.settings import *  # noqa: E402,F401,F403
from echotrade.settings import DATABASES  # noqa: E402  (named: the lines below change it)

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

# A file, not :memory:, so the live tests' worker and web server (subprocesses) see the test data.
# One file per run: several runs may share a checkout.
import tempfile  # noqa: E402

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": os.path.join(tempfile.gettempdir(), f"echotrade-test-{os.getpid()}.sqlite3")}
    # A test database is thrown away: skip the fsyncs that make a file database slow.
    DATABASES["default"]["OPTIONS"]["init_command"] = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;"
