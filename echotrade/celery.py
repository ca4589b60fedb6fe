"""The Celery app. Broker: Redis (``REDIS_URL``); the embedded mode starts its own Redis-protocol server.

Results go to the database (django-celery-results) and schedules live in the database
(django-celery-beat), so both are visible and editable in the admin.
"""
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "echotrade.settings")

app = Celery("echotrade")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
