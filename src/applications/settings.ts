import type { TreatmentCriteria } from './domain/declaration.ts';

// The applications' configuration, with defaults. These are network decisions, not rules from
// a source: a network admin screen (the budget issue) will replace the constants; until then
// they are overridden by passing options to the service (tests do).

/** Five years of experience or a long therapy training for treatment (netwerknowe.be, DOMAIN.md §6). */
export const DEFAULT_CRITERIA: TreatmentCriteria = { treatmentMinYears: 5 };

/** Documents (diploma, visa) are small scans: 5 MB is plenty and bounds the memory of one upload. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** A questionnaire left untouched for 90 days is forgotten (progress is kept between visits, not for ever). */
export const DRAFT_LIFETIME_MS = 90 * 24 * 3600 * 1000;
