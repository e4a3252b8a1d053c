// render, time: the years behind this year's chart. Per indicator, a small
// line chart of every year in the data up to the survey year: the main series
// (a municipality, or riket in the national release) against its references
// (likvärdiga kommuner, riket). A missing year is a gap in the line and
// "uppgift saknas" in the table, never zero and never bridged. Shown only
// when the main series has at least three years with a value; with fewer
// there is no trend to see and nothing is drawn. Inline SVG with a Swedish
// text alternative that states every number, followed by one table per
// indicator with the years as columns. Pure: same input, same bytes.
import type { NationalFinding } from "../analyse/national.js";
import { MIN_HISTORY_YEARS, seriesOf, type YearlyValues } from "../analyse/time.js";
import { formatValue, formatYear, joinList } from "../phrase/swedish.js";
import type { Dataset, Municipality, Results, Unit } from "../schema.js";
import { figureTableHtml, formatChartValue, MISSING, type ChartFigure, type FigureTable } from "./chart.js";
import { escapeHtmlNumeric } from "./escape.js";

export type LineKey = "main" | "group" | "national";

export interface TrendLine {
  key: LineKey;
  /** In the legend and the table: "Huddinge", "Likvärdiga kommuner", "Riket". */
  label: string;
  /** In the text alternative: "Huddinge", "likvärdiga kommuner", "riket". */
  spoken: string;
  values: YearlyValues;
}

export interface TrendIndicator {
  label: string;
  unit: Unit;
  better: "higher" | "lower";
  /** The main series first, then its references. */
  lines: readonly TrendLine[];
}

export interface TrendInput {
  /** Unique, deterministic id prefix, e.g. "diagram-1-tid". */
  id: string;
  /** What the figure is about, before the years: "E-post", or an indicator's label. */
  subject: string;
  /** The main series' name in the caption ("Huddinge", "snittet i riket"). */
  main: string;
  /** The last year shown: the survey year. */
  year: number;
  indicators: readonly TrendIndicator[];
}

export interface TrendChart {
  /** `<figure>` with caption, SVG and one table per indicator. */
  html: string;
  /** The text alternative of the SVG: every number, in Swedish. */
  description: string;
}


/** One indicator, cut to the years shown: from the main series' first year to `year`. */
interface Panel {
  ind: TrendIndicator;
  title: string;
  years: number[];
  /** Per line (in `ind.lines` order), the value of each year in `years`, or null. */
  values: (number | null)[][];
}

function valueAt(values: YearlyValues, year: number): number | null {
  const v = values[String(year)];
  return typeof v === "number" ? v : null;
}

/** Years with a value, up to and including `year`. */
function yearsWithValue(values: YearlyValues, year: number): number[] {
  return Object.keys(values)
    .map(Number)
    .filter((y) => Number.isInteger(y) && y <= year && valueAt(values, y) !== null)
    .sort((a, b) => a - b);
}

function titleOf(ind: Pick<TrendIndicator, "label" | "better">): string {
  return ind.better === "lower" ? `${ind.label} (lägre är bättre)` : ind.label;
}

/** The indicator's panel, or null when its main series has fewer than three years with a value. */
function panelOf(ind: TrendIndicator, year: number): Panel | null {
  const main = ind.lines[0];
  if (main === undefined) return null;
  const own = yearsWithValue(main.values, year);
  const first = own[0];
  if (first === undefined || own.length < MIN_HISTORY_YEARS) return null;
  const years: number[] = [];
  for (let y = first; y <= year; y++) years.push(y);
  // A reference with no number in these years is left out altogether.
  const lines = ind.lines.filter((l, i) => i === 0 || years.some((y) => valueAt(l.values, y) !== null));
  const shown: TrendIndicator = { ...ind, lines };
  return { ind: shown, title: titleOf(ind), years, values: lines.map((l) => years.map((y) => valueAt(l.values, y))) };
}

const range = (years: readonly number[]): string =>
  `${formatYear(years[0] ?? 0)}\u2013${formatYear(years[years.length - 1] ?? 0)}`;

// ------------------------------------------------------------ words

/** "Huddinge 2014 73 %, 2015 uppgift saknas, … 2019 98 %" */
function describeLine(line: TrendLine, years: readonly number[], values: readonly (number | null)[], unit: Unit): string {
  const points = years.map((y, i) => {
    const v = values[i] ?? null;
    return `${formatYear(y)} ${v === null ? MISSING : formatChartValue(v, unit)}`;
  });
  return `${line.spoken} ${points.join(", ")}`;
}

function describePanel(p: Panel): string {
  const lines = p.ind.lines.map((l, i) => describeLine(l, p.years, p.values[i] ?? [], p.ind.unit));
  return `${p.title}, ${range(p.years)}: ${lines.join("; ")}.`;
}

function captionOf(input: TrendInput, panels: readonly Panel[]): string {
  const first = Math.min(...panels.map((p) => p.years[0] ?? input.year));
  const others: string[] = [];
  for (const key of ["group", "national"] as const) {
    const line = panels.flatMap((p) => p.ind.lines).find((l) => l.key === key);
    if (line) others.push(line.spoken);
  }
  const who = others.length > 0 ? `${input.main} jämfört med ${joinList(others)}` : input.main;
  return `${input.subject} ${range([first, input.year])}: ${who} år för år`;
}

// ---------------------------------------------------------- geometry

const WIDTH = 500;
const PLOT_LEFT = 58;
const PLOT_RIGHT = 478;
const PLOT_H = 120;
const TITLE_H = 22;
const LEGEND_ROW = 20;
const AXIS_H = 22;
const GAP = 18;
/** More years than this, and only the first and the last value are written out. */
const MAX_VALUE_LABELS = 8;

interface Style {
  colour: string;
  dash: string | null;
  marker: "circle" | "square" | "triangle";
  width: number;
}

// The main series stands out; the references differ in colour, line style
// and marker shape, and each has a legend entry, so nothing is told by colour alone.
const STYLES: Record<LineKey, Style> = {
  main: { colour: "#1f4e79", dash: null, marker: "circle", width: 2.5 },
  group: { colour: "#8a4b08", dash: "2 3", marker: "triangle", width: 1.75 },
  national: { colour: "#595959", dash: "6 4", marker: "square", width: 1.75 },
};

const num = (n: number): string => String(Math.round(n * 10) / 10);

interface Scale {
  min: number;
  max: number;
  step: number;
}

const clean = (x: number): number => Math.round(x * 1e9) / 1e9;

function niceStep(raw: number): number {
  const exp = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5]) if (m * exp >= raw - 1e-9) return m * exp;
  return 10 * exp;
}

/**
 * The value axis: from zero for times and counts, from a round number below
 * the lowest value for shares and indices (never below 0 or above 100, and
 * spanning at least 15 units so a small wobble does not look like a fall),
 * with at least three intervals between gridlines.
 */
export function trendScale(values: readonly number[], unit: Unit): Scale {
  const bounded = unit === "percent" || unit === "index";
  const hi = Math.max(...values);
  const lo = bounded ? Math.min(...values) : Math.min(0, ...values);
  const step = niceStep(Math.max(hi - lo, bounded ? 20 : 1) / 4);
  let min = Math.floor(lo / step) * step;
  // Room under a share's lowest value for its label, clear of the years.
  if (bounded && lo - min < 0.8 * step && min - step >= 0) min -= step;
  let max = Math.ceil(hi / step) * step;
  if (bounded) max = Math.min(max, Math.max(100, hi));
  while ((max - min) / step < 3) {
    if (bounded && min - step >= 0) min -= step;
    else if (!bounded || max + step <= 100) max += step;
    else break;
  }
  return { min: clean(min), max: clean(max), step };
}

function marker(style: Style, x: number, y: number): string {
  const c = style.colour;
  switch (style.marker) {
    case "circle":
      return `<circle cx="${num(x)}" cy="${num(y)}" r="4" fill="${c}"/>`;
    case "square":
      return `<rect x="${num(x - 3.5)}" y="${num(y - 3.5)}" width="7" height="7" fill="#ffffff" stroke="${c}" stroke-width="1.5"/>`;
    case "triangle":
      return `<path d="M${num(x)} ${num(y - 4.5)}L${num(x + 4.5)} ${num(y + 3.5)}L${num(x - 4.5)} ${num(y + 3.5)}Z" fill="#ffffff" stroke="${c}" stroke-width="1.5"/>`;
  }
}

/** Line segments between consecutive years that both have a value: a missing year is a gap. */
function linePath(points: readonly ({ x: number; y: number } | null)[]): string {
  let d = "";
  let drawing = false;
  for (const p of points) {
    if (p === null) {
      drawing = false;
      continue;
    }
    d += `${drawing ? "L" : "M"}${num(p.x)} ${num(p.y)}`;
    drawing = true;
  }
  return d;
}

/** Legend entries, wrapped onto more rows when they do not fit. Returns the SVG and the height used. */
function legend(lines: readonly TrendLine[], top: number): { svg: string[]; height: number } {
  const out: string[] = [];
  let x = 0;
  let row = 0;
  for (const line of lines) {
    // About 7 units a character at 13 px, plus the sample line.
    const w = 30 + line.label.length * 7 + 16;
    if (x > 0 && x + w > WIDTH) {
      x = 0;
      row += 1;
    }
    const s = STYLES[line.key];
    const y = top + row * LEGEND_ROW + 10;
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : "";
    out.push(
      `<line x1="${x}" y1="${num(y)}" x2="${x + 24}" y2="${num(y)}" stroke="${s.colour}" stroke-width="${s.width}"${dash}/>`,
      marker(s, x + 12, y),
      `<text class="diagram-etikett" x="${x + 30}" y="${num(y + 4.5)}">${escapeHtmlNumeric(line.label)}</text>`,
    );
    x += w;
  }
  return { svg: out, height: (row + 1) * LEGEND_ROW };
}

/** Gridlines with their values, and the years under the plot. */
function axes(p: Panel, sc: Scale, plot: Plot): string[] {
  const out: string[] = [];
  for (let t = sc.min; t <= sc.max + 1e-9; t = clean(t + sc.step)) {
    const y = plot.y(t);
    const stroke = t === sc.min ? `stroke="#595959"` : `stroke="#d9d9d9"`;
    out.push(
      `<line x1="${PLOT_LEFT}" y1="${num(y)}" x2="${PLOT_RIGHT}" y2="${num(y)}" ${stroke} stroke-width="1"/>`,
      `<text class="diagram-etikett" x="${PLOT_LEFT - 6}" y="${num(y + 4.5)}" text-anchor="end">${escapeHtmlNumeric(formatValue(t, p.ind.unit, "table"))}</text>`,
    );
  }
  const every = Math.ceil(p.years.length / 12);
  p.years.forEach((year, i) => {
    if (i % every !== 0 && i !== p.years.length - 1) return;
    out.push(`<text class="diagram-etikett" x="${num(plot.x(i))}" y="${num(plot.bottom + 18)}" text-anchor="middle">${formatYear(year)}</text>`);
  });
  return out;
}

interface Plot {
  top: number;
  bottom: number;
  x: (i: number) => number;
  y: (v: number) => number;
}

function plotFor(p: Panel, sc: Scale, top: number): Plot {
  const n = p.years.length;
  const left = PLOT_LEFT + 22;
  const span = PLOT_RIGHT - 22 - left;
  return {
    top,
    bottom: top + PLOT_H,
    x: (i) => (n <= 1 ? left + span / 2 : left + (i * span) / (n - 1)),
    y: (v) => top + PLOT_H - ((v - sc.min) / (sc.max - sc.min)) * PLOT_H,
  };
}

/** The lines (references below, the main series on top) with their markers. */
function series(p: Panel, plot: Plot): string[] {
  const out: string[] = [];
  const order = p.ind.lines.map((l, i) => ({ l, i })).reverse();
  for (const { l, i } of order) {
    const s = STYLES[l.key];
    const points = (p.values[i] ?? []).map((v, k) => (v === null ? null : { x: plot.x(k), y: plot.y(v) }));
    const d = linePath(points);
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : "";
    if (d.includes("L")) {
      out.push(`<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="${s.width}" stroke-linejoin="round"${dash}/>`);
    }
    for (const pt of points) if (pt) out.push(marker(s, pt.x, pt.y));
  }
  return out;
}

/**
 * The main series' values written at its points, clear of the other lines
 * where possible, and "saknas" at a missing year.
 */
function valueLabels(p: Panel, plot: Plot): string[] {
  const out: string[] = [];
  const main = p.values[0] ?? [];
  const many = p.years.length > MAX_VALUE_LABELS;
  main.forEach((v, k) => {
    const x = plot.x(k);
    if (v === null) {
      out.push(`<text class="diagram-etikett" x="${num(x)}" y="${num(plot.bottom - 6)}" text-anchor="middle">saknas</text>`);
      return;
    }
    if (many && k !== 0 && k !== main.length - 1) return;
    const at = plot.y(v);
    const others = p.values.slice(1).map((vs) => vs[k] ?? null).filter((o): o is number => o !== null && o !== v);
    const higher = others.filter((o) => o > v).map((o) => at - plot.y(o));
    const lower = others.filter((o) => o < v).map((o) => plot.y(o) - at);
    // Outside the other lines: above the highest point, below the lowest
    // (unless the years are too near); between them, where there is more room.
    const room = plot.bottom - 4 - at;
    const below = higher.length === 0 ? false : lower.length === 0 ? room >= 19 : Math.min(room, ...lower) > Math.min(...higher);
    const y = at + (below ? 19 : -9);
    out.push(`<text class="diagram-varde" x="${num(x)}" y="${num(y)}" text-anchor="middle">${escapeHtmlNumeric(formatChartValue(v, p.ind.unit))}</text>`);
  });
  return out;
}

/** One indicator's panel: title, legend, gridlines, lines and values. */
function panelSvg(p: Panel, top: number): { svg: string[]; height: number } {
  let y = top;
  const out = [`<text class="diagram-matt" x="0" y="${num(y + 15)}">${escapeHtmlNumeric(p.title)}</text>`];
  y += TITLE_H;
  // A single line needs no legend: the caption names it.
  if (p.ind.lines.length > 1) {
    const key = legend(p.ind.lines, y);
    out.push(...key.svg);
    y += key.height;
  }
  y += 14;
  const sc = trendScale(p.values.flat().filter((v): v is number => v !== null), p.ind.unit);
  const plot = plotFor(p, sc, y);
  out.push(...axes(p, sc, plot), ...series(p, plot), ...valueLabels(p, plot));
  return { svg: out, height: plot.bottom + AXIS_H - top };
}

function svg(panels: readonly Panel[], nameId: string, description: string): string {
  const parts: string[] = [];
  let y = 0;
  for (const p of panels) {
    const panel = panelSvg(p, y);
    parts.push(...panel.svg);
    y += panel.height + GAP;
  }
  const height = Math.max(1, y - GAP + 4);
  return [
    `<svg class="diagram-svg" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${nameId}" viewBox="0 0 ${WIDTH} ${num(height)}" width="${WIDTH}" height="${num(height)}">`,
    `<title id="${nameId}">${escapeHtmlNumeric(description)}</title>`,
    ...parts,
    `</svg>`,
  ].join("\n");
}

// ------------------------------------------------------------ tables

/** One table per indicator: a row per series, a column per year. */
function tableData(p: Panel): FigureTable {
  return {
    caption: `${p.title} ${range(p.years)}`,
    head: ["År", ...p.years.map(formatYear)],
    rows: p.ind.lines.map((l, i) => [l.label, ...(p.values[i] ?? []).map((v) => (v === null ? MISSING : formatChartValue(v, p.ind.unit)))]),
  };
}

// ------------------------------------------------------------ public

function partsOf(input: TrendInput): { panels: Panel[]; caption: string; description: string } | null {
  const panels = input.indicators.map((i) => panelOf(i, input.year)).filter((p): p is Panel => p !== null);
  if (panels.length === 0) return null;
  const caption = captionOf(input, panels);
  const description = `Diagram. ${caption}. ${panels.map(describePanel).join(" ")}`;
  return { panels, caption, description };
}

/** The years as parts (for images, Word and the web fragment); null when no series has three years. */
export function trendFigure(input: TrendInput): ChartFigure | null {
  const parts = partsOf(input);
  if (parts === null) return null;
  const { panels, caption, description } = parts;
  return { caption, description, svg: svg(panels, `${input.id}-beskrivning`, description), tables: panels.map(tableData) };
}

/**
 * The years as a `<figure>`: a visible caption, then per indicator an SVG
 * (role="img", named by a `<title>` that states every number) followed by its
 * table, so a page may break between indicators. Null when no indicator's
 * main series has at least three years with a value.
 */
export function trendChart(input: TrendInput): TrendChart | null {
  const parts = partsOf(input);
  if (parts === null) return null;
  const { panels, caption, description } = parts;
  const captionId = `${input.id}-rubrik`;
  const html = [
    `<figure class="diagram diagram-tid" aria-labelledby="${captionId}">`,
    `<figcaption id="${captionId}">${escapeHtmlNumeric(caption)}</figcaption>`,
    ...panels.flatMap((p, i) => [
      svg([p], `${input.id}-beskrivning-${i + 1}`, `Diagram. ${describePanel(p)}`),
      figureTableHtml(tableData(p), `${input.id}-tabell-${i + 1}`),
    ]),
    `</figure>`,
  ].join("\n");
  return { html, description };
}

// ------------------------------------------------------------ inputs

/** The yearly results a municipal release's trend is drawn from. */
export interface ReleaseHistory {
  municipality: Results | undefined;
  group: Results | undefined;
  national: Results | undefined;
}

export function releaseHistory(dataset: Dataset, m: Municipality): ReleaseHistory {
  const group = (dataset.groups ?? []).find((g) => g.id === m.group);
  return { municipality: m.results, group: group?.results, national: dataset.national?.results };
}

export interface ChannelTrendInput {
  /** The channel chart's id ("diagram-1"); the trend's is "diagram-1-tid". */
  id: string;
  channel: string;
  /** The municipality's short name. */
  municipality: string;
  year: number;
  indicators: readonly { id: string; label: string; unit: Unit; better: "higher" | "lower" }[];
  history: ReleaseHistory;
}

/** A channel's trend in a municipality's release: the municipality, likvärdiga kommuner and riket. */
export function channelTrendInput(c: ChannelTrendInput): TrendInput {
  return {
    id: `${c.id}-tid`,
    subject: c.channel,
    main: c.municipality,
    year: c.year,
    indicators: c.indicators.map((ind) => {
      const lines: TrendLine[] = [{ key: "main", label: c.municipality, spoken: c.municipality, values: seriesOf(c.history.municipality, ind.id) }];
      if (c.history.group) lines.push({ key: "group", label: "Likvärdiga kommuner", spoken: "likvärdiga kommuner", values: seriesOf(c.history.group, ind.id) });
      if (c.history.national) lines.push({ key: "national", label: "Riket", spoken: "riket", values: seriesOf(c.history.national, ind.id) });
      return { label: ind.label, unit: ind.unit, better: ind.better, lines };
    }),
  };
}

/**
 * Riket's average over the years, for one indicator of the national release:
 * the data's own `national` results, and only when this year's average is
 * one of them (an average computed from the participants has no history).
 */
export function nationalTrendInput(dataset: Dataset, f: NationalFinding, id: string, year: number): TrendInput {
  const ind = f.indicator;
  const values = f.averageSource === "national" ? seriesOf(dataset.national?.results, ind.id) : {};
  return {
    id: `${id}-tid`,
    subject: titleOf(ind),
    main: "snittet i riket",
    year,
    indicators: [{ label: ind.label, unit: ind.unit, better: ind.better, lines: [{ key: "main", label: "Snitt i riket", spoken: "snittet i riket", values }] }],
  };
}
