// The data contract (../shared/DESIGN.md, "Data contract") as zod schemas.
// Structural rules live here; rules that need the whole dataset (indicator ids
// in results, value ranges by unit, group references, duplicates) live in
// validate.ts. Types for the rest of the program come from these schemas.
import { z } from "zod";

const text = z.string().trim().min(1);
const yearKey = z.string().regex(/^\d{4}$/);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "ogiltigt datum");

export const ThresholdPair = z.strictObject({
  same: z.number().nonnegative(),
  strong: z.number().nonnegative(),
});
export type ThresholdPair = z.infer<typeof ThresholdPair>;

export const Thresholds = z.strictObject({
  change: ThresholdPair,
  compare: ThresholdPair,
});
export type Thresholds = z.infer<typeof Thresholds>;

export const Unit = z.enum(["percent", "index", "hours", "minutes", "seconds", "count"]);
export type Unit = z.infer<typeof Unit>;
/** The units of a time (a response time): longer or shorter, judged by ratio as well as by difference. */
export const TIME_UNITS: readonly Unit[] = ["hours", "minutes", "seconds"];

export const Better = z.enum(["higher", "lower"]);
export type Better = z.infer<typeof Better>;

export const Indicator = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  label: text,
  subject: text,
  /** A shorter noun phrase for later mentions ("svarstiden på e-post"); the subject when absent. */
  short: text.optional(),
  /**
   * The shortest name that still says what is measured, for a headline ("e-postsvar inom en dag"); the short name
   * without its channel or limit when absent ("direktsvaren").
   */
  tight: text.optional(),
  channel: text,
  unit: Unit,
  better: Better,
  thresholds: z
    .strictObject({ change: ThresholdPair.optional(), compare: ThresholdPair.optional() })
    .optional(),
  kolada: z.string().regex(/^[A-Z]\d{5}$/).optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const Period = z.union([
  z.strictObject({
    weeks: z.tuple([z.number().int().min(1).max(53), z.number().int().min(1).max(53)]),
  }),
  z.strictObject({ from: isoDate, to: isoDate }),
]);
export type Period = z.infer<typeof Period>;

export const Searches = z.strictObject({
  phone: z.number().int().nonnegative().optional(),
  email: z.number().int().nonnegative().optional(),
  total: z.number().int().nonnegative().optional(),
});

export const Survey = z.strictObject({
  name: text,
  shortName: text.optional(),
  publisher: text,
  year: z.number().int().min(1990).max(2100),
  period: Period,
  searches: Searches,
  participants: z.number().int().positive(),
  method: text,
  questionAreas: z.array(text).min(1),
  conductedBy: text.optional(),
  /** Overrides the `Källa:` line of the fact box (e.g. "Kolada (RKA), CC BY 4.0"). */
  source: text.optional(),
  /**
   * A sentence every release from this file ends its fact box with, as
   * written (e.g. "Siffrorna i detta pressmeddelande är exempeldata och inte
   * verkliga resultat."). In claims.json it is the sentence with the claim
   * `survey.note`.
   */
  note: text.optional(),
});
export type Survey = z.infer<typeof Survey>;

/** year → indicator id → value (null: not measured). */
export const Results = z.record(yearKey, z.record(z.string(), z.number().nullable()));
export type Results = z.infer<typeof Results>;

export const Quote = z.strictObject({ text, name: text, title: text.optional() });
export type Quote = z.infer<typeof Quote>;

export const Contact = z.strictObject({
  name: text,
  title: text.optional(),
  phone: text.optional(),
  email: z.email().optional(),
});
export type Contact = z.infer<typeof Contact>;

/** Editorial content of one release: in the dataset or in an editorial file. */
export const Release = z.strictObject({
  date: isoDate.optional(),
  headline: text.optional(),
  quotes: z.array(Quote).optional(),
  extra: z.array(text).optional(),
  contacts: z.array(Contact).optional(),
  about: text.optional(),
  logo: text.optional(),
});
export type Release = z.infer<typeof Release>;

export const National = z.strictObject({
  name: text.optional(),
  results: Results,
  release: Release.optional(),
});

export const Group = z.strictObject({ id: text, name: text, results: Results });
export type Group = z.infer<typeof Group>;

export const Municipality = z.strictObject({
  code: z.string().regex(/^\d{4}$/),
  name: text,
  officialName: text,
  group: text.optional(),
  results: Results,
  release: Release.optional(),
});
export type Municipality = z.infer<typeof Municipality>;

export const Dataset = z.strictObject({
  $schema: z.string().optional(),
  survey: Survey,
  thresholds: Thresholds,
  indicators: z.array(Indicator).min(1),
  national: National.optional(),
  groups: z.array(Group).optional(),
  municipalities: z.array(Municipality).min(1),
});
export type Dataset = z.infer<typeof Dataset>;

/** JSON Schema for editors (zod 4's own converter). */
export function jsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Dataset, { target: "draft-2020-12", io: "input" });
  return {
    ...schema,
    title: "kommunpress: data för pressmeddelanden om kommunernas service",
  };
}
