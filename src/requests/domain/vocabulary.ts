// The requests' vocabulary, from the two seeds: what a GP can ask of a conventioned clinician
// (INAMI letter to GPs, 000) and what an organisation can offer (Brussels professionals' page,
// 001). Codes here; their labels in ../messages/vocabulary.ts.

/** What a GP can ask for (000). */
export const SUPPORT_KINDS = [
  'advice', // advice when a psychological problem is suspected
  'joint-consultation', // a consultation together with the patient
  'case-advice', // advice on a specific patient case: team meeting, or a fixed time
  'knowledge-session', // a knowledge-sharing session for a group of GPs
  'group-sessions', // group sessions held in the practice
  'sessions-in-practice', // individual sessions held in the practice
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** How case advice is given (000: joining the team meeting, or a fixed time such as an hour a week). */
export const CASE_ADVICE_FORMATS = ['team-meeting', 'fixed-time'] as const;
export type CaseAdviceFormat = (typeof CASE_ADVICE_FORMATS)[number];

/** Topics of a knowledge-sharing session (000). */
export const KNOWLEDGE_TOPICS = [
  'recognising-problems',
  'interview-techniques',
  'where-to-refer',
  'while-waiting',
] as const;
export type KnowledgeTopic = (typeof KNOWLEDGE_TOPICS)[number];

// Age groups (with the networks' bounds) are shared with the directory and applications.
export { AGE_GROUP_BOUNDS, AGE_GROUPS, type AgeGroup } from '../../platform/vocabulary/index.ts';

/**
 * The languages a requester is written to in (e-mails exist in these). German is one: GPs and
 * organisations of the German-speaking Community (Eupen, Sankt Vith) write in it.
 */
export const CORRESPONDENCE_LANGUAGES = ['fr', 'nl', 'en', 'de'] as const;
export type CorrespondenceLanguage = (typeof CORRESPONDENCE_LANGUAGES)[number];

/** What an organisation offers (001). */
export const OFFER_KINDS = ['room', 'host-group', 'co-lead-group'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** Who from the organisation co-leads a support group with a clinician (001). */
export const CO_LEADERS = ['health-social-worker', 'peer-expert'] as const;
export type CoLeader = (typeof CO_LEADERS)[number];

// Kinds of organisation (001) are shared with the service applications.
export { ORGANISATION_KINDS, type OrganisationKind } from '../../platform/vocabulary/index.ts';

export const ACCESSIBILITY = ['step-free', 'partly', 'not-accessible'] as const;
export type Accessibility = (typeof ACCESSIBILITY)[number];

/** The two case types of this capability. */
export const REQUEST_TYPES = ['support-request', 'partner-offer'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
export const REFERENCE_PREFIX: Record<RequestType, string> = {
  'support-request': 'GP',
  'partner-offer': 'ORG',
};
