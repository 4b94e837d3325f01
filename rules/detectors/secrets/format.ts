/** One credential format the `secrets` detector knows: how to find it and how sure a match is. */
/** `trimEnd`: characters to leave off the end of the highlight (sentence punctuation after a value). */
export type Verdict = { ok: true; confidence?: number; note?: string; trimEnd?: number } | { ok: false; why: string };

export interface SecretFormat {
  /** stable id used in pack options (`types`) and in `explain`: 'github-pat' */
  id: string;
  /** human name shown in the finding: 'GitHub personal access token' */
  name: string;
  /** lowercase literals; the pattern runs only when one of them occurs in the lowercased draft */
  keywords: readonly string[];
  /**
   * lowercase literals of which at least one must also occur for the pattern to run: only literals the
   * pattern cannot match without (never a guess), so the gate loses no recall
   */
  alsoNeeds?: readonly string[];
  /**
   * Global, `d`-flagged pattern. A named group `s` marks the secret (the highlighted span); without it
   * the whole match is the secret. Quantifiers are bounded so a long draft cannot make it backtrack.
   */
  pattern: RegExp;
  /** base confidence when the match passes every check */
  confidence: number;
  /** minimum Shannon entropy (bits/char) of the secret's random part */
  minEntropy?: number;
  /** length of a fixed prefix to leave out of entropy/placeholder checks ('ghp_' → 4) */
  prefixLength?: number;
  /** format-specific validation (JWT header, base64 decoding, context): may veto or adjust confidence */
  check?(secret: string, match: RegExpExecArray, text: string): Verdict;
  /** skip the shared placeholder filter (private-key bodies, hashes: their own checks decide) */
  noPlaceholderCheck?: boolean;
  /**
   * generic formats (assignment, disclosure) yield to a specific format that matches the same span, so
   * `token = "ghp_…"` is reported once, as a GitHub token.
   */
  generic?: boolean;
}

/** A pack rule groups formats by family; the family names the rule (builtin.secrets.<family>). */
export interface SecretFamily {
  id: string;
  title: string;
  formats: readonly SecretFormat[];
}
