import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import {
  approximate,
  approximatePercent,
  capitalize,
  countPhrase,
  formatDate,
  formatDifference,
  formatDataNumber,
  formatNumber,
  formatRange,
  formatTime,
  formatTimeRange,
  formatValue,
  formatWeeks,
  formatYear,
  genitive,
  joinList,
  lowerFirst,
  NBSP,
  numberWord,
  ordinal,
  type UnitKind,
} from "../src/phrase/swedish.js";

const S = NBSP;

/** officiellt_namn for a municipality code in the reference data (names are data, never derived). */
function officialName(code: string): string | undefined {
  const csv = readFileSync("data/reference/kommuner.csv", "utf8");
  for (const line of csv.split(/\r?\n/)) {
    const m = /^(\d{4}),[^,]*,([^,]*),/.exec(line);
    if (m?.[1] === code) return m[2];
  }
  return undefined;
}

describe("SPRAK.md test cases, row by row", () => {
  const rows: [string, () => string | undefined, string][] = [
    ["12345", () => formatNumber(12345), `12${S}345`],
    ["1234.5", () => formatNumber(1234.5), `1${S}234,5`],
    ["41.25, one decimal", () => formatNumber(41.25, 1), "41,3"],
    ["90 percent, running text", () => formatValue(90, "percent", "text"), `90${S}procent`],
    ["90 percent, table", () => formatValue(90, "percent", "table"), `90${S}%`],
    ["79 → 98 percent", () => `ökade med ${formatDifference(98 - 79, "percent")}`, `ökade med 19${S}procentenheter`],
    ["0.5 percentage points", () => formatDifference(0.5, "percent"), `0,5${S}procentenheter`],
    ["1 percentage point", () => formatDifference(1, "percent"), `1${S}procentenhet`],
    [
      "1 hour / 3 hours / 1.5 hours",
      () => [1, 3, 1.5].map((h) => formatValue(h, "hours")).join(" / "),
      `1${S}timme / 3${S}timmar / 1,5${S}timmar`,
    ],
    ["weeks 41, 46", () => formatWeeks(41, 46), "vecka 41–46"],
    ["2020-01-23", () => formatDate("2020-01-23"), "23 januari 2020"],
    ["2020-01-23 with weekday", () => formatDate("2020-01-23", { weekday: true }), "torsdag 23 januari 2020"],
    ["15:00", () => formatTime("15:00"), "kl. 15.00"],
    ["[Lund, Malmö, Ystad]", () => joinList(["Lund", "Malmö", "Ystad"]), "Lund, Malmö och Ystad"],
    ["10 municipalities, count in words", () => countPhrase(10, "kommun", "kommuner"), "tio kommuner"],
    ["13 municipalities", () => countPhrase(13, "kommun", "kommuner"), `13${S}kommuner`],
    ["ordinals 1, 3, 11, 21, 22", () => [1, 3, 11, 21, 22].map(ordinal).join(", "), "1:a, 3:e, 11:e, 21:a, 22:a"],
    ["53 percent, approximate", () => approximatePercent(53), `drygt hälften (53${S}procent)`],
    ["48 percent, approximate", () => approximatePercent(48), `nästan hälften (48${S}procent)`],
    ["80 percent, approximate", () => approximatePercent(80), `åtta av tio (80${S}procent)`],
    ["33 percent (en-ord), approximate", () => approximatePercent(33, "en"), `var tredje (33${S}procent)`],
    ["16 percent, approximate", () => approximatePercent(16), `16${S}procent`],
    ["98 percent, approximate", () => approximatePercent(98), `nästan alla (98${S}procent)`],
    ["genitive Lunds kommun", () => genitive("Lunds kommun"), "Lunds kommuns"],
    ["genitive Göteborgs Stad", () => genitive("Göteborgs Stad"), "Göteborgs Stads"],
    [
      "genitive short Huddinge / Kramfors / Kalix",
      () => ["Huddinge", "Kramfors", "Kalix"].map(genitive).join(" / "),
      "Huddinges / Kramfors / Kalix",
    ],
    [
      "official name of 2080 / 0880 / 0980",
      () => ["2080", "0880", "0980"].map(officialName).join(" / "),
      "Falu kommun / Kalmar kommun / Region Gotland",
    ],
  ];
  it.each(rows)("%s", (_label, run, expected) => {
    expect(run()).toBe(expected);
  });
});

describe("formatNumber", () => {
  it.each<[number, number | undefined, string]>([
    [0, undefined, "0"],
    [7, undefined, "7"],
    [999, undefined, "999"],
    [1000, undefined, "1\u00A0000"],
    [1234567890, undefined, "1\u00A0234\u00A0567\u00A0890"],
    [2.5, undefined, "2,5"],
    [3.0, undefined, "3"],
    [41.249, undefined, "41,2"],
    [41.25, 0, "41"],
    [41.5, 0, "42"],
    [3.14159, 2, "3,14"],
    [0.1, 2, "0,1"],
    [-3, undefined, "\u22123"],
    [-1234.5, undefined, "\u22121\u00A0234,5"],
    [-0.5, undefined, "\u22120,5"],
  ])("%d (max %s decimals) → %s", (n, max, expected) => {
    expect(formatNumber(n, max)).toBe(expected);
  });

  it("never shows a minus on zero, including values that round to zero", () => {
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(-0.04)).toBe("0");
    expect(formatNumber(-0.4, 0)).toBe("0");
  });

  it("uses only U+00A0 between digit groups and U+2212 for minus", () => {
    const out = formatNumber(-98765432.1);
    expect(out).toBe("\u221298\u00A0765\u00A0432,1");
    expect(out).not.toMatch(/[ \u202F-]/);
  });

  it("throws on NaN and infinities instead of printing them", () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatNumber(Number.NEGATIVE_INFINITY)).toThrow(RangeError);
  });

  it("throws on a nonsensical number of decimals", () => {
    expect(() => formatNumber(1, -1)).toThrow(RangeError);
    expect(() => formatNumber(1, 1.5)).toThrow(RangeError);
  });
});

describe("formatDataNumber: a value from the data, in a validation message", () => {
  it.each([
    [104, "104"],
    [12345, "12345"],
    [2019.5, "2019,5"],
    [-3, "-3"],
    [-0.5, "-0,5"],
    [-0, "0"],
    [0.1 + 0.2, "0,30000000000000004"],
    [-0.000004684681875705736, "-0,000004684681875705736"],
    [1e21, "1e+21"],
    [1e-7, "1e-7"],
    [Number.NaN, "NaN"],
    [Number.NEGATIVE_INFINITY, "-Infinity"],
  ])("%d → %s (every digit, no groups, ASCII minus)", (n, expected) => {
    expect(formatDataNumber(n)).toBe(expected);
  });
});

describe("formatYear", () => {
  it("writes years without a digit-group space", () => {
    expect(formatYear(2019)).toBe("2019");
    expect(formatYear(12019)).toBe("12019");
  });
  it("rejects a fractional year", () => {
    expect(() => formatYear(2019.5)).toThrow(RangeError);
  });
});

describe("formatValue", () => {
  it.each<[number, UnitKind, string]>([
    [98, "percent", `98${S}procent`],
    [41.25, "percent", `41,3${S}procent`],
    [1, "percent", `1${S}procent`],
    [-2, "percent", `\u22122${S}procent`],
    [84, "index", `index${S}84`],
    [1, "hours", `1${S}timme`],
    [3, "hours", `3${S}timmar`],
    [1.5, "hours", `1,5${S}timmar`],
    [0.5, "hours", `0,5${S}timmar`],
    [1.04, "hours", `1${S}timme`],
    [0, "hours", `0${S}timmar`],
    [1, "minutes", `1${S}minut`],
    [5, "minutes", `5${S}minuter`],
    [2.5, "minutes", `2,5${S}minuter`],
    [1, "seconds", `1${S}sekund`],
    [60, "seconds", `60${S}sekunder`],
    [1234, "seconds", `1${S}234${S}sekunder`],
    [1234, "count", `1${S}234`],
    [1, "count", "1"],
  ])("running text: %d %s → %s", (n, unit, expected) => {
    expect(formatValue(n, unit, "text")).toBe(expected);
  });

  it("defaults to running text", () => {
    expect(formatValue(90, "percent")).toBe(`90${S}procent`);
  });

  it.each<[number, UnitKind, string]>([
    [90, "percent", `90${S}%`],
    [41.25, "percent", `41,3${S}%`],
    [84, "index", "84"],
    [1, "hours", `1${S}tim`],
    [3, "hours", `3${S}tim`],
    [5, "minutes", `5${S}min`],
    [60, "seconds", `60${S}s`],
    [12345, "count", `12${S}345`],
  ])("table: %d %s → %s", (n, unit, expected) => {
    expect(formatValue(n, unit, "table")).toBe(expected);
  });
});

describe("formatDifference", () => {
  it.each<[number, UnitKind, string]>([
    [19, "percent", `19${S}procentenheter`],
    [-19, "percent", `19${S}procentenheter`],
    [1, "percent", `1${S}procentenhet`],
    [-1, "percent", `1${S}procentenhet`],
    [0.5, "percent", `0,5${S}procentenheter`],
    [-0.04, "percent", `0${S}procentenheter`],
    [3, "index", `3${S}enheter`],
    [1, "index", `1${S}enhet`],
    [-1, "index", `1${S}enhet`],
    [-2, "hours", `2${S}timmar`],
    [1, "hours", `1${S}timme`],
    [1, "minutes", `1${S}minut`],
    [-12, "minutes", `12${S}minuter`],
    [-1, "seconds", `1${S}sekund`],
    [30, "seconds", `30${S}sekunder`],
    [-1234, "count", `1${S}234`],
  ])("%d %s → %s (size only, never a sign or 'procent')", (diff, unit, expected) => {
    const out = formatDifference(diff, unit);
    expect(out).toBe(expected);
    expect(out).not.toMatch(/\u2212|procent\b/);
  });
});

describe("formatDate", () => {
  it.each([
    ["2020-01-23", "torsdag 23 januari 2020"],
    ["2024-02-29", "torsdag 29 februari 2024"],
    ["2019-12-31", "tisdag 31 december 2019"],
    ["2000-01-01", "lördag 1 januari 2000"],
    ["2023-06-06", "tisdag 6 juni 2023"],
    ["2019-03-04", "måndag 4 mars 2019"],
    ["2021-08-15", "söndag 15 augusti 2021"],
    ["1999-12-31", "fredag 31 december 1999"],
  ])("%s with weekday → %s", (iso, expected) => {
    expect(formatDate(iso, { weekday: true })).toBe(expected);
  });

  it("writes every month in lower case with day without leading zero", () => {
    const months = [
      "januari", "februari", "mars", "april", "maj", "juni",
      "juli", "augusti", "september", "oktober", "november", "december",
    ];
    months.forEach((name, i) => {
      const mm = String(i + 1).padStart(2, "0");
      expect(formatDate(`2019-${mm}-05`)).toBe(`5 ${name} 2019`);
    });
  });

  describe("does not depend on the machine's time zone", () => {
    const original = process.env["TZ"];
    afterEach(() => {
      if (original === undefined) delete process.env["TZ"];
      else process.env["TZ"] = original;
    });
    it.each(["Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Stockholm"])("in %s", (tz) => {
      process.env["TZ"] = tz;
      expect(formatDate("2020-01-23", { weekday: true })).toBe("torsdag 23 januari 2020");
      expect(formatDate("2019-12-31", { weekday: true })).toBe("tisdag 31 december 2019");
    });
  });

  it.each(["2019-02-29", "2020-13-01", "2020-1-23", "23 januari 2020", "2020-01-23T10:00:00Z", ""])(
    "rejects %j instead of printing a wrong date",
    (bad) => {
      expect(() => formatDate(bad)).toThrow(RangeError);
    },
  );
});

describe("formatTime and formatTimeRange", () => {
  it.each([
    ["15:00", "kl. 15.00"],
    ["09:00", "kl. 9.00"],
    ["9:05", "kl. 9.05"],
    ["00:30", "kl. 0.30"],
    ["23:59", "kl. 23.59"],
  ])("%s → %s", (hhmm, expected) => {
    expect(formatTime(hhmm)).toBe(expected);
  });

  it("writes an opening-hours range with an en dash and one kl.", () => {
    expect(formatTimeRange("09:00", "15:30")).toBe("kl. 9.00–15.30");
  });

  it.each(["24:00", "15:60", "1500", "kl. 15", ""])("rejects %j", (bad) => {
    expect(() => formatTime(bad)).toThrow(RangeError);
  });
});

describe("formatRange and formatWeeks", () => {
  it("joins with an en dash and no spaces", () => {
    expect(formatRange(41, 46)).toBe("41–46");
    expect(formatRange(1000, 2500)).toBe(`1${S}000–2${S}500`);
  });
  it("writes one number when both ends are equal", () => {
    expect(formatRange(41, 41)).toBe("41");
    expect(formatWeeks(41, 41)).toBe("vecka 41");
  });
  it("writes a week span", () => {
    expect(formatWeeks(9, 12)).toBe("vecka 9–12");
  });
});

describe("ordinal", () => {
  it.each([
    [1, "1:a"], [2, "2:a"], [3, "3:e"], [4, "4:e"], [10, "10:e"], [11, "11:e"], [12, "12:e"],
    [13, "13:e"], [21, "21:a"], [22, "22:a"], [25, "25:e"], [101, "101:a"], [102, "102:a"],
    [111, "111:e"], [112, "112:e"], [121, "121:a"], [290, "290:e"],
  ])("%d → %s", (n, expected) => {
    expect(ordinal(n)).toBe(expected);
  });
  it("rejects fractions and negative numbers", () => {
    expect(() => ordinal(1.5)).toThrow(RangeError);
    expect(() => ordinal(-1)).toThrow(RangeError);
  });
});

describe("numberWord and countPhrase", () => {
  it("has a word for one to twelve", () => {
    const words = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => numberWord(n));
    expect(words).toEqual(["en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"]);
  });
  it("agrees 'ett' with ett-words", () => {
    expect(numberWord(1, "ett")).toBe("ett");
    expect(numberWord(2, "ett")).toBe("två");
  });
  it.each([0, 13, 1.5, -1])("has no word for %d", (n) => {
    expect(numberWord(n)).toBeUndefined();
  });

  it.each<[number, "en" | "ett", string]>([
    [1, "en", "en kommun"],
    [2, "en", "två kommuner"],
    [12, "en", "tolv kommuner"],
    [13, "en", `13${S}kommuner`],
    [0, "en", `0${S}kommuner`],
    [290, "en", `290${S}kommuner`],
    [1234, "en", `1${S}234${S}kommuner`],
  ])("%d kommun(er) → %s", (n, gender, expected) => {
    expect(countPhrase(n, "kommun", "kommuner", gender)).toBe(expected);
  });

  it("writes ett-words with ett", () => {
    expect(countPhrase(1, "mätområde", "mätområden", "ett")).toBe("ett mätområde");
    expect(countPhrase(6, "mätområde", "mätområden", "ett")).toBe("sex mätområden");
    expect(countPhrase(14, "mätområde", "mätområden", "ett")).toBe(`14${S}mätområden`);
  });
});

describe("joinList", () => {
  it.each<[string[], "och" | "eller" | undefined, string]>([
    [[], undefined, ""],
    [["Lund"], undefined, "Lund"],
    [["Lund", "Malmö"], undefined, "Lund och Malmö"],
    [["Lund", "Malmö", "Ystad", "Höör"], undefined, "Lund, Malmö, Ystad och Höör"],
    [["telefon", "e-post"], "eller", "telefon eller e-post"],
    [["bygglov", "miljö och hälsa", "gator och vägar"], "och", "bygglov, miljö och hälsa samt gator och vägar"],
    [["miljö och hälsa", "skola"], "och", "miljö och hälsa samt skola"],
    [["miljö och hälsa", "skola"], "eller", "miljö och hälsa eller skola"],
    [["Kochs gata", "Malmö"], "och", "Kochs gata och Malmö"],
  ])("%j (%s) → %s", (items, conj, expected) => {
    expect(joinList(items, conj)).toBe(expected);
  });
});

describe("approximate", () => {
  it.each<[number, string]>([
    [100, "alla"],
    [50, "hälften"],
    [33.3, "var tredje"],
    [25, "var fjärde"],
    [20, "var femte"],
    [66.7, "två av tre"],
    [75, "tre av fyra"],
    [10, "en av tio"],
    [30, "tre av tio"],
    [40, "fyra av tio"],
    [60, "sex av tio"],
    [70, "sju av tio"],
    [80, "åtta av tio"],
    [90, "nio av tio"],
  ])("%d percent on an anchor → %s", (p, phrase) => {
    expect(approximate(p)?.phrase).toBe(phrase);
  });

  it.each<[number, string | undefined]>([
    // 0,5 and 3 off an anchor
    [50.4, "hälften"],
    [50.5, "drygt hälften"],
    [53, "drygt hälften"],
    [53.1, undefined],
    [49.6, "hälften"],
    [49.5, "nästan hälften"],
    [47, "nästan hälften"],
    [46.9, undefined],
    [80.5, "drygt åtta av tio"],
    [78, "nästan åtta av tio"],
    // the nearest anchor wins: 77 is 2 above 75 and 3 below 80
    [77, "drygt tre av fyra"],
    // thirds are not integers
    [33.8, "var tredje"],
    [36.3, "drygt var tredje"],
    [36.4, undefined],
    [32, "nästan var tredje"],
    [31, "drygt tre av tio"],
    [64, "nästan två av tre"],
    // the top end: never "drygt alla"
    [96.9, undefined],
    [97, "nästan alla"],
    [99.5, "nästan alla"],
    [99.6, "alla"],
    [100.1, undefined],
    [93, "drygt nio av tio"],
    [95, undefined],
    // the bottom end
    [4.9, undefined],
    [5, undefined],
    [7, "nästan en av tio"],
    [16, undefined],
    // rounded to one decimal first, like the figure printed beside it
    [53.04, "drygt hälften"],
    [50.44, "hälften"],
    // a tie between two anchors goes to the lower one
    [22.5, "drygt var femte"],
    [Number.NaN, undefined],
  ])("%d percent → %s", (p, phrase) => {
    expect(approximate(p)?.phrase).toBe(phrase);
  });

  it.each([
    [36, "drygt en tredjedel"],
    [24, "nästan en fjärdedel"],
    [20, "en femtedel"],
    [11, "drygt en tiondel"],
    [78, "nästan åtta av tio"],
    // (Never "andelen var två av tre (67 procent)": read JZ, Hörby.)
    [67, "två tredjedelar"],
    [64, "nästan två tredjedelar"],
    [77, "drygt tre fjärdedelar"],
  ])("said of 'andelen', %d percent is a share: %s ('andelen var drygt en tredjedel', never 'var drygt var tredje')", (p, phrase) => {
    expect(approximate(p, "share")?.phrase).toBe(phrase);
  });

  it("uses vart/ett with ett-words", () => {
    expect(approximate(33, "ett")?.phrase).toBe("vart tredje");
    expect(approximate(25, "ett")?.phrase).toBe("vart fjärde");
    expect(approximate(21, "ett")?.phrase).toBe("drygt vart femte");
    expect(approximate(10, "ett")?.phrase).toBe("ett av tio");
    expect(approximate(80, "ett")?.phrase).toBe("åtta av tio");
    expect(approximate(48, "ett")?.phrase).toBe("nästan hälften");
  });

  it("tells the caller whether the verb phrase is singular or plural", () => {
    expect(approximate(33)?.agreement).toBe("singular");
    expect(approximate(20, "ett")?.agreement).toBe("singular");
    expect(approximate(10)?.agreement).toBe("singular");
    expect(approximate(80)?.agreement).toBe("plural");
    expect(approximate(66.7)?.agreement).toBe("plural");
    expect(approximate(53)?.agreement).toBe("plural");
    expect(approximate(100)?.agreement).toBe("plural");
  });

  it("never says knappt, drygt alla or more than all, anywhere from 0 to 110", () => {
    for (let tenths = 0; tenths <= 1100; tenths++) {
      const p = tenths / 10;
      for (const gender of ["en", "ett"] as const) {
        const phrase = approximate(p, gender)?.phrase ?? "";
        expect(phrase, String(p)).not.toMatch(/knappt|drygt alla/);
        if (p > 100 || p < 5) expect(phrase, String(p)).toBe("");
      }
    }
  });
});

describe("approximatePercent", () => {
  it("puts the exact figure in brackets after the phrase", () => {
    expect(approximatePercent(33, "ett")).toBe(`vart tredje (33${S}procent)`);
    expect(approximatePercent(66.7)).toBe(`två av tre (66,7${S}procent)`);
    expect(approximatePercent(53.04)).toBe(`drygt hälften (53${S}procent)`);
    expect(approximatePercent(100)).toBe(`alla (100${S}procent)`);
  });
  it("gives the bare figure when no phrase fits", () => {
    expect(approximatePercent(45)).toBe(`45${S}procent`);
    expect(approximatePercent(2)).toBe(`2${S}procent`);
  });
});

describe("genitive", () => {
  it.each([
    ["Lunds kommun", "Lunds kommuns"],
    ["Huddinge kommun", "Huddinge kommuns"],
    ["Göteborgs Stad", "Göteborgs Stads"],
    ["Malmö stad", "Malmö stads"],
    ["Region Gotland", "Region Gotlands"],
    ["Huddinge", "Huddinges"],
    ["Kramfors", "Kramfors"],
    ["Kalix", "Kalix"],
    ["Höganäs", "Höganäs"],
    ["Kalix kommun", "Kalix kommuns"],
    ["Ortz", "Ortz"],
    ["KALIX", "KALIX"],
  ])("%s → %s", (name, expected) => {
    expect(genitive(name)).toBe(expected);
  });
});

describe("capitalize and lowerFirst", () => {
  it("changes only the first letter, including å, ä, ö", () => {
    expect(capitalize("åtta av tio")).toBe("Åtta av tio");
    expect(capitalize("ökade med 3 enheter")).toBe("Ökade med 3 enheter");
    expect(capitalize("e-post")).toBe("E-post");
    expect(capitalize("Lund")).toBe("Lund");
    expect(lowerFirst("Åtta av tio")).toBe("åtta av tio");
    expect(lowerFirst("Var tredje")).toBe("var tredje");
  });
  it("leaves an empty string and a leading digit alone", () => {
    expect(capitalize("")).toBe("");
    expect(lowerFirst("")).toBe("");
    expect(capitalize("98 procent")).toBe("98 procent");
  });
});
