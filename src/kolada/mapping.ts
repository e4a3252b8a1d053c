// The mapping file: what kommunpress needs to know about a survey that Kolada
// does not say (survey facts, thresholds, indicator wording), and which Kolada
// KPI each indicator comes from. Validated like a data file: every problem at
// file:line:col. Shipped mappings live in the package's data/kolada/.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { loadFile, type Loaded, type PathSegment } from "../load/source.js";
import { messageFor } from "../catalogue.js";
import { hasErrors, KommunpressError, sortMessages, type Message } from "../messages.js";
import { PACKAGE_ROOT } from "../paths.js";
import { Indicator, Period, Searches, Survey, Thresholds } from "../schema.js";
import { isRecord } from "../validate/schema-paths.js";
import { checkThresholds, FileReporter, issueMessages } from "../validate/validate.js";

/** The package's own mapping files. */
export const SHIPPED_MAPPING_DIR = path.join(PACKAGE_ROOT, "data", "kolada");

const participants = z.number().int().positive();

/** The survey facts of the data contract, without the year (that comes from the data). */
export const MappingSurvey = Survey.omit({ year: true, period: true, participants: true }).extend({
  period: Period.optional(),
  participants: participants.optional(),
});

/** Facts that differ between years (override `survey`). */
export const MappingYear = z.strictObject({
  period: Period.optional(),
  participants: participants.optional(),
  searches: Searches.optional(),
});
export type MappingYear = z.infer<typeof MappingYear>;

export const MappingIndicator = Indicator.extend({ kolada: z.string().regex(/^[A-Z]\d{5}$/) });
export type MappingIndicator = z.infer<typeof MappingIndicator>;

export const Mapping = z.strictObject({
  $schema: z.string().optional(),
  survey: MappingSurvey,
  years: z.record(z.string().regex(/^\d{4}$/), MappingYear).optional(),
  thresholds: Thresholds,
  national: z.strictObject({ name: z.string().trim().min(1) }).optional(),
  indicators: z.array(MappingIndicator).min(1),
});
export type Mapping = z.infer<typeof Mapping>;

/** Validates a loaded mapping file. `mapping` only when there are no errors. */
export function validateMapping(loaded: Loaded): { mapping?: Mapping; messages: Message[] } {
  const messages = [...loaded.messages];
  if (loaded.value === undefined) return { messages };
  const parsed = Mapping.safeParse(loaded.value, { reportInput: true });
  if (!parsed.success) messages.push(...issueMessages(parsed.error.issues, loaded, Mapping, "mapping"));
  messages.push(...semanticMessages(loaded));
  const sorted = sortMessages(messages);
  if (parsed.success && !hasErrors(sorted)) return { mapping: parsed.data, messages: sorted };
  return { messages: sorted };
}

/** Loads and validates a mapping file; throws KommunpressError (exit 1) with every error. */
export async function loadMapping(file: string): Promise<{ mapping: Mapping; messages: Message[]; locate: Loaded["locate"] }> {
  const loaded = await loadFile(file);
  const { mapping, messages } = validateMapping(loaded);
  if (!mapping) throw new KommunpressError(messages, 1);
  return { mapping, messages, locate: loaded.locate };
}

/** Kolada KPI ids of a mapping, in its order. */
export function mappingKpis(mapping: Mapping): string[] {
  return mapping.indicators.map((i) => i.kolada);
}

/**
 * The first shipped mapping file (alphabetical) whose indicators cover every
 * KPI in `kpis`. Throws a usage error when none does.
 */
export async function findShippedMapping(kpis: readonly string[], dir: string = SHIPPED_MAPPING_DIR): Promise<string> {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  for (const name of names) {
    const file = path.join(dir, name);
    const { mapping } = validateMapping(await loadFile(file));
    if (!mapping) continue;
    const covered = new Set(mappingKpis(mapping));
    if (kpis.every((k) => covered.has(k))) return file;
  }
  throw new KommunpressError([messageFor("no-mapping", {}, kpis)], 2);
}

function semanticMessages(loaded: Loaded): Message[] {
  const r = new FileReporter(loaded);
  const root = loaded.value;
  if (!isRecord(root)) return [];
  const lineOf = (p: readonly PathSegment[]): number => loaded.locate(p)?.line ?? 1;
  const ids = new Map<string, number>();
  const kpis = new Map<string, number>();
  const list = Array.isArray(root.indicators) ? root.indicators : [];
  list.forEach((ind: unknown, i) => {
    if (!isRecord(ind)) return;
    if (typeof ind.id === "string") {
      const first = ids.get(ind.id);
      if (first !== undefined) {
        r.add("duplicate-indicator", ["indicators", i, "id"], [ind.id, lineOf(["indicators", first, "id"])]);
      } else ids.set(ind.id, i);
    }
    if (typeof ind.kolada === "string") {
      const first = kpis.get(ind.kolada);
      if (first !== undefined) {
        r.add("duplicate-kpi", ["indicators", i, "kolada"], [ind.kolada, lineOf(["indicators", first, "kolada"])]);
      } else kpis.set(ind.kolada, i);
    }
    if (isRecord(ind.thresholds)) checkThresholds(r, ind.thresholds, ["indicators", i, "thresholds"]);
  });
  if (isRecord(root.thresholds)) checkThresholds(r, root.thresholds, ["thresholds"]);
  return r.messages;
}

