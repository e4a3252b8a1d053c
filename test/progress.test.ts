// What the user sees while a batch runs: a bar on a terminal, plain lines in
// a log, and a summary they can read at a glance.
import { describe, expect, it } from "vitest";
import { barProgress, formatDuration, lineProgress } from "../src/write/progress.js";

describe("progress", () => {
  it("a log gets one plain line per release, with status and warnings in Swedish", () => {
    let out = "";
    const p = lineProgress((s) => (out += s));
    p.start(264);
    p.update({ done: 1, total: 264, label: "0126 Huddinge", status: "generated", warnings: 0 });
    p.update({ done: 2, total: 264, label: "0180 Stockholm", status: "unchanged", warnings: 1 });
    p.update({ done: 3, total: 264, label: "0181 Södertälje", status: "failed", warnings: 2 });
    expect(out).toBe(
      "[1/264] 0126 Huddinge: skapad\n[2/264] 0180 Stockholm: oförändrad (1 varning)\n[3/264] 0181 Södertälje: misslyckades (2 varningar)\n",
    );
  });

  it("a terminal gets one bar redrawn in place: done/total, rate, time left, current municipality", () => {
    let out = "";
    let now = 0;
    const p = barProgress((s) => (out += s), () => 120, () => now);
    p.start(10);
    now = 2000;
    p.update({ done: 4, total: 10, label: "0126 Huddinge", status: "generated", warnings: 0 });
    const line = out.split("\r").pop() ?? "";
    expect(line).toMatch(/^\u001B\[2K█{10}░{14} 4\/10 {2}2\/s {2}kvar 3\u00A0s {2}0126 Huddinge$/);
    // A failure is printed above the bar, which is drawn again.
    p.log("0180 Stockholm: fel");
    expect(out).toContain("0180 Stockholm: fel\n");
    now = 5000;
    p.update({ done: 10, total: 10, label: "2584 Kiruna", status: "generated", warnings: 0 });
    p.stop();
    expect(out.endsWith("\n")).toBe(true);
    expect(out).toContain("10/10");
  });

  it("never draws wider than the terminal", () => {
    let out = "";
    const p = barProgress((s) => (out += s), () => 40, () => 1000);
    p.start(290);
    p.update({ done: 1, total: 290, label: "2260 Ånge med ett mycket långt namn som inte får plats", status: "generated", warnings: 0 });
    const line = (out.split("\r").pop() ?? "").replace("\u001B[2K", "");
    expect(line.length).toBeLessThanOrEqual(39);
  });

  it.each([
    [400, "0,4\u00A0s"],
    [12_300, "12\u00A0s"],
    [65_000, "1\u00A0min 05\u00A0s"],
    [Number.NaN, "–"],
  ])("formats %d ms as %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
