// The kinds of release kommunpress makes. A new kind is a folder beside
// these and one line here.
import type { ReleaseKind } from "./kind.js";
import { municipalityKind } from "./municipality/kind.js";
import { nationalKind } from "./national/kind.js";

export const KINDS: readonly ReleaseKind[] = [nationalKind, municipalityKind];

export function kindByName(name: string, kinds: readonly ReleaseKind[] = KINDS): ReleaseKind | undefined {
  return kinds.find((k) => k.name === name);
}
