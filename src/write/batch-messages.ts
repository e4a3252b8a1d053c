// The batch's own user-facing texts (Swedish), each with a stable id; tests
// assert them verbatim. The disk and lock messages live beside their code
// (disk.ts: output-write, lock.ts: output-locked); the index page's in
// render/index-page.ts (batch-interrupted, batch-stopped, hand-edit-kept-index).
import type { IdText } from "../render/index-page.js";
import type { KeptEdit } from "./hand-edits.js";

export { runInterrupted, runStopped } from "../render/index-page.js";

/** Terminal: "0126 Huddinge: pressmeddelande.md var ändrad för hand och skrevs inte över; din version finns kvar som pressmeddelande.redigerad.md." */
export function handEditKept(label: string, kept: KeptEdit): IdText {
  return {
    id: "hand-edit-kept",
    text: `${label}: ${kept.file} var ändrad för hand och skrevs inte över; din version finns kvar som ${kept.keptAs}.`,
  };
}
