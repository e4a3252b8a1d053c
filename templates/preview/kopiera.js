// kommunpress preview: "Kopiera text" puts the release's web text on the
// clipboard as rich text (text/html, for a CMS or Word) and as plain text
// (text/plain). Progressive enhancement: without JavaScript, or when the
// clipboard cannot be written, the text is in its read-only field to copy
// by hand. Loaded by nonce under the pages' Content-Security-Policy.
(() => {
  "use strict";
  const button = document.getElementById("kopiera-text");
  const source = button ? document.getElementById(button.dataset.kalla || "") : null;
  const status = document.getElementById("kopiera-status");
  if (!button || !(source instanceof HTMLTextAreaElement) || !navigator.clipboard) return;

  /** An element's text: a line break for <br>, other white space as one space (no-break spaces kept). */
  function text(el) {
    const copy = el.cloneNode(true);
    copy.querySelectorAll("br").forEach((br) => br.replaceWith("\n"));
    return (copy.textContent || "")
      .split("\n")
      .map((line) => line.replace(/[ \t\r]+/g, " ").trim())
      .join("\n")
      .trim();
  }

  /** The fragment as plain text: a blank line between blocks, list items with a dash, table cells split by tabs. */
  function plainText(markup) {
    const doc = new DOMParser().parseFromString(markup, "text/html");
    const blocks = Array.from(doc.body.children).map((el) => {
      if (el.tagName === "UL" || el.tagName === "OL") return Array.from(el.children).map((li) => `- ${text(li)}`).join("\n");
      if (el.tagName === "TABLE") {
        return Array.from(el.querySelectorAll("caption, tr"))
          .map((row) => (row.tagName === "CAPTION" ? text(row) : Array.from(row.children).map(text).join("\t")))
          .join("\n");
      }
      return text(el);
    });
    return `${blocks.filter((b) => b !== "").join("\n\n")}\n`;
  }

  function say(message) {
    if (!status) return;
    // Emptied first, so the same message is announced again.
    status.textContent = "";
    setTimeout(() => {
      status.textContent = message;
    }, 50);
  }

  async function copy() {
    const markup = source.value;
    const plain = plainText(markup);
    try {
      if (typeof ClipboardItem === "function" && typeof navigator.clipboard.write === "function") {
        await navigator.clipboard.write([
          new ClipboardItem({
            "text/html": new Blob([markup], { type: "text/html" }),
            "text/plain": new Blob([plain], { type: "text/plain" }),
          }),
        ]);
        say("Texten är kopierad med rubriker och stycken. Klistra in den i publiceringsverktyget.");
      } else {
        await navigator.clipboard.writeText(plain);
        say("Texten är kopierad som oformaterad text.");
      }
    } catch {
      source.focus();
      source.select();
      say("Texten kunde inte kopieras automatiskt. Den är markerad i rutan: kopiera den med Ctrl+C (⌘+C på Mac).");
    }
  }

  button.hidden = false;
  button.addEventListener("click", () => {
    void copy();
  });
})();
