// The Charts page: draws the panel's candles, the account's fills (markers) and its open positions'
// levels with Plotly; redraws when a symbol tab or timeframe button swaps the panel (htmx) or when
// the account's event stream reports a fill; and moves the last candle with the live quotes of
// /stream, as the dashboard's ticker does.
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

  // Each open position's entry, stop loss and take profits as a labelled line across the chart.
  function levelLines(levels, color) {
    const shapes = [];
    const annotations = [];
    const line = (price, dash, lineColor, label) => {
      shapes.push({ type: "line", xref: "paper", x0: 0, x1: 1, y0: Number(price), y1: Number(price),
        line: { color: lineColor, width: 1, dash } });
      annotations.push({ xref: "paper", x: 0, y: Number(price), xanchor: "left", yanchor: "bottom", showarrow: false,
        text: label, font: { size: 10, color: lineColor } });
    };
    for (const level of levels) {
      line(level.entry, "dot", color("--accent"), `#${level.position} ${level.side} entry ${level.entry}`);
      if (level.stop_loss) line(level.stop_loss, "dash", color("--down"), `#${level.position} SL ${level.stop_loss}`);
      level.take_profits.forEach((tp, i) => line(tp, "dash", color("--up"), `#${level.position} TP${i + 1} ${tp}`));
    }
    return { shapes, annotations };
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
    Plotly.newPlot(el, [
      { type: "candlestick", name: data.symbol, ...candles,
        increasing: { line: { color: color("--up") } }, decreasing: { line: { color: color("--down") } } },
      markerTrace(entries, "Entries", color("--accent"), (m) => (m.side === "long" ? "triangle-up" : "triangle-down")),
      markerTrace(exits, "Exits", color("--warn"), () => "x"),
    ], {
      margin: { l: 10, r: 64, t: 10, b: 40 }, paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)",
      font: { color: color("--text") }, showlegend: false, dragmode: "pan", ...levelLines(data.levels, color),
      xaxis: { type: "date", rangeslider: { visible: false }, gridcolor: "#222b36" },
      yaxis: { gridcolor: "#222b36", side: "right", automargin: true },
    }, { responsive: true, displaylogo: false });
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
