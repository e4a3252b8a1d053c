// render html, national summary: per indicator, how the municipalities'
// results are spread (a histogram of values in bins, as inline SVG with a
// Swedish text alternative and the same numbers as a table) and a table of
// the best and weakest municipalities. Pure: same input, same bytes.
import type { MunicipalityValue } from "../analyse/national.js";
import type { Unit } from "../schema.js";
import { alikeCounts } from "../phrase/national-words.js";
import { countPhrase, formatNumber, formatYear } from "../phrase/swedish.js";
import { formatChartValue, type ChartFigure, type FigureTable } from "./chart.js";
import { escapeHtmlNumeric } from "./escape.js";

export interface Bin {
  from: number;
  to: number;
  /** The last bin includes `to` (100 for shares and indices). */
  inclusive: boolean;
  count: number;
  /** `80–89`, `90–100`, `3`, or `2,5 till under 5` (non-integer data). */
  label: string;
}

const PERCENT_WIDTH = 10;
const MAX_BINS = 12;

function niceWidth(span: number): number {
  for (let exp = -2; exp < 12; exp++) {
    for (const m of [1, 2, 5]) {
      const w = m * 10 ** exp;
      if (span / w <= MAX_BINS) return w;
    }
  }
  return 10 ** 12;
}

const fix = (x: number): number => Math.round(x * 1e9) / 1e9;

/**
 * Equal-width bins over the values: tens for shares and indices (0–100, the
 * top bin including 100), otherwise a round width (1, 2, 5, 10 …) that gives
 * at most twelve bins. Bins run from the lowest to the highest value's bin;
 * empty bins in between are kept.
 */
export function histogramBins(values: readonly number[], unit: Unit): Bin[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const bounded = unit === "percent" || unit === "index";
  const width = bounded ? PERCENT_WIDTH : niceWidth(Math.max(max - Math.floor(min), 1));
  const start = fix(Math.floor(min / width) * width);
  let end = fix((Math.floor(max / width) + 1) * width);
  if (bounded) end = Math.min(end, 100);
  if (end <= start) end = fix(start + width);
  const integers = values.every((v) => Number.isInteger(v)) && Number.isInteger(width);
  const bins: Bin[] = [];
  for (let from = start; from < end - 1e-9; from = fix(from + width)) {
    const to = fix(Math.min(from + width, end));
    const inclusive = fix(to) === fix(end) && bounded && to === 100;
    const count = values.filter((v) => v >= from - 1e-9 && (inclusive ? v <= to + 1e-9 : v < to - 1e-9)).length;
    let label: string;
    if (integers) {
      const last = inclusive ? to : to - 1;
      label = last === from ? formatNumber(from) : `${formatNumber(from)}\u2013${formatNumber(last)}`;
    } else {
      label = inclusive ? `${formatNumber(from)}\u2013${formatNumber(to)}` : `${formatNumber(from)} till under ${formatNumber(to)}`;
    }
    bins.push({ from, to, inclusive, count, label });
  }
  return bins;
}

/** The unit as a word after a bin label: `80–89 procent`, `2–3 timmar`. */
function unitWord(unit: Unit): string {
  switch (unit) {
    case "percent":
      return "procent";
    case "index":
      return "(index)";
    case "hours":
      return "timmar";
    case "minutes":
      return "minuter";
    case "seconds":
      return "sekunder";
    case "count":
      return "";
  }
}

function binText(b: Bin, unit: Unit): string {
  const w = unitWord(unit);
  return w === "" ? b.label : `${b.label} ${w}`;
}

export interface DistributionInput {
  /** Unique, deterministic id prefix, e.g. "riket-1". */
  id: string;
  label: string;
  unit: Unit;
  better: "higher" | "lower";
  year: number;
  /** Every municipality with a value, best first, with positions. */
  values: readonly MunicipalityValue[];
  /** How many municipalities each end of the top/bottom table shows at least (ties extend it). */
  top?: number;
}

const WIDTH = 500;
const ROW = 21;
const BAR_H = 14;

const num = (n: number): string => String(Math.round(n * 10) / 10);

function title(input: DistributionInput): string {
  return input.better === "lower" ? `${input.label} (lägre är bättre)` : input.label;
}

function histogramSvg(input: DistributionInput, bins: readonly Bin[], nameId: string, description: string): string {
  const max = Math.max(1, ...bins.map((b) => b.count));
  // Room for the longest label (about 7 units a character at 13 px).
  const longest = Math.max(...bins.map((b) => binText(b, input.unit).length));
  const LABEL_RIGHT = Math.min(220, Math.max(60, 8 + longest * 7));
  const BAR_X = LABEL_RIGHT + 8;
  const BAR_MAX = WIDTH - BAR_X - 50;
  const parts: string[] = [];
  let y = 4;
  for (const b of bins) {
    const w = (b.count / max) * BAR_MAX;
    const mid = y + ROW / 2;
    parts.push(
      `<text class="diagram-etikett" x="${LABEL_RIGHT}" y="${num(mid + 4.5)}" text-anchor="end">${escapeHtmlNumeric(binText(b, input.unit))}</text>`,
    );
    if (b.count > 0) {
      parts.push(
        `<rect x="${BAR_X + 0.5}" y="${num(mid - BAR_H / 2 + 0.5)}" width="${num(Math.max(w - 1, 1))}" height="${BAR_H - 1}" fill="#1f4e79" stroke="#1f4e79" stroke-width="1"/>`,
      );
    }
    parts.push(`<text class="diagram-varde" x="${num(BAR_X + w + 6)}" y="${num(mid + 4.5)}">${b.count}</text>`);
    y += ROW;
  }
  const height = y + 4;
  return [
    `<svg class="diagram-svg" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${nameId}" viewBox="0 0 ${WIDTH} ${num(height)}" width="${WIDTH}" height="${num(height)}">`,
    `<title id="${nameId}">${escapeHtmlNumeric(description)}</title>`,
    `<line x1="${BAR_X}" y1="4" x2="${BAR_X}" y2="${num(height - 4)}" stroke="#595959" stroke-width="1"/>`,
    ...parts,
    `</svg>`,
  ].join("\n");
}

function binTable(input: DistributionInput, bins: readonly Bin[]): string {
  const unit = unitWord(input.unit);
  const rows = bins.map((b) => `<tr><th scope="row">${escapeHtmlNumeric(b.label)}</th><td>${b.count}</td></tr>`);
  return [
    `<table class="diagram-tabell">`,
    `<caption>${escapeHtmlNumeric(`Antal kommuner per intervall${unit === "" ? "" : ` (${unit.replace(/[()]/g, "")})`}`)}</caption>`,
    `<thead><tr><th scope="col">Intervall</th><th scope="col">Antal kommuner</th></tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `</table>`,
  ].join("\n");
}

interface RankRow {
  position: number;
  value: number;
  names: string[];
}

function rows(values: readonly MunicipalityValue[]): RankRow[] {
  const out: RankRow[] = [];
  for (const v of values) {
    const last = out[out.length - 1];
    if (last && last.position === v.position) last.names.push(v.name);
    else out.push({ position: v.position, value: v.value, names: [v.name] });
  }
  return out;
}

/** Rows from the front until at least `n` municipalities are covered. */
function take(rs: readonly RankRow[], n: number): RankRow[] {
  const out: RankRow[] = [];
  let covered = 0;
  for (const r of rs) {
    if (covered >= n) break;
    out.push(r);
    covered += r.names.length;
  }
  return out;
}

/** Best and weakest municipalities, grouped by shared position; all of them when there are few. */
export function topBottom(values: readonly MunicipalityValue[], n = 5): { top: RankRow[]; bottom: RankRow[] } {
  const all = rows(values);
  const top = take(all, n);
  const bottom = take([...all].reverse(), n).reverse();
  const overlap = bottom.some((r) => top.includes(r)) || top.length + bottom.length >= all.length;
  if (overlap) return { top: all, bottom: [] };
  return { top, bottom };
}

function rankTable(input: DistributionInput, captionId: string): string {
  const { top, bottom } = topBottom(input.values, input.top ?? 5);
  const row = (r: RankRow): string =>
    `<tr><td>${formatNumber(r.position)}</td><th scope="row">${escapeHtmlNumeric(r.names.join(", "))}</th><td>${escapeHtmlNumeric(formatChartValue(r.value, input.unit))}</td></tr>`;
  const group = (heading: string, rs: readonly RankRow[]): string[] => [
    `<tbody>`,
    `<tr><th scope="rowgroup" colspan="3">${escapeHtmlNumeric(heading)}</th></tr>`,
    ...rs.map(row),
    `</tbody>`,
  ];
  const body = bottom.length === 0 ? group("Alla resultat", top) : [...group("Bästa resultat", top), ...group("Svagaste resultat", bottom)];
  return [
    `<table class="diagram-tabell topplista" aria-labelledby="${captionId}">`,
    `<caption id="${captionId}">${escapeHtmlNumeric(`${title(input)} ${formatYear(input.year)}: bästa och svagaste resultat bland ${countPhrase(input.values.length, "kommun", "kommuner")}`)}</caption>`,
    `<thead><tr><th scope="col">Plats</th><th scope="col">Kommun</th><th scope="col">Resultat</th></tr></thead>`,
    ...body,
    `</table>`,
  ].join("\n");
}

export interface Distribution {
  /** `<figure>` (caption, SVG, table of bins) followed by the top/bottom table. */
  html: string;
  /** The SVG's text alternative: every bin, in Swedish. */
  description: string;
  bins: Bin[];
}

/**
 * The distribution chart and top/bottom table for one indicator. Null when
 * there are no municipal values (the data does not hold every participant).
 */
export function distribution(input: DistributionInput): Distribution | null {
  const parts = distributionParts(input);
  if (parts === null) return null;
  const { bins, caption, description } = parts;
  const captionId = `${input.id}-rubrik`;
  const nameId = `${input.id}-beskrivning`;
  const html = [
    `<figure class="diagram" aria-labelledby="${captionId}">`,
    `<figcaption id="${captionId}">${escapeHtmlNumeric(caption)}</figcaption>`,
    histogramSvg(input, bins, nameId, description),
    binTable(input, bins),
    `</figure>`,
    rankTable(input, `${input.id}-topplista`),
  ].join("\n");
  return { html, description, bins };
}

function distributionParts(input: DistributionInput): { bins: Bin[]; caption: string; description: string } | null {
  if (input.values.length === 0) return null;
  const bins = histogramBins(
    input.values.map((v) => v.value),
    input.unit,
  );
  const caption = `${title(input)} ${formatYear(input.year)}: så fördelar sig ${countPhrase(input.values.length, "kommun", "kommuner")}`;
  // Counts written alike (SPRAK.md): digits for all when any needs them.
  const counts = alikeCounts(bins.map((b) => b.count));
  const description = `Diagram. ${caption}. ${bins
    .map((b, i) => `${binText(b, input.unit)}: ${b.count === 0 ? "inga kommuner" : (counts[i] ?? "")}`)
    .join(". ")}.`;
  return { bins, caption, description };
}

/** The distribution as parts (for images, Word and the web fragment): SVG, bins and top/bottom as tables. */
export function distributionFigure(input: DistributionInput): ChartFigure | null {
  const parts = distributionParts(input);
  if (parts === null) return null;
  const { bins, caption, description } = parts;
  const unit = unitWord(input.unit);
  const binsTable: FigureTable = {
    caption: `Antal kommuner per intervall${unit === "" ? "" : ` (${unit.replace(/[()]/g, "")})`}`,
    head: ["Intervall", "Antal kommuner"],
    rows: bins.map((b) => [b.label, String(b.count)]),
  };
  const { top, bottom } = topBottom(input.values, input.top ?? 5);
  const row = (r: RankRow): string[] => [formatNumber(r.position), r.names.join(", "), formatChartValue(r.value, input.unit)];
  const group = (heading: string, rs: readonly RankRow[]): string[][] => [[heading, "", ""], ...rs.map(row)];
  const rankRows = bottom.length === 0 ? group("Alla resultat", top) : [...group("Bästa resultat", top), ...group("Svagaste resultat", bottom)];
  const rankTable: FigureTable = {
    caption: `${title(input)} ${formatYear(input.year)}: bästa och svagaste resultat bland ${countPhrase(input.values.length, "kommun", "kommuner")}`,
    head: ["Plats", "Kommun", "Resultat"],
    rows: rankRows,
  };
  return { caption, description, svg: histogramSvg(input, bins, `${input.id}-beskrivning`, description), tables: [binsTable, rankTable] };
}
