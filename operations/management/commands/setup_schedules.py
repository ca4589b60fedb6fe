"""``python manage.py setup_schedules``: create the beat schedule (prices, bots, sweep, snapshots)."""
from django.core.management.base import BaseCommand

from operations.schedules import schedules_ensure


class Command(BaseCommand):
    help = "Create the missing periodic tasks in the database; rows someone edited are left alone."

    def handle(self, *args, **options):
        created, existing = schedules_ensure()
        self.stdout.write(f"Beat schedules: {created} created, {existing} already there.")
