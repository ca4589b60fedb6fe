// The Traders page: the position-size slider shows the amount it means, the leverage input warns above 10×.
"use strict";

document.addEventListener("input", (event) => {
  const input = event.target;
  const form = input.closest(".trader-settings");
  if (!form) return;
  if (input.name === "multiplier") {
    const multiplier = Number(input.value);
    form.querySelector("[data-multiplier]").textContent = `${input.value}×`;
    const amount = form.querySelector("[data-amount]");
    amount.textContent = (Number(amount.dataset.base) * multiplier).toFixed(2);
  }
  if (input.name === "max_leverage") {
    form.querySelector("[data-leverage-warning]").hidden = !(Number(input.value) > Number(input.dataset.warnAbove));
  }
});
