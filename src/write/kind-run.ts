// A kind of release bound to one run's dataset: its session, its resources
// and their hash. Shared by batch and publish, which handle every kind alike.
import { resourcesHash } from "./inputs.js";
import type { KindResources, KindSession, ReleaseKind } from "../kinds/kind.js";
import { MUNICIPALITY_KIND } from "../kinds/municipality/kind.js";
import type { Dataset } from "../schema.js";

export interface KindRun {
  session: KindSession;
  resources: KindResources;
  /** sha256 of its templates and phrase bank (manifest and approval inputs). */
  templatesHash: string;
}

/** Loads each kind's resources (`templates` overrides any file) and opens it on the dataset. */
export function openKinds(kinds: readonly ReleaseKind[], dataset: Dataset, opts: { data: string; templates?: string }): Promise<KindRun[]> {
  return Promise.all(
    kinds.map(async (kind) => {
      const resources = await kind.loadResources(opts.templates);
      return { session: kind.open(dataset, resources, opts.data), resources, templatesHash: await resourcesHash(resources) };
    }),
  );
}

/**
 * How a release is named in messages: a municipality's by code and name
 * ("0126 Huddinge"), any other by its name ("Riket").
 */
export function releaseLabel(kind: string | null, id: string, name: string): string {
  return kind === null || kind === MUNICIPALITY_KIND ? `${id} ${name}` : name;
}
