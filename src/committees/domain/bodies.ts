// Deciding bodies as data: who decides for which networks, and what quorum they need.

import type { Locale } from '../../platform/i18n/index.ts';

/** Ids are short lower-case words joined by dashes: they travel in URLs and role grants. */
export { BODY_ID, isBodyId } from '../../platform/identifiers/body-id.ts';

/**
 * How many members must be present for a decision. Members who are recused for an item neither
 * count among the members nor among those present for that item.
 */
export interface QuorumRule {
  /** At least this many members who may vote present. */
  minimumPresent: number;
  /** And more than half of the members who may vote. */
  majorityOfMembers: boolean;
}

export interface DecidingBody {
  /** The id `committee-member` grants are scoped by, e.g. 'brumenta-crr'. */
  id: string;
  names: Record<Locale, string>;
  /** The networks it decides for; a dual (youth and adult) application needs each network's body. */
  networkIds: string[];
  /** A delegated selection committee names the bodies that delegated to it; empty otherwise. */
  delegatedBy: string[];
  quorum: QuorumRule;
}

/**
 * A body's German name. Packs name bodies in French, Dutch and English, German only where a
 * network has one (Ostbelgien), and rows written before German existed have none: French, the
 * source language, stands in.
 */
export function germanName(names: { fr: string; de?: string }): string {
  return names.de ?? names.fr;
}
