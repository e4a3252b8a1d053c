// plan: the news order, from findings alone (no wording).
import { describe, expect, it } from "vitest";
import type { ChangeClass } from "../src/analyse/municipality.js";
import { byScore, channelClass, channelsInNewsOrder } from "../src/plan/order.js";

interface F {
  id: string;
  indicator: { channel: string };
  changeClass: ChangeClass | null;
  score: number;
}
const f = (id: string, channel: string, changeClass: ChangeClass | null, score: number): F => ({
  id,
  indicator: { channel },
  changeClass,
  score,
});

describe("channelClass", () => {
  it.each<[(ChangeClass | null)[], string | null]>([
    [["improved", "strongly-improved"], "strongly-improved"],
    [["improved", "unchanged"], "improved"],
    [["declined", "improved"], "mixed"],
    [["strongly-declined", "unchanged"], "strongly-declined"],
    [["unchanged", null], "unchanged"],
    [[null, null], null],
  ])("%j → %s", (classes, expected) => {
    expect(channelClass(classes.map((changeClass) => ({ changeClass })))).toBe(expected);
  });
});

describe("news order", () => {
  it("sorts by score, keeping data order for equal scores", () => {
    const items = [f("a", "x", null, 1), f("b", "x", null, 3), f("c", "x", null, 1)];
    expect(byScore(items).map((x) => x.id)).toEqual(["b", "a", "c"]);
  });

  it("orders the sections by their most newsworthy finding, so the headline's channel comes first", () => {
    const ranked = byScore([f("tel1", "telefon", "improved", 2), f("mail", "e-post", "strongly-declined", 5), f("tel2", "telefon", "unchanged", 0.3)]);
    const channels = channelsInNewsOrder(ranked);
    expect(channels.map((c) => c.channel)).toEqual(["e-post", "telefon"]);
    expect(channels[1]?.findings.map((x) => x.id)).toEqual(["tel1", "tel2"]);
    expect(channels[1]?.changeClass).toBe("improved");
  });
});
