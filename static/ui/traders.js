// The Traders page: the sliders show what they mean (the position size as an amount, the leverage
// warning above 10×), the Add-trader modal opens and closes, and a new card is shown once added.
// The trade-management form shows a field only while it applies (custom fractions for the custom
// strategy); what the settings mean is the server's preview (htmx), never worked out here.
"use strict";

// <div data-when="tp_strategy=custom">: shown while the form's tp_strategy is "custom".
function showWhatApplies(form) {
  for (const field of form.querySelectorAll("[data-when]")) {
    const [name, value] = field.dataset.when.split("=");
    field.hidden = form.elements[name]?.value !== value;
  }
}
document.addEventListener("input", (event) => {
  const form = event.target.closest?.(".management-form");
  if (form) showWhatApplies(form);
});
document.addEventListener("htmx:afterSettle", () => document.querySelectorAll(".management-form").forEach(showWhatApplies));
document.addEventListener("DOMContentLoaded", () => document.querySelectorAll(".management-form").forEach(showWhatApplies));

document.addEventListener("input", (event) => {
  const input = event.target;
  const form = input.closest(".trader-settings");
  if (!form) {
    // The Add modal's sliders: their <output> follows.
    const output = input.dataset.show !== undefined && input.parentElement.querySelector(`output[for="${input.id}"]`);
    if (output) output.textContent = `${input.value}${input.dataset.show}`;
    const warning = input.name === "max_leverage" && input.parentElement.querySelector("[data-leverage-warning]");
    if (warning) warning.hidden = !(Number(input.value) > 10);
    return;
  }
  if (input.name === "multiplier") {
    const multiplier = Number(input.value);
    form.querySelector("[data-multiplier]").textContent = `${input.value}×`;
    const amount = form.querySelector("[data-amount]");
    amount.textContent = (Number(amount.dataset.base) * multiplier).toFixed(2);
  }
  if (input.name === "min_confidence") {
    form.querySelector("[data-confidence]").textContent = `${input.value} %`;
  }
  if (input.name === "max_leverage") {
    form.querySelector("[data-leverage]").textContent = `${input.value}×`;
    form.querySelector("[data-leverage-warning]").hidden = !(Number(input.value) > Number(input.dataset.warnAbove));
  }
});

document.addEventListener("click", (event) => {
  const opener = event.target.closest("[data-open-dialog]");
  if (opener) {
    const dialog = document.getElementById(opener.dataset.openDialog);
    dialog.showModal();
    dialog.querySelector("input:not([type=hidden])")?.focus();
  }
  if (event.target.closest("[data-close-dialog]")) event.target.closest("dialog").close();
});

// The server's HX-Trigger after an add or a duplicate: {"trader-added": {"id": "...", "active": true}}
document.addEventListener("trader-added", (event) => {
  document.getElementById("trader-add")?.close();
  const paused = document.getElementById("paused-traders");
  if (paused && !event.detail.active) { paused.hidden = false; paused.open = true; }
  const card = document.getElementById(`trader-${event.detail.id}`);
  if (card) {
    card.scrollIntoView({ block: "nearest" });
    card.querySelector("h3").setAttribute("tabindex", "-1");
    card.querySelector("h3").focus();
  }
});

// Cards come and go (added, deleted, switched on or off elsewhere): keep the paused section's count true.
document.addEventListener("htmx:afterSettle", () => {
  const paused = document.getElementById("paused-traders");
  if (!paused) return;
  const count = paused.querySelectorAll("#paused-list > .trader-card").length;
  document.getElementById("paused-count").textContent = count;
  if (count === 0) paused.hidden = true;
});

// A refused add: the form comes back with its errors; put the cursor in the first field to fix.
document.addEventListener("htmx:afterSettle", (event) => {
  const form = document.getElementById("trader-add-form");
  if (form && event.detail.xhr?.status === 400 && form.closest("dialog")?.open) {
    form.querySelector('[aria-invalid="true"]')?.focus();
  }
});
