// The Swedish messages of the Kolada import, one catalogue for every step
// (tests assert these exact strings).

export const importReasons = {
  noValues: (kpis: readonly string[]) =>
    `svaren innehåller inga värden för någon kommun för mappningsfilens nyckeltal (${kpis.join(", ")})`,
  yearMissing: (year: number, present: readonly number[]) =>
    `inga värden för ${year} i svaren (år med värden: ${present.join(", ")})`,
  periodMissing: (year: number) =>
    `mätperioden för ${year} saknas: ange --period (t.ex. --period v11-v19 eller --period ${year}-03-11:${year}-05-10) ` +
    `eller lägg till survey.period (eller years.${year}.period) i mappningsfilen`,
  unmappedKpis: (kpis: readonly string[]) =>
    `nyckeltalen ${kpis.join(", ")} finns inte i mappningsfilen; deras värden används inte`,
  unknownCodes: (codes: readonly string[]) =>
    `koderna ${listSome(codes)} är inga kommuner i referensdata (regioner?); deras värden används inte`,
  unknownGroups: (ids: readonly string[]) =>
    `grupperna ${listSome(ids)} är inga kommungrupper i referensdata; deras värden används inte`,
  noNational: (year: number) => `svaren saknar värden för riket (0000) ${year}; jämförelser med riket utelämnas`,
  computedGroups: () =>
    "svaren saknar Koladas gruppvärden (G…): kommungruppernas värden räknades fram som ovägt medel av kommunerna i svaren",
  indicatorWithoutValues: (kpi: string, id: string, year: number) => `${kpi} (${id}) har inga värden för ${year}`,
  conflict: (kpi: string, code: string, year: number, a: number, b: number) =>
    `${kpi} för ${code} ${year} förekommer med två olika värden (${formatNum(a)} och ${formatNum(b)}); det senare används`,
  nullValue: (kpi: string, unit: string, year: number) => `${kpi} för ${unit} ${year} har inget värde (null) i svaret; det hoppas över`,
  moreNullValues: (n: number) => `… och ${n} tomma värden (null) till i samma svar`,
} as const;

export function formatNum(n: number): string {
  return String(n).replace(".", ",");
}

/** "a, b, c" or, past `max`, "a, …, h och 3 till". */
export function listSome(items: readonly string[], max = 8): string {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} och ${items.length - max} till`;
}
