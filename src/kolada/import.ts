// Kolada responses → a kommunpress dataset. Pure: parsed pages, the mapping
// and the reference data in; a dataset, its YAML text and messages out.
//
// Rules (../../shared/reference/KOLADA.md):
// - gender T only; deleted rows and null values are dropped;
// - municipality 0000 is riket (`national`);
// - municipalities, official names and kommungrupp come from the reference
//   data; a code that is neither 0000 nor a municipality there is skipped;
// - group values come from Kolada's kommungrupp ids (G…) when the responses
//   hold them, otherwise they are the unweighted mean of the members in the
//   responses (Kolada's own rule), rounded to one decimal;
// - the survey year is --year or the latest year with values; the previous
//   year is included when present, and so is every earlier year (within
//   --from / --years when given): the history of streaks and records.
import { Document, isMap, isPair, isScalar, isSeq, Scalar, visit } from "yaml";
import { parseSource } from "../load/source.js";
import { hasErrors, sortMessages, type Message, type Position } from "../messages.js";
import type { Dataset, Group, Indicator, Municipality, Period, Results } from "../schema.js";
import { validateDataset } from "../validate/validate.js";
import type { KoladaPage } from "./format.js";
import type { Mapping } from "./mapping.js";
import type { Reference } from "./reference.js";

export const NATIONAL_CODE = "0000";
export const DEFAULT_SOURCE = "Kolada (RKA), CC BY 4.0";
/** A computed group value needs at least this many members with values. */
export const MIN_GROUP_MEMBERS = 3;

export interface KoladaSource {
  /** File path or URL, as shown to the user. */
  label: string;
  /** ISO date (YYYY-MM-DD) the response was fetched, when known. */
  fetchedAt?: string;
  page: KoladaPage;
}

export interface ImportOptions {
  mapping: Mapping;
  /** The mapping file as the user named it (messages, header). */
  mappingFile: string;
  /** Positions in the mapping file, for messages about it. */
  locateMapping?: (path: readonly (string | number)[], target?: "key" | "value") => Position | undefined;
  reference: Reference;
  /** Survey year; default the latest year with values. */
  year?: number;
  /** Keep only years from this one on (--from); the survey year and the year before always. */
  from?: number;
  /** Keep only these years (--years); the survey year and the year before always. */
  years?: readonly number[];
  /** Overrides the mapping's period (from --period). */
  period?: Period;
  /** Name of the output in messages about the generated dataset. */
  outputName?: string;
  /** The command that made the file, for the header ("import kolada", "fetch kolada"). */
  command?: string;
}

export interface ImportSummary {
  year: number;
  previousYear: number | null;
  municipalities: number;
  indicators: number;
  national: boolean;
  groups: number;
  groupsComputed: boolean;
  participants: number;
  dropped: { deleted: number; nullValues: number; otherGender: number };
}

export interface ImportResult {
  dataset?: Dataset;
  /** The dataset as YAML, with a header comment (only when there are no errors). */
  yaml?: string;
  messages: Message[];
  summary?: ImportSummary;
}

export const importReasons = {
  noValues: (kpis: readonly string[]) =>
    `svaren innehåller inga värden för någon kommun för mappningsfilens nyckeltal (${kpis.join(", ")})`,
  yearMissing: (year: number, present: readonly number[]) =>
    `inga värden för ${year} i svaren (år med värden: ${present.join(", ")})`,
  periodMissing: (year: number) =>
    `mätperioden för ${year} saknas: ange --period (t.ex. --period v11-v19 eller --period ${year}-03-11:${year}-05-10) ` +
    `eller lägg till survey.period (eller years.${year}.period) i mappningsfilen`,
  unmappedKpis: (kpis: readonly string[]) =>
    `nyckeltalen ${kpis.join(", ")} finns inte i mappningsfilen; deras värden används inte`,
  unknownCodes: (codes: readonly string[]) =>
    `koderna ${listSome(codes)} är inga kommuner i referensdata (regioner?); deras värden används inte`,
  unknownGroups: (ids: readonly string[]) =>
    `grupperna ${listSome(ids)} är inga kommungrupper i referensdata; deras värden används inte`,
  noNational: (year: number) => `svaren saknar värden för riket (0000) ${year}; jämförelser med riket utelämnas`,
  computedGroups: () =>
    "svaren saknar Koladas gruppvärden (G…): kommungruppernas värden räknades fram som ovägt medel av kommunerna i svaren",
  indicatorWithoutValues: (kpi: string, id: string, year: number) => `${kpi} (${id}) har inga värden för ${year}`,
  conflict: (kpi: string, code: string, year: number, a: number, b: number) =>
    `${kpi} för ${code} ${year} förekommer med två olika värden (${formatNum(a)} och ${formatNum(b)}); det senare används`,
} as const;

function formatNum(n: number): string {
  return String(n).replace(".", ",");
}

function listSome(items: readonly string[], max = 8): string {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} och ${items.length - max} till`;
}

interface Cell {
  value: number;
  count: number | null;
}

/** Collected T values: kpi → unit (municipality or group id) → year → cell. */
type Cube = Map<string, Map<string, Map<number, Cell>>>;

export function importKolada(sources: readonly KoladaSource[], opts: ImportOptions): ImportResult {
  const { mapping, reference } = opts;
  const messages: Message[] = [];
  const warn = (ruleId: string, reason: string, file?: string): void => {
    messages.push({ ruleId, severity: "warning", reason, ...(file !== undefined ? { file } : {}) });
  };
  const fail = (ruleId: string, reason: string, extra: Partial<Message> = {}): ImportResult => {
    messages.push({ ruleId, severity: "error", reason, ...extra });
    return { messages: sortMessages(messages) };
  };

  const byKpi = new Map(mapping.indicators.map((i) => [i.kolada, i]));
  const kpis = mapping.indicators.map((i) => i.kolada);

  // 1. Collect the T values.
  const cube: Cube = new Map();
  const unmapped = new Set<string>();
  const dropped = { deleted: 0, nullValues: 0, otherGender: 0 };
  const conflicts = new Set<string>();
  for (const src of sources) {
    for (const item of src.page.items) {
      if (!byKpi.has(item.kpi)) {
        unmapped.add(item.kpi);
        continue;
      }
      const year = Number(item.period);
      let cell: Cell | undefined;
      for (const v of item.values) {
        if ((v.gender ?? "T") !== "T") {
          dropped.otherGender += 1;
          continue;
        }
        if (v.isdeleted === true) {
          dropped.deleted += 1;
          continue;
        }
        if (typeof v.value !== "number" || !Number.isFinite(v.value)) {
          dropped.nullValues += 1;
          continue;
        }
        cell ??= { value: v.value, count: typeof v.count === "number" ? v.count : null };
      }
      if (!cell) continue;
      const byUnit = getOrSet(cube, item.kpi, () => new Map<string, Map<number, Cell>>());
      const byYear = getOrSet(byUnit, item.municipality, () => new Map<number, Cell>());
      const before = byYear.get(year);
      if (before && before.value !== cell.value) {
        const key = `${item.kpi}|${item.municipality}|${year}`;
        if (!conflicts.has(key)) {
          conflicts.add(key);
          warn("kolada-conflict", importReasons.conflict(item.kpi, item.municipality, year, before.value, cell.value), src.label);
        }
      }
      byYear.set(year, cell);
    }
  }
  if (unmapped.size > 0) warn("kolada-unmapped", importReasons.unmappedKpis([...unmapped].sort()));

  const value = (kpi: string, unit: string, year: number): Cell | undefined => cube.get(kpi)?.get(unit)?.get(year);
  const units = new Set<string>();
  for (const byUnit of cube.values()) for (const u of byUnit.keys()) units.add(u);

  const unknownCodes = [...units].filter((u) => /^\d{4}$/.test(u) && u !== NATIONAL_CODE && !reference.municipalities.has(u)).sort();
  if (unknownCodes.length > 0) warn("kolada-unknown-code", importReasons.unknownCodes(unknownCodes));
  const unknownGroups = [...units].filter((u) => u.startsWith("G") && !reference.groupsByKolada.has(u)).sort();
  if (unknownGroups.length > 0) warn("kolada-unknown-group", importReasons.unknownGroups(unknownGroups));
  const municipalCodes = [...units].filter((u) => reference.municipalities.has(u)).sort();

  // 2. The survey year and the previous year.
  const yearsWithValues = new Set<number>();
  for (const kpi of kpis) {
    for (const code of municipalCodes) for (const y of cube.get(kpi)?.get(code)?.keys() ?? []) yearsWithValues.add(y);
  }
  const inRange = (y: number): boolean => (opts.from === undefined || y >= opts.from) && (opts.years?.includes(y) ?? true);
  const present = [...yearsWithValues].filter((y) => y === opts.year || inRange(y)).sort((a, b) => a - b);
  if (present.length === 0) return fail("kolada-no-values", importReasons.noValues(kpis));
  const year = opts.year ?? (present[present.length - 1] as number);
  if (!yearsWithValues.has(year)) return fail("kolada-year-missing", importReasons.yearMissing(year, present));
  const previous = year - 1;
  // The measurement period: --period, then years.<Y>, then survey (checked
  // early: without it there is no dataset, whatever else the responses hold).
  const yearFacts = mapping.years?.[String(year)];
  const period = resolvePeriod(mapping, year, opts.period);
  if (!period) {
    messages.push(periodMissing(year, opts));
    return { messages: sortMessages(messages) };
  }

  const resultsFor = (unit: string, years: readonly number[]): Results => {
    const out: Results = {};
    for (const y of years) {
      const row: Record<string, number | null> = {};
      for (const ind of mapping.indicators) {
        const c = value(ind.kolada, unit, y);
        if (c) row[ind.id] = c.value;
      }
      if (Object.keys(row).length > 0) out[String(y)] = row;
    }
    return out;
  };
  const years = [...new Set([year, previous, ...present.filter((y) => y < year)])];

  // 3. Municipalities with at least one value in the survey year.
  const inYear = municipalCodes.filter((code) => kpis.some((k) => value(k, code, year) !== undefined));

  // 4. Groups: Kolada's G values, else computed from the members in the responses.
  const groupsOut: Group[] = [];
  let computed = false;
  const usedGroups = [...new Set(inYear.map((c) => reference.municipalities.get(c)?.groupCode ?? ""))].filter((g) => g !== "").sort();
  for (const code of usedGroups) {
    const g = reference.groupsByCode.get(code);
    if (!g) continue;
    let results = resultsFor(g.koladaGroup, years);
    if (Object.keys(results).length === 0) {
      const members = municipalCodes.filter((c) => reference.municipalities.get(c)?.groupCode === code);
      results = {};
      for (const y of years) {
        const row: Record<string, number | null> = {};
        for (const ind of mapping.indicators) {
          const vals = members.flatMap((c) => {
            const cell = value(ind.kolada, c, y);
            return cell ? [cell.value] : [];
          });
          if (vals.length >= MIN_GROUP_MEMBERS) row[ind.id] = round1(vals.reduce((a, b) => a + b, 0) / vals.length);
        }
        if (Object.keys(row).length > 0) results[String(y)] = row;
      }
      if (Object.keys(results).length > 0) computed = true;
    }
    if (Object.keys(results).length > 0) groupsOut.push({ id: g.code, name: g.name, results });
  }
  if (computed) warn("kolada-computed-groups", importReasons.computedGroups());
  const groupIds = new Set(groupsOut.map((g) => g.id));

  const municipalities: Municipality[] = inYear.map((code) => {
    const ref = reference.municipalities.get(code);
    if (!ref) throw new Error(`internal: ${code} saknas i referensdata`);
    return {
      code,
      name: ref.name,
      officialName: ref.officialName,
      ...(groupIds.has(ref.groupCode) ? { group: ref.groupCode } : {}),
      results: resultsFor(code, years),
    };
  });

  // 5. Riket.
  const nationalResults = resultsFor(NATIONAL_CODE, years);
  if (nationalResults[String(year)] === undefined) warn("kolada-no-national", importReasons.noNational(year));

  // 6. Survey facts.
  const participants =
    yearFacts?.participants ?? mapping.survey.participants ?? participantsFromGroups(cube, kpis, reference, year) ?? inYear.length;

  for (const ind of mapping.indicators) {
    if (!inYear.some((c) => value(ind.kolada, c, year) !== undefined)) {
      warn("kolada-indicator-empty", importReasons.indicatorWithoutValues(ind.kolada, ind.id, year));
    }
  }

  const s = mapping.survey;
  const survey: Dataset["survey"] = {
    name: s.name,
    ...(s.shortName !== undefined ? { shortName: s.shortName } : {}),
    publisher: s.publisher,
    year,
    period,
    searches: yearFacts?.searches ?? s.searches,
    participants: Math.max(participants, 1),
    method: s.method,
    questionAreas: s.questionAreas,
    ...(s.conductedBy !== undefined ? { conductedBy: s.conductedBy } : {}),
    source: s.source ?? DEFAULT_SOURCE,
  };
  const indicators: Indicator[] = mapping.indicators.map((i) => ({ ...i }));
  const candidate = {
    survey,
    thresholds: mapping.thresholds,
    indicators,
    ...(nationalResults[String(year)] !== undefined
      ? { national: { name: mapping.national?.name ?? "Riket", results: nationalResults } }
      : {}),
    ...(groupsOut.length > 0 ? { groups: groupsOut } : {}),
    municipalities,
  };
  const previousPresent = [
    ...municipalities.map((m) => m.results),
    nationalResults,
    ...groupsOut.map((g) => g.results),
  ].some((r) => r[String(previous)] !== undefined);

  const summary: ImportSummary = {
    year,
    previousYear: previousPresent ? previous : null,
    municipalities: municipalities.length,
    indicators: indicators.length,
    national: candidate.national !== undefined,
    groups: groupsOut.length,
    groupsComputed: computed,
    participants: survey.participants,
    dropped,
  };

  // 7. The YAML, validated like any data file (only errors count here: the
  //    warnings, e.g. "no quote", are for the user's next step).
  const yaml = datasetYaml(candidate, header(sources, opts, summary));
  const outputName = opts.outputName ?? "(utdata)";
  const validated = validateDataset(parseSource(yaml, outputName, "yaml"));
  const errors = validated.messages.filter((m) => m.severity === "error");
  if (errors.length > 0 || !validated.dataset) {
    messages.push(...errors);
    return { messages: sortMessages(messages) };
  }
  const sorted = sortMessages(messages);
  if (hasErrors(sorted)) return { messages: sorted };
  return { dataset: validated.dataset, yaml, messages: sorted, summary };
}

/** The measurement period for `year`: the override (--period), then years.<year>, then survey. */
export function resolvePeriod(mapping: Mapping, year: number, override?: Period): Period | undefined {
  return override ?? mapping.years?.[String(year)]?.period ?? mapping.survey.period;
}

/** The error for a year without a period, at the mapping's survey.period (or survey) when positions are known. */
export function periodMissing(year: number, opts: Pick<ImportOptions, "mappingFile" | "locateMapping">): Message {
  const position = opts.locateMapping?.(["survey", "period"], "key");
  return {
    ruleId: "period-missing",
    severity: "error",
    reason: importReasons.periodMissing(year),
    file: opts.mappingFile,
    path: "survey.period",
    ...(position ? { position } : {}),
  };
}

/**
 * The number of municipalities with values in `year`, from the kommungrupp
 * values' `count` (how many members contributed), summed over the groups:
 * right even when the responses hold only a few municipalities. The largest
 * sum over the KPIs; undefined without group counts.
 */
function participantsFromGroups(cube: Cube, kpis: readonly string[], reference: Reference, year: number): number | undefined {
  let best: number | undefined;
  for (const kpi of kpis) {
    let sum = 0;
    let any = false;
    for (const g of reference.groupsByKolada.keys()) {
      const cell = cube.get(kpi)?.get(g)?.get(year);
      if (cell?.count != null) {
        sum += cell.count;
        any = true;
      }
    }
    if (any && (best === undefined || sum > best)) best = sum;
  }
  return best;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

// ---------------------------------------------------------------------------
// Output

function header(sources: readonly KoladaSource[], opts: ImportOptions, s: ImportSummary): string {
  const lines = [
    `Skapad med kommunpress ${opts.command ?? "import kolada"} ur Koladas öppna data.`,
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
  lines.push(`Mappning: ${opts.mappingFile}`);
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
