from django.apps import AppConfig


class SignalsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "signals"

    def ready(self):
        # Register the copy task in every process (web included): the ingest service queues it by
        # name, and in eager mode (tests, a shell) a name alone must still find the task.
        from signals import tasks  # noqa: F401
