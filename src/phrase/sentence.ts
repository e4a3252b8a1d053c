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
