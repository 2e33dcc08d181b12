// Behaviour of the mock's pages: the options menu, the tier dialog, the license stepper and the
// live Order Summary. Every control is a real button, menu or dialog so that the accessibility
// tree (what page objects and screen readers see) matches what the page shows.
"use strict";

function closeMenus(except) {
  document.querySelectorAll("[data-menu-button][aria-expanded='true']").forEach((button) => {
    if (button === except) return;
    button.setAttribute("aria-expanded", "false");
    document.getElementById(button.getAttribute("aria-controls")).hidden = true;
  });
}

function setUpMenus() {
  document.querySelectorAll("[data-menu-button]").forEach((button) => {
    const menu = document.getElementById(button.getAttribute("aria-controls"));
    const items = () => Array.from(menu.querySelectorAll("[role='menuitem']"));
    button.addEventListener("click", (event) => {
      event.stopPropagation();
      const open = button.getAttribute("aria-expanded") === "true";
      closeMenus(button);
      button.setAttribute("aria-expanded", String(!open));
      menu.hidden = open;
      if (!open && items().length) items()[0].focus();
    });
    menu.addEventListener("keydown", (event) => {
      const list = items();
      const index = list.indexOf(document.activeElement);
      if (event.key === "Escape") { closeMenus(); button.focus(); }
      if (event.key === "ArrowDown") { event.preventDefault(); list[(index + 1) % list.length].focus(); }
      if (event.key === "ArrowUp") { event.preventDefault(); list[(index - 1 + list.length) % list.length].focus(); }
    });
  });
  document.addEventListener("click", () => closeMenus());
}

function setUpDialogs() {
  document.querySelectorAll("[data-open-dialog]").forEach((opener) => {
    const dialog = document.getElementById(opener.dataset.openDialog);
    opener.addEventListener("click", () => dialog.showModal());
    dialog.querySelectorAll("[data-close-dialog]").forEach((closer) =>
      closer.addEventListener("click", () => dialog.close()));
    dialog.addEventListener("close", () => {
      const checked = dialog.querySelector("input[name='tier']:checked");
      const shown = document.getElementById("selected-tier");
      if (checked && shown) shown.textContent = checked.dataset.tierName;
      opener.focus();
    });
  });
}

function setUpSteppers() {
  document.querySelectorAll(".stepper .step").forEach((button) => {
    button.addEventListener("click", () => {
      const input = document.getElementById(button.getAttribute("aria-controls"));
      const current = Number.parseInt(input.value, 10) || 0;
      const min = Number.parseInt(input.min, 10) || 1;
      const max = Number.parseInt(input.max, 10) || Number.MAX_SAFE_INTEGER;
      input.value = String(Math.min(max, Math.max(min, current + Number(button.dataset.step))));
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
  });
}

// The server renders the Order Summary for the current choices, so the page never computes a
// price itself and shows exactly what Checkout will charge.
function setUpLiveSummary() {
  const form = document.getElementById("selection-form");
  if (!form || !form.dataset.summaryUrl) return;
  const slot = document.getElementById("order-summary-slot");
  const submit = form.querySelector("button[type='submit']");
  let latest = 0;
  const refresh = async () => {
    const ticket = ++latest;
    const params = new URLSearchParams();
    for (const name of ["tier", "licenses", "frequency"]) {
      const field = form.querySelector(`[name='${name}']:checked`) || form.querySelector(`[name='${name}']:not([type='radio'])`);
      if (field) params.set(name, field.value);
    }
    const section = () => slot.querySelector("section");
    section()?.setAttribute("aria-busy", "true");
    const response = await fetch(`${form.dataset.summaryUrl}?${params}`, { headers: { Accept: "text/html" } });
    if (ticket !== latest) return;
    if (response.ok) {
      slot.innerHTML = await response.text();
      const blocked = slot.querySelector("[data-problem]") !== null;
      if (submit) submit.disabled = blocked;
    }
    section()?.removeAttribute("aria-busy");
  };
  form.addEventListener("change", refresh);
  form.addEventListener("input", (event) => { if (event.target.name === "licenses") refresh(); });
  if (slot.querySelector("[data-problem]") && submit) submit.disabled = true;
  if (form.dataset.focus) document.getElementById(form.dataset.focus)?.focus();
}

function setUpSingleSubmit() {
  document.querySelectorAll("button[data-once]").forEach((button) => {
    button.form.addEventListener("submit", () => {
      // Disabled after the browser has read the form, so the click still submits once.
      setTimeout(() => { button.disabled = true; }, 0);
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setUpMenus();
  setUpDialogs();
  setUpSteppers();
  setUpLiveSummary();
  setUpSingleSubmit();
});
