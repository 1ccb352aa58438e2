// The worksheet (layouts/guide-worksheet.scriban): keeps the reader's answers in this browser (localStorage), checks
// them against the published case file schema as the reader goes (schema-check.js), and exports them as a case file
// (download, or GitHub's new-file page), or as a printed summary. Nothing leaves the browser unless the reader
// exports. Without this script the form still shows the questions and the fields, to print and fill in by hand.

const STORE = "portfolio-worksheet-v1";
const SAVE_DELAY = 300;

// The order of a case file's fields, as the schema lists them.
const ORDER = ["title", "summary", "countries", "year", "programme", "status", "themes", "techniques", "partners",
  "coproduction", "beneficiaries", "data", "partnership", "links", "sources"];

// The free answers and where they go in the case file's body: a section, and a lead-in when a section has several.
const BODY = [
  { section: "problem", answers: [["problem", null], ["why", "why"]] },
  { section: "coproduction", answers: [["collaboration", null], ["experts", "experts"]] },
  { section: "data", answers: [["data", null]] },
  { section: "tool", answers: [["prototype", "prototype"], ["iterations", "iterations"], ["development", "development"]] },
  { section: "happened", answers: [["engagement", "engagement"], ["evaluation", "evaluation"]] },
  { section: "lessons", answers: [["lessons", null]], note: true },
];

const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

// The message of a list with too few items, worded where it is shown.
const LIST = Symbol("list");

const form = document.getElementById("worksheet");
if (form) start(form);

function start(form) {
  const doc = form.ownerDocument;
  const status = doc.querySelector("[data-status]");
  const result = form.querySelector("[data-result]");
  const summaryBox = form.querySelector("[data-error-summary]");
  const printed = doc.querySelector("[data-summary]");
  const slugInput = form.querySelector("[data-key=slug]");
  const titleInput = form.querySelector("[data-key=title]");
  const repeats = [...form.querySelectorAll("[data-repeat]")];
  const touched = new Set();
  let schema = null;
  let checker = null;
  let slugEdited = false;
  let saveTimer = 0;
  let canSave = true;

  const text = (name, ...args) => {
    const key = "t" + name.split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join("");
    return (form.dataset[key] || "").replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ""));
  };

  doc.querySelector("[data-nojs]").hidden = true;
  form.querySelector("[data-actions]").hidden = false;
  for (const button of form.querySelectorAll("[data-add]")) button.hidden = false;

  // Repeated groups: partners, data sources, countries, links and sources.
  const itemsOf = (repeat) => [...repeat.querySelector("[data-items]").children];

  function renumber(repeat) {
    const name = repeat.dataset.repeat;
    const base = repeat.dataset.path;
    const scalar = repeat.hasAttribute("data-scalar");
    const items = itemsOf(repeat);
    items.forEach((item, i) => {
      const legend = text("item", i + 1);
      const label = (repeat.dataset.tItem || "").replace("{0}", String(i + 1));
      item.querySelector("[data-item-legend]").textContent = label || legend;
      const remove = item.querySelector("[data-remove]");
      remove.textContent = (repeat.dataset.tRemove || "").replace("{0}", label);
      remove.hidden = items.length < 2;
      for (const control of item.querySelectorAll("[data-item-key]")) {
        const key = control.dataset.itemKey;
        const id = `ws-${name}-${i}-${key}`;
        const path = scalar ? `${base}/${i}` : `${base}/${i}/${key}`;
        const error = control.parentElement.querySelector(".field-error");
        const labelElement = control.parentElement.querySelector("label");
        control.id = id;
        control.dataset.path = path;
        labelElement.htmlFor = id;
        error.id = `${id}-error`;
        error.dataset.errorFor = path;
        control.setAttribute("aria-describedby", error.id);
      }
    });
  }

  function addItem(repeat, focus) {
    const list = repeat.querySelector("[data-items]");
    const item = list.firstElementChild.cloneNode(true);
    for (const control of item.querySelectorAll("[data-item-key]")) {
      control.value = "";
      control.removeAttribute("aria-invalid");
    }
    for (const error of item.querySelectorAll(".field-error")) error.textContent = "";
    list.append(item);
    renumber(repeat);
    if (focus) item.querySelector("[data-item-key]").focus();
    return item;
  }

  function removeItem(repeat, item) {
    const items = itemsOf(repeat);
    const index = items.indexOf(item);
    item.remove();
    renumber(repeat);
    const rest = itemsOf(repeat);
    const next = rest[Math.min(index, rest.length - 1)];
    next.querySelector("[data-item-key]").focus();
    changed();
  }

  for (const repeat of repeats) {
    renumber(repeat);
    repeat.querySelector("[data-add]").addEventListener("click", () => {
      addItem(repeat, true);
      changed();
    });
    repeat.addEventListener("click", (event) => {
      const button = event.target.closest("[data-remove]");
      if (button) removeItem(repeat, button.closest("[data-item]"));
    });
  }

  // The state: every control by its key, and the repeated groups item by item.
  function read() {
    const values = {};
    for (const control of form.querySelectorAll("[data-key]")) {
      const key = control.dataset.key;
      if (control.type === "checkbox") {
        values[key] = values[key] || [];
        if (control.checked) values[key].push(control.value);
      } else if (control.type === "radio") {
        if (control.checked) values[key] = control.value;
        else if (!(key in values)) values[key] = "";
      } else {
        values[key] = control.value;
      }
    }
    const groups = {};
    for (const repeat of repeats) {
      groups[repeat.dataset.repeat] = itemsOf(repeat).map((item) =>
        Object.fromEntries([...item.querySelectorAll("[data-item-key]")].map((c) => [c.dataset.itemKey, c.value])));
    }
    return { values, groups, slugEdited };
  }

  function write(state) {
    const values = state.values || {};
    for (const control of form.querySelectorAll("[data-key]")) {
      const value = values[control.dataset.key];
      if (control.type === "checkbox") control.checked = Array.isArray(value) && value.includes(control.value);
      else if (control.type === "radio") control.checked = (value ?? "") === control.value;
      else control.value = typeof value === "string" ? value : "";
    }
    for (const repeat of repeats) {
      const saved = (state.groups || {})[repeat.dataset.repeat] || [];
      const list = repeat.querySelector("[data-items]");
      while (list.children.length > 1) list.lastElementChild.remove();
      while (list.children.length < Math.max(1, saved.length)) addItem(repeat, false);
      itemsOf(repeat).forEach((item, i) => {
        for (const control of item.querySelectorAll("[data-item-key]")) {
          const value = (saved[i] || {})[control.dataset.itemKey];
          control.value = typeof value === "string" ? value : "";
        }
      });
      renumber(repeat);
    }
    slugEdited = Boolean(state.slugEdited);
  }

  function save() {
    if (!canSave) return;
    try {
      localStorage.setItem(STORE, JSON.stringify(read()));
      if (status.textContent !== text("saved")) status.textContent = text("saved");
    } catch {
      canSave = false;
      status.textContent = text("unsaved");
    }
  }

  // Whatever is still waiting is saved at once when the page is hidden (another app, another tab) or closed.
  const saveNow = () => {
    if (saveTimer === 0) return;
    clearTimeout(saveTimer);
    saveTimer = 0;
    save();
  };
  doc.addEventListener("visibilitychange", () => { if (doc.visibilityState === "hidden") saveNow(); });
  window.addEventListener("pagehide", saveNow);

  function changed() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, SAVE_DELAY);
    markMatrix();
    showCounter();
    if (checker) showProblems(false);
  }

  // The case file: the answers in the schema's shape, leaving out what is empty.
  function caseOf(state) {
    const v = state.values;
    const g = state.groups;
    const clean = (s) => tidy(s || "").trim();
    const lines = (s) => [...new Set(tidy(s || "").split("\n").map((l) => l.trim()).filter(Boolean))];
    const items = (list, keys) => (list || [])
      .map((item) => Object.fromEntries(keys.map((k) => [k, clean(item[k])]).filter(([, value]) => value !== "")))
      .filter((item) => Object.keys(item).length > 0);
    const some = (object) => (Object.keys(object).length > 0 ? object : undefined);
    const only = (object) => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0)));
    const year = clean(v.year);
    const data = only({ sources: items(g["data-sources"], ["name", "publisher", "standard", "update_frequency", "url"]), gaps: clean(v.gaps), harms: clean(v.harms) });
    const fields = {
      title: clean(v.title),
      summary: clean(v.summary),
      countries: (g.countries || []).map((item) => clean(item.value)).filter(Boolean),
      year: /^\d+$/.test(year) ? Number(year) : year,
      programme: clean(v.programme),
      status: clean(v.status),
      themes: v.themes || [],
      techniques: v.techniques || [],
      partners: items(g.partners, ["name", "sector", "role"]),
      coproduction: only({ level: clean(v.level), phases: v.phases || [], note: clean(v.note) }),
      beneficiaries: only({ direct: lines(v.direct), indirect: lines(v.indirect) }),
      data: some(data),
      partnership: some(only({ capacity: clean(v.capacity), willingness: clean(v.willingness) })),
      links: items(g.links, ["label", "url"]),
      sources: items(g.sources, ["label", "url"]),
    };
    return only(Object.fromEntries(ORDER.map((key) => [key, fields[key]])));
  }

  function answersOf(state) {
    return Object.fromEntries(Object.entries(state.values).filter(([key]) => key.startsWith("answers."))
      .map(([key, value]) => [key.slice("answers.".length), tidy(value).trim()]));
  }

  function slugOf(state) {
    return clean(state.values.slug);
    function clean(s) {
      return (s || "").trim();
    }
  }

  // Problems: the schema's, the file name's and the answers' links.
  function problemsOf(state) {
    const problems = checker.check(schema, caseOf(state)).map((p) => ({ path: p.path, message: messageOf(p) }));
    const slug = slugOf(state);
    const max = Number(form.dataset.slugMax);
    if (slug === "") problems.push({ path: "/slug", message: text("error-required") });
    else if (slug.length > max || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) problems.push({ path: "/slug", message: text("error-slug", max) });
    for (const [key, answer] of Object.entries(answersOf(state))) {
      if (unsafeLink(answer)) problems.push({ path: `answers.${key}`, message: text("error-link") });
    }
    return problems;
  }

  function messageOf(problem) {
    const at = checker.schemaAt(schema, problem.path) || {};
    const isList = at.type === "array";
    // A list is "choose" where it is ticked (themes, phases) and "add" where it is written; showProblems tells which.
    const listMessage = () => LIST;
    switch (problem.keyword) {
      case "required":
        if (isList) return listMessage();
        return at.enum ? text("error-choice") : text("error-required");
      case "minItems":
        return listMessage();
      case "minLength":
        return text("error-required");
      case "pattern":
        if (problem.params.pattern === "\\S") return text("error-required");
        if (/^\^\[Hh\]/.test(problem.params.pattern)) return text("error-url");
        return text("error-invalid");
      case "maxLength":
        return text("error-too-long", problem.params.limit, problem.params.length);
      case "enum":
        return text("error-choice");
      case "uniqueItems":
        return text("error-unique");
      case "type":
      case "minimum":
      case "maximum":
        return at.minimum !== undefined ? text("error-year", at.minimum, at.maximum) : text("error-invalid");
      default:
        return text("error-invalid");
    }
  }

  // Where a problem is shown: the message element for its path, or for the nearest group that holds it.
  function errorElementFor(path) {
    if (path.startsWith("answers.")) {
      const control = form.querySelector(`[data-key="${path}"]`);
      return control ? doc.getElementById(`${control.id}-error`) : null;
    }
    for (let at = path; at !== ""; at = at.slice(0, at.lastIndexOf("/"))) {
      const element = form.querySelector(`[data-error-for="${CSS.escape(at)}"]`);
      if (element) return element;
    }
    return null;
  }

  function controlFor(element) {
    const id = element.id.replace(/-error$/, "");
    return doc.getElementById(id) || element.closest("fieldset");
  }

  function isTouched(element) {
    const path = element.dataset.errorFor || "";
    const control = controlFor(element);
    const key = control && control.dataset ? control.dataset.key : null;
    for (const t of touched) {
      if (t === key || t === path || t.startsWith(path + "/") || path.startsWith(t + "/")) return true;
    }
    return false;
  }

  function showProblems(all) {
    const state = read();
    const problems = problemsOf(state);
    const shown = new Map();
    for (const problem of problems) {
      const element = errorElementFor(problem.path);
      if (element && !shown.has(element) && (all || isTouched(element))) {
        const ticked = element.closest("[data-choices], [data-matrix]");
        shown.set(element, problem.message !== LIST ? problem.message : text(ticked ? "error-choose" : "error-add"));
      }
    }
    for (const element of form.querySelectorAll(".field-error")) {
      const message = shown.get(element) || "";
      if (element.textContent !== message) element.textContent = message;
      const control = controlFor(element);
      if (control && control.matches("input, select, textarea")) {
        if (message) control.setAttribute("aria-invalid", "true");
        else control.removeAttribute("aria-invalid");
      }
    }
    return { state, problems, shown };
  }

  function showSummary(shown) {
    const list = summaryBox.querySelector("[data-error-list]");
    list.replaceChildren();
    for (const [element, message] of shown) {
      const control = controlFor(element);
      const target = control.matches("fieldset") ? control.querySelector("input, select, textarea") || control : control;
      const link = doc.createElement("a");
      link.href = `#${target.id || control.id}`;
      const name = labelOf(control);
      link.textContent = name ? `${name}: ${message}` : message;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        target.focus();
      });
      const item = doc.createElement("li");
      item.append(link);
      list.append(item);
    }
    const count = shown.size;
    let title = summaryBox.querySelector("h3");
    if (!title) {
      title = doc.createElement("h3");
      summaryBox.prepend(title);
    }
    title.textContent =
      count === 1 ? text("errors-one") : text("errors-other", new Intl.NumberFormat(doc.documentElement.lang).format(count));
    summaryBox.hidden = count === 0;
    if (count > 0) summaryBox.focus();
  }

  function labelOf(control) {
    if (control.matches("fieldset")) return control.querySelector("legend").firstChild.textContent.trim();
    const label = doc.querySelector(`label[for="${control.id}"]`);
    const own = label ? label.firstChild.textContent.trim() : "";
    const item = control.closest("[data-item]");
    return item ? `${item.querySelector("[data-item-legend]").textContent}, ${own}` : own;
  }

  // Exports.
  function ready() {
    if (!checker) {
      result.textContent = text("no-schema");
      return null;
    }
    for (const control of form.querySelectorAll("[data-key], [data-item-key]")) touched.add(control.dataset.path || control.dataset.key);
    const { state, shown } = showProblems(true);
    showSummary(shown);
    return shown.size === 0 ? state : null;
  }

  function fileOf(state) {
    const name = `${slugOf(state)}.md`;
    return { name, text: caseFile(caseOf(state), answersOf(state), text) };
  }

  function download(file) {
    const url = URL.createObjectURL(new Blob([file.text], { type: "text/markdown;charset=utf-8" }));
    const link = doc.createElement("a");
    link.href = url;
    link.download = file.name;
    doc.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function say(message, link) {
    const paragraph = doc.createElement("p");
    paragraph.textContent = message;
    result.replaceChildren(paragraph);
    if (link) {
      const anchor = doc.createElement("a");
      anchor.href = link;
      anchor.target = "_blank";
      anchor.rel = "noopener";
      anchor.textContent = text("github-link");
      const line = doc.createElement("p");
      line.append(anchor);
      result.append(line);
    }
  }

  form.addEventListener("click", (event) => {
    const button = event.target.closest("[data-export]");
    if (!button) return;
    saveNow();
    if (button.dataset.export === "print") {
      printSummary();
      return;
    }
    const state = ready();
    if (!state) return;
    const file = fileOf(state);
    if (button.dataset.export === "download") {
      download(file);
      say(text("downloaded", file.name));
      return;
    }
    const page = `${form.dataset.newFile}?filename=${encodeURIComponent(file.name)}`;
    const full = `${page}&value=${encodeURIComponent(file.text)}`;
    if (full.length > Number(form.dataset.maxUrl)) {
      download(file);
      say(text("too-long", file.name), page);
      return;
    }
    say(text("github-opened", file.name), full);
    window.open(full, "_blank", "noopener");
  });

  form.querySelector("[data-start-over]").addEventListener("click", () => {
    if (!window.confirm(text("confirm"))) return;
    try {
      localStorage.removeItem(STORE);
    } catch {
      // Nothing was saved.
    }
    write({ values: {}, groups: {} });
    touched.clear();
    showProblems(false);
    summaryBox.hidden = true;
    result.replaceChildren();
    markMatrix();
    showCounter();
    status.textContent = text("cleared");
    titleInput.focus();
  });

  // The printed summary: every part of the worksheet with its answers, built when the page is printed.
  function printSummary() {
    buildSummary();
    window.print();
  }

  function buildSummary() {
    const heading = doc.createElement("h2");
    heading.textContent = text("summary-title");
    const parts = [heading];
    for (const part of form.querySelectorAll(".worksheet-part")) {
      if (part.id === "export") continue;
      const title = doc.createElement("h3");
      title.textContent = part.querySelector("h2").textContent;
      const list = doc.createElement("dl");
      for (const field of part.querySelectorAll(".worksheet-part > .field, .worksheet-fields > .field, .field-row > .field")) {
        const term = doc.createElement("dt");
        term.textContent = labelOf(field.matches("fieldset") ? field : field.querySelector("[data-key]"));
        const definition = doc.createElement("dd");
        definition.textContent = answerText(field) || text("not-answered");
        list.append(term, definition);
      }
      parts.push(title, list);
    }
    printed.replaceChildren(...parts);
  }

  function answerText(field) {
    if (field.matches("[data-repeat]")) {
      return itemsOf(field).map((item) => [...item.querySelectorAll("[data-item-key]")].map(shownValue).filter(Boolean).join(" · "))
        .filter(Boolean).join("\n");
    }
    if (field.matches("[data-matrix]")) {
      const level = field.querySelector("input[type=radio]:checked");
      const phases = [...field.querySelectorAll("input[type=checkbox]:checked")];
      return [level, ...phases].filter(Boolean).map((input) => input.parentElement.textContent.trim()).join(" · ");
    }
    const chosen = [...field.querySelectorAll("input[type=checkbox]:checked, input[type=radio]:checked")].filter((input) => input.value !== "");
    if (chosen.length > 0) return chosen.map((input) => input.parentElement.textContent.trim()).join(", ");
    const control = field.querySelector("input:not([type=checkbox]):not([type=radio]), select, textarea");
    return control ? shownValue(control) : "";
  }

  function shownValue(control) {
    if (control.matches("select")) return control.value ? control.selectedOptions[0].textContent : "";
    return control.value.trim();
  }

  window.addEventListener("beforeprint", buildSummary);

  // The co-production matrix: the cells of the chosen level and phases are marked.
  function markMatrix() {
    const level = form.querySelector("input[data-key=level]:checked");
    const phases = new Set([...form.querySelectorAll("input[data-key=phases]:checked")].map((input) => input.value));
    for (const cell of form.querySelectorAll("[data-cell]")) {
      const on = Boolean(level && level.value) && [...phases].some((phase) => cell.dataset.cell === `${level.value}-${phase}`);
      cell.classList.toggle("picked", on);
      cell.querySelector("[data-mark]").hidden = !on;
    }
  }

  // The summary's length, as the reader types.
  const summaryInput = form.querySelector("[data-key=summary]");
  const counter = doc.createElement("p");
  counter.className = "counter";
  counter.setAttribute("aria-hidden", "true");
  summaryInput.after(counter);
  function showCounter() {
    const at = schema ? checker.schemaAt(schema, "/summary") : null;
    counter.textContent = at ? text("counter", summaryInput.value.trim().length, at.maxLength) : "";
    counter.classList.toggle("over", Boolean(at) && summaryInput.value.trim().length > at.maxLength);
  }

  // The file name follows the title until the reader writes one.
  titleInput.addEventListener("input", () => {
    if (!slugEdited) slugInput.value = slugFrom(titleInput.value, Number(form.dataset.slugMax));
  });
  slugInput.addEventListener("input", () => {
    slugEdited = slugInput.value.trim() !== "";
    if (!slugEdited) slugInput.value = slugFrom(titleInput.value, Number(form.dataset.slugMax));
  });

  form.addEventListener("input", changed);
  form.addEventListener("change", (event) => {
    const control = event.target;
    if (control.dataset) touched.add(control.dataset.path || control.dataset.key);
    changed();
  });
  form.addEventListener("focusout", (event) => {
    const control = event.target;
    if (control.matches && control.matches("input:not([type=checkbox]):not([type=radio]), select, textarea") && control.value.trim() !== "") {
      touched.add(control.dataset.path || control.dataset.key);
      if (checker) showProblems(false);
    }
  });

  // Back from an earlier visit.
  try {
    const saved = localStorage.getItem(STORE);
    if (saved) {
      write(JSON.parse(saved));
      status.textContent = text("restored");
    }
  } catch {
    canSave = false;
    status.textContent = text("unsaved");
  }
  markMatrix();

  Promise.all([fetch(form.dataset.schema).then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText)))), import(form.dataset.validator)])
    .then(([loaded, module]) => {
      schema = loaded;
      checker = module;
      form.dataset.ready = "true";
      showCounter();
      showProblems(false);
    })
    .catch(() => {
      result.textContent = text("no-schema");
    });
}

/** A slug for a title, as the build makes one (Slugs.From): accents folded, lower-case ASCII letters and digits, single hyphens. */
export function slugFrom(title, max) {
  let slug = title.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  const cut = slug.lastIndexOf("-", max);
  slug = cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
  return slug.replace(/^-+|-+$/g, "");
}

/** Text without control characters other than tab and line feed, with Windows and old Mac line ends made line feeds. */
function tidy(text) {
  return String(text).replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g, "");
}

/** True when Markdown text links with a scheme the build refuses (anything but http, https and mailto). */
function unsafeLink(markdown) {
  const targets = [...markdown.matchAll(/\]\(\s*<?([A-Za-z][A-Za-z0-9+.-]*):/g), ...markdown.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?([A-Za-z][A-Za-z0-9+.-]*):/gm)];
  return targets.some((m) => !SAFE_SCHEMES.has(m[1].toLowerCase()));
}

/** Answer text made safe for a case body: no raw HTML, no level-1 headings, nothing the build refuses. */
function markdown(answer) {
  return answer.split("\n").map((line) => line
    .replace(/</g, "\\<")
    .replace(/^(\s{0,3})#/, "$1\\#")
    .replace(/^(\s{0,3})=/, "$1\\=")
    // A fence (``` or ~~~) would turn the rest of the file into code, and a line of three -, * or _ into a rule, or
    // into a heading of the lines above it: their first mark is written as a literal.
    .replace(/^(\s{0,3})(`{3,}|~{3,})/, "$1\\$2")
    .replace(/^(\s{0,3})([-*_])(?=(\s*\2){2,}\s*$)/, "$1\\$2")).join("\n");
}

/** A YAML scalar: numbers as they are, text double-quoted (JSON's quoting is YAML's). */
function scalar(value) {
  if (typeof value === "number") return String(value);
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function yaml(object, indent) {
  const pad = " ".repeat(indent);
  const lines = [];
  for (const [key, value] of Object.entries(object)) {
    if (Array.isArray(value) && value.every((item) => typeof item !== "object")) {
      lines.push(`${pad}${key}: [${value.map(scalar).join(", ")}]`);
    } else if (Array.isArray(value)) {
      lines.push(`${pad}${key}:`);
      for (const item of value) {
        const inner = yaml(item, indent + 4);
        inner[0] = `${pad}  - ${inner[0].trimStart()}`;
        lines.push(...inner);
      }
    } else if (value && typeof value === "object") {
      lines.push(`${pad}${key}:`, ...yaml(value, indent + 2));
    } else {
      lines.push(`${pad}${key}: ${scalar(value)}`);
    }
  }
  return lines;
}

/** The case file: YAML front matter, then the answers under the case body's usual headings. */
export function caseFile(fields, answers, text) {
  const out = ["---", "# yaml-language-server: $schema=../../schema/case.schema.json", ...yaml(fields, 0), "---"];
  for (const part of BODY) {
    const given = part.answers.filter(([key]) => answers[key]);
    if (given.length === 0) continue;
    out.push("", `## ${text(`section-${part.section}`)}`, "");
    if (part.note) out.push(text("lessons-note"), "");
    given.forEach(([key, lead], i) => {
      const body = markdown(answers[key]);
      out.push(lead && (given.length > 1 || i > 0) ? `**${text(`lead-${lead}`)}.** ${body}` : body);
      if (i < given.length - 1) out.push("");
    });
  }
  return out.join("\n") + "\n";
}
