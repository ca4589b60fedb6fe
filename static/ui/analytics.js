// The trader analytics and compare pages: Plotly charts drawn from the json_script data the
// server renders, and the backtest's equity chart each time the polled job partial settles.
"use strict";

(() => {
  const style = getComputedStyle(document.documentElement);
  const color = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
  const text = color("--text", "#e6edf3");
  const accent = color("--accent", "#58a6ff");
  const muted = color("--muted", "#8b949e");
  const up = color("--up", "#3fb950");
  const grid = "#222b36";
  const config = { responsive: true, displaylogo: false };
  const layout = (extra = {}) => ({
    margin: { l: 50, r: 10, t: 10, b: 40 }, paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)",
    font: { color: text }, xaxis: { gridcolor: grid }, yaxis: { gridcolor: grid }, ...extra,
  });
  const percentAxis = (range) => ({ gridcolor: grid, tickformat: ".0%", range });
  const read = (id) => {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  };

  const builders = {
    calibration: (d) => [[
      { type: "bar", name: "Actual win rate", x: d.buckets, y: d.win_rate, marker: { color: accent } },
      { type: "scatter", mode: "markers", name: "Promised", x: d.buckets, y: d.ideal,
        marker: { color: up, size: 12, symbol: "diamond" } },
    ], layout({ yaxis: percentAxis([0, 1]), legend: { orientation: "h", y: 1.15 } })],
    leverage: (d) => [[
      { type: "bar", name: "Share of copies", x: d.buckets, y: d.frequency, marker: { color: accent } },
      { type: "bar", name: "Win rate", x: d.buckets, y: d.win_rate, marker: { color: up } },
    ], layout({ barmode: "group", yaxis: percentAxis([0, 1]), legend: { orientation: "h", y: 1.15 } })],
    tokens: (d) => [[
      { type: "bar", orientation: "h", x: d.shares, y: d.tokens, marker: { color: accent } },
    ], layout({ xaxis: percentAxis(), yaxis: { autorange: "reversed" }, margin: { l: 60, r: 10, t: 10, b: 40 } })],
    equity: (d) => [[
      { type: "scatter", mode: "lines+markers", x: d.x, y: d.y, line: { color: accent } },
    ], layout({ yaxis: { gridcolor: grid, tickformat: ",.0f" }, showlegend: false })],
    radar: (d) => [d.radar.map((trader) => ({
      type: "scatterpolar", fill: "toself", opacity: 0.7, name: trader.name,
      r: [...trader.scores, trader.scores[0]], theta: [...d.axes, d.axes[0]],
    })), layout({
      polar: { bgcolor: "rgba(0,0,0,0)", radialaxis: { range: [0, 1], gridcolor: grid }, angularaxis: { gridcolor: grid } },
      margin: { l: 40, r: 40, t: 30, b: 30 }, legend: { orientation: "h" },
    })],
    heatmap: (d) => [[{
      type: "heatmap", x: d.names, y: d.names, z: d.correlation, zmin: -1, zmax: 1, colorscale: "RdBu",  // plotly.js RdBu: −1 blue, +1 red (the same bet twice)
      text: d.correlation.map((row) => row.map((v) => (v === null ? "n/a" : v.toFixed(2)))),
      texttemplate: "%{text}", hovertemplate: "%{y} · %{x}: %{text}<extra></extra>",
    }], layout({ margin: { l: 100, r: 10, t: 10, b: 80 }, yaxis: { autorange: "reversed" } })],
  };

  function drawCharts(data) {
    if (!data || !window.Plotly) return;
    document.querySelectorAll("[data-chart]").forEach((node) => {
      const kind = node.dataset.chart;
      const source = kind === "radar" || kind === "heatmap" ? data : data[kind];
      if (!source || !builders[kind]) return;
      const [traces, chartLayout] = builders[kind](source);
      Plotly.newPlot(node, traces, chartLayout, config);
    });
  }

  function drawBacktest() {
    const node = document.querySelector("[data-backtest-chart]");
    const curve = read("backtest-equity-data");
    if (!node || !curve || !window.Plotly || node.dataset.drawn) return;
    node.dataset.drawn = "1";
    Plotly.newPlot(node, [
      { type: "scatter", mode: "lines+markers", name: "Equity", x: curve.x, y: curve.y, line: { color: accent } },
      { type: "scatter", mode: "lines", name: "Initial capital", x: [curve.x[0], curve.x[curve.x.length - 1]],
        y: [curve.initial, curve.initial], line: { dash: "dot", color: muted } },
    ], layout({ yaxis: { gridcolor: grid, tickformat: ",.0f" }, showlegend: false }), config);
  }

  drawCharts(read("analytics-charts") || read("compare-charts"));
  drawBacktest();
  // The job partial replaces itself every second while it runs; the last one carries the result.
  document.body.addEventListener("htmx:afterSettle", drawBacktest);
})();
