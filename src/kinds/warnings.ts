// The short Swedish warnings shown beside a release (batch index, preview):
// what the communicator still has to add before publishing.
import type { Message } from "../messages.js";
import type { Dataset, Municipality } from "../schema.js";

export interface ReleaseWarning {
  ruleId: string;
  text: string;
}

export const WARNING_TEXT: Readonly<Record<string, string>> = {
  "no-quote": "inget citat",
  "no-previous-year": "inga resultat för föregående år",
  "no-contact": "ingen kontaktperson",
  "no-about": "ingen om-text",
  "no-date": "inget datum",
  "phrase-bank-exhausted": "frasbanken räckte inte till",
};

/** No quote, no previous year, and whatever composing the text warned about. */
export function releaseWarnings(dataset: Dataset, m: Municipality, composed: readonly Message[]): ReleaseWarning[] {
  const out: ReleaseWarning[] = [];
  if ((m.release?.quotes ?? []).length === 0) out.push({ ruleId: "no-quote", text: WARNING_TEXT["no-quote"] ?? "" });
  if (m.results[String(dataset.survey.year - 1)] === undefined) {
    out.push({ ruleId: "no-previous-year", text: WARNING_TEXT["no-previous-year"] ?? "" });
  }
  for (const w of composed) {
    if (out.some((o) => o.ruleId === w.ruleId)) continue;
    out.push({ ruleId: w.ruleId, text: WARNING_TEXT[w.ruleId] ?? w.reason });
  }
  return out;
}
