// Behaviour of the mock's pages: the options menu, the tier dialog, the confirmation windows, the
// license stepper and the live Order Summary. Every control is a real button, menu or dialog so that the accessibility
// tree (what page objects and screen readers see) matches what the page shows. Behaviour hangs on
// that same structure (aria-controls, roles, form fields) and on a JSON settings block, never on
// data-* attributes: the mock can serve its pages without them (--strip-test-attributes).
"use strict";

const MENU_BUTTONS = "button[aria-haspopup='menu'][aria-controls]";

function closeMenus(except) {
  document.querySelectorAll(`${MENU_BUTTONS}[aria-expanded='true']`).forEach((button) => {
    if (button === except) return;
    button.setAttribute("aria-expanded", "false");
    document.getElementById(button.getAttribute("aria-controls")).hidden = true;
  });
}

function setUpMenus() {
  document.querySelectorAll(MENU_BUTTONS).forEach((button) => {
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

// A button that controls a <dialog> opens it; the dialog's own buttons (Done) close it, and the
// chosen plan's name (the radio's label) is shown on the page.
function setUpDialogs() {
  document.querySelectorAll("button[aria-controls]").forEach((opener) => {
    const dialog = document.getElementById(opener.getAttribute("aria-controls"));
    if (!(dialog instanceof HTMLDialogElement)) return;
    opener.addEventListener("click", () => dialog.showModal());
    dialog.querySelectorAll("button").forEach((closer) =>
      closer.addEventListener("click", () => dialog.close()));
    dialog.addEventListener("close", () => {
      const checked = dialog.querySelector("input[name='tier']:checked");
      const label = checked && document.getElementById(checked.getAttribute("aria-labelledby"));
      const shown = document.getElementById("selected-tier");
      if (label && shown) shown.textContent = label.textContent;
      opener.focus();
    });
  });
}

// A menu item that controls a <dialog> (Cancel Subscription) opens it as a modal window instead
// of following its link (the same question as a page, for a browser without script); closing it
// (its Keep button or Escape) gives the focus back to the menu's button. A confirmation window
// the server rendered open (after Yes, Cancel) is reopened as a modal one.
function setUpConfirmations() {
  document.querySelectorAll("a[role='menuitem'][aria-controls]").forEach((item) => {
    const dialog = document.getElementById(item.getAttribute("aria-controls"));
    if (!(dialog instanceof HTMLDialogElement)) return;
    const menu = item.closest("[role='menu']");
    const menuButton = menu && document.querySelector(`button[aria-controls='${menu.id}']`);
    item.addEventListener("click", (event) => {
      event.preventDefault();
      closeMenus();
      dialog.showModal();
    });
    dialog.addEventListener("close", () => menuButton?.focus());
  });
  document.querySelectorAll("dialog.confirmation[open]").forEach((dialog) => {
    dialog.close();
    dialog.showModal();
  });
}

function setUpSteppers() {
  document.querySelectorAll(".stepper .step").forEach((button) => {
    button.addEventListener("click", () => {
      const input = document.getElementById(button.getAttribute("aria-controls"));
      const current = Number.parseInt(input.value, 10) || 0;
      const min = Number.parseInt(input.min, 10) || 1;
      const max = Number.parseInt(input.max, 10) || Number.MAX_SAFE_INTEGER;
      input.value = String(Math.min(max, Math.max(min, current + Number(button.value))));
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
  });
}

// The server renders the Order Summary for the current choices, so the page never computes a
// price itself and shows exactly what Checkout will charge.
// The settings come from the page's JSON block (templates: live_summary_settings); the summary
// refuses a choice with an alert, and then the form cannot be submitted.
function setUpLiveSummary() {
  const form = document.getElementById("selection-form");
  const settingsBlock = document.getElementById("live-summary-settings");
  if (!form || !settingsBlock) return;
  const settings = JSON.parse(settingsBlock.textContent);
  const slot = document.getElementById("order-summary-slot");
  const refused = () => slot.querySelector("[role='alert']") !== null;
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
    const response = await fetch(`${settings.summaryUrl}?${params}`, { headers: { Accept: "text/html" } });
    const html = response.ok ? await response.text() : null;
    // Checked after the body is read, not only after the answer's headers: a newer choice's
    // summary may have been shown while this older body was still arriving (seen under load:
    // "Annual" chosen, the Order Summary back at "Monthly").
    if (ticket !== latest) return;
    if (html !== null) {
      slot.innerHTML = html;
      if (submit) submit.disabled = refused();
    }
    section()?.removeAttribute("aria-busy");
  };
  form.addEventListener("change", refresh);
  form.addEventListener("input", (event) => { if (event.target.name === "licenses") refresh(); });
  if (refused() && submit) submit.disabled = true;
  if (settings.focus) document.getElementById(settings.focus)?.focus();
}

function setUpSingleSubmit() {
  document.querySelectorAll("button.single-submit").forEach((button) => {
    button.form.addEventListener("submit", () => {
      // Disabled after the browser has read the form, so the click still submits once.
      setTimeout(() => { button.disabled = true; }, 0);
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setUpMenus();
  setUpDialogs();
  setUpConfirmations();
  setUpSteppers();
  setUpLiveSummary();
  setUpSingleSubmit();
});
