// Live preview for the editors' document forms. Progressive enhancement: without this script the Preview button
// renders the same preview on the server. The HTML comes from the server's sanitising Markdown renderer.
(() => {
  const textarea = document.querySelector("textarea[data-live-preview]");
  const form = textarea && textarea.form;
  const region = textarea && document.getElementById(textarea.dataset.livePreview);
  if (!form || !region || !form.dataset.previewHandler) return;
  const body = region.querySelector(".preview-body");
  let timer = 0;
  const refresh = async () => {
    const data = new FormData(form);
    data.delete("Upload");
    const url = new URL(form.action || location.href, location.href);
    url.searchParams.set("handler", form.dataset.previewHandler);
    const response = await fetch(url, { method: "POST", body: data, credentials: "same-origin" });
    if (!response.ok) return;
    body.innerHTML = await response.text();
    region.hidden = false;
  };
  textarea.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 400);
  });
})();
