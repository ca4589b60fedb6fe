"""``python manage.py run_embedded``: the whole system in one command, for ``make run``.

Starts the ASGI web server (daphne: UI, API, admin, websockets) and the market loop as child
processes, and stops all of them when one ends or on Ctrl-C. In production run them as separate
services instead (see README, "Production").
"""
import signal
import subprocess
import sys
import time

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run web server and market loop together (the embedded, no-Redis mode)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", default="8000")

    def handle(self, *args, host: str, port: str, **options):
        python = sys.executable
        commands = {
            "web": [python, "-m", "daphne", "-b", host, "-p", str(port), "echotrade.asgi:application"],
            "market": [python, "manage.py", "market_loop"],
        }
        children = {name: subprocess.Popen(cmd) for name, cmd in commands.items()}
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
            for child in children.values():
                if child.poll() is None:
                    child.terminate()
            for child in children.values():
                try:
                    child.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    child.kill()
