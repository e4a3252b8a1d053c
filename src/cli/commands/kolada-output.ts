// Shared edge of `import kolada` and `fetch kolada`: print the warnings, write
// the dataset (atomically, only when there are no errors) or print it on
// stdout, and say in one Swedish line what was written.
import type { Io } from "../io.js";
import type { ImportResult, ImportSummary } from "../../kolada/import.js";
import { formatMessage, KommunpressError } from "../../messages.js";
import { writeFileAtomic } from "../../write/atomic.js";

export async function emitDataset(result: ImportResult, out: string | undefined, io: Io): Promise<void> {
  if (result.yaml === undefined || result.summary === undefined) {
    // Errors and warnings together, sorted, by the CLI edge; nothing written.
    throw new KommunpressError(result.messages, 1);
  }
  for (const m of result.messages) io.stderr(`${formatMessage(m)}\n`);
  if (out !== undefined) {
    await writeFileAtomic(out, result.yaml);
    io.stdout(`Skrev ${out}: ${summaryText(result.summary)}\n`);
  } else {
    io.stdout(result.yaml);
    io.stderr(`kommunpress: ${summaryText(result.summary)}\n`);
  }
}

/** "85 kommuner, 4 indikatorer, år 2024 (jämfört med 2023), med riket och 9 kommungrupper." */
export function summaryText(s: ImportSummary): string {
  const parts = [
    s.municipalities === 1 ? "1 kommun" : `${s.municipalities} kommuner`,
    s.indicators === 1 ? "1 indikator" : `${s.indicators} indikatorer`,
    s.previousYear !== null ? `år ${s.year} (jämfört med ${s.previousYear})` : `år ${s.year} (inget föregående år)`,
  ];
  const refs: string[] = [];
  if (s.national) refs.push("riket");
  if (s.groups > 0) refs.push(`${s.groups === 1 ? "1 kommungrupp" : `${s.groups} kommungrupper`}${s.groupsComputed ? " (räknade ur svaren)" : ""}`);
  let text = `${parts.join(", ")}${refs.length > 0 ? `, med ${refs.join(" och ")}` : ", utan riket och kommungrupper"}`;
  // "1 borttaget och 2 tomma värden hoppades över": the noun agrees with the last number.
  const skipped: [number, string][] = [];
  if (s.dropped.deleted > 0) skipped.push([s.dropped.deleted, s.dropped.deleted === 1 ? "1 borttaget" : `${s.dropped.deleted} borttagna`]);
  if (s.dropped.nullValues > 0) skipped.push([s.dropped.nullValues, s.dropped.nullValues === 1 ? "1 tomt" : `${s.dropped.nullValues} tomma`]);
  const last = skipped[skipped.length - 1];
  if (last) text += `; ${skipped.map(([, t]) => t).join(" och ")} ${last[0] === 1 ? "värde" : "värden"} hoppades över`;
  return `${text}.`;
}
