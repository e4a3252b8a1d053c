// plan: the news order. Findings and channels sorted by news value (most
// newsworthy first), for both kinds of release; the sections of a release
// follow the channels' order. Pure.
import { isDecline, isImprovement, type ChangeClass } from "../analyse/municipality.js";

export type ChannelClass = ChangeClass | "mixed" | null;

/** A channel's findings in news order, with the class they make together. */
export interface Channel<F> {
  channel: string;
  findings: F[];
  changeClass: ChannelClass;
  score: number;
}

interface Scored {
  score: number;
}

interface Newsworthy extends Scored {
  indicator: { channel: string };
  changeClass: ChangeClass | null;
}

/** Sorted by score, highest first; equal scores keep data order. */
export function byScore<T extends Scored>(items: readonly T[]): T[] {
  return items
    .map((x, i) => ({ x, i }))
    .sort((a, b) => b.x.score - a.x.score || a.i - b.i)
    .map((e) => e.x);
}

/** One class for a channel: "mixed" when its indicators went both ways. */
export function channelClass(findings: readonly { changeClass: ChangeClass | null }[]): ChannelClass {
  const classes = findings.map((f) => f.changeClass).filter((c): c is ChangeClass => c !== null);
  if (classes.length === 0) return null;
  const up = classes.filter(isImprovement);
  const down = classes.filter(isDecline);
  if (up.length > 0 && down.length > 0) return "mixed";
  if (up.length > 0) return up.includes("strongly-improved") ? "strongly-improved" : "improved";
  if (down.length > 0) return down.includes("strongly-declined") ? "strongly-declined" : "declined";
  return "unchanged";
}

/** The channels in news order, each with its findings in news order. */
export function channelsInNewsOrder<F extends Newsworthy>(ranked: readonly F[]): Channel<F>[] {
  const names = [...new Set(ranked.map((f) => f.indicator.channel))];
  return byScore(
    names.map((channel) => {
      const fs = ranked.filter((f) => f.indicator.channel === channel);
      return { channel, findings: fs, changeClass: channelClass(fs), score: Math.max(...fs.map((f) => f.score)) };
    }),
  );
}
