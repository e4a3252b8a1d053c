// Steps 2–4 of the Kolada import: the cube's values mapped to the mapping's
// indicators and years, and the parts of the dataset built from them —
// municipalities, riket, kommungrupper and the survey facts. Pure.
import type { Message } from "../messages.js";
import type { Dataset, Group, Municipality, Period, Results } from "../schema.js";
import { cellAt, NATIONAL_CODE, type Cube } from "./cube.js";
import { messageFor } from "../catalogue.js";
import type { Mapping, MappingIndicator } from "./mapping.js";
import type { Reference } from "./reference.js";

export const DEFAULT_SOURCE = "Kolada (RKA), CC BY 4.0";
/** A computed group value needs at least this many members with values. */
export const MIN_GROUP_MEMBERS = 3;

type Indicators = readonly Pick<MappingIndicator, "id" | "kolada">[];

/** One unit's values as dataset results: year → indicator id → value; years without values left out. */
export function resultsFor(cube: Cube, indicators: Indicators, unit: string, years: readonly number[]): Results {
  const out: Results = {};
  for (const y of years) {
    const row: Record<string, number | null> = {};
    for (const ind of indicators) {
      const c = cellAt(cube, ind.kolada, unit, y);
      if (c) row[ind.id] = c.value;
    }
    if (Object.keys(row).length > 0) out[String(y)] = row;
  }
  return out;
}

/** The codes with at least one value for the indicators in `year`. */
export function municipalitiesInYear(cube: Cube, indicators: Indicators, codes: readonly string[], year: number): string[] {
  return codes.filter((code) => indicators.some((i) => cellAt(cube, i.kolada, code, year) !== undefined));
}

/** The unweighted mean of the members' values (one decimal), where at least MIN_GROUP_MEMBERS have one. */
export function computedGroupResults(cube: Cube, indicators: Indicators, members: readonly string[], years: readonly number[]): Results {
  const results: Results = {};
  for (const y of years) {
    const row: Record<string, number | null> = {};
    for (const ind of indicators) {
      const vals = members.flatMap((c) => {
        const cell = cellAt(cube, ind.kolada, c, y);
        return cell ? [cell.value] : [];
      });
      if (vals.length >= MIN_GROUP_MEMBERS) row[ind.id] = round1(vals.reduce((a, b) => a + b, 0) / vals.length);
    }
    if (Object.keys(row).length > 0) results[String(y)] = row;
  }
  return results;
}

export interface GroupsInput {
  /** Municipalities in the dataset: their kommungrupper are the groups. */
  inYear: readonly string[];
  /** Every municipality in the responses (members for computed values). */
  municipalCodes: readonly string[];
  years: readonly number[];
}

/** Kommungrupper: Kolada's G values, else computed from the members in the responses. */
export function buildGroups(cube: Cube, indicators: Indicators, reference: Reference, input: GroupsInput): { groups: Group[]; computed: boolean } {
  const groups: Group[] = [];
  let computed = false;
  const used = [...new Set(input.inYear.map((c) => reference.municipalities.get(c)?.groupCode ?? ""))].filter((g) => g !== "").sort();
  for (const code of used) {
    const g = reference.groupsByCode.get(code);
    if (!g) continue;
    let results = resultsFor(cube, indicators, g.koladaGroup, input.years);
    if (Object.keys(results).length === 0) {
      const members = input.municipalCodes.filter((c) => reference.municipalities.get(c)?.groupCode === code);
      results = computedGroupResults(cube, indicators, members, input.years);
      if (Object.keys(results).length > 0) computed = true;
    }
    if (Object.keys(results).length > 0) groups.push({ id: g.code, name: g.name, results });
  }
  return { groups, computed };
}

/** The municipalities, names and kommungrupp from the reference data (the group only when it is in the dataset). */
export function buildMunicipalities(
  cube: Cube,
  indicators: Indicators,
  reference: Reference,
  codes: readonly string[],
  groupIds: ReadonlySet<string>,
  years: readonly number[],
): Municipality[] {
  return codes.map((code) => {
    const ref = reference.municipalities.get(code);
    if (!ref) throw new Error(`internal: ${code} saknas i referensdata`);
    return {
      code,
      name: ref.name,
      officialName: ref.officialName,
      ...(groupIds.has(ref.groupCode) ? { group: ref.groupCode } : {}),
      results: resultsFor(cube, indicators, code, years),
    };
  });
}

/** Riket's results (Kolada 0000). */
export function buildNational(cube: Cube, indicators: Indicators, years: readonly number[]): Results {
  return resultsFor(cube, indicators, NATIONAL_CODE, years);
}

/**
 * The number of municipalities with values in `year`, from the kommungrupp
 * values' `count` (how many members contributed), summed over the groups:
 * right even when the responses hold only a few municipalities. The largest
 * sum over the KPIs; undefined without group counts.
 */
export function participantsFromGroups(cube: Cube, kpis: readonly string[], reference: Reference, year: number): number | undefined {
  let best: number | undefined;
  for (const kpi of kpis) {
    let sum = 0;
    let any = false;
    for (const g of reference.groupsByKolada.keys()) {
      const cell = cellAt(cube, kpi, g, year);
      if (cell?.count != null) {
        sum += cell.count;
        any = true;
      }
    }
    if (any && (best === undefined || sum > best)) best = sum;
  }
  return best;
}

/** The survey facts: the mapping's, years.<year> first, with the year, period and participants. */
export function buildSurvey(mapping: Mapping, year: number, period: Period, participants: number): Dataset["survey"] {
  const s = mapping.survey;
  const yearFacts = mapping.years?.[String(year)];
  return {
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
}

/** A warning per indicator that no municipality in the dataset has a value for in `year`. */
export function emptyIndicatorWarnings(cube: Cube, indicators: Indicators, codes: readonly string[], year: number): Message[] {
  return indicators
    .filter((ind) => !codes.some((c) => cellAt(cube, ind.kolada, c, year) !== undefined))
    .map((ind) => messageFor("kolada-indicator-empty", {}, ind.kolada, ind.id, year));
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
