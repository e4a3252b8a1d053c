// render html: one small chart per channel, comparing the municipality this
// year and last year with its group (likvärdiga kommuner) and riket. Inline
// SVG with a Swedish text alternative that states every number, followed by
// an accessible table with the same numbers. Pure: same input, same bytes.
import type { IndicatorClaims } from "./claims.js";
import { formatValue, formatYear, joinList } from "../phrase/swedish.js";
import { escapeHtmlNumeric } from "./escape.js";

export interface ChannelChartInput {
  /** Unique, deterministic id prefix for the chart's elements, e.g. "diagram-1". */
  id: string;
  /** The channel's heading as shown, e.g. "E-post". */
  channel: string;
  /** The municipality's short name, e.g. "Huddinge". */
  municipality: string;
  year: number;
  /** The channel's indicators, in the order the text mentions them. */
  indicators: readonly IndicatorClaims[];
}

export interface ChannelChart {
  /** `<figure>` with caption, SVG and table. */
  html: string;
  /** The text alternative of the SVG: every number, in Swedish. */
  description: string;
}

/** `98 %`, `index 84`, `2 tim`, `5 min`, `60 s`, `1 234`. */
export function formatChartValue(n: number, unit: IndicatorClaims["unit"]): string {
  return unit === "index" ? formatValue(n, "index", "text") : formatValue(n, unit, "table");
}

type SeriesKey = "value" | "previous" | "group" | "national";

interface Series {
  key: SeriesKey;
  /** Label in the chart and the table's column header. */
  label: string;
  /** Label inside the text alternative (lower case where Swedish wants it). */
  spoken: string;
  fill: string;
  stroke: string;
}

const COLOURS: Record<SeriesKey, { fill: string; stroke: string }> = {
  // The municipality stands out; last year is the same hue, hollow; the
  // references are neutral grey. Every bar also carries a text label, so no
  // information is in the colour alone.
  value: { fill: "#1f4e79", stroke: "#1f4e79" },
  previous: { fill: "#d6e4f2", stroke: "#1f4e79" },
  group: { fill: "#6b6b6b", stroke: "#6b6b6b" },
  national: { fill: "#6b6b6b", stroke: "#6b6b6b" },
};

function pick(ind: IndicatorClaims, key: SeriesKey): number | null {
  switch (key) {
    case "value":
      return ind.value;
    case "previous":
      return ind.previous;
    case "group":
      return ind.group;
    case "national":
      return ind.national;
  }
}

function seriesFor(input: ChannelChartInput): Series[] {
  const y = formatYear(input.year);
  const py = formatYear(input.year - 1);
  const all: Series[] = [
    { key: "value", label: `${input.municipality} ${y}`, spoken: input.municipality, ...COLOURS.value },
    { key: "previous", label: `${input.municipality} ${py}`, spoken: input.municipality, ...COLOURS.previous },
    { key: "group", label: "Likvärdiga kommuner", spoken: "likvärdiga kommuner", ...COLOURS.group },
    { key: "national", label: "Riket", spoken: "riket", ...COLOURS.national },
  ];
  // A series with no number anywhere in the channel is left out altogether.
  return all.filter((s) => input.indicators.some((i) => pick(i, s.key) !== null));
}

function indicatorTitle(ind: IndicatorClaims): string {
  return ind.better === "lower" ? `${ind.label} (lägre är bättre)` : ind.label;
}

/** One sentence per indicator with every number it has. */
function describeIndicator(ind: IndicatorClaims, municipality: string, year: number): string {
  const v = (n: number): string => formatChartValue(n, ind.unit);
  let own = `${municipality} ${v(ind.value)} ${formatYear(year)}`;
  if (ind.previous !== null) own += ` och ${v(ind.previous)} ${formatYear(year - 1)}`;
  const parts = [own];
  if (ind.group !== null) parts.push(`likvärdiga kommuner ${v(ind.group)}`);
  if (ind.national !== null) parts.push(`riket ${v(ind.national)}`);
  return `${indicatorTitle(ind)}: ${parts.join(", ")}.`;
}

function comparedWith(series: readonly Series[]): string[] {
  return series.filter((s) => s.key === "group" || s.key === "national").map((s) => s.spoken);
}

// Geometry, in SVG user units (the SVG scales to its container).
const WIDTH = 500;
const LABEL_RIGHT = 132;
const BAR_X = 140;
const BAR_MAX = 300;
const ROW = 21;
const BAR_H = 14;
const TITLE_H = 22;
const GAP = 14;

/** The scale's top: 100 for shares and indices, otherwise the largest value. */
function scaleMax(ind: IndicatorClaims, series: readonly Series[]): number {
  const values = series.map((s) => pick(ind, s.key)).filter((n): n is number => n !== null);
  const max = Math.max(0, ...values);
  if (ind.unit === "percent" || ind.unit === "index") return Math.max(100, max);
  return max > 0 ? max : 1;
}

const num = (n: number): string => String(Math.round(n * 10) / 10);

function svg(input: ChannelChartInput, series: readonly Series[], nameId: string, description: string): string {
  const parts: string[] = [];
  let y = 0;
  for (const ind of input.indicators) {
    parts.push(`<text class="diagram-matt" x="0" y="${num(y + 15)}">${escapeHtmlNumeric(indicatorTitle(ind))}</text>`);
    y += TITLE_H;
    const max = scaleMax(ind, series);
    const top = y;
    const bars: string[] = [];
    for (const s of series) {
      const value = pick(ind, s.key);
      if (value === null) continue;
      const w = Math.max(0, (Math.max(0, value) / max) * BAR_MAX);
      const mid = y + ROW / 2;
      bars.push(
        `<text class="diagram-etikett" x="${LABEL_RIGHT}" y="${num(mid + 4.5)}" text-anchor="end">${escapeHtmlNumeric(s.label)}</text>`,
        `<rect x="${BAR_X + 0.5}" y="${num(mid - BAR_H / 2 + 0.5)}" width="${num(Math.max(w - 1, 1))}" height="${BAR_H - 1}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="1"/>`,
        `<text class="diagram-varde" x="${num(BAR_X + w + 6)}" y="${num(mid + 4.5)}">${escapeHtmlNumeric(formatChartValue(value, ind.unit))}</text>`,
      );
      y += ROW;
    }
    // The zero line, beside this indicator's bars only.
    parts.push(`<line x1="${BAR_X}" y1="${num(top + 1)}" x2="${BAR_X}" y2="${num(y - 1)}" stroke="#595959" stroke-width="1"/>`, ...bars);
    y += GAP;
  }
  const height = Math.max(1, y - GAP + 4);
  return [
    `<svg class="diagram-svg" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${nameId}" viewBox="0 0 ${WIDTH} ${num(height)}" width="${WIDTH}" height="${num(height)}">`,
    `<title id="${nameId}">${escapeHtmlNumeric(description)}</title>`,
    ...parts,
    `</svg>`,
  ].join("\n");
}

/** A chart's numbers as plain cells (for Word and the web fragment). */
export interface FigureTable {
  caption: string;
  head: string[];
  rows: string[][];
}

function tableData(input: ChannelChartInput, series: readonly Series[]): FigureTable {
  const head = [
    "Mått",
    ...series.map((s) => (s.key === "group" || s.key === "national" ? `${s.label} ${formatYear(input.year)}` : s.label)),
  ];
  const rows = input.indicators.map((ind) => [
    indicatorTitle(ind),
    ...series.map((s) => {
      const v = pick(ind, s.key);
      return v === null ? MISSING : formatChartValue(v, ind.unit);
    }),
  ]);
  return { caption: `${input.channel} i siffror`, head, rows };
}

/** A chart's table cell for a number the data does not have. */
export const MISSING = "uppgift saknas";

/**
 * A chart's numbers as an HTML table. With `scrollId` (a year table, wide on
 * a phone) it sits in a region that scrolls sideways, focusable and named by
 * its caption.
 */
export function figureTableHtml(data: FigureTable, scrollId?: string): string {
  const head = data.head.map((h) => `<th scope="col">${escapeHtmlNumeric(h)}</th>`).join("");
  const rows = data.rows.map(([title = "", ...cells]) => {
    const tds = cells.map((c) => (c === MISSING ? `<td class="saknas">${MISSING}</td>` : `<td>${escapeHtmlNumeric(c)}</td>`));
    return `<tr><th scope="row">${escapeHtmlNumeric(title)}</th>${tds.join("")}</tr>`;
  });
  const caption = scrollId === undefined ? "<caption>" : `<caption id="${scrollId}">`;
  const table = [
    `<table class="diagram-tabell">`,
    `${caption}${escapeHtmlNumeric(data.caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `</table>`,
  ];
  if (scrollId === undefined) return table.join("\n");
  return [`<div class="diagram-rulla" role="region" tabindex="0" aria-labelledby="${scrollId}">`, ...table, `</div>`].join("\n");
}

/** A chart as parts: caption, text alternative, standalone SVG and its numbers. */
export interface ChartFigure {
  caption: string;
  description: string;
  svg: string;
  tables: FigureTable[];
}

function captionAndDescription(input: ChannelChartInput, series: readonly Series[]): { caption: string; description: string } {
  const others = comparedWith(series);
  const caption = others.length > 0
    ? `${input.channel}: ${input.municipality} jämfört med ${joinList(others)}`
    : `${input.channel}: ${input.municipality}`;
  const description = `Diagram. ${caption}. ${input.indicators
    .map((i) => describeIndicator(i, input.municipality, input.year))
    .join(" ")}`;
  return { caption, description };
}

/** The channel's chart as parts (for images, Word and the web fragment); null without indicators. */
export function channelFigure(input: ChannelChartInput): ChartFigure | null {
  if (input.indicators.length === 0) return null;
  const series = seriesFor(input);
  const { caption, description } = captionAndDescription(input, series);
  return { caption, description, svg: svg(input, series, `${input.id}-beskrivning`, description), tables: [tableData(input, series)] };
}

/**
 * The chart for one channel: a `<figure>` with a visible caption, an SVG
 * (role="img", named by a `<title>` that states every number) and a table
 * with the same numbers. Returns null when the channel has no indicators.
 */
export function channelChart(input: ChannelChartInput): ChannelChart | null {
  if (input.indicators.length === 0) return null;
  const series = seriesFor(input);
  const { caption, description } = captionAndDescription(input, series);
  const captionId = `${input.id}-rubrik`;
  const nameId = `${input.id}-beskrivning`;
  const html = [
    `<figure class="diagram" aria-labelledby="${captionId}">`,
    `<figcaption id="${captionId}">${escapeHtmlNumeric(caption)}</figcaption>`,
    svg(input, series, nameId, description),
    figureTableHtml(tableData(input, series)),
    `</figure>`,
  ].join("\n");
  return { html, description };
}
