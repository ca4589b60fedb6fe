"""EchoTrade settings.

Every setting comes from the environment with a default that works for local use: SQLite, no
Redis, the simulated-or-Binance price source. Secrets may also be read from a file named in
``<NAME>_FILE`` (Docker/Kubernetes secrets).
"""
from __future__ import annotations

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    """Read ``name`` from the environment, or from the file named in ``<name>_FILE``."""
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        return Path(file_path).read_text().strip()
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    return env(name, "1" if default else "0").lower() in {"1", "true", "yes", "on"}


def _local_secret_key() -> str:
    """A per-checkout key for local use, so no secret lives in the code base."""
    key_file = BASE_DIR / ".secret_key"
    if not key_file.exists():
        from django.core.management.utils import get_random_secret_key

        key_file.write_text(get_random_secret_key())
    return key_file.read_text().strip()


DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY") or _local_secret_key()
ALLOWED_HOSTS = [h for h in env("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h]
CSRF_TRUSTED_ORIGINS = [o for o in env("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "channels",
    "django_celery_beat",
    "django_celery_results",
    "echotrade",
    "accounts",
    "traders",
    "signals",
    "execution",
    "bots",
    "analytics",
    "operations",
    "ui",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "echotrade.middleware.ApiOptionalSlashMiddleware",
    "echotrade.middleware.RefuseNulCharactersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "echotrade.urls"
WSGI_APPLICATION = "echotrade.wsgi.application"
ASGI_APPLICATION = "echotrade.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            # |plain for prices and quantities, in every template without a {% load %}.
            "builtins": ["ui.templatetags.numbers"],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DB_CONN_MAX_AGE", "0")),
        # With DB_CONN_MAX_AGE (the production layout): a kept connection the database dropped is
        # noticed at the start of the next request or task, and opened again.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several processes (web, worker, beat) share one SQLite file in the embedded mode: WAL lets
    # readers run beside the writer, IMMEDIATE takes the write lock up front (no upgrade deadlock),
    # and a writer waits for the lock instead of failing at once.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's backend, sending a bulk insert of a few rows as VALUES (echotrade/postgresql).
    DATABASES["default"]["ENGINE"] = "echotrade.postgresql"
if DATABASES["default"]["ENGINE"] == "echotrade.postgresql" and env_bool("DB_SERVER_SIDE_BINDING", default=True):
    # Parameters sent apart from the SQL, so psycopg prepares a statement run 5 times and
    # PostgreSQL plans it once per connection: the copy pipeline runs the same few dozen
    # statements for every signal, and planning them cost more than running them. (Behind
    # PgBouncer in transaction mode, set DB_SERVER_SIDE_BINDING=0.)
    DATABASES["default"].setdefault("OPTIONS", {}).update({"server_side_binding": True, "prepare_threshold": 5})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
LOGIN_URL = "/admin/login/"

REDIS_URL = env("REDIS_URL")

CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Pub/sub layer: pushes are fire-and-forget (a client that missed one catches up from the API),
# and it needs only PUBLISH/SUBSCRIBE, which the embedded Redis-protocol server does well.
CHANNEL_LAYERS = {
    "default": (
        {"BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer", "CONFIG": {"hosts": [REDIS_URL]}}
        if REDIS_URL
        else {"BACKEND": "channels.layers.InMemoryChannelLayer"}
    )
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "echotrade.api.TokenAuthentication",  # DRF's, in one lean query
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # orjson writes the same JSON as DRF's renderer, faster (echotrade.api.OrjsonRenderer).
    "DEFAULT_RENDERER_CLASSES": ["echotrade.api.OrjsonRenderer", "rest_framework.renderers.BrowsableAPIRenderer"],
    "DEFAULT_PARSER_CLASSES": [
        "echotrade.api.ObjectJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "echotrade.exceptions.api_exception_handler",
    "COERCE_DECIMAL_TO_STRING": True,
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 100,
}
# Rate limits ("<n>/second|minute|hour|day"), counted in the cache above (Redis with REDIS_URL,
# so every web process shares the count). Logins: per client IP and per username, for the API
# token and the login form (where only failed attempts count). Signals: writes per user.
REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"] = {
    "login": env("LOGIN_RATE", "10/min"),
    "signals": env("SIGNAL_POST_RATE", "120/min"),
    "telegram_import": env("TELEGRAM_IMPORT_RATE", "20/hour"),
    "binance_import": env("BINANCE_IMPORT_RATE", "20/hour"),
    "market_data": env("PUBLIC_MARKET_DATA_RATE", "120/min"),
}
# The client address the limits count is REMOTE_ADDR; behind N reverse proxies set NUM_PROXIES=N
# to take it from X-Forwarded-For. Trusting that header without a proxy would let a client pick a
# new address for every guess.
REST_FRAMEWORK["NUM_PROXIES"] = int(env("NUM_PROXIES", "0"))

SPECTACULAR_SETTINGS = {
    "TITLE": "EchoTrade API",
    "DESCRIPTION": "Copy-trading: traders, signals, accounts, positions and the audit log.",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}

# --- Celery -----------------------------------------------------------------------------------
# Without REDIS_URL (a shell, the test suite) tasks have no broker to go to; `make run` always
# provides one. Nothing is lost and nothing runs twice: a task is acknowledged only after it ran,
# a worker that dies hands its task back, and every task is safe to run again.
CELERY_BROKER_URL = env("CELERY_BROKER_URL") or REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = "django-db"
CELERY_RESULT_EXTENDED = True
CELERY_RESULT_EXPIRES = 60 * 60 * 24 * 3
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A killed worker's unacknowledged task returns to the queue after this long (Redis transport).
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": int(env("CELERY_VISIBILITY_TIMEOUT", "300"))}
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", default=CELERY_BROKER_URL == "memory://")
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False

# --- EchoTrade ------------------------------------------------------------------------------
# Where prices come from: "auto" (ccxt Binance, falling back to sim), "sim", "replay:<csv>",
# "ccxt:<exchange id>".
MARKET_DATA = env("MARKET_DATA", "auto")
MARKET_DATA_SEED = int(env("MARKET_DATA_SEED", "42"))
# A stored quote older than this is refreshed from the source before an order uses it.
QUOTE_MAX_AGE_SECONDS = int(env("QUOTE_MAX_AGE_SECONDS", "15"))

# How often each enabled bot looks at its candles (an act is taken at most once per bar).
BOT_RUN_EVERY_SECONDS = int(env("BOT_RUN_EVERY_SECONDS", "60"))
# How often prices are refreshed, recorded, pushed and checked against every position.
MARKET_TICK_SECONDS = float(env("MARKET_TICK_SECONDS", "1"))

# Signal sources
# TradingView webhook requests per trader (or per client IP when none is named).
WEBHOOK_RATE = env("WEBHOOK_RATE", "60/min")
# Scale incoming confidence per source, e.g. "binance=0.8,telegram=1" (every source 1.0 by default).
SOURCE_CONFIDENCE_WEIGHTS = env("SOURCE_CONFIDENCE_WEIGHTS", "")
# Telegram: the listener's bot token, and where alerts go (alerts are sent only when both are set).
TELEGRAM_BOT_TOKEN = env("TELEGRAM_BOT_TOKEN")
TELEGRAM_ALERT_CHAT_ID = env("TELEGRAM_ALERT_CHAT_ID")
# The Bot API's address (a local Bot API server, or a test's stand-in), for alerts (echotrade/notify.py).
TELEGRAM_API_URL = env("TELEGRAM_API_URL", "https://api.telegram.org")
# Trader alerts also go by email to these addresses (comma-separated), through Django's mail backend.
ALERT_EMAIL_TO = env("ALERT_EMAIL_TO")
# Discord and Slack incoming webhooks (secrets: also read from <NAME>_FILE). Desk-wide alerts go to
# them, and they are the default destination of an account that picks Discord or Slack without a
# webhook of its own (the Settings page's Notifications, GET/PUT /api/accounts/{name}/notifications).
DISCORD_WEBHOOK_URL = env("DISCORD_WEBHOOK_URL")
SLACK_WEBHOOK_URL = env("SLACK_WEBHOOK_URL")
# An account's own webhook URL must be https://; 1 also accepts http:// (a local relay, the tests).
NOTIFY_WEBHOOK_ALLOW_HTTP = env_bool("NOTIFY_WEBHOOK_ALLOW_HTTP", default=False)
# An account notification that fails for a temporary reason (timeout, 5xx, rate limit) is sent
# again up to this many times, waiting about 10 s, 20 s, 40 s ... (at most 10 minutes) in between.
NOTIFY_MAX_RETRIES = int(env("NOTIFY_MAX_RETRIES", "6"))
NOTIFY_RETRY_BACKOFF_SECONDS = int(env("NOTIFY_RETRY_BACKOFF_SECONDS", "10"))
# A Telegram signal arriving this long after it was posted is recorded but not copied.
TELEGRAM_SIGNAL_MAX_AGE = int(env("TELEGRAM_SIGNAL_MAX_AGE", "300"))
# The trader-dashboard document's market data (/udf/*, /api/v1/quotes) answers without a login,
# as its curl examples show; 0 requires one (a session or a token). /health is always open (a
# probe cannot log in). Both are limited per client IP (per user when logged in): market_data above.
PUBLIC_MARKET_DATA = env_bool("PUBLIC_MARKET_DATA", default=True)
# /health reports degraded (503) when the newest tick is older than this.
HEALTH_MAX_TICK_AGE_SECONDS = int(env("HEALTH_MAX_TICK_AGE_SECONDS", "60"))

# Binance leaderboard following: at most one request per this many seconds per process.
LEADERBOARD_MIN_INTERVAL_SECONDS = float(env("LEADERBOARD_MIN_INTERVAL_SECONDS", "2"))
LEADERBOARD_BASE_URL = env("LEADERBOARD_BASE_URL", "https://www.binance.com")

# The signal guard: an entry further than this fraction from the market price (0.15 = 15 %) is
# refused as entry_far_from_market (signals/guard.py).
SIGNAL_MAX_ENTRY_DEVIATION = env("SIGNAL_MAX_ENTRY_DEVIATION", "0.15")

# A signal still undecided this long after it arrived is handed to a worker again.
SIGNAL_SWEEP_AFTER_SECONDS = int(env("SIGNAL_SWEEP_AFTER_SECONDS", "60"))
# A signal for more accounts than this is decided by parallel Celery tasks, one per chunk.
COPY_CHUNK_SIZE = int(env("COPY_CHUNK_SIZE", "25"))

ECHOTRADE_ADMIN_USERNAME = env("ECHOTRADE_ADMIN_USERNAME", "admin")
ECHOTRADE_ADMIN_PASSWORD = env("ECHOTRADE_ADMIN_PASSWORD")

# Fernet keys that encrypt stored exchange API keys (execution/credentials.py), comma-separated:
# the first encrypts, all decrypt, so a key is rotated by putting a new one first. Unset, the app
# runs but refuses to store exchange keys. Also read from ECHOTRADE_CREDENTIALS_KEY_FILE.
ECHOTRADE_CREDENTIALS_KEYS = [k.strip() for k in env("ECHOTRADE_CREDENTIALS_KEY").replace("\n", ",").split(",") if k.strip()]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
