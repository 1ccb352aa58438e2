// Filters on the case index (layouts/case-index.scriban). Without this script the form stays hidden; the browse
// lists and the pages of the list still reach every case.
//
// When the whole portfolio fits on one page, the facet checkboxes hide the cards that do not match, without a page
// load, and keep the choice in the URL (?country=ar&level=group) so it can be shared and Back and Forward work.
// Each value shows what ticking it would give; a value that would give no case is unavailable (disabled, count 0).
// When no card matches (a shared or edited URL), the page says so and offers to clear the filters.
//
// When the list is split into pages (data-paged), the page holds only some of the cases: the form is shown as it
// is and sends the choice to the search page, whose index holds every case.

// Facet name → the card's data attribute that lists its values (partials/case-card.scriban).
const CARD_ATTRIBUTES = { country: "countries", theme: "themes", level: "level", phase: "phases", sector: "sectors" };
const WIDE = "(min-width: 60rem)";

// The language switcher keeps what the reader searched for or ticked: words and filter values read the same in every
// edition, so the other language's page opens on the same results.
document.querySelector(".language-switcher")?.addEventListener("click", (event) => {
  const link = event.target.closest("a[hreflang]");
  if (link && location.search) link.search = location.search;
});

async function start(form) {
  const panel = form.querySelector("details");
  if (form.hasAttribute("data-paged")) {
    if (matchMedia(WIDE).matches) panel.open = true;
    form.hidden = false;
    return;
  }

  const kit = await import(form.dataset.facets);
  const cards = [...document.getElementById(form.dataset.list).querySelectorAll(".case-card")];
  const status = document.getElementById(form.dataset.count);
  const empty = document.getElementById(form.dataset.empty);
  const fieldsets = [...form.querySelectorAll("fieldset[data-facet]")];
  const groups = fieldsets.map((fieldset) => ({
    name: fieldset.dataset.facet,
    inputs: [...fieldset.querySelectorAll("input[type=checkbox]")],
  }));
  const facets = kit.Facets.fromItems(
    cards.map((card) => Object.fromEntries(groups.map((g) => [g.name, (card.getAttribute(`data-${CARD_ATTRIBUTES[g.name]}`) || "").split(" ").filter(Boolean)]))),
    groups.map((g) => ({ name: g.name, values: g.inputs.map((input) => ({ slug: input.value })) })),
  );
  const all = kit.fullBits(cards.length);
  const language = document.documentElement.lang || "en";
  const plurals = new Intl.PluralRules(language);
  const numbers = new Intl.NumberFormat(language);
  const unfiltered = status.textContent;

  function chosen() {
    const selection = new Map();
    for (const g of groups) {
      const values = new Set(g.inputs.filter((i) => i.checked).map((i) => i.value));
      if (values.size > 0) selection.set(g.name, values);
    }
    return selection;
  }

  function apply() {
    const selection = chosen();
    const matching = facets.matching(selection, all);
    cards.forEach((card, d) => {
      card.hidden = !kit.has(matching, d);
    });
    const counts = facets.counts(selection, all);
    for (const g of groups) {
      g.inputs.forEach((input, i) => {
        const n = counts.get(g.name)[i];
        const label = input.closest("label");
        const unavailable = n === 0 && !input.checked;
        label.querySelector(".facet-count").textContent = numbers.format(n);
        label.classList.toggle("is-empty", unavailable);
        // The box the reader is on stays where it is: it is never disabled under their focus.
        input.disabled = unavailable && input !== document.activeElement;
      });
    }
    const shown = kit.count(matching);
    empty.hidden = shown > 0;
    // While filters are on, the browse lists above step aside so what they give comes first (CSS: [data-filtered]).
    form.closest(".wrap")?.toggleAttribute("data-filtered", !kit.isEmpty(selection));
    if (kit.isEmpty(selection)) {
      status.textContent = unfiltered;
      return;
    }
    if (shown === 0) {
      status.textContent = form.dataset.tNone || "";
      return;
    }
    const plural = plurals.select(shown) === "one" ? "one" : "other";
    status.textContent = (form.getAttribute(`data-t-showing-${plural}`) || "").replace("{0}", numbers.format(shown));
  }

  function restore() {
    const selection = kit.readSelection(new URLSearchParams(location.search), facets);
    for (const g of groups) for (const input of g.inputs) input.checked = selection.get(g.name)?.has(input.value) ?? false;
    // A wide screen shows the filters open beside the cards anyway. A phone keeps them folded, so what the chosen
    // filters give (or that they give nothing, with Clear filters) is on the first screen, under the folded panel.
    if (!kit.isEmpty(selection) && matchMedia(WIDE).matches) panel.open = true;
  }

  function remember() {
    const url = location.pathname + kit.writeQuery("", chosen(), facets) + location.hash;
    if (url !== location.pathname + location.search + location.hash) history.pushState({ filters: true }, "", url);
  }

  function clear() {
    for (const g of groups) for (const input of g.inputs) input.checked = false;
    apply();
    remember();
  }

  form.addEventListener("change", () => {
    apply();
    remember();
  });
  form.addEventListener("reset", (event) => {
    // Cleared here rather than by the browser, which would also bring back the boxes' disabled state of page load.
    event.preventDefault();
    clear();
  });
  // Filters apply as boxes are ticked; the submit button takes keyboard users to the first match.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    cards.find((card) => !card.hidden)?.querySelector("a")?.focus();
  });
  empty.querySelector("[data-clear-filters]").addEventListener("click", () => {
    clear();
    // The button is gone with the empty result: focus goes to the filters, open or folded away.
    (panel.open ? form.querySelector("input[type=checkbox]") : panel.querySelector("summary"))?.focus();
  });
  window.addEventListener("popstate", () => {
    restore();
    apply();
  });

  restore();
  if (matchMedia(WIDE).matches) panel.open = true;
  form.hidden = false;
  apply();
}

const form = document.querySelector("[data-case-filters]");
if (form) start(form);
