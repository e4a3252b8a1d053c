// Kolada responses → a kommunpress dataset. Pure: parsed pages, the mapping
// and the reference data in; a dataset, its YAML text and messages out.
//
// Rules (../../shared/reference/KOLADA.md):
// - gender T only; deleted rows and null values are dropped (a null value
//   that leaves a hole in the dataset with a warning naming it);
// - municipality 0000 is riket (`national`);
// - municipalities, official names and kommungrupp come from the reference
//   data; a code that is neither 0000 nor a municipality there is skipped;
// - group values come from Kolada's kommungrupp ids (G…) when the responses
//   hold them, otherwise they are the unweighted mean of the members in the
//   responses (Kolada's own rule), rounded to one decimal;
// - the survey year is --year or the latest year with values; the previous
//   year is included when present, and so is every earlier year (within
//   --from / --years when given): the history of streaks and records.
//
// The steps, each in its own function and testable alone:
//   collectValues (cube.ts)  responses → cube of T values, dropped counts, warnings
//   classifyUnits, chooseYear (cube.ts)  municipalities in the cube, the survey year
//   buildDatasetParts (here, with build.ts)  municipalities, riket, groups, participants
//   assembleDataset (here)  the dataset candidate and the summary
//   finishImport (here, with import-yaml.ts)  YAML, validated like any data file
import { messageFor, type MessageId, type ParamsOf } from "../catalogue.js";
import { parseSource } from "../load/source.js";
import { hasErrors, sortMessages, type Message, type Position } from "../messages.js";
import type { Dataset, Group, Indicator, Municipality, Period, Results } from "../schema.js";
import { validateDataset } from "../validate/validate.js";
import {
  buildGroups,
  buildMunicipalities,
  buildNational,
  buildSurvey,
  emptyIndicatorWarnings,
  municipalitiesInYear,
  participantsFromGroups,
} from "./build.js";
import { chooseYear, classifyUnits, collectValues, nullValueWarnings, unitWarnings, yearsWithValues, type Collected, type Dropped, type Units } from "./cube.js";
import type { KoladaSource } from "./format.js";
import { datasetYaml, header } from "./import-yaml.js";
import type { Mapping } from "./mapping.js";
import type { Reference } from "./reference.js";

export { DEFAULT_SOURCE, MIN_GROUP_MEMBERS } from "./build.js";
export { NATIONAL_CODE } from "./cube.js";
export type { KoladaSource } from "./format.js";
export { datasetYaml } from "./import-yaml.js";

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
  dropped: Dropped;
}

export interface ImportResult {
  dataset?: Dataset;
  /** The dataset as YAML, with a header comment (only when there are no errors). */
  yaml?: string;
  messages: Message[];
  summary?: ImportSummary;
}

export function importKolada(sources: readonly KoladaSource[], opts: ImportOptions): ImportResult {
  const { mapping, reference } = opts;
  const kpis = mapping.indicators.map((i) => i.kolada);

  // 1. The T values, and which units are municipalities.
  const collected = collectValues(sources, new Set(kpis));
  const units = classifyUnits(collected.cube, reference);
  const messages: Message[] = [...collected.messages, ...unitWarnings(collected.unmapped, units)];

  // 2. The survey year, then the measurement period (checked early: without
  //    it there is no dataset, whatever else the responses hold).
  const inRange = (y: number): boolean => (opts.from === undefined || y >= opts.from) && (opts.years?.includes(y) ?? true);
  const present = yearsWithValues(collected.cube, kpis, units.municipalCodes).filter((y) => y === opts.year || inRange(y));
  const chosen = chooseYear(present, kpis, opts.year);
  if ("error" in chosen) return { messages: sortMessages([...messages, chosen.error]) };
  const { year } = chosen;
  // The survey year, the year before, and every earlier year kept: the history.
  const years = [...new Set([year, year - 1, ...present.filter((y) => y < year)])];
  const period = resolvePeriod(mapping, year, opts.period);
  if (!period) return { messages: sortMessages([...messages, periodMissing(year, opts)]) };

  // 3. Municipalities, riket and kommungrupper (and the null values that left holes in them).
  const built = buildDatasetParts(collected, units, mapping, reference, year, years);
  messages.push(...nullValueWarnings(collected.nulls, collected.cube, reference, [year, year - 1]), ...built.messages);

  // 4. The dataset and the summary; 5. the YAML, validated.
  const { candidate, summary } = assembleDataset(mapping, { ...built.parts, period, dropped: collected.dropped });
  const yaml = datasetYaml(candidate, header(sources, opts.mappingFile, opts.command, summary));
  return finishImport(yaml, summary, messages, opts.outputName);
}

/** The parts of the dataset that come from the values (everything but the survey period). */
export interface DatasetParts {
  year: number;
  period: Period;
  municipalities: Municipality[];
  /** Riket's results; empty when the responses have none. */
  national: Results;
  groups: Group[];
  groupsComputed: boolean;
  participants: number;
  dropped: Dropped;
}

/** Step 3: municipalities with a value in `year`, riket, kommungrupper and participants, with their warnings. */
export function buildDatasetParts(
  collected: Pick<Collected, "cube">,
  units: Pick<Units, "municipalCodes">,
  mapping: Mapping,
  reference: Reference,
  year: number,
  years: readonly number[] = [year, year - 1],
): { parts: Omit<DatasetParts, "period" | "dropped">; messages: Message[] } {
  const { cube } = collected;
  const indicators = mapping.indicators;
  const kpis = indicators.map((i) => i.kolada);
  const messages: Message[] = [];
  const warn = <K extends MessageId>(id: K, ...params: ParamsOf<K>): void => void messages.push(messageFor(id, {}, ...params));

  const inYear = municipalitiesInYear(cube, indicators, units.municipalCodes, year);
  const { groups, computed } = buildGroups(cube, indicators, reference, { inYear, municipalCodes: units.municipalCodes, years });
  if (computed) warn("kolada-computed-groups");
  const groupIds = new Set(groups.map((g) => g.id));
  const municipalities = buildMunicipalities(cube, indicators, reference, inYear, groupIds, years);
  const national = buildNational(cube, indicators, years);
  if (national[String(year)] === undefined) warn("kolada-no-national", year);

  const yearFacts = mapping.years?.[String(year)];
  const participants =
    yearFacts?.participants ?? mapping.survey.participants ?? participantsFromGroups(cube, kpis, reference, year) ?? inYear.length;
  messages.push(...emptyIndicatorWarnings(cube, indicators, inYear, year));
  return { parts: { year, municipalities, national, groups, groupsComputed: computed, participants }, messages };
}

/** The dataset before validation, in the data contract's key order. */
export interface DatasetCandidate extends Record<string, unknown> {
  survey: Dataset["survey"];
  thresholds: Mapping["thresholds"];
  indicators: Indicator[];
  national?: { name: string; results: Results };
  groups?: Group[];
  municipalities: Municipality[];
}

/** Step 4: the dataset candidate (survey facts from the mapping) and the summary of what it holds. */
export function assembleDataset(mapping: Mapping, parts: DatasetParts): { candidate: DatasetCandidate; summary: ImportSummary } {
  const { year, national, groups, municipalities } = parts;
  const previous = year - 1;
  const survey = buildSurvey(mapping, year, parts.period, parts.participants);
  const indicators: Indicator[] = mapping.indicators.map((i) => ({ ...i }));
  const hasNational = national[String(year)] !== undefined;
  const candidate: DatasetCandidate = {
    survey,
    thresholds: mapping.thresholds,
    indicators,
    ...(hasNational ? { national: { name: mapping.national?.name ?? "Riket", results: national } } : {}),
    ...(groups.length > 0 ? { groups } : {}),
    municipalities,
  };
  const previousPresent = [...municipalities.map((m) => m.results), national, ...groups.map((g) => g.results)].some(
    (r) => r[String(previous)] !== undefined,
  );
  const summary: ImportSummary = {
    year,
    previousYear: previousPresent ? previous : null,
    municipalities: municipalities.length,
    indicators: indicators.length,
    national: hasNational,
    groups: groups.length,
    groupsComputed: parts.groupsComputed,
    participants: survey.participants,
    dropped: parts.dropped,
  };
  return { candidate, summary };
}

/**
 * Step 5: the YAML validated like any data file (only errors count here: the
 * warnings, e.g. "no quote", are for the user's next step). The dataset only
 * when neither the import nor the validation found an error.
 */
export function finishImport(yaml: string, summary: ImportSummary, messages: readonly Message[], outputName = "(utdata)"): ImportResult {
  const validated = validateDataset(parseSource(yaml, outputName, "yaml"));
  const errors = validated.messages.filter((m) => m.severity === "error");
  if (errors.length > 0 || !validated.dataset) return { messages: sortMessages([...messages, ...errors]) };
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
  return messageFor("period-missing", { file: opts.mappingFile, path: "survey.period", position }, year);
}
