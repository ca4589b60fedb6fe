// The dashboard's live parts: the price ticker (/stream), refreshes on account events
// (/ws/accounts/<name>), and the equity curve.
"use strict";

(() => {
  const root = document.querySelector("[data-account]");
  if (!root) return;
  const account = root.dataset.account;
  const symbols = [...root.querySelectorAll(".tick[data-symbol]")].map((el) => el.dataset.symbol);

  const streamState = document.getElementById("stream-state");
  liveSocket("/stream", {
    onOpen: (ws) => ws.send(JSON.stringify({ action: "subscribe", symbols })),
    onState: (state) => { if (streamState) streamState.textContent = state; },
    onFrame: (frame) => {
      if (frame.type !== "quote") return;
      const tick = root.querySelector(`.tick[data-symbol="${frame.symbol}"]`);
      if (!tick) return;
      const change = Number(frame.change_24h);
      tick.querySelector('[data-field="price"]').textContent = frame.price;
      tick.querySelector('[data-field="change"]').textContent = `${change.toFixed(2)} %`;
      tick.classList.toggle("up", change >= 0);
      tick.classList.toggle("down", change < 0);
      tick.title = `${frame.source} · ${frame.ts}`;
    },
  });

  // Every audit event of the account (fills, closes, SL/TP edits, pause...) redraws the parts
  // that listen for "account-changed"; a burst of events costs one redraw.
  let pending = null;
  const refresh = () => {
    clearTimeout(pending);
    pending = setTimeout(() => htmx.trigger(document.body, "account-changed"), 150);
  };
  let connectedBefore = false;
  liveSocket(`/ws/accounts/${encodeURIComponent(account)}`, {
    onOpen: () => { if (connectedBefore) refresh(); connectedBefore = true; },  // catch up on what was missed
    // The state on the page says when the account's changes start to arrive (browser tests wait for "live").
    onState: (state) => { root.dataset.accountStream = state; },
    onFrame: (frame) => { if (frame.type === "event") refresh(); },
  });

  const data = document.getElementById("equity-data");
  const chart = document.getElementById("equity-chart");
  if (data && chart && window.Plotly) {
    const curve = JSON.parse(data.textContent);
    const style = getComputedStyle(document.documentElement);
    Plotly.newPlot(chart, [
      { x: curve.x, y: curve.y, type: "scatter", mode: "lines+markers", name: "Equity",
        line: { color: style.getPropertyValue("--accent").trim() } },
      { x: [curve.x[0], curve.x[curve.x.length - 1]], y: [curve.starting_balance, curve.starting_balance],
        type: "scatter", mode: "lines", name: "Starting balance", line: { dash: "dot", color: "#8b949e" } },
    ], {
      margin: { l: 60, r: 10, t: 10, b: 40 }, paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)",
      font: { color: style.getPropertyValue("--text").trim() }, showlegend: false,
      xaxis: { gridcolor: "#222b36" }, yaxis: { gridcolor: "#222b36", tickformat: ",.0f" },
    }, { responsive: true, displaylogo: false });
  }
})();
