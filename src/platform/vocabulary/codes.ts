// The controlled vocabularies every capability shares: who a conventioned clinician is, whom
// they see, what they offer. Codes only (they are stored, exported in CSV and sent through the
// API, so they never change); their FR/NL/EN labels are in ./labels.ts. A capability that needs
// one of these lists imports it from here, so the finder, the application forms, the requests
// and care can never drift apart.

/** Whether a value is one of a list's codes, narrowing its type. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

export const CLINICIAN_KINDS = ['psychologist', 'orthopedagogue'] as const;
export type ClinicianKind = (typeof CLINICIAN_KINDS)[number];

/**
 * Age groups, with the networks' bounds: youth networks up to and including 23, adult networks
 * from 15, so children 0–14 → youth, young people 15–23 → both, adults and older adults → adult.
 */
export const AGE_GROUPS = ['children', 'young-people', 'adults', 'older-adults'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export const AGE_GROUP_BOUNDS: Readonly<
  Record<AgeGroup, { readonly min: number; readonly max: number | null }>
> = {
  children: { min: 0, max: 14 },
  'young-people': { min: 15, max: 23 },
  adults: { min: 24, max: 64 },
  'older-adults': { min: 65, max: null },
};

/** The age group an age (in completed years, 0 or more) falls in. */
export function ageGroupOf(age: number): AgeGroup {
  const group = AGE_GROUPS.find((candidate) => {
    const { min, max } = AGE_GROUP_BOUNDS[candidate];
    return age >= min && (max === null || age <= max);
  });
  if (!group) throw new RangeError(`Not an age: ${age}`);
  return group;
}

/**
 * Functions of the 2024 convention: community interventions (F1), psychological support (F2),
 * treatment (F3). Care also knows the 2021 convention's functions for older sessions: see
 * care/domain/conventions, whose 2024 function names are these codes.
 */
export const FUNCTIONS = ['community', 'support', 'treatment'] as const;
export type ClinicianFunction = (typeof FUNCTIONS)[number];

/**
 * Modes: the ways a clinician offers care. One meaning everywhere: "mode" is never a meeting's
 * format (committees say `format`). A session is held in one of the SESSION_MODES, the modes
 * that decide what care costs and counts (individual or group); the others (video, home visits,
 * outreach) say where and how, and matter to people looking for a clinician.
 */
export const MODES = ['individual', 'group', 'video', 'home-visits', 'outreach'] as const;
export type Mode = (typeof MODES)[number];
export const SESSION_MODES = ['individual', 'group'] as const satisfies readonly Mode[];
export type SessionMode = (typeof SESSION_MODES)[number];

/**
 * What people look for help with: one controlled list, so that a search for "burnout" finds
 * every clinician who offers it, and a clinician applying can choose everything the finder knows.
 */
export const SPECIALITIES = [
  'children-adolescents',
  'perinatal',
  'eating-problems',
  'school-refusal',
  'bullying',
  'neurodevelopment',
  'anxiety',
  'depression',
  'burnout',
  'grief',
  'trauma',
  'relationships',
  'addiction',
  'exile-migration',
  'chronic-illness',
  'gender-sexuality',
] as const;
export type Speciality = (typeof SPECIALITIES)[number];

/**
 * Kinds of organisation: those that offer a partnership to the networks (requests) and those
 * that apply as a conventioned service (applications). One list, so a CPAS is the same CPAS in
 * both. The codes are the ones the requests' public API has always taken.
 */
export const ORGANISATION_KINDS = [
  'cpas',
  'one',
  'cpms',
  'amo',
  'medical-centre',
  'mental-health-service',
  'neighbourhood-house',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * Codes the service application used before the lists were one, as they may still be stored in
 * applications already submitted: a youth-aid service is an AMO, a school service a CPMS.
 */
const FORMER_ORGANISATION_KINDS: Readonly<Record<string, OrganisationKind>> = {
  'youth-aid': 'amo',
  'school-service': 'cpms',
};

/** The kind of organisation a stored or typed code means, former codes included; null when none. */
export function organisationKindOf(code: unknown): OrganisationKind | null {
  if (isOneOf(ORGANISATION_KINDS, code)) return code;
  return typeof code === 'string' ? (FORMER_ORGANISATION_KINDS[code] ?? null) : null;
}
