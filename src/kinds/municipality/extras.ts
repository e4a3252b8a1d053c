// The municipal release's charts and share image, for Word, images and the web fragment.
import { formatYear } from "../../phrase/swedish.js";
import { channelFigure, formatChartValue } from "../../render/chart.js";
import { sectionIndicators } from "../../render/html.js";
import { headings, shareBase, type PlacedFigure, type ReleaseExtras } from "../../render/release-extras.js";
import { shareImage, type ShareInput } from "../../render/share-image.js";
import { channelTrendInput, releaseHistory, trendFigure } from "../../render/trend.js";
import type { Dataset } from "../../schema.js";
import type { GeneratedRelease } from "./release.js";

function municipalityShare(dataset: Dataset, r: GeneratedRelease): ShareInput {
  const { claims } = r;
  const { base, ind } = shareBase(dataset, r.composed, claims.headline, claims.indicators);
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

/**
 * Extras of a municipality's release: one chart per channel section, then,
 * with three years or more, one chart of the years per channel
 * ("tidsserie-1" …; Word and the web fragment show the first chart of a section only).
 */
export function municipalityExtras(dataset: Dataset, r: GeneratedRelease): ReleaseExtras {
  const figures: PlacedFigure[] = [];
  const trends: PlacedFigure[] = [];
  const history = releaseHistory(dataset, r.municipality);
  r.composed.sections.forEach((section, index) => {
    const input = {
      id: `diagram-${index + 1}`,
      channel: section.heading,
      municipality: r.claims.municipality.name,
      year: r.claims.year,
      indicators: sectionIndicators(section, r.claims),
    };
    const f = channelFigure(input);
    if (f) figures.push({ ...f, heading: section.heading, name: `diagram-${figures.length + 1}` });
    const t = trendFigure(channelTrendInput({ ...input, history }));
    if (t) trends.push({ ...t, heading: section.heading, name: `tidsserie-${trends.length + 1}` });
  });
  return { figures: [...figures, ...trends], share: shareImage(municipalityShare(dataset, r)), ...headings(r.composed) };
}
