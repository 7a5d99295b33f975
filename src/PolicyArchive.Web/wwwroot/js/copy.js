// Copy buttons for citations. The page works without this script: the buttons stay hidden and the text stays selectable.
(function () {
  "use strict";
  var status = document.querySelector(".copy-status");
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (!source) return;
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.setAttribute("data-copied", "true");
        if (status) status.textContent = button.getAttribute("data-done") || "Copied.";
      }, function () {
        if (status) status.textContent = "Copy failed: select the text and copy it by hand.";
      });
    });
  });
})();

// "Cite this passage" (¶ at the end of each paragraph): copies the revision permalink with the paragraph's anchor and
// offers that passage's BibTeX, RIS and CSL-JSON. Without script (or clipboard) the ¶ link leads to the same URL.
(function () {
  "use strict";
  var status = document.querySelector(".copy-status");
  var panel = document.getElementById("passage-cite");
  document.querySelectorAll("a[data-cite-passage]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (!navigator.clipboard) return;
      event.preventDefault();
      var url = link.href;
      var anchor = link.getAttribute("data-cite-passage");
      navigator.clipboard.writeText(url).then(function () {
        link.setAttribute("data-copied", "true");
        if (status) status.textContent = (panel && panel.getAttribute("data-done")) || "Passage link copied.";
      }, function () {
        if (status) status.textContent = "Copy failed: copy the link of this paragraph by hand.";
      });
      if (panel) {
        var target = panel.querySelector(".passage-url");
        target.href = url;
        target.textContent = url;
        ["bib", "ris", "json"].forEach(function (format) {
          var download = panel.querySelector(".passage-" + format);
          var base = panel.getAttribute("data-" + format);
          download.href = base + (base.indexOf("?") < 0 ? "?" : "&") + "p=" + encodeURIComponent(anchor);
        });
        panel.hidden = false;
      }
      if (history.replaceState) history.replaceState(null, "", "#" + anchor);
    });
  });
})();
