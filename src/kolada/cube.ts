// Step 1 of the Kolada import: the responses' values, gender T only, in a
// cube kpi → unit (municipality or group id) → year → cell, with the
// warnings found on the way. Then questions about the cube: which units are
// municipalities, which years have values. Pure.
import type { Message } from "../messages.js";
import type { KoladaSource, KoladaValue } from "./format.js";
import { messageFor, type MessageId, type ParamsOf } from "../catalogue.js";
import type { Reference } from "./reference.js";

export const NATIONAL_CODE = "0000";

export interface Cell {
  value: number;
  count: number | null;
}

/** Collected T values: kpi → unit (municipality or group id) → year → cell. */
export type Cube = Map<string, Map<string, Map<number, Cell>>>;

/** Values that were left out, by reason. */
export interface Dropped {
  deleted: number;
  nullValues: number;
  otherGender: number;
}

/** An item whose total (T) value is null, and the response it is in. */
export interface NullValue {
  kpi: string;
  unit: string;
  year: number;
  file: string;
}

export interface Collected {
  cube: Cube;
  /** Mapped items with a null T value and no other T value, in response order. */
  nulls: NullValue[];
  /** KPIs in the responses that the mapping does not have, sorted. */
  unmapped: string[];
  dropped: Dropped;
  /** Warnings: values that occur twice with different numbers. */
  messages: Message[];
}

export function emptyDropped(): Dropped {
  return { deleted: 0, nullValues: 0, otherGender: 0 };
}

/**
 * The total (gender T) value of one item: the first T row that is not
 * deleted and has a number. Rows left out are counted in `dropped`.
 */
export function totalCell(values: readonly KoladaValue[], dropped: Dropped): Cell | undefined {
  let cell: Cell | undefined;
  for (const v of values) {
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
  return cell;
}

/** Every T value of the mapped KPIs; a later value for the same cell wins (with a warning). */
export function collectValues(sources: readonly KoladaSource[], kpis: ReadonlySet<string>): Collected {
  const cube: Cube = new Map();
  const unmapped = new Set<string>();
  const dropped = emptyDropped();
  const messages: Message[] = [];
  const conflicts = new Set<string>();
  const nulls: NullValue[] = [];
  for (const src of sources) {
    for (const item of src.page.items) {
      if (!kpis.has(item.kpi)) {
        unmapped.add(item.kpi);
        continue;
      }
      const year = Number(item.period);
      const nullsBefore = dropped.nullValues;
      const cell = totalCell(item.values, dropped);
      if (!cell) {
        if (dropped.nullValues > nullsBefore) nulls.push({ kpi: item.kpi, unit: item.municipality, year, file: src.label });
        continue;
      }
      const byUnit = getOrSet(cube, item.kpi, () => new Map<string, Map<number, Cell>>());
      const byYear = getOrSet(byUnit, item.municipality, () => new Map<number, Cell>());
      const before = byYear.get(year);
      const key = `${item.kpi}|${item.municipality}|${year}`;
      if (before && before.value !== cell.value && !conflicts.has(key)) {
        conflicts.add(key);
        messages.push(messageFor("kolada-conflict", { file: src.label }, item.kpi, item.municipality, year, before.value, cell.value));
      }
      byYear.set(year, cell);
    }
  }
  return { cube, nulls, unmapped: [...unmapped].sort(), dropped, messages };
}

export function cellAt(cube: Cube, kpi: string, unit: string, year: number): Cell | undefined {
  return cube.get(kpi)?.get(unit)?.get(year);
}

export interface Units {
  /** Units that are municipalities in the reference data, sorted. */
  municipalCodes: string[];
  /** Four-digit codes that are neither riket nor a municipality (regions), sorted. */
  unknownCodes: string[];
  /** G… ids that are not kommungrupper in the reference data, sorted. */
  unknownGroups: string[];
}

/** Sorts the cube's units into municipalities and the unknown codes and groups. */
export function classifyUnits(cube: Cube, reference: Reference): Units {
  const units = new Set<string>();
  for (const byUnit of cube.values()) for (const u of byUnit.keys()) units.add(u);
  const all = [...units].sort();
  return {
    municipalCodes: all.filter((u) => reference.municipalities.has(u)),
    unknownCodes: all.filter((u) => /^\d{4}$/.test(u) && u !== NATIONAL_CODE && !reference.municipalities.has(u)),
    unknownGroups: all.filter((u) => u.startsWith("G") && !reference.groupsByKolada.has(u)),
  };
}

/** The warnings about unmapped KPIs and unknown codes and groups, in that order. */
export function unitWarnings(unmapped: readonly string[], units: Units): Message[] {
  const out: Message[] = [];
  const warn = <K extends MessageId>(id: K, ...params: ParamsOf<K>): void => void out.push(messageFor(id, {}, ...params));
  if (unmapped.length > 0) warn("kolada-unmapped", unmapped);
  if (units.unknownCodes.length > 0) warn("kolada-unknown-code", units.unknownCodes);
  if (units.unknownGroups.length > 0) warn("kolada-unknown-group", units.unknownGroups);
  return out;
}

/** The years in which any of `codes` has a value for any of `kpis`, ascending. */
export function yearsWithValues(cube: Cube, kpis: readonly string[], codes: readonly string[]): number[] {
  const years = new Set<number>();
  for (const kpi of kpis) {
    for (const code of codes) for (const y of cube.get(kpi)?.get(code)?.keys() ?? []) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** At most this many null-value warnings per response; the rest are counted in one more. */
export const MAX_NULL_WARNINGS_PER_FILE = 10;

/**
 * A warning for every null value that leaves a hole in the dataset: in one of
 * `years`, for a municipality in the reference data, riket or a kommungrupp,
 * and with no value for the same cell in another response. At most
 * MAX_NULL_WARNINGS_PER_FILE per response, then one that counts the rest.
 */
export function nullValueWarnings(nulls: readonly NullValue[], cube: Cube, reference: Reference, years: readonly number[]): Message[] {
  const perFile = new Map<string, number>();
  const messages: Message[] = [];
  const seen = new Set<string>();
  for (const n of nulls) {
    const name = unitName(n.unit, reference);
    const key = `${n.kpi}|${n.unit}|${n.year}`;
    if (name === undefined || !years.includes(n.year) || cellAt(cube, n.kpi, n.unit, n.year) || seen.has(key)) continue;
    seen.add(key);
    const count = (perFile.get(n.file) ?? 0) + 1;
    perFile.set(n.file, count);
    if (count <= MAX_NULL_WARNINGS_PER_FILE) {
      messages.push(messageFor("kolada-null-value", { file: n.file }, n.kpi, name, n.year));
    }
  }
  for (const [file, count] of perFile) {
    if (count > MAX_NULL_WARNINGS_PER_FILE) {
      messages.push(messageFor("kolada-null-value/more", { file }, count - MAX_NULL_WARNINGS_PER_FILE));
    }
  }
  return messages;
}

/** "Vallentuna (0115)", "riket (0000)", "Storstäder (G92786)"; undefined for a unit the import does not use. */
function unitName(unit: string, reference: Reference): string | undefined {
  if (unit === NATIONAL_CODE) return `riket (${unit})`;
  const name = reference.municipalities.get(unit)?.name ?? reference.groupsByKolada.get(unit)?.name;
  return name !== undefined ? `${name} (${unit})` : undefined;
}

/** The survey year: `requested` when it has values, else the latest; an error when there is none. */
export function chooseYear(
  present: readonly number[],
  kpis: readonly string[],
  requested?: number,
): { year: number } | { error: Message } {
  const latest = present[present.length - 1];
  if (latest === undefined) return { error: messageFor("kolada-no-values", {}, kpis) };
  const year = requested ?? latest;
  if (!present.includes(year)) {
    return { error: messageFor("kolada-year-missing", {}, year, present) };
  }
  return { year };
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}
