"""The demo desk: what ``seed_demo`` creates (catalog, setup), the history it backfills (history,
market, watch) and the simulated traders' live signals (desk, live)."""
