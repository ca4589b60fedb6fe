// The Audit page: a "To" date before "From" is flagged in the browser before the search is sent.
"use strict";

document.addEventListener("change", (event) => {
  const input = event.target;
  if (!input.form || !input.form.classList.contains("audit-filters")) return;
  if (input.name !== "date_from" && input.name !== "date_to") return;
  const from = input.form.elements.date_from;
  const to = input.form.elements.date_to;
  // The server checks this too (and says so next to the field); this only saves a round trip.
  to.setCustomValidity(from.value && to.value && to.value < from.value ? "Must not be before the start date." : "");
});
