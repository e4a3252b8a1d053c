// The last step of the Kolada import: the dataset as YAML with a header
// comment that names the sources, the mapping and what was imported. Pure.
import { Document, isMap, isPair, isScalar, isSeq, Scalar, visit } from "yaml";
import type { KoladaSource } from "./format.js";

/** What the header says about the import (a subset of ImportSummary). */
export interface HeaderFacts {
  year: number;
  previousYear: number | null;
  municipalities: number;
  groups: number;
  groupsComputed: boolean;
}

/** The header comment: the command, the attribution, every source once (with its fetch date), the mapping, the years. */
export function header(sources: readonly KoladaSource[], mappingFile: string, command: string | undefined, s: HeaderFacts): string {
  const lines = [
    `Skapad med kommunpress ${command ?? "import kolada"} ur Koladas öppna data.`,
    `Källa: Kolada (RKA), CC BY 4.0.`,
    "Kolada-svar:",
  ];
  const seen = new Set<string>();
  for (const src of sources) {
    const line = `  ${src.label}${src.fetchedAt ? ` (hämtad ${src.fetchedAt})` : ""}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  lines.push(`Mappning: ${mappingFile}`);
  lines.push(
    `Undersökningsår ${s.year}${s.previousYear !== null ? `, jämförelseår ${s.previousYear}` : ", inget jämförelseår"}; ` +
      `${s.municipalities} kommuner; riket = Kolada 0000; likvärdiga kommuner = SKR:s kommungrupper` +
      (s.groups > 0 ? (s.groupsComputed ? " (ovägt medel av kommunerna i svaren)." : " (Koladas gruppvärden).") : " (saknas)."),
  );
  return lines.join("\n");
}

/** The dataset as YAML: years as plain keys, newest first, one line per year of results. */
export function datasetYaml(dataset: Record<string, unknown>, headerComment: string): string {
  const doc = new Document(dataset);
  doc.commentBefore = headerComment
    .split("\n")
    .map((l) => ` ${l}`)
    .join("\n");
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (key === "weeks" && isSeq(pair.value)) pair.value.flow = true;
      if (key === "method" && isScalar(pair.value)) pair.value.type = Scalar.BLOCK_FOLDED;
      if (!isMap(pair.value)) return;
      if (key === "results") {
        const results = pair.value;
        results.items.sort((a, b) => Number(keyOf(b)) - Number(keyOf(a)));
        for (const item of results.items) {
          if (!isPair(item)) continue;
          item.key = new Scalar(Number(keyOf(item)));
          if (isMap(item.value)) item.value.flow = true;
        }
      } else if (key === "change" || key === "compare" || key === "searches" || key === "period") {
        pair.value.flow = true;
      }
    },
  });
  return doc.toString({ lineWidth: 120 });
}

function keyOf(item: unknown): string {
  if (isPair(item) && isScalar(item.key)) return String(item.key.value);
  return "";
}
