// render images: the share image (delningsbild.png, 1200×630, the size social
// media cards use) as an SVG: who sends it, the headline's finding as one big
// figure with what it is compared with, the survey and year, and the source.
// Pure: same input, same bytes. Rasterised by png.ts.
import { FONT_FAMILY } from "./fonts.js";
import { escapeHtmlNumeric } from "./escape.js";

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

export interface ShareInput {
  /** "Huddinge kommun", "Sveriges Kommuner och Regioner (SKR)". */
  sender: string;
  /** "KKiK 2019". */
  survey: string;
  /** What the figure measures: "Svar på e-post inom en arbetsdag". */
  label: string | null;
  /** The big figure: "98 %". */
  figure: string | null;
  /** What it is compared with: "Från 79 % 2018 · Riket 84 %". */
  comparison: string | null;
  /** The release's headline: used when there is no figure. */
  headline: string;
  /** "Källa: Sveriges Kommuner och Regioner (SKR), Kommunens Kvalitet i Korthet 2019." */
  source: string;
}

export interface ShareImage {
  svg: string;
  /** The image's text alternative, in Swedish. */
  alt: string;
}

const MARGIN = 64;
const TEXT = "#1c1c1c";
const MUTED = "#4a4a4a";
const ACCENT = "#1f4e79";

/** Rough advance width of Source Sans 3, in em, per character (bold a little wider). */
function textWidth(text: string, size: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) {
    if (ch === " " || ch === "\u00a0") em += 0.2;
    else if (/[il.,:;'|!1()\u2013-]/.test(ch)) em += 0.3;
    else if (/[mwMW%]/.test(ch)) em += 0.8;
    else if (/[A-ZÅÄÖ0-9]/.test(ch)) em += 0.58;
    else em += 0.48;
  }
  return em * size * (bold ? 1.06 : 1);
}

/** Greedy line breaking into at most `maxLines`; the last line ends in "…" when text is left over. */
export function wrapText(text: string, size: number, width: number, maxLines: number, bold = false): string[] {
  const words = text.split(/\s+/).filter((w) => w !== "");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? "";
  while (last.includes(" ") && textWidth(`${last} …`, size, bold) > width) last = last.slice(0, last.lastIndexOf(" "));
  kept[maxLines - 1] = `${last} …`;
  return kept;
}

function textLines(lines: readonly string[], x: number, y: number, lineHeight: number, attrs: string): string[] {
  return lines.map((l, i) => `<text x="${x}" y="${y + i * lineHeight}" ${attrs}>${escapeHtmlNumeric(l)}</text>`);
}

/** Size of the big figure: as large as fits the width, at most 230 px. */
function figureSize(figure: string): number {
  const room = SHARE_WIDTH - 2 * MARGIN;
  return Math.min(230, Math.floor(room / (textWidth(figure, 1, true) || 1)));
}

/** The share image as SVG, and its text alternative. */
export function shareImage(input: ShareInput): ShareImage {
  const inner = SHARE_WIDTH - 2 * MARGIN;
  const parts: string[] = [
    `<rect width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${SHARE_WIDTH}" height="104" fill="${ACCENT}"/>`,
    ...textLines(wrapText(input.sender, 36, inner - 260, 1, true), MARGIN, 65, 0, `font-size="36" font-weight="700" fill="#ffffff"`),
    `<text x="${SHARE_WIDTH - MARGIN}" y="65" font-size="30" fill="#ffffff" text-anchor="end">${escapeHtmlNumeric(input.survey)}</text>`,
  ];
  if (input.figure !== null) {
    const label = wrapText(input.label ?? "", 40, inner, 2, true);
    parts.push(...textLines(label, MARGIN, 200, 50, `font-size="40" font-weight="700" fill="${TEXT}"`));
    const size = figureSize(input.figure);
    const base = 200 + (label.length - 1) * 50 + 30 + size * 0.8;
    parts.push(`<text x="${MARGIN - 6}" y="${Math.round(base)}" font-size="${size}" font-weight="700" fill="${ACCENT}">${escapeHtmlNumeric(input.figure)}</text>`);
    if (input.comparison !== null) {
      const comparison = wrapText(input.comparison, 38, inner, 1);
      parts.push(...textLines(comparison, MARGIN, Math.round(base + 66), 0, `font-size="38" fill="${TEXT}"`));
    }
  } else {
    const headline = wrapText(input.headline, 60, inner, 4, true);
    parts.push(...textLines(headline, MARGIN, 210, 72, `font-size="60" font-weight="700" fill="${TEXT}"`));
  }
  const source = wrapText(input.source, 24, inner, 2);
  parts.push(
    `<rect x="${MARGIN}" y="${SHARE_HEIGHT - 44 - source.length * 30}" width="${inner}" height="2" fill="${ACCENT}"/>`,
    ...textLines(source, MARGIN, SHARE_HEIGHT - 48 - (source.length - 1) * 30 + 18, 30, `font-size="24" fill="${MUTED}"`),
  );
  const alt = shareAlt(input);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}" font-family="${FONT_FAMILY}" role="img" aria-label="${escapeHtmlNumeric(alt)}">`,
    ...parts,
    `</svg>`,
  ].join("\n");
  return { svg, alt };
}

function shareAlt(input: ShareInput): string {
  const finding =
    input.figure !== null
      ? `${input.label ?? ""}: ${input.figure}${input.comparison !== null ? ` (${input.comparison.replace(/ · /g, ", ").replace(/^./, (c) => c.toLowerCase())})` : ""}.`
      : `${input.headline}.`;
  const source = input.source.endsWith(".") ? input.source : `${input.source}.`;
  return `Delningsbild från ${input.sender}, ${input.survey}. ${finding} ${source}`.replace(/\s+/g, " ").trim();
}
