// plan: the angle of headline and lead, chosen from the findings by news
// value. Pure; no wording here.
import {
  comparePolarity,
  isDecline,
  isImprovement,
  type ChangeClass,
  type CompareClass,
  type IndicatorFinding,
} from "../analyse/municipality.js";
import type { NationalFinding } from "../analyse/national.js";
import type { Channel } from "./order.js";

export type ChannelFinding = Channel<IndicatorFinding>;
export type NationalChannel = Channel<NationalFinding>;

export type Angle =
  | { kind: "contrast"; up: ChannelFinding; down: ChannelFinding }
  | { kind: "improved" | "declined"; channels: ChannelFinding[]; strong: boolean }
  | { kind: "mixed"; channels: ChannelFinding[] }
  | { kind: "unchanged"; channels: ChannelFinding[] }
  | { kind: "compare"; finding: IndicatorFinding; polarity: -1 | 0 | 1; strong: boolean }
  | { kind: "none" };

export type NationalAngle =
  | { kind: "contrast"; up: NationalChannel; down: NationalChannel }
  | { kind: "improved" | "declined"; channels: NationalChannel[]; strong: boolean }
  | { kind: "mixed"; channels: NationalChannel[] }
  | { kind: "unchanged"; channels: NationalChannel[] }
  | { kind: "none" };

export function chooseAngle(channels: ChannelFinding[], ranked: IndicatorFinding[]): Angle {
  const up = channels.filter((c) => isImprovement(c.changeClass as ChangeClass));
  // A channel that went both ways but holds a strong decline (and no strong
  // improvement) counts as a decline: a small gain elsewhere must not carry
  // a positive headline over it.
  const has = (c: ChannelFinding, cls: ChangeClass): boolean => c.findings.some((f) => f.changeClass === cls);
  const down = channels.filter(
    (c) =>
      isDecline(c.changeClass as ChangeClass) ||
      (c.changeClass === "mixed" && has(c, "strongly-declined") && !has(c, "strongly-improved")),
  );
  const [firstUp] = up;
  const [firstDown] = down;
  if (firstUp && firstDown) return { kind: "contrast", up: firstUp, down: firstDown };
  if (firstUp) {
    return { kind: "improved", channels: up, strong: up.some((c) => c.changeClass === "strongly-improved") };
  }
  if (firstDown) {
    return { kind: "declined", channels: down, strong: down.some((c) => c.changeClass === "strongly-declined") };
  }
  const mixed = channels.filter((c) => c.changeClass === "mixed");
  if (mixed.length > 0) return { kind: "mixed", channels: mixed };
  const unchanged = channels.filter((c) => c.changeClass === "unchanged");
  if (unchanged.length > 0) return { kind: "unchanged", channels: unchanged };
  // The comparison headline names riket, so it needs the national value. It
  // speaks for a whole channel, so it is only used for a finding whose
  // channel does not hold the opposite comparison ("bättre än riket via
  // telefon" when two of three telephone figures are worse would mislead).
  const withNational = ranked.filter((f) => f.vsNational !== null);
  const consistent = withNational.find((f) => {
    const p = comparePolarity(f.vsNational as CompareClass);
    const channel = channels.find((c) => c.findings.includes(f));
    return !(channel?.findings ?? []).some((g) => g.vsNational !== null && comparePolarity(g.vsNational) * p < 0);
  });
  if (consistent && consistent.vsNational !== null) {
    const c = consistent.vsNational;
    return {
      kind: "compare",
      finding: consistent,
      polarity: comparePolarity(c),
      strong: c === "much-better" || c === "much-worse",
    };
  }
  if (withNational.length > 0) return { kind: "mixed", channels };
  return { kind: "none" };
}

/**
 * The headline's angle, by the same rules as a municipality's (`chooseAngle`); there is no riket to compare riket with, so no "compare".
 */
export function nationalAngle(channels: NationalChannel[]): NationalAngle {
  // chooseAngle works on municipal findings; map ours onto them and back.
  const asFinding = (f: NationalFinding): IndicatorFinding => ({
    indicator: f.indicator,
    value: f.average,
    previous: f.previousAverage,
    change: f.change,
    changeClass: f.changeClass,
    national: null,
    vsNational: null,
    previousVsNational: null,
    group: null,
    vsGroup: null,
    rank: null,
    // Not used: riket is not compared with riket.
    compareThresholds: { same: 0, strong: 0 },
    score: f.score,
  });
  const mapped: ChannelFinding[] = channels.map((c) => ({
    channel: c.channel,
    findings: c.findings.map(asFinding),
    changeClass: c.changeClass,
    score: c.score,
  }));
  const back = (c: ChannelFinding): NationalChannel => channels[mapped.indexOf(c)] as NationalChannel;
  const a: Angle = chooseAngle(mapped, mapped.flatMap((c) => c.findings));
  switch (a.kind) {
    case "contrast":
      return { kind: "contrast", up: back(a.up), down: back(a.down) };
    case "improved":
    case "declined":
      return { kind: a.kind, channels: a.channels.map(back), strong: a.strong };
    case "mixed":
    case "unchanged":
      return { kind: a.kind, channels: a.channels.map(back) };
    default:
      return { kind: "none" };
  }
}
