"""The append-only audit log: the one model of the core, because every layer records into it.

The code sits in the core so every layer can record without importing ``accounts``; the model
keeps its place in the ``accounts`` app (``app_label``), so its table, migrations, admin URLs
and permissions are unchanged. Its link to an account is a string foreign key, since accounts
sit above the core.
"""
from __future__ import annotations

from django.conf import settings
from django.db import models


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("The audit log is append-only.")

    def delete(self):
        raise PermissionError("The audit log is append-only.")


class AuditEvent(models.Model):
    """One thing that happened, as it happened. Rows are written once and never changed."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    account = models.ForeignKey(
        "accounts.Account", null=True, blank=True, on_delete=models.PROTECT, related_name="audit_events"
    )
    # PROTECT: a user who appears in the log is deactivated, not deleted, so no row is ever rewritten.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # Who acted when no user did: "system", "position_monitor", "api", "seed_demo"...
    actor_label = models.CharField(max_length=100, default="system")
    action = models.CharField(max_length=100, db_index=True)
    object_type = models.CharField(max_length=50, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    message = models.CharField(max_length=500, blank=True)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        app_label = "accounts"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["account", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M:%S} {self.action} {self.object_type}#{self.object_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit log is append-only.")
