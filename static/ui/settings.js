// The Settings page: the global multiplier slider shows the base position in money as it moves.
"use strict";

document.addEventListener("input", (event) => {
  const input = event.target;
  if (input.name !== "global_position_multiplier") return;
  const form = input.closest(".risk-form");
  if (!form) return;
  const multiplier = Number(input.value);
  form.querySelector("[data-multiplier]").textContent = `${input.value}×`;
  form.querySelector("[data-multiplier-text]").textContent = input.value;
  const amount = form.querySelector("[data-amount]");
  amount.textContent = (Number(amount.dataset.base) * multiplier).toFixed(2);
});
