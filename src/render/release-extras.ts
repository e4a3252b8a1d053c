// What the Word, image and web renderings need beyond the Markdown: each
// section's chart as parts (SVG, text alternative, tables), the share image's
// content, and the headings of the fact box, contacts and about text. One
// builder per kind of release; the renderers themselves are kind-agnostic.
import type { Dataset } from "../schema.js";
import type { ComposedRelease } from "../phrase/compose.js";
import type { GeneratedRelease } from "../kinds/municipality/release.js";
import type { GeneratedNational } from "../kinds/national/release.js";
import { channelFigure, formatChartValue, type ChartFigure } from "./chart.js";
import { distributionFigure } from "./distribution.js";
import { sectionIndicators } from "./html.js";
import { shareImage, type ShareImage, type ShareInput } from "./share-image.js";
import { formatYear } from "../phrase/swedish.js";

/** A chart and the heading of the section it belongs to (after the section's first paragraph). */
export interface PlacedFigure extends ChartFigure {
  heading: string;
  /** "diagram-1": the PNG's name without extension. */
  name: string;
}

export interface ReleaseExtras {
  figures: PlacedFigure[];
  share: ShareImage;
  factsHeading: string;
  contactsHeading: string;
  aboutHeading: string;
  /** The language of the text, for Word: "sv-SE". */
  language: string;
}

function headings(c: ComposedRelease): Pick<ReleaseExtras, "factsHeading" | "contactsHeading" | "aboutHeading" | "language"> {
  return { factsHeading: c.factsHeading, contactsHeading: c.contactsHeading, aboutHeading: c.aboutHeading, language: "sv-SE" };
}

function surveyLabel(dataset: Dataset): string {
  return `${dataset.survey.shortName ?? dataset.survey.name} ${formatYear(dataset.survey.year)}`;
}

/** The indicator the lead's first sentence is about: the headline's finding. */
function leadIndicator(c: ComposedRelease): string | null {
  const claim = c.lead.flatMap((s) => s.claims).find((x) => x.includes("."));
  return claim === undefined ? null : claim.slice(0, claim.lastIndexOf("."));
}

function municipalityShare(dataset: Dataset, r: GeneratedRelease): ShareInput {
  const { claims, composed } = r;
  const id = leadIndicator(composed);
  const ind = claims.indicators.find((i) => i.id === id) ?? null;
  const base = { sender: composed.sender, survey: surveyLabel(dataset), headline: claims.headline, source: composed.source };
  if (ind === null) return { ...base, label: null, figure: null, comparison: null };
  const v = (n: number): string => formatChartValue(n, ind.unit);
  const compared: string[] = [];
  if (ind.previous !== null) compared.push(`Från ${v(ind.previous)} ${formatYear(claims.year - 1)}`);
  if (ind.national !== null) compared.push(`${compared.length === 0 ? "Riket" : "riket"} ${v(ind.national)}`);
  if (ind.group !== null && compared.length < 2) compared.push(`likvärdiga kommuner ${v(ind.group)}`);
  return {
    ...base,
    label: `${ind.label}, ${claims.municipality.name} ${formatYear(claims.year)}`,
    figure: v(ind.value),
    comparison: compared.length > 0 ? compared.join(" · ") : null,
  };
}

/** Extras of a municipality's release: one chart per channel section. */
export function municipalityExtras(dataset: Dataset, r: GeneratedRelease): ReleaseExtras {
  const figures: PlacedFigure[] = [];
  r.composed.sections.forEach((section, index) => {
    const f = channelFigure({
      id: `diagram-${index + 1}`,
      channel: section.heading,
      municipality: r.claims.municipality.name,
      year: r.claims.year,
      indicators: sectionIndicators(section, r.claims),
    });
    if (f) figures.push({ ...f, heading: section.heading, name: `diagram-${figures.length + 1}` });
  });
  return { figures, share: shareImage(municipalityShare(dataset, r)), ...headings(r.composed) };
}

function nationalShare(dataset: Dataset, r: GeneratedNational): ShareInput {
  const { claims, composed } = r;
  const id = leadIndicator(composed);
  const ind = claims.indicators.find((i) => i.id === id) ?? null;
  const base = { sender: composed.sender, survey: surveyLabel(dataset), headline: claims.headline, source: composed.source };
  if (ind === null) return { ...base, label: null, figure: null, comparison: null };
  const v = (n: number): string => formatChartValue(n, ind.unit);
  return {
    ...base,
    label: `${ind.label}, snitt i riket ${formatYear(claims.year)}`,
    figure: v(ind.average),
    comparison: ind.previousAverage !== null ? `Från ${v(ind.previousAverage)} ${formatYear(claims.previousYear)}` : null,
  };
}

/** Extras of the national summary: one distribution chart per indicator section. */
export function nationalExtras(dataset: Dataset, r: GeneratedNational): ReleaseExtras {
  const figures: PlacedFigure[] = [];
  r.composed.sections.forEach((section, index) => {
    const id = r.composed.sectionIndicators[index];
    const finding = r.analysis.findings.find((x) => x.indicator.id === id);
    if (!finding) return;
    const f = distributionFigure({
      id: `riket-${index + 1}`,
      label: finding.indicator.label,
      unit: finding.indicator.unit,
      better: finding.indicator.better,
      year: r.analysis.year,
      values: finding.values,
    });
    if (f) figures.push({ ...f, heading: section.heading, name: `diagram-${figures.length + 1}` });
  });
  return { figures, share: shareImage(nationalShare(dataset, r)), ...headings(r.composed) };
}
