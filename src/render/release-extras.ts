// What the Word, image and web renderings need beyond the Markdown: each
// section's chart as parts (SVG, text alternative, tables), the share image's
// content, and the headings of the fact box, contacts and about text. Each
// kind builds its own (src/kinds/<kind>/extras.ts); the renderers themselves
// are kind-agnostic.
import type { Dataset } from "../schema.js";
import type { ComposedRelease } from "../phrase/compose.js";
import type { ChartFigure } from "./chart.js";
import type { ShareImage } from "./share-image.js";
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

export function headings(c: ComposedRelease): Pick<ReleaseExtras, "factsHeading" | "contactsHeading" | "aboutHeading" | "language"> {
  return { factsHeading: c.factsHeading, contactsHeading: c.contactsHeading, aboutHeading: c.aboutHeading, language: "sv-SE" };
}

export function surveyLabel(dataset: Dataset): string {
  return `${dataset.survey.shortName ?? dataset.survey.name} ${formatYear(dataset.survey.year)}`;
}

/** The indicator the lead's first sentence is about: the headline's finding. */
export function leadIndicator(c: ComposedRelease): string | null {
  const claim = c.lead.flatMap((s) => s.claims).find((x) => x.includes("."));
  return claim === undefined ? null : claim.slice(0, claim.lastIndexOf("."));
}

/**
 * What every share image starts from: sender, survey, headline and source,
 * and the claims of the indicator the lead is about (null when there is none).
 */
export function shareBase<I extends { id: string }>(
  dataset: Dataset,
  c: ComposedRelease,
  headline: string,
  indicators: readonly I[],
): { base: { sender: string; survey: string; headline: string; source: string }; ind: I | null } {
  const id = leadIndicator(c);
  const ind = indicators.find((i) => i.id === id) ?? null;
  return { base: { sender: c.sender, survey: surveyLabel(dataset), headline, source: c.source }, ind };
}
