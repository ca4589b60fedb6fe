"""A real exchange through ccxt: the same interface as the paper exchange, real orders.

What goes where:
- Entries and manual closes are sent to the exchange (market or limit). ``submit`` reports what
  filled at once; ``poll`` asks the exchange what a resting limit has filled since.
- Stops and targets of a Binance USDⓈ-M position rest on the exchange itself, reduce-only, so
  they hold while EchoTrade is down (``supports_held_protection``; ``protection_sync`` sends them
  and replaces them when the stop moves or the quantity changes). The stop is a ``STOP_MARKET``
  for the position's quantity, triggered on the last price (``workingType=CONTRACT_PRICE``, the
  price our paper stop triggers on). ccxt turns ``type="market"`` with a ``triggerPrice`` into
  that type and, since Binance moved conditional orders to its algo service (December 2025),
  sends it to ``POST /fapi/v1/algoOrder`` (``algoType=CONDITIONAL``, ``triggerPrice``,
  ``clientAlgoId``; the old ``stopPrice`` on ``/fapi/v1/order`` is refused with -4120). A target is
  a reduce-only ``LIMIT`` GTC at its price on the ordinary book, not a ``TAKE_PROFIT_MARKET``:
  it fills at the target's price as a maker, as the paper exchange and the backtests fill it,
  where a triggered market order would pay the taker fee and the slippage. Not
  ``closePosition=true`` either: one-way mode nets every position of a symbol, and a stop must
  close only the quantity that is ours. The monitor asks the exchange what each held order has
  filled (``poll_held``): a triggered stop is followed to the market order Binance placed for it.
- Elsewhere (spot, and the futures of venues we hold no recordings for) stops and targets live in
  our own table: the position monitor checks them against each price update, and when one
  triggers this adapter sends a reduce-only market order. So does a held order the exchange
  refused (``protection_sync`` keeps it as one the monitor watches).
- Every order carries a client order id derived from our row, so it can be fetched and cancelled
  without storing the exchange's id, and a timeout after the exchange accepted an order is
  resolved by looking it up rather than sending it twice.
- Spot (``binance``, ``bybit``, ``okx``) or USDT-margined perpetuals (``binanceusdm``, or any of
  them with market type ``usdm``: isolated margin at the position's leverage). A sandbox key
  trades on the exchange's testnet (ccxt ``set_sandbox_mode``); Binance retired its futures
  testnet, so there ccxt's demo trading is the sandbox.
- Cash, margin and P&L are still booked by our own accounting from the fills reported here;
  ``fetch_balance``/``fetch_positions`` read the exchange's own view for comparison.

ccxt errors become ours (freqtrade's split): network trouble, rate limits and maintenance are
``TemporaryExchangeError`` (the copy task retries with backoff); a refused order, missing funds,
an unknown symbol or a rejected key are ``PermanentExchangeError`` (the decision fails with the
reason, nothing is booked). Numbers cross from ccxt's floats through ``Decimal(str(x))``.
"""
from __future__ import annotations

import decimal
import logging
import re
import threading
import time
from decimal import Decimal

import ccxt

from echotrade.exceptions import (
    ExchangeError,
    InsufficientFunds,
    InvalidOrder,
    PermanentExchangeError,
    TemporaryExchangeError,
)
from echotrade.limits import MONEY_STEP
from execution import fills
from execution.exchanges.base import ExchangeAdapter, ExecutedFill, HeldOrderState

logger = logging.getLogger(__name__)


class _DropRequestDumps(logging.Filter):
    """ccxt logs every request's headers (the API key among them) and body at DEBUG: never let them out."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


# The logger our ccxt clients write to, whatever LOG_LEVEL an operator sets.
ccxt_logger = logging.getLogger("execution.exchanges.ccxt")
ccxt_logger.addFilter(_DropRequestDumps())

TIMEOUT_MS = 10000
MAX_ERROR_CHARS = 240
MARKETS_TTL_SECONDS = 3600
PROTECTION_PURPOSES = ("stop_loss", "take_profit")
# Venues whose futures stops and targets rest on the exchange: those we hold recorded answers for.
HELD_PROTECTION_EXCHANGES = ("binance", "binanceusdm")

# Process-wide market lists per (exchange, market type, sandbox): loading them is a multi-megabyte
# call that every order would otherwise repeat. Markets are public, so sharing them is safe.
_markets_cache: dict[tuple, tuple[float, dict]] = {}
_markets_lock = threading.Lock()


def reset_markets_cache() -> None:
    with _markets_lock:
        _markets_cache.clear()


def client_config(credential) -> dict:
    """ccxt's constructor arguments for ``credential`` (decrypts the key; keep the result in memory only)."""
    usdm = credential.market_type == "usdm"
    options: dict = {"defaultType": "swap" if usdm else "spot"}
    if credential.exchange in ("binance", "binanceusdm"):
        # Load only the market family we trade (ccxt 4.5 loads spot, USD-M and COIN-M by default),
        # and skip the private calls (currencies, margin pairs) ccxt makes whenever a key is set.
        options["fetchMarkets"] = {"types": ["linear"] if usdm else ["spot"]}
        options["fetchCurrencies"] = False
        options["fetchMargins"] = False  # margin pairs: another private call we do not use
    config = {
        "apiKey": credential.api_key(),
        "secret": credential.secret(),
        "enableRateLimit": True,
        "timeout": TIMEOUT_MS,
        "options": options,
        "logger": ccxt_logger,
    }
    password = credential.password()
    if password:
        config["password"] = password
    return config


def make_client(credential) -> ccxt.Exchange:
    exchange_id = credential.exchange
    if exchange_id == "binance" and credential.market_type == "usdm":
        exchange_id = "binanceusdm"  # Binance's futures API is a separate ccxt class
    client = getattr(ccxt, exchange_id)(client_config(credential))
    if credential.sandbox:
        if exchange_id == "binanceusdm":
            # Binance retired its futures testnet; ccxt refuses it and points at demo trading instead.
            client.enable_demo_trading(True)
        else:
            client.set_sandbox_mode(True)
    return client


def client_order_id(order) -> str:
    """Unique per order row, alphanumeric and short (OKX allows only [A-Za-z0-9], up to 32)."""
    stamp = int(order.created_at.timestamp() * 1000) if order.created_at else 0
    return f"et{order.account_id}o{order.pk}t{stamp}"


def to_decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


class LiveExchange(ExchangeAdapter):
    name = "live"

    def __init__(self, credential, *, client: ccxt.Exchange | None = None):
        self.credential = credential
        self.usdm = credential.market_type == "usdm"
        self._client = client
        self._secrets: tuple[str, ...] = ()

    @property
    def supports_held_protection(self) -> bool:
        return self.usdm and self.credential.exchange in HELD_PROTECTION_EXCHANGES

    # --- the adapter interface ----------------------------------------------------------------
    def submit(self, order, quote) -> list[ExecutedFill]:
        if order.purpose in PROTECTION_PURPOSES:
            return self.poll(order, quote)
        if order.type == "stop":
            raise InvalidOrder("Stop orders are triggered by the position monitor, not sent to the exchange.")
        if order.purpose == "entry" and not self.usdm:
            self._check_spot_entry(order)
        if self.usdm and order.purpose == "entry" and order.position_id:
            self._prepare_futures(order)
        sent = self._create(order, order.type, order.price)
        return self._new_fills(order, sent, quote, liquidity="taker")

    def poll(self, order, quote) -> list[ExecutedFill]:
        """Never raises: the position monitor polls every position on every price update, and one
        exchange failure must not stop the others. A failed poll reports nothing and the next
        price update polls again (a triggered stop is re-sent while price stays through it)."""
        if order.exchange_held:
            return self.poll_held(order, quote).fills
        try:
            if order.purpose in PROTECTION_PURPOSES:
                if not self._protection_triggered(order, quote):
                    return []
                sent = self._create(order, "market", None)
                return self._new_fills(order, sent, quote, liquidity="taker")
            found = self.fetch_order(order)
            return self._new_fills(order, found, quote, liquidity="maker")
        except ExchangeError as error:
            self._log_poll_failure(order, error)
            return []

    def cancel(self, order) -> None:
        if order.purpose in PROTECTION_PURPOSES and not order.exchange_held:
            return  # never sent: it rests only in our table
        try:
            self._call(self.client.cancel_order, "", self.market_symbol(order.symbol), self._order_params(order))
        except InvalidOrder as error:
            if isinstance(error.__cause__, ccxt.OrderNotFound):
                return  # already filled or cancelled on the exchange: nothing left to withdraw
            if self._conditional(order) and isinstance(error.__cause__, ccxt.BadRequest) and self._withdrawn(order):
                return
            raise

    def place_protection(self, order, *, again: bool = False) -> None:
        """Rest a stop (``STOP_MARKET``) or a target (reduce-only ``LIMIT``) on the exchange.

        Raises our typed errors: a temporary one when the exchange could not be reached (and a
        look-up by client id did not find the order), a permanent one when it refused the order.
        """
        if again and self._found_working(order):
            return  # the earlier attempt reached the exchange after all
        if order.purpose == "stop_loss":
            trigger = {"triggerPrice": float(order.trigger_price), "workingType": "CONTRACT_PRICE"}
            self._create(order, "market", None, trigger)
        else:
            self._create(order, "limit", order.price)

    def poll_held(self, order, quote) -> HeldOrderState:
        """What a held stop or target has filled since our row last booked a fill. Never raises (as ``poll``)."""
        if order.status == "new":
            return HeldOrderState(fills=[], working=True)  # not confirmed yet: the next protection_sync sends it
        try:
            found = self.fetch_order(order)
            if self._conditional(order):
                actual_id = (found.get("info") or {}).get("actualOrderId")
                if found.get("status") != "closed" or not actual_id:
                    # Waiting for its trigger (open), or withdrawn there (cancelled, expired, rejected).
                    return HeldOrderState(fills=[], working=found.get("status") in ("open", "closed", "canceling"))
                # Triggered: Binance sent a market order of its own, and its fills are the stop's.
                found = self._call(self.client.fetch_order, str(actual_id), self.market_symbol(order.symbol))
            liquidity = "taker" if self._conditional(order) else "maker"
            return HeldOrderState(
                fills=self._new_fills(order, found, quote, liquidity=liquidity),
                working=found.get("status") in ("open", "canceling"),
            )
        except InvalidOrder as error:
            if isinstance(error.__cause__, ccxt.OrderNotFound):
                return HeldOrderState(fills=[], working=False)  # the exchange has no such order (any more)
            self._log_poll_failure(order, error)
        except ExchangeError as error:
            self._log_poll_failure(order, error)
        return HeldOrderState(fills=[], working=True)

    # --- reads ------------------------------------------------------------------------------------
    def fetch_order(self, order) -> dict:
        return self._call(self.client.fetch_order, "", self.market_symbol(order.symbol), self._order_params(order))

    def fetch_balance(self) -> dict[str, dict[str, Decimal]]:
        """Per currency with a non-zero total: {"USDT": {"free": ..., "used": ..., "total": ...}}."""
        raw = self._call(self.client.fetch_balance)
        balances = {}
        for currency, total in (raw.get("total") or {}).items():
            total = to_decimal(total)
            if not total:
                continue
            balances[currency] = {
                "free": to_decimal(raw.get("free", {}).get(currency)) or Decimal(0),
                "used": to_decimal(raw.get("used", {}).get(currency)) or Decimal(0),
                "total": total,
            }
        return balances

    def fetch_positions(self) -> list[dict]:
        """Open futures positions; on spot, the coins held (a spot holding is a long without leverage)."""
        if not self.usdm:
            quote = self.credential.account.quote_currency
            return [
                {"symbol": f"{currency}/{quote}", "side": "long", "quantity": amounts["total"],
                 "entry_price": None, "leverage": 1, "unrealised_pnl": None}
                for currency, amounts in self.fetch_balance().items() if currency != quote
            ]
        positions = []
        for raw in self._call(self.client.fetch_positions):
            contracts = to_decimal(raw.get("contracts")) or Decimal(0)
            if contracts == 0:
                continue
            market = self.client.market(raw["symbol"])
            size = contracts * (to_decimal(market.get("contractSize")) or Decimal(1))
            positions.append({
                "symbol": f"{market['base']}/{market['quote']}", "side": raw.get("side"), "quantity": size,
                "entry_price": to_decimal(raw.get("entryPrice")), "leverage": int(raw.get("leverage") or 1),
                "unrealised_pnl": to_decimal(raw.get("unrealizedPnl")),
            })
        return positions

    # --- helpers --------------------------------------------------------------------------------
    @property
    def client(self) -> ccxt.Exchange:
        if self._client is None:
            self._client = make_client(self.credential)
        # Everything an error message must never repeat (ccxt sometimes echoes request details).
        self._secrets = tuple(s for s in (self._client.apiKey, self._client.secret, self._client.password) if s)
        self._load_markets()
        return self._client

    def market_symbol(self, symbol: str) -> str:
        if not self.usdm:
            return symbol
        quote = symbol.split("/")[1]
        return f"{symbol}:{quote}"  # ccxt's unified name of the USDT-margined perpetual

    def _load_markets(self) -> None:
        if self._client.markets:
            return
        key = (self.credential.exchange, self.credential.market_type, self.credential.sandbox)
        with _markets_lock:
            cached = _markets_cache.get(key)
        if cached and time.monotonic() - cached[0] < MARKETS_TTL_SECONDS:
            self._client.set_markets(list(cached[1].values()))
            return
        markets = self._call_raw(self._client.load_markets)
        with _markets_lock:
            _markets_cache[key] = (time.monotonic(), markets)

    @staticmethod
    def _check_spot_entry(order) -> None:
        """A spot wallet buys coins with cash: it cannot borrow (leverage) or sell what it does not hold."""
        position = order.position
        if position is not None and position.side == "short":
            raise InvalidOrder("This account trades spot, which cannot open a short; use a USDT-margined futures key.")
        if position is not None and position.leverage > 1:
            raise InvalidOrder(
                f"This account trades spot, which has no leverage (the signal asks for {position.leverage}x); "
                "use a USDT-margined futures key or cap the account's leverage at 1x."
            )

    def _prepare_futures(self, order) -> None:
        """Isolated margin at the position's leverage, as the paper model assumes."""
        symbol = self.market_symbol(order.symbol)
        try:
            self._call(self.client.set_margin_mode, "isolated", symbol)
        except PermanentExchangeError as error:
            if not isinstance(error.__cause__, (ccxt.MarginModeAlreadySet, ccxt.NoChange)):
                raise
        self._call(self.client.set_leverage, order.position.leverage, symbol)

    def _create(self, order, order_type: str, price, extra: dict | None = None) -> dict:
        symbol = self.market_symbol(order.symbol)
        params: dict = {"clientOrderId": client_order_id(order), **(extra or {})}
        if self.usdm and order.reduce_only:
            params["reduceOnly"] = True
        amount = float(order.quantity - order.filled_quantity)
        try:
            return self._call(
                self.client.create_order, symbol, order_type, order.side, amount,
                float(price) if price is not None else None, params,
            )
        except TemporaryExchangeError:
            # The request may have reached the exchange before the connection broke: look the order
            # up by its client id before letting the task retry (a retry would send it again).
            try:
                return self.fetch_order(order)
            except (TemporaryExchangeError, PermanentExchangeError):
                pass
            raise

    def _new_fills(self, order, ccxt_order: dict, quote, *, liquidity: str) -> list[ExecutedFill]:
        """What filled since our row last booked a fill, priced at the exchange's average."""
        filled = to_decimal(ccxt_order.get("filled")) or Decimal(0)
        average = to_decimal(ccxt_order.get("average")) or to_decimal(ccxt_order.get("price"))
        quantity = filled - order.filled_quantity
        if quantity <= 0 or average is None:
            return []
        # The price of the new part alone: total cost so far minus what we already booked.
        booked_cost = (order.average_price or Decimal(0)) * order.filled_quantity
        price = ((average * filled - booked_cost) / quantity).quantize(MONEY_STEP)
        fee = self._fee(order, ccxt_order, price, quantity, filled, liquidity)
        reference = quote.ask if order.side == "buy" else quote.bid
        return [ExecutedFill(price=price, quantity=quantity, fee=fee, liquidity=liquidity, reference_price=reference)]

    def _fee(self, order, ccxt_order: dict, price: Decimal, quantity: Decimal, filled: Decimal, liquidity: str) -> Decimal:
        """The exchange's fee when it reports one in the quote currency, else the account's rate.

        Binance spot reports commissions per fill (sometimes in the base coin or BNB); futures
        order responses carry none. Converting a BNB fee needs another price, so those fall back to
        the account's configured rate, which is what the paper model charges too.
        """
        base_currency, quote_currency = order.symbol.split("/")
        fees = ccxt_order.get("fees") or ([ccxt_order["fee"]] if ccxt_order.get("fee") else [])
        reported = [f for f in fees if f and f.get("cost") is not None]
        if reported and filled and all(f.get("currency") in (base_currency, quote_currency) for f in reported):
            # A spot buy pays its commission in the coin bought: valued at the fill's price.
            total = sum(
                (to_decimal(f["cost"]) * (price if f["currency"] == base_currency else 1) for f in reported), Decimal(0)
            )
            return (total * quantity / filled).quantize(MONEY_STEP)
        account = order.account
        rate = fills.fee_rate(liquidity=liquidity, taker_rate=account.taker_fee_rate, maker_rate=account.maker_fee_rate)
        return fills.fee(price=price, quantity=quantity, rate=rate).quantize(MONEY_STEP)

    @staticmethod
    def _conditional(order) -> bool:
        """A held stop is a conditional order: Binance keeps those apart (its algo service), with their own
        endpoints and ids, and ccxt goes there when asked with ``trigger``."""
        return order.exchange_held and order.purpose == "stop_loss"

    def _order_params(self, order) -> dict:
        params: dict = {"clientOrderId": client_order_id(order)}
        if self._conditional(order):
            params["trigger"] = True
        return params

    def _withdrawn(self, order) -> bool:
        """Binance answers a cancel of an unknown conditional order and of one that already triggered
        with the same refusal (-20124): only its state tells whether it is gone or now filling."""
        try:
            return self.fetch_order(order).get("status") in ("canceled", "expired", "rejected")
        except InvalidOrder as error:
            return isinstance(error.__cause__, ccxt.OrderNotFound)

    def _found_working(self, order) -> bool:
        try:
            return self.fetch_order(order).get("status") in ("open", "closed")
        except InvalidOrder as error:
            if isinstance(error.__cause__, ccxt.OrderNotFound):
                return False
            raise

    @staticmethod
    def _log_poll_failure(order, error: ExchangeError) -> None:
        level = logging.WARNING if isinstance(error, TemporaryExchangeError) else logging.ERROR
        logger.log(level, "Polling order #%s (%s) failed; trying again on the next price: %s",
                   order.pk, order.purpose, error.message)

    @staticmethod
    def _protection_triggered(order, quote) -> bool:
        """The paper exchange's trigger (``execution.fills``), so a live stop fires when a paper one would."""
        return fills.resting_order_triggered(
            order_type=order.type, side=order.side, limit_price=order.price, trigger_price=order.trigger_price,
            bid=quote.bid, ask=quote.ask, last=quote.price,
        )

    def _call(self, method, *args):
        self.client  # noqa: B018  (builds the client and loads markets first, translating their errors)
        return self._call_raw(method, *args)

    def _call_raw(self, method, *args):
        try:
            # ccxt's decimal_to_precision sets the thread's decimal context (ROUND_HALF_UP, Underflow
            # trapped) and leaves it so; a local context keeps our own money arithmetic as it was.
            with decimal.localcontext():
                return method(*args)
        except ccxt.OperationFailed as error:  # network, timeouts, rate limits, maintenance, "server busy"
            raise TemporaryExchangeError(self._message("is unavailable, try again later", error)) from error
        except ccxt.InsufficientFunds as error:
            raise InsufficientFunds(self._message("refused the order: insufficient funds", error)) from error
        except (ccxt.InvalidOrder, ccxt.BadRequest) as error:  # BadSymbol is a BadRequest
            raise InvalidOrder(self._message("refused the order", error)) from error
        except ccxt.AuthenticationError as error:  # PermissionDenied, AccountSuspended too
            raise PermanentExchangeError(self._message("refused the API key", error)) from error
        except ccxt.BaseError as error:
            raise PermanentExchangeError(self._message("refused the request", error)) from error

    def _message(self, what: str, error: Exception) -> str:
        """A readable reason without secrets or signed URLs (ccxt puts both in some messages)."""
        text = str(error)
        for secret in self._secrets:
            text = text.replace(secret, "***")
        text = re.sub(r"(signature|apiKey|api_key|sign)=[^&\s\"']+", r"\1=***", text)
        text = re.sub(r"\s+", " ", text).strip()
        name = self.credential.get_exchange_display()
        sandbox = " testnet" if self.credential.sandbox else ""
        message = f"{name}{sandbox} {what}: {text}"
        if len(message) > MAX_ERROR_CHARS:
            message = message[: MAX_ERROR_CHARS - 1] + "…"
        logger.warning("Exchange call failed for account %s: %s", self.credential.account_id, message)
        return message
