// Results page: on a narrow screen the filters start folded behind their summary, so the first results show on the
// first screen. Without this script the filters stay open (the page still works).
(function () {
  "use strict";
  var panel = document.querySelector("details.facets-panel");
  if (!panel) return;
  if (window.matchMedia("(max-width: 51.99rem)").matches) panel.open = false;
})();
