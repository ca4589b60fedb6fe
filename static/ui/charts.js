// The Charts page: draws the panel's candles, the account's fills (markers) and its open positions'
// levels (entry, stop with its kind and trail, targets with their fraction and state) with Plotly; redraws when a symbol tab or timeframe button swaps the panel (htmx) or when
// the account's event stream reports a fill; and moves the last candle with the live quotes of
// /stream, as the dashboard's ticker does. A member who may act drags a stop-loss line to move the
// stop: asked first, saved through the dashboard's SL endpoint, and put back when refused.
"use strict";

(() => {
  const root = document.querySelector(".charts[data-account]");
  if (!root) return;
  const SECONDS = { "1m": 60, "5m": 300, "15m": 900, "1h": 3600, "4h": 14400, "1d": 86400 };
  let stream = null;  // the /stream connection (app.js liveSocket)
  let subscribed = null;  // the symbol it follows
  let drawnFrom = null;   // the #chart-data element last drawn, so a swap redraws once
  let live = null;        // {symbol, step, candles: {x, open, high, low, close}, lastStart}
  const lastQuote = {};   // symbol -> the newest /stream frame

  // Plotly has no time zones: give it UTC wall time, as the page says.
  const ms = (iso) => Date.parse(iso.replace(/(\.\d{3})\d+/, "$1"));
  const utc = (time) => new Date(time).toISOString().slice(0, 19).replace("T", " ");

  function markerTrace(markers, name, color, symbolOf) {
    return {
      type: "scatter", mode: "markers", name,
      x: markers.map((m) => utc(ms(m.ts))), y: markers.map((m) => Number(m.price)),
      text: markers.map((m) => `${m.kind === "entry" ? "Entry" : `Exit (${m.purpose})`} ${m.side} ${m.quantity} @ ${m.price} · #${m.position}`),
      hoverinfo: "text", marker: { size: 13, color, symbol: markers.map(symbolOf), line: { width: 1, color: "#0f1419" } },
    };
  }

  // Each open position's entry, stop loss and targets as a labelled line across the chart: an open
  // target bright, a filled (✓) or cancelled (✗) one faint; the labels (fraction, state) are the
  // server's. ``stops`` says which shape (and label) is which position's stop: the lines a drag may move.
  const stopLabel = (level, price) => `#${level.position} SL ${price} · ${level.stop_kind}`;
  function levelLines(levels, color) {
    const shapes = [];
    const annotations = [];
    const stops = [];
    const line = (price, dash, lineColor, label, width = 1) => {
      shapes.push({ type: "line", xref: "paper", x0: 0, x1: 1, y0: Number(price), y1: Number(price),
        line: { color: lineColor, width, dash } });
      annotations.push({ xref: "paper", x: 0, y: Number(price), xanchor: "left", yanchor: "bottom", showarrow: false,
        text: label, font: { size: 10, color: lineColor } });
    };
    for (const level of levels) {
      line(level.entry, "dot", color("--accent"), `#${level.position} ${level.side} entry ${level.entry}`);
      if (level.stop_loss) {
        stops.push({ index: shapes.length, level, price: level.stop_loss });
        line(level.stop_loss, "dash", color("--down"), stopLabel(level, level.stop_loss), 1.5);
      }
      for (const target of level.targets) {
        const open = target.status === "open";
        line(target.price, open ? "dash" : "dot", open ? color("--up") : color("--muted"), `#${level.position} ${target.label}`);
      }
    }
    return { shapes, annotations, stops };
  }

  // Where each stop has been (the audit log's moves): a step line up to the stop's line, a marker per level.
  function trailTraces(levels, color) {
    return levels.filter((level) => level.stop_trail.length > 1).map((level) => ({
      type: "scatter", mode: "lines+markers", name: `#${level.position} stop trail`,
      x: level.stop_trail.map((p) => utc(ms(p.ts))), y: level.stop_trail.map((p) => (p.price === null ? null : Number(p.price))),
      text: level.stop_trail.map((p) => `#${level.position} stop ${p.price ?? "removed"} (${p.kind})`), hoverinfo: "text",
      line: { shape: "hv", color: color("--down"), width: 1.5 }, marker: { size: 5, color: color("--down") }, connectgaps: false,
    }));
  }

  // --- Dragging a stop ----------------------------------------------------------------------------
  // Plotly's shapePosition edit makes every shape draggable; a style sheet takes the pointer away
  // from all but the stop lines' move handles (not their end points: a stop stays level). The
  // style outlives Plotly's redraws of the shapes, which recreate the handles; it needs
  // !important because Plotly's drag code sets pointer-events on each handle inline.
  let stops = [];      // levelLines' stops of the chart drawn now
  let settling = false;  // our own relayout (saved or put back) is not a drag
  function allowDragOnlyOnStops(editable) {
    let sheet = document.getElementById("stop-drag-style");
    if (!sheet) {
      sheet = document.createElement("style");
      sheet.id = "stop-drag-style";
      document.head.appendChild(sheet);
    }
    const others = stops.map((stop) => `:not([data-index="${stop.index}"])`).join("");
    sheet.textContent = editable
      ? `#price-chart g[drag-helper]${others}, #price-chart g[drag-helper] circle { pointer-events: none !important; }
         #price-chart g[drag-helper] path { cursor: ns-resize; }`
      : "";
  }

  function placeStop(el, stop, price) {
    settling = true;
    return Plotly.relayout(el, {
      [`shapes[${stop.index}].x0`]: 0, [`shapes[${stop.index}].x1`]: 1,
      [`shapes[${stop.index}].y0`]: Number(price), [`shapes[${stop.index}].y1`]: Number(price),
      [`annotations[${stop.index}].y`]: Number(price), [`annotations[${stop.index}].text`]: stopLabel(stop.level, price),
    }).finally(() => { settling = false; });
  }

  const csrfToken = () => JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"];

  // The endpoint answers like the dashboard's form: the table partial, with the message in a
  // toast header and, on a 400, under the stop's field. Only the stop is sent: targets stay.
  async function saveStop(stop, price) {
    const response = await fetch(stop.level.protection_url, {
      method: "POST", credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), "HX-Request": "true" },
      body: new URLSearchParams({ stop_loss: price }),
    });
    const toast = JSON.parse(response.headers.get("HX-Trigger") || "{}").toast || {};
    let message = toast.message || (response.ok ? "Stop loss saved." : `The server answered ${response.status}.`);
    if (response.status === 400) {
      const html = new DOMParser().parseFromString(await response.text(), "text/html");
      message = html.getElementById(`sl-${stop.level.position}-error`)?.textContent.trim() || message;
    }
    return { ok: response.ok, message, level: toast.level };
  }

  async function onRelayout(el, data, update) {
    if (settling) return;
    const stop = stops.find((s) => `shapes[${s.index}].y0` in update || `shapes[${s.index}].y1` in update);
    if (!stop) return;
    const y = Number(update[`shapes[${stop.index}].y0`] ?? update[`shapes[${stop.index}].y1`]);
    const price = String(Number(y.toPrecision(6)));  // a price a person would type, not a pixel's float
    const position = `${data.symbol} ${stop.level.side} #${stop.level.position}`;
    if (!Number.isFinite(y) || price === String(Number(stop.price))
        || !window.confirm(`Move the stop loss of ${position} from ${stop.price} to ${price}?`)) {
      await placeStop(el, stop, stop.price);
      return;
    }
    let answer;
    try {
      answer = await saveStop(stop, price);
    } catch (error) {
      answer = { ok: false, message: "The server cannot be reached; the stop is unchanged." };
    }
    if (!answer.ok) {
      showToast(answer.message, "error");
      await placeStop(el, stop, stop.price);
      el.closest(".chart-card")?.setAttribute("data-stop-drag", "refused");
      return;
    }
    stop.price = price;
    stop.level.stop_loss = price;
    stop.level.stop_kind = "fixed";  // a stop set by hand is fixed until a rule moves it again
    showToast(answer.message, answer.level || "ok");
    await placeStop(el, stop, price);
    el.closest(".chart-card")?.setAttribute("data-stop-drag", "saved");
  }

  function draw() {
    const panel = document.getElementById("chart-panel");
    follow(panel?.dataset.symbol);
    const source = document.getElementById("chart-data");
    const el = document.getElementById("price-chart");
    if (source === drawnFrom) return;
    drawnFrom = source;
    live = null;
    if (!source || !el || !window.Plotly) return;
    const data = JSON.parse(source.textContent);
    const candles = {
      x: data.candles.map((c) => utc(ms(c.ts))),
      open: data.candles.map((c) => Number(c.open)), high: data.candles.map((c) => Number(c.high)),
      low: data.candles.map((c) => Number(c.low)), close: data.candles.map((c) => Number(c.close)),
    };
    live = { symbol: data.symbol, step: SECONDS[data.timeframe] * 1000, candles, lastStart: ms(data.candles.at(-1).ts) };
    const newest = lastQuote[data.symbol];
    const style = getComputedStyle(document.documentElement);
    const color = (name) => style.getPropertyValue(name).trim();
    const entries = data.markers.filter((m) => m.kind === "entry");
    const exits = data.markers.filter((m) => m.kind === "exit");
    const levels = levelLines(data.levels, color);
    stops = levels.stops;
    allowDragOnlyOnStops(data.editable && stops.length > 0);
    Plotly.newPlot(el, [
      { type: "candlestick", name: data.symbol, ...candles,
        increasing: { line: { color: color("--up") } }, decreasing: { line: { color: color("--down") } } },
      markerTrace(entries, "Entries", color("--accent"), (m) => (m.side === "long" ? "triangle-up" : "triangle-down")),
      markerTrace(exits, "Exits", color("--warn"), () => "x"),
      ...trailTraces(data.levels, color),
    ], {
      margin: { l: 10, r: 64, t: 10, b: 40 }, paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)",
      font: { color: color("--text") }, showlegend: false, dragmode: "pan",
      shapes: levels.shapes, annotations: levels.annotations,
      xaxis: { type: "date", rangeslider: { visible: false }, gridcolor: "#222b36" },
      yaxis: { gridcolor: "#222b36", side: "right", automargin: true },
    }, { responsive: true, displaylogo: false, edits: { shapePosition: Boolean(data.editable && stops.length) } });
    el.removeAllListeners("plotly_relayout");  // a redraw of the same div must not answer a drag twice
    el.on("plotly_relayout", (update) => onRelayout(el, data, update));
    // The candles may be cached from before the newest quote this page has seen: apply it again.
    if (newest) onQuote(newest);
  }

  // A quote in the last candle's period moves its close (and high/low); a later one opens the next candle.
  function onQuote(frame) {
    lastQuote[frame.symbol] = frame;
    if (!live || frame.symbol !== live.symbol) return;
    const price = Number(frame.price);
    const at = ms(frame.ts);
    const start = at - (at % live.step);
    const c = live.candles;
    const last = c.close.length - 1;
    if (start < live.lastStart || !Number.isFinite(price)) return;  // older than what is drawn
    if (start === live.lastStart) {
      c.close[last] = price;
      c.high[last] = Math.max(c.high[last], price);
      c.low[last] = Math.min(c.low[last], price);
    } else {
      c.x.push(utc(start)); c.open.push(c.close[last]); c.close.push(price);
      c.high.push(Math.max(c.close[last], price)); c.low.push(Math.min(c.close[last], price));
      live.lastStart = start;
    }
    const el = document.getElementById("price-chart");
    Plotly.restyle(el, { x: [c.x], open: [c.open], high: [c.high], low: [c.low], close: [c.close] }, [0]);
    const shown = document.getElementById("live-close");
    if (shown) shown.textContent = frame.price;
  }

  // Follow one symbol at a time on /stream; reconnect with a growing pause (1 s ... 30 s).
  function follow(symbol) {
    if (!symbol || symbol === subscribed) return;
    // Not connected yet: onOpen subscribes to whatever ``subscribed`` is by then.
    if (stream && subscribed) stream.send(JSON.stringify({ action: "unsubscribe", symbols: [subscribed] }));
    stream?.send(JSON.stringify({ action: "subscribe", symbols: [symbol] }));
    subscribed = symbol;
  }

  const setState = (text) => { const el = document.getElementById("stream-state"); if (el) el.textContent = text; };
  function connect() {
    stream = liveSocket("/stream", {
      onState: setState,
      onOpen: (ws) => { if (subscribed) ws.send(JSON.stringify({ action: "subscribe", symbols: [subscribed] })); },
      onFrame: (frame) => {
        if (frame.type === "quote") onQuote(frame);
        // What the server confirmed it sends; the browser tests wait for it before pushing a quote.
        if (frame.type === "subscribed") document.querySelector(".charts")?.setAttribute("data-subscribed", frame.symbols.join(","));
      },
    });
  }

  // A fill or a position change of the account reloads the panel, so a new entry or exit shows as a
  // marker without a reload; a burst of events costs one request.
  let pending = null;
  function refreshPanel() {
    clearTimeout(pending);
    pending = setTimeout(() => {
      const panel = document.getElementById("chart-panel");
      if (!panel?.dataset.symbol) return;
      const query = new URLSearchParams({ symbol: panel.dataset.symbol, timeframe: panel.dataset.timeframe });
      htmx.ajax("GET", `${panel.dataset.panelUrl}?${query}`, { target: "#chart-panel", swap: "outerHTML" });
    }, 300);
  }
  function watchAccount(account) {
    liveSocket(`/ws/accounts/${encodeURIComponent(account)}`, {
      onFrame: (frame) => {
        if (frame.type === "hello") document.querySelector(".charts")?.setAttribute("data-watching", account);
        if (frame.type === "event" && /^(order|position)\./.test(frame.action)) refreshPanel();
      },
    });
  }

  document.addEventListener("htmx:afterSettle", draw);
  document.addEventListener("htmx:historyRestore", () => { drawnFrom = null; draw(); });
  draw();
  connect();
  watchAccount(root.dataset.account);
})();
