from django.apps import AppConfig


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"

    def ready(self):
        from accounts import tasks  # noqa: F401  (the delivery task is queued by name; eager runs must find it)
        from accounts.notifications import NOTIFIED_ACTIONS, audit_event_notify
        from echotrade.audit import audit_hook_register

        # The core records the events; this layer, which it cannot import, tells the accounts.
        audit_hook_register(actions=NOTIFIED_ACTIONS, hook=audit_event_notify)
