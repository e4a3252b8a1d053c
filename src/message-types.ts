// The shape of a message (vfile's model): what a stage reports, before any formatting.
export type Severity = "error" | "warning";

export interface Position {
  line: number;
  column: number;
}

export interface Message {
  /** Stable identifier of the rule, e.g. "value-range". */
  ruleId: string;
  severity: Severity;
  /** Swedish reason, e.g. "104 ligger utanför 0–100 för enheten procent". */
  reason: string;
  /** File the message is about (as the user named it). */
  file?: string;
  /** Data path, e.g. "municipalities[3].results.2019.epost-en-dag". */
  path?: string;
  position?: Position;
}
