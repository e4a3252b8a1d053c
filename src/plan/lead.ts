// Which findings the lead states, for a municipality's release and for riket's
// alike: first the headline's own finding, then the strongest one that went
// the other way (a decline is never left out of the lead).
import { isDecline, isImprovement, type ChangeClass } from "../analyse/municipality.js";

interface Classed {
  changeClass: ChangeClass | null;
}

interface ChannelOf<F> {
  findings: readonly F[];
  score: number;
}

export type LeadAngle<F> =
  | { kind: "contrast"; up: ChannelOf<F>; down: ChannelOf<F> }
  | { kind: "improved" | "declined"; channels: readonly ChannelOf<F>[] }
  | { kind: "compare"; finding: F }
  | { kind: "mixed" | "unchanged" | "none" };

/**
 * The headline's finding: the most newsworthy one of the headline's kind in
 * the channels the headline names (a telephone gain must not lead under an
 * e-mail headline), else anywhere.
 */
export function leadFinding<F extends Classed>(ranked: readonly F[], angle: LeadAngle<F>): F | undefined {
  const pick = (pred: (c: ChangeClass | null) => boolean, channels: readonly ChannelOf<F>[]): F | undefined =>
    ranked.find((f) => pred(f.changeClass) && channels.some((c) => c.findings.includes(f))) ??
    ranked.find((f) => pred(f.changeClass));
  switch (angle.kind) {
    case "improved":
      return pick(isImprovement, angle.channels);
    case "declined":
      return pick(isDecline, angle.channels);
    case "contrast":
      return angle.up.score >= angle.down.score ? pick(isImprovement, [angle.up]) : pick(isDecline, [angle.down]);
    case "compare":
      return angle.finding;
    default:
      return ranked[0];
  }
}

/** The strongest finding that went the other way from the lead's. */
export function counterFinding<F extends Classed>(ranked: readonly F[], top: F): F | undefined {
  if (isImprovement(top.changeClass)) return ranked.find((f) => isDecline(f.changeClass));
  if (isDecline(top.changeClass)) return ranked.find((f) => isImprovement(f.changeClass));
  if (top.changeClass === "unchanged") {
    return ranked.find((f) => f !== top && (isDecline(f.changeClass) || isImprovement(f.changeClass)));
  }
  return undefined;
}
