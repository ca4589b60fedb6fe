"""Live trading: storing an account's exchange key, and switching the account between paper and live.

Only an owner of the account may store keys or switch it to live, and going live needs the
account's name typed as confirmation. Every change is audited with the key's metadata and
fingerprint only: the key itself never reaches the audit log, a log line or an error message.
"""
from __future__ import annotations

from django.db import transaction

from accounts.models import Account, Membership
from echotrade.audit import audit_record
from echotrade.exceptions import Conflict, InvalidInput, NotFound, PermissionDenied
from execution import credentials
from execution.models import ExchangeCredential, Position

Exchange, MarketType = ExchangeCredential.Exchange, ExchangeCredential.MarketType
MAX_KEY_CHARS = 512


def credential_snapshot(credential: ExchangeCredential | None) -> dict | None:
    """What may be shown about a stored key: everything except the key."""
    if credential is None:
        return None
    return {
        "exchange": credential.exchange, "market_type": credential.market_type, "sandbox": credential.sandbox,
        "fingerprint": credential.fingerprint,
    }


def account_check_owner(*, user, account: Account) -> None:
    """Owners only (a superuser counts as one, for the admin). A non-member gets NotFound, as for
    every other account endpoint."""
    if user is not None and user.is_authenticated and user.is_superuser:
        return
    membership = (
        Membership.objects.filter(user=user, account=account).first()
        if user is not None and user.is_authenticated else None
    )
    if membership is None:
        raise NotFound(f"No account named '{account.name}'.")
    if membership.role != Membership.Role.OWNER:
        raise PermissionDenied(f"Only an owner of '{account.name}' may manage its exchange keys and live trading.")


def exchange_credential_errors(exchange: str, market_type: str, api_key, secret, password) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if exchange not in Exchange.values:
        errors["exchange"] = [f"One of {', '.join(Exchange.values)}."]
    if market_type not in MarketType.values:
        errors["market_type"] = [f"One of {', '.join(MarketType.values)}."]
    elif exchange == Exchange.BINANCEUSDM and market_type != MarketType.USDM:
        errors["market_type"] = ["binanceusdm trades USDT-margined futures only: use usdm."]
    for field, value, required in (("api_key", api_key, True), ("secret", secret, True), ("password", password, False)):
        if not isinstance(value, str) or (required and not value.strip()):
            errors[field] = ["Required."] if required else ["Must be text."]
        elif len(value) > MAX_KEY_CHARS or any(c.isspace() for c in value.strip()) or value != value.strip():
            errors[field] = [f"Must be at most {MAX_KEY_CHARS} characters without spaces."]
    if exchange == Exchange.OKX and not errors.get("password") and not (password or "").strip():
        errors["password"] = ["OKX keys come with a passphrase: enter it here."]
    return errors


def exchange_credential_check_replace(*, account: Account, exchange: str, market_type: str, sandbox: bool) -> None:
    """A live account keeps its venue: a key may be replaced (rotated), not moved elsewhere."""
    if account.mode != Account.Mode.LIVE:
        return
    credential = ExchangeCredential.objects.filter(account=account).first()
    if credential is None:
        # A first key must never start real trading by itself: going live takes its own confirmation.
        raise Conflict(f"'{account.name}' is marked live but has no key yet: switch it to paper, store the key, then go live.")
    if (credential.exchange, credential.market_type, credential.sandbox) != (exchange, market_type, sandbox):
        raise Conflict(f"'{account.name}' is trading live on this exchange: switch it to paper before changing venue.")


@transaction.atomic
def exchange_credential_store(
    *, account: Account, actor, exchange: str, market_type: str, sandbox: bool, api_key: str, secret: str,
    password: str = "",
) -> ExchangeCredential:
    """Store (or replace) the account's exchange key, encrypted. Owners only."""
    account_check_owner(user=actor, account=account)
    errors = exchange_credential_errors(exchange, market_type, api_key, secret, password or "")
    if errors:
        raise InvalidInput("The exchange key is incomplete or malformed.", fields=errors)
    if not isinstance(sandbox, bool):
        raise InvalidInput("sandbox must be true or false.", fields={"sandbox": ["Must be true or false."]})
    account = Account.objects.select_for_update().get(pk=account.pk)
    credential = ExchangeCredential.objects.filter(account=account).first()
    exchange_credential_check_replace(account=account, exchange=exchange, market_type=market_type, sandbox=sandbox)
    before = credential_snapshot(credential)
    credential = credential or ExchangeCredential(account=account)
    credential.exchange, credential.market_type, credential.sandbox = exchange, market_type, sandbox
    # Encrypt first: without a configured key this raises before anything is written.
    credential.api_key_encrypted = credentials.encrypt(api_key)
    credential.secret_encrypted = credentials.encrypt(secret)
    credential.password_encrypted = credentials.encrypt(password) if password else ""
    credential.fingerprint = credentials.fingerprint(api_key)
    credential.save()
    audit_record(
        action="exchange_credential.stored", account=account, actor=actor, obj=credential,
        message=f"{credential.get_exchange_display()} {market_type}{' testnet' if sandbox else ''} key {credential.fingerprint}",
        before=before, after=credential_snapshot(credential),
    )
    return credential


@transaction.atomic
def exchange_credential_delete(*, account: Account, actor) -> None:
    account_check_owner(user=actor, account=account)
    account = Account.objects.select_for_update().get(pk=account.pk)
    credential = ExchangeCredential.objects.filter(account=account).first()
    if credential is None:
        raise NotFound(f"'{account.name}' has no exchange key stored.")
    if account.mode == Account.Mode.LIVE:
        raise Conflict(f"'{account.name}' is trading live with this key: switch it to paper first.")
    before = credential_snapshot(credential)
    credential.delete()
    audit_record(
        action="exchange_credential.deleted", account=account, actor=actor,
        message=f"key {before['fingerprint']} removed", before=before,
    )


def _active_positions(account: Account) -> int:
    return Position.objects.filter(account=account, status__in=Position.ACTIVE_STATUSES).count()


@transaction.atomic
def account_go_live(*, account: Account, actor, confirm) -> Account:
    """Send the account's orders to its real exchange from now on. Owners only, confirmed by name.

    Open positions must be closed first: they were booked on paper and have no counterpart on the
    exchange, so the live exchange could neither close nor protect them.
    """
    account_check_owner(user=actor, account=account)
    account = Account.objects.select_for_update().get(pk=account.pk)
    if confirm != account.name:
        raise InvalidInput(
            f"Type the account name '{account.name}' to confirm switching it to live trading.",
            fields={"confirm": [f"Must be exactly '{account.name}'."]},
        )
    if account.mode == Account.Mode.LIVE:
        raise Conflict(f"'{account.name}' is already trading live.")
    credential = ExchangeCredential.objects.filter(account=account).first()
    if credential is None:
        raise Conflict(f"Store an exchange key for '{account.name}' before switching it to live.")
    credential.api_key()  # the key must still decrypt, or every live order would fail
    active = _active_positions(account)
    if active:
        raise Conflict(f"'{account.name}' has {active} open or pending paper position(s): close them before going live.")
    account.mode = Account.Mode.LIVE
    account.save(update_fields=["mode", "updated_at"])
    audit_record(
        action="account.live_enabled", account=account, actor=actor, obj=account,
        message=f"live on {credential.get_exchange_display()}{' testnet' if credential.sandbox else ''}, "
                f"key {credential.fingerprint}; confirmed by typing the account name",
        before={"mode": Account.Mode.PAPER}, after={"mode": Account.Mode.LIVE, **credential_snapshot(credential)},
    )
    return account


@transaction.atomic
def account_go_paper(*, account: Account, actor) -> Account:
    """Back to the paper exchange. Open live positions must be closed first (they live on the exchange)."""
    account_check_owner(user=actor, account=account)
    account = Account.objects.select_for_update().get(pk=account.pk)
    if account.mode == Account.Mode.PAPER:
        raise Conflict(f"'{account.name}' is already paper trading.")
    active = _active_positions(account)
    if active:
        raise Conflict(
            f"'{account.name}' has {active} open or pending live position(s): close them (or pause the account) "
            "before switching to paper."
        )
    account.mode = Account.Mode.PAPER
    account.save(update_fields=["mode", "updated_at"])
    audit_record(
        action="account.live_disabled", account=account, actor=actor, obj=account,
        before={"mode": Account.Mode.LIVE}, after={"mode": Account.Mode.PAPER},
    )
    return account


@transaction.atomic
def exchange_credentials_rotate() -> int:
    """Re-encrypt every stored key under the first configured key; returns how many rows changed."""
    rotated = 0
    for credential in ExchangeCredential.objects.select_for_update():
        credential.api_key_encrypted = credentials.reencrypt(credential.api_key_encrypted)
        credential.secret_encrypted = credentials.reencrypt(credential.secret_encrypted)
        credential.password_encrypted = credentials.reencrypt(credential.password_encrypted)
        credential.save(update_fields=["api_key_encrypted", "secret_encrypted", "password_encrypted", "updated_at"])
        rotated += 1
    audit_record(action="exchange_credential.rotated", message=f"{rotated} key(s) re-encrypted under the newest key")
    return rotated
