// Variation across all releases of the 290-municipality example: a journalist
// reading ten releases from ten municipalities must not see the same text
// ten times. The distribution is printed for the issue note.
import { describe, expect, it } from "vitest";
import { exampleReleases } from "./helpers/example-releases.js";

const { dataset, resources, releases } = await exampleReleases();

describe("variation over the example's releases", () => {
  it("makes a release for every participant", () => {
    expect(releases).toHaveLength(dataset.survey.participants);
  });

  it("the lead's first sentence is about a channel or a measure the headline names first", () => {
    const channelOf = new Map(dataset.indicators.map((i) => [i.id, i.channel]));
    // "direktsvaren" of "direktsvaren i telefon": a two-sided headline names its measures without the channel, or by
    // their tight name in the data ("e-postsvar inom en dag").
    const cut = (i: (typeof dataset.indicators)[number]): string => (i.short ?? "").replace(/ (?:i|på|via|inom|för) .*$/, "");
    const tight = new Map(dataset.indicators.flatMap((i) => [[`${i.id}`, cut(i)], ...(i.tight ? [[`${i.id}#tight`, i.tight]] : [])] as [string, string][]));
    const off = releases.flatMap((r) => {
      // The first side of "… – men …": a count of records there names no measure, so nothing to hold the lead to
      // ("Perstorp: rekord på fyra av fem mått, men bemötandet på sin sämsta nivå").
      const headline = r.claims.headline.toLowerCase().split(/,? (?:– )?men /)[0] ?? "";
      const first = r.claims.sentences.find((s) => s.text === r.composed.lead[0]?.text);
      const id = first?.claims[0]?.split(".")[0] ?? "";
      // The measure or channel named first in the headline: the first side of "… – men …".
      const names = [...tight].filter(([, n]) => n !== "").map(([key, n]) => ({ at: headline.indexOf(n), ok: key.split("#")[0] === id }));
      const channels = ["telefon", "e-post"].map((c) => ({ at: headline.search(new RegExp(`(via|i|på) ${c}`)), ok: c === channelOf.get(id) }));
      const firstNamed = [...names, ...channels].filter((x) => x.at >= 0).sort((a, b) => a.at - b.at)[0];
      if (!firstNamed) return []; // "Blandat resultat för …" names none
      return firstNamed.ok ? [] : [`${r.municipality.name}: "${r.claims.headline}" / ${id}`];
    });
    expect(off).toEqual([]);
  });

  it("no two leads are identical", () => {
    const leads = releases.map((r) => r.claims.lead);
    expect(new Set(leads).size).toBe(leads.length);
  });

  it("no phrase variant is used by more than its fair share", () => {
    const uses = new Map<string, Map<number, number>>();
    for (const r of releases) {
      for (const v of r.composed.variants) {
        const [slot, index] = v.split("#") as [string, string];
        const bySlot = uses.get(slot) ?? new Map<number, number>();
        bySlot.set(Number(index), (bySlot.get(Number(index)) ?? 0) + 1);
        uses.set(slot, bySlot);
      }
    }
    const report: string[] = [];
    const unfair: string[] = [];
    for (const [slot, counts] of [...uses].sort(([a], [b]) => a.localeCompare(b))) {
      const variants = resources.bank.slots.get(slot)?.length ?? counts.size;
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      const max = Math.max(...counts.values());
      const fair = total / variants;
      report.push(`${slot}: ${total} gånger, ${variants} varianter, ${[...counts].sort(([a], [b]) => a - b).map(([i, n]) => `#${i}:${n}`).join(" ")}`);
      // Fair share: 1.5 × the even split, or three standard deviations above it
      // for rarely used slots where chance alone spreads the counts.
      const bound = Math.ceil(Math.max(1.5 * fair, fair + 3 * Math.sqrt(fair)));
      if (max > bound) unfair.push(`${slot}: ${max} av ${total} (${variants} varianter, gräns ${bound})`);
    }
    console.log(`Fördelning av frasvarianter över ${releases.length} pressmeddelanden:\n${report.join("\n")}`);
    expect(unfair).toEqual([]);
  });
});
