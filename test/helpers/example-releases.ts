// Every municipal release of the example data (data/exempel/kkik-2019-alla.yaml),
// generated in memory once per test file, with the resources they were made with.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { computeRanks } from "../../src/analyse/municipality.js";
import { generateRelease, loadResources, type GeneratedRelease } from "../../src/kinds/municipality/release.js";
import { Dataset } from "../../src/schema.js";

export async function exampleReleases(): Promise<{ dataset: Dataset; resources: Awaited<ReturnType<typeof loadResources>>; releases: GeneratedRelease[] }> {
  const dataset = Dataset.parse(parse(readFileSync("data/exempel/kkik-2019-alla.yaml", "utf8")));
  const resources = await loadResources();
  const ranks = computeRanks(dataset, dataset.survey.year);
  const releases = dataset.municipalities
    .filter((m) => m.results[String(dataset.survey.year)] !== undefined)
    .map((m) => generateRelease(dataset, m, { resources, ranks }));
  return { dataset, resources, releases };
}
