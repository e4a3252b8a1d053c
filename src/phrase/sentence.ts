// phrase: what a composed sentence is, and how the story fills a phrase-bank slot.
import type { IndicatorFinding } from "../analyse/municipality.js";

export interface Sentence {
  text: string;
  claims: string[];
}

export interface StorySection {
  heading: string;
  sentences: Sentence[];
}

/** Fills a slot: `finding` supplies {ämne}/{Ämne} (the long form at the first mention, then the short). */
export type StorySay = (slot: string, values: Record<string, string>, finding?: IndicatorFinding) => string;

/** A sentence of this many words or more is long: the lead splits it, and a clause is not added to it (reads EE, EG). */
export const LONG_SENTENCE = 32;

/**
 * A sentence that turns the lead to news the other way: it opens with "Men", "Samtidigt" or "Däremot". (Not a change
 * that says "däremot" after its verb: counted as a turn, Ockelbo's "gick däremot upp" joined an ingress that had
 * counted measures behind riket, and read HR found its "däremot" had nothing to contrast.)
 */
export const TURN = /^(Men|Samtidigt|Däremot)\b/;

/** The words of some text. */
export function wordsIn(text: string): number {
  return text.split(/\s+/).length;
}

/** The figures with their unit in some text ("55\u00A0procent", "1,4\u00A0timmar"). */
export function figuresIn(text: string): number {
  return text.match(/\d+(?:,\d+)?\u00A0(?:timmar|timme|minuter|minut|sekunder|procent)\b/g)?.length ?? 0;
}

/** As figuresIn, with a change in procentenheter counted too ("steg med 5 procentenheter, till 53 procent"). */
export function figuresWithStepsIn(text: string): number {
  return figuresIn(text) + (text.match(/\d+(?:,\d+)?\u00A0procentenheter?\b/g)?.length ?? 0);
}

/** Every claim of the sentence is on the measure `id` (none when it has no claims). */
export function onlyAbout(s: Sentence, id: string): boolean {
  return s.claims.every((c) => c.startsWith(`${id}.`));
}
