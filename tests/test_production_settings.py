"""The production settings module: `manage.py check --deploy` is clean, and a missing key is refused."""
from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def run_deploy_check(**env_overrides: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "SECRET_KEY_FILE", "DEBUG"}}
    env.update({"DJANGO_SETTINGS_MODULE": "echotrade.settings_production", "ALLOWED_HOSTS": "example.com"})
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120, check=False,
    )


def test_it_passes_the_deploy_check_without_warnings():
    result = run_deploy_check(SECRET_KEY=secrets.token_urlsafe(45)[:60])

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_it_refuses_to_start_without_a_secret_key():
    result = run_deploy_check()

    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is not set" in result.stderr
    assert "SECRET_KEY_FILE" in result.stderr
