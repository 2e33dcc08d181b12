// Behaviour the harmless releases add to the mock's pages (mock_server/harmless): the cookie bar's
// button closes the bar; an Order Summary served hidden is shown a moment after the page loads,
// as one rendered client-side once its data arrives. Served only to pages a release links it to.
"use strict";

const LATE_SUMMARY_MS = 400;

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll(".cookie-bar .cookie-accept").forEach((button) => {
    button.addEventListener("click", () => { button.closest(".cookie-bar").hidden = true; });
  });
  setTimeout(() => {
    document.querySelectorAll("#order-summary[hidden]").forEach((summary) => { summary.hidden = false; });
  }, LATE_SUMMARY_MS);
});
