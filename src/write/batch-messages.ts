// The batch's own user-facing texts (Swedish), each with a stable id; the
// wording is in the catalogue (src/catalogue.ts) but for the index page's,
// which are still in render/index-page.ts (batch-interrupted, batch-stopped,
// hand-edit-kept-index).
import { reasonFor } from "../catalogue.js";
import type { IdText } from "../render/index-page.js";
import type { KeptEdit } from "./hand-edits.js";

export { runInterrupted, runStopped } from "../render/index-page.js";

/** Terminal: "0126 Huddinge: pressmeddelande.md var ändrad för hand och skrevs inte över; din version finns kvar som pressmeddelande.redigerad.md." */
export function handEditKept(label: string, kept: KeptEdit): IdText {
  return {
    id: "hand-edit-kept",
    text: reasonFor("hand-edit-kept", label, kept.file, kept.keptAs),
  };
}
