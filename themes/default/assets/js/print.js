// The printable guide (layouts/guide-print.scriban): the "Print or save as PDF" button opens the browser's print
// dialog, where a PDF printer can be chosen. Without this script the button stays hidden; the browser's own Print
// command prints the page the same way.
for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
