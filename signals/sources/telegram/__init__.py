"""Telegram as a signal source: the live listener's core (``handling``) and channel-history import.

The bot itself lives in ``signals/management/commands/telegram_listener.py``; everything here is
plain Django and runs without a bot or a network.
"""
