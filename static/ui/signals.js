// The Signals page follows the account: a new decision (or an approval elsewhere) redraws the
// pending queue and the feed, with the page's own filters; a burst of events costs one request.
"use strict";

(() => {
  const root = document.querySelector(".signals[data-account]");
  if (!root) return;
  const account = root.dataset.account;
  let pending = null;
  const redraw = () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      for (const id of ["pending-queue", "signal-feed"]) {
        htmx.ajax("GET", location.href, { target: `#${id}`, select: `#${id}`, swap: "outerHTML" });
      }
    }, 300);
  };
  liveSocket(`/ws/accounts/${encodeURIComponent(account)}`, {
    onOpen: () => root.setAttribute("data-live", "on"),
    onFrame: (frame) => {
      if (frame.type === "event" && /^(decision|position)\./.test(frame.action)) redraw();
    },
  });
})();
