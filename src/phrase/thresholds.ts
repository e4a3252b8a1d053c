// phrase: what counts as a change, said once in a fact box (EDITORIAL.md §5):
// the most common threshold, and the others by indicator. Pure.
import type { Indicator } from "../schema.js";
import { formatDifference, joinList, keepNumberWithUnit } from "./swedish.js";

export interface ThresholdWords {
  /** The threshold most indicators share, e.g. "2 procentenheter". */
  gräns: string;
  /** The others, e.g. " (för svarstiden på e-post minst 1 timme)", or "". */
  undantag: string;
}

/** The change thresholds in words; undefined when no indicator has one (any change counts). */
export function thresholdWords(items: readonly { indicator: Indicator; same: number }[]): ThresholdWords | undefined {
  const groups = new Map<string, Indicator[]>();
  for (const { indicator, same } of items.filter((i) => i.same > 0)) {
    const key = formatDifference(same, indicator.unit);
    groups.set(key, [...(groups.get(key) ?? []), indicator]);
  }
  const [main, ...rest] = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  if (!main) return undefined;
  const others = rest.map(([gräns, inds]) => `för ${joinList(inds.map((i) => keepNumberWithUnit(i.short ?? i.subject)))} minst ${gräns}`);
  return { gräns: main[0], undantag: others.length > 0 ? ` (${joinList(others)})` : "" };
}
