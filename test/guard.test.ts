import { describe, expect, it } from "vitest";
import { checkDocument, numbersWithoutUnit } from "../src/render/guard.js";

describe("checkDocument refuses machine-made text", () => {
  it.each([
    ["Andelen var undefined procent.", "undefined"],
    ["Andelen var NaN procent.", "NaN"],
    ["Värdet null saknas.", "null"],
    ["Se [object Object] här.", "[object Object]"],
    ["Hej {{kommun}}.", "{{ eller }}"],
    ["Två  mellanslag.", "dubbla mellanslag"],
    ["Två\u00A0 mellanslag.", "dubbla mellanslag"],
  ])("%s", (text, what) => {
    expect(checkDocument(text).map((p) => p.what)).toEqual([what]);
  });
  it("accepts ordinary Swedish text", () => {
    expect(checkDocument("Nullpunkten och Undefinerat är vanliga ord i 98\u00A0procent av fallen.\n\nNy rad.")).toEqual([]);
  });
});

describe("numbersWithoutUnit", () => {
  it.each([
    "Andelen ökade från 79\u00A0procent 2018 till 98\u00A0procent 2019.",
    "En förbättring med 19\u00A0procentenheter och 1\u00A0procentenhet.",
    "Nöjdheten var index\u00A084 år 2024, 3\u00A0enheter högre.",
    "Svarstiden var 2\u00A0timmar, mot 1\u00A0timme.",
    "Mätningen gjordes vecka 41–46 2019.",
    "I mätningen 2019 deltog 264\u00A0kommuner.",
    "Totalt gjordes 1\u00A0234\u00A0sökningar via telefon.",
    "Det ger Lund plats\u00A012 av 264\u00A0kommuner.",
    "Det är 3:e året.",
    "Pressmeddelande 23 januari 2020",
    // Two references with one verdict give their figures together (read BB).
    "Det är bättre än både riket och kommungruppen (84 och 82\u00A0procent).",
    "Den är kortare än både rikssnittet och snittet i kommungruppen (6 och 5,4\u00A0timmar).",
  ])("accepts %s", (s) => {
    expect(numbersWithoutUnit(s)).toEqual([]);
  });
  it.each([
    ["Andelen ökade från 79 till 98\u00A0procent.", ["79"]],
    ["Värdet var 84 jämfört med 82.", ["84", "82"]],
    ["Skillnaden är 2,5.", ["2,5"]],
    ["Det är bättre än både riket och kommungruppen (84 och 82).", ["84", "82"]],
  ])("refuses %s", (s, bad) => {
    expect(numbersWithoutUnit(s)).toEqual(bad);
  });
  it("does not judge the user's own words", () => {
    expect(numbersWithoutUnit("Frågorna gällde 3 områden enligt 4 nämnder.", ["3 områden enligt 4 nämnder"])).toEqual([]);
  });
});
