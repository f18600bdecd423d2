/**
 * Rule groups switched off for a measurement. Only the accuracy benchmark's ablation
 * (`copydesk bench accuracy --ablate`) turns any off, and only around one synchronous
 * extraction: every rule group is on for every other caller.
 */
import { RULE_GROUPS } from './rules.js';

export type RuleGroup = keyof typeof RULE_GROUPS;

export const RULE_GROUP_NAMES = Object.keys(RULE_GROUPS) as RuleGroup[];

const off = new Set<RuleGroup>();

export function ruleOn(group: RuleGroup): boolean {
  return off.size === 0 || !off.has(group);
}

/** Runs `fn` (synchronously) with these groups off. */
export function withRulesOff<T>(groups: readonly RuleGroup[], fn: () => T): T {
  for (const g of groups) off.add(g);
  try {
    return fn();
  } finally {
    off.clear();
  }
}
