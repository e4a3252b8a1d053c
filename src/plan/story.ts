// plan: the story of a release, before any wording: the findings in news
// order, the channels (sections) in news order, the angle of headline and
// lead, and the findings the lead states. Pure.
import type { NationalAnalysis, NationalFinding } from "../analyse/national.js";
import { nationalAngle, type NationalAngle, type NationalChannel } from "./angle.js";
import { counterFinding, leadFinding } from "./lead.js";
import { byScore, channelsInNewsOrder } from "./order.js";

export interface StoryPlan<F, C, A> {
  /** Findings in news order (most newsworthy first). */
  ranked: F[];
  /** Channels in news order: the order of the sections. */
  channels: C[];
  angle: A;
  /** The finding the lead opens with: the strongest one behind the headline. */
  lead: F | undefined;
  /** The strongest finding that went the other way from the lead's. */
  counter: F | undefined;
}

export type NationalPlan = StoryPlan<NationalFinding, NationalChannel, NationalAngle>;

export { planMunicipality, type MunicipalityPlan } from "./municipality.js";

export function planNational(analysis: NationalAnalysis): NationalPlan {
  const ranked = byScore(analysis.findings);
  const channels = channelsInNewsOrder(ranked);
  const angle = nationalAngle(channels);
  const lead = leadFinding(ranked, angle);
  return { ranked, channels, angle, lead, counter: lead ? counterFinding(ranked, lead) : undefined };
}
