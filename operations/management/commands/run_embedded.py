"""``python manage.py run_embedded``: the whole system in one command, for ``make run``.

Starts, as child processes: a Redis-protocol server (pure Python, only when ``REDIS_URL`` is not
set), the ASGI web server (daphne: UI, API, admin, websockets), a Celery worker and Celery beat.
Stops all of them when one ends or on Ctrl-C. In production run web, workers and beat as separate
services on a real Redis (README, "Production").
"""
import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand

from operations.embedded_redis import free_port, wait_until_listening


class Command(BaseCommand):
    help = "Run web server, Celery worker and beat together; start an embedded Redis when REDIS_URL is unset."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", default="8000")
        parser.add_argument("--concurrency", type=int, default=2, help="Worker processes (default 2).")

    def handle(self, *args, host: str, port: str, concurrency: int, **options):
        python, children = sys.executable, {}
        env = dict(os.environ)
        if not settings.REDIS_URL:
            redis_port = free_port()
            children["redis"] = subprocess.Popen([python, "-m", "operations.embedded_redis", "--port", str(redis_port)])
            wait_until_listening(redis_port)
            env["REDIS_URL"] = f"redis://127.0.0.1:{redis_port}/0"
            self.stdout.write(f"No REDIS_URL: using the embedded Redis-protocol server on port {redis_port}.")
        celery = [python, "-m", "celery", "-A", "echotrade"]
        commands = {
            "web": [python, "-m", "daphne", "-b", host, "-p", str(port), "echotrade.asgi:application"],
            "worker": [*celery, "worker", "--loglevel", "INFO", "--concurrency", str(concurrency), "-n", "embedded@%h"],
            "beat": [*celery, "beat", "--loglevel", "INFO", "--scheduler", "django_celery_beat.schedulers:DatabaseScheduler"],
        }
        children.update({name: subprocess.Popen(cmd, env=env) for name, cmd in commands.items()})
        self._supervise(children, host, port)

    def _supervise(self, children: dict, host: str, port: str) -> None:
        stopping = False

        def stop(*_):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        self.stdout.write(f"EchoTrade running on http://{host}:{port}/ (Ctrl-C stops everything)")
        try:
            while not stopping:
                ended = [name for name, child in children.items() if child.poll() is not None]
                if ended:
                    self.stderr.write(f"{', '.join(ended)} stopped; shutting the rest down.")
                    break
                time.sleep(0.5)
        finally:
            for child in reversed(list(children.values())):  # web, beat and worker before their Redis
                if child.poll() is None:
                    child.terminate()
            for child in children.values():
                try:
                    child.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    child.kill()
