// Every page: how htmx treats error answers, and toasts.
"use strict";

// A 400 carries the redrawn partial with the error next to its field: swap it in. Other errors
// (403, 404, 409, 5xx) answer with a toast only and leave the page as it is.
htmx.config.responseHandling = [
  { code: "204", swap: false },
  { code: "[23]..", swap: true },
  { code: "400", swap: true, error: false },
  { code: "[45]..", swap: false, error: true },
];

function showToast(message, level = "info") {
  const box = document.getElementById("toasts");
  if (!box) return;
  const toast = document.createElement("div");
  toast.className = `toast ${level}`;
  toast.textContent = message;
  box.appendChild(toast);
  setTimeout(() => toast.remove(), level === "error" ? 8000 : 4000);
}

// The server's HX-Trigger: {"toast": {"level": "...", "message": "..."}}
document.addEventListener("toast", (event) => showToast(event.detail.message, event.detail.level));

document.addEventListener("htmx:responseError", (event) => {
  const xhr = event.detail.xhr;
  if (!xhr.getResponseHeader("HX-Trigger")) {  // a server error the views did not word themselves
    showToast(`The server answered ${xhr.status}; nothing was changed.`, "error");
  }
});
document.addEventListener("htmx:sendError", () => showToast("The server cannot be reached.", "error"));

// A websocket that reconnects (1 s, 2 s, ... up to 30 s) and calls onOpen after every connect;
// a 4403 close (not a member of the account) is final. ``send`` writes to the current connection.
function liveSocket(path, { onOpen, onFrame, onState } = {}) {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  let ws = null;
  let delay = 1000;
  const connect = () => {
    ws = new WebSocket(`${scheme}://${location.host}${path}`);
    ws.onopen = () => { delay = 1000; onState?.("live"); onOpen?.(ws); };
    ws.onmessage = (message) => onFrame?.(JSON.parse(message.data));
    ws.onclose = (event) => {
      if (event.code === 4403) { onState?.("refused"); return; }
      onState?.("reconnecting…");
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    };
  };
  connect();
  return {
    send(data) {
      if (ws?.readyState !== WebSocket.OPEN) return false;
      ws.send(data);
      return true;
    },
  };
}
