// The national release's distribution charts and share image, for Word, images and the web fragment.
import { formatYear } from "../../phrase/swedish.js";
import { formatChartValue } from "../../render/chart.js";
import { distributionFigure } from "../../render/distribution.js";
import { headings, shareBase, type PlacedFigure, type ReleaseExtras } from "../../render/release-extras.js";
import { shareImage, type ShareInput } from "../../render/share-image.js";
import { nationalTrendInput, trendFigure } from "../../render/trend.js";
import type { Dataset } from "../../schema.js";
import { sectionCharts, type GeneratedNational } from "./release.js";

function nationalShare(dataset: Dataset, r: GeneratedNational): ShareInput {
  const { claims } = r;
  const { base, ind } = shareBase(dataset, r.composed, claims.headline, claims.indicators);
  if (ind === null) return { ...base, label: null, figure: null, comparison: null };
  const v = (n: number): string => formatChartValue(n, ind.unit);
  return {
    ...base,
    label: `${ind.label}, snitt i riket ${formatYear(claims.year)}`,
    figure: v(ind.average),
    comparison: ind.previousAverage !== null ? `Från ${v(ind.previousAverage)} ${formatYear(claims.previousYear)}` : null,
  };
}

/**
 * Extras of the national summary: one distribution chart per indicator
 * section, then, with three years or more, riket's average over the years
 * ("tidsserie-1" …; Word and the web fragment show the first chart of a section only).
 */
export function nationalExtras(dataset: Dataset, r: GeneratedNational): ReleaseExtras {
  const figures: PlacedFigure[] = [];
  const trends: PlacedFigure[] = [];
  r.composed.sections.forEach((section, index) => {
    const s = sectionCharts(r, index);
    if (!s) return;
    const f = distributionFigure(s.distribution);
    if (f) figures.push({ ...f, heading: section.heading, name: `diagram-${figures.length + 1}` });
    const t = trendFigure(nationalTrendInput(dataset, s.finding, s.id, r.analysis.year));
    if (t) trends.push({ ...t, heading: section.heading, name: `tidsserie-${trends.length + 1}` });
  });
  return { figures: [...figures, ...trends], share: shareImage(nationalShare(dataset, r)), ...headings(r.composed) };
}
