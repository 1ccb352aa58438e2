// Live reload for `portfolio serve`. Served only by the preview server, never part of the built site.
// It listens to /_serve/events: a new site version reloads the page; build errors show in a panel
// over the last good page, and clear when the file is fixed. No inline script or style (CSP-safe).
(() => {
  "use strict";
  const script = document.currentScript;
  const pageVersion = Number(new URL(script.src).searchParams.get("v") || "0");
  const panelId = "portfolio-serve-errors";

  const stylesheet = document.createElement("link");
  stylesheet.rel = "stylesheet";
  stylesheet.href = "/_serve/overlay.css";
  document.head.appendChild(stylesheet);

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function hide() {
    const panel = document.getElementById(panelId);
    if (panel) panel.remove();
  }

  function show(errors) {
    hide();
    const panel = element("section", "pfs-panel");
    panel.id = panelId;
    panel.setAttribute("role", "alert");
    panel.setAttribute("aria-labelledby", panelId + "-title");
    const title = element("h2", "pfs-title",
      errors.length === 1 ? "1 problem stops the site from building" : errors.length + " problems stop the site from building");
    title.id = panelId + "-title";
    panel.appendChild(title);
    panel.appendChild(element("p", "pfs-note",
      pageVersion > 0 ? "You are seeing the last version that built. Fix the file and save: this page reloads by itself."
                      : "Fix the file and save: this page reloads by itself."));
    const list = element("ol", "pfs-list");
    for (const error of errors) {
      const item = element("li", "pfs-item");
      item.appendChild(element("code", "pfs-where", error.file + ":" + error.line + ":" + error.column));
      item.appendChild(element("span", "pfs-code", error.code));
      item.appendChild(element("p", "pfs-message", error.message));
      if (error.hint) item.appendChild(element("p", "pfs-hint", "Hint: " + error.hint));
      list.appendChild(item);
    }
    panel.appendChild(list);
    const close = element("button", "pfs-close", "Hide");
    close.type = "button";
    close.addEventListener("click", hide);
    panel.appendChild(close);
    document.body.appendChild(panel);
  }

  const events = new EventSource("/_serve/events");
  events.addEventListener("state", (event) => {
    const state = JSON.parse(event.data);
    if (state.errors.length > 0) {
      show(state.errors);
    } else if (state.version !== pageVersion) {
      location.reload();
    } else {
      hide();
    }
  });
})();
