// The short Swedish warnings shown beside a release (batch index, preview):
// what the communicator still has to add before publishing. The titles are
// the catalogue's (../catalogue.ts).
import { ruleIdOf, WARNING_TITLES, type MessageId } from "../catalogue.js";
import type { Message } from "../messages.js";
import type { Dataset, Municipality } from "../schema.js";

export interface ReleaseWarning {
  ruleId: string;
  text: string;
}

/** Short titles by ruleId ("no-quote" → "inget citat"). */
export const WARNING_TEXT: Readonly<Record<string, string>> = WARNING_TITLES;

function titled(id: MessageId): ReleaseWarning {
  const ruleId = ruleIdOf(id);
  return { ruleId, text: WARNING_TEXT[ruleId] ?? "" };
}

/** No quote, no previous year, and whatever composing the text warned about. */
export function releaseWarnings(dataset: Dataset, m: Municipality, composed: readonly Message[]): ReleaseWarning[] {
  const out: ReleaseWarning[] = [];
  if ((m.release?.quotes ?? []).length === 0) out.push(titled("no-quote"));
  if (m.results[String(dataset.survey.year - 1)] === undefined) out.push(titled("no-previous-year"));
  for (const w of composed) {
    if (out.some((o) => o.ruleId === w.ruleId)) continue;
    out.push({ ruleId: w.ruleId, text: WARNING_TEXT[w.ruleId] ?? w.reason });
  }
  return out;
}
