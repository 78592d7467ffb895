// Demo clinicians: deterministic, clearly fictional, and realistic enough to exercise the finder.
// Clinician i depends only on i (its own random stream), so asking for 5,000 gives the same
// first 300 as asking for 300, with the same ids: seeding again updates instead of duplicating.
// Names come from invented syllables; e-mails and websites use the reserved `.example` domain;
// phone numbers start with 02 0…, which Belgian numbering never gives a subscriber.

import { AGE_GROUP_BOUNDS, FUNCTIONS, MODES } from '../../platform/vocabulary/index.ts';
import type { AgeGroup, ClinicianFunction, Mode, NewClinician, Speciality, WaitingBand } from './types.ts';

export interface DemoWorld {
  networks: ReadonlyArray<{
    id: string;
    kind: string;
    minAge: number;
    maxAge: number | null;
    /** The network's territory (NIS codes): a clinician joins only networks covering their home. */
    communes?: ReadonlySet<string>;
  }>;
  localities: ReadonlyArray<{
    postcode: string;
    names: { fr: string; nl: string };
    lat: number;
    lon: number;
    communeNis?: string;
    /**
     * How likely clinicians practise here (inhabitants, say). Without weights every locality is
     * equally likely, as for the 22 Brussels postcodes.
     */
    weight?: number;
  }>;
  /** "Updated on" dates fall in the 18 months before this instant. */
  now: Date;
}

type Random = () => number;

/** mulberry32: a tiny, fast, well-distributed 32-bit generator. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hash32(text: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619);
  return h >>> 0;
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (random: Random, p: number) => random() < p;

function some<T>(random: Random, items: readonly T[], min: number, max: number): T[] {
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled.slice(0, min + Math.floor(random() * (max - min + 1)));
}

function uuidFrom(random: Random): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const GIVEN_START = ['Al', 'Bri', 'Cen', 'Dor', 'El', 'Fen', 'Gal', 'Had', 'Il', 'Jor', 'Kal', 'Lor', 'Mer'];
const GIVEN_MORE = ['Nel', 'Or', 'Pim', 'Quin', 'Ros', 'Sel', 'Tam', 'Ul', 'Vel', 'Wil', 'Ys', 'Zel'];
const GIVEN_END = [
  'vena',
  'sko',
  'dra',
  'vin',
  'siane',
  'rik',
  'ise',
  'rel',
  'vane',
  'isse',
  'wen',
  'ia',
  'oum',
];
const FAMILY_PREFIX = ['', '', '', 'Van ', 'De ', 'Le ', 'Ben ', 'Dal '];
const FAMILY_ROOT = ['Brom', 'Quel', 'Zarn', 'Vost', 'Plim', 'Drev', 'Morn', 'Skel', 'Trav', 'Yorl', 'Frin'];
const FAMILY_MORE = ['Gosk', 'Halv', 'Jurn', 'Kwel', 'Nisp', 'Oxel', 'Rund', 'Tesk', 'Umbr', 'Wark'];
const FAMILY_END = [
  'elaar',
  'ouet',
  'inck',
  'ardi',
  'oven',
  'ette',
  'aux',
  'ović',
  'eddu',
  'ami',
  'sen',
  'oglu',
];
const STREETS = [
  'Rue des Glycines',
  'Avenue des Saules',
  'Rue du Verger',
  'Rue de la Source',
  'Avenue du Parc',
  'Rue des Ateliers',
  'Place du Marché',
  'Rue des Alouettes',
  'Chaussée du Canal',
  'Rue de la Colline',
];
const VENUES = ['Maison de quartier', 'Maison médicale', 'CPAS', 'Centre PMS', 'AMO', 'École fondamentale'];
const OTHER_LANGUAGES = [
  'ar',
  'tr',
  'es',
  'it',
  'pt',
  'pl',
  'ro',
  'ru',
  'uk',
  'fa',
  'de',
  'ln',
  'sw',
  'el',
  'sq',
];

const YOUTH_SPECIALITIES: Speciality[] = [
  'children-adolescents',
  'school-refusal',
  'bullying',
  'neurodevelopment',
  'eating-problems',
  'anxiety',
  'grief',
  'trauma',
  'exile-migration',
];
const ADULT_SPECIALITIES: Speciality[] = [
  'anxiety',
  'depression',
  'burnout',
  'grief',
  'trauma',
  'relationships',
  'addiction',
  'perinatal',
  'exile-migration',
  'chronic-illness',
  'gender-sexuality',
  'eating-problems',
];

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

function ageGroupsFor(random: Random): AgeGroup[] {
  const archetype = random();
  if (archetype < 0.35) {
    const r = random();
    return r < 0.7 ? ['children', 'young-people'] : r < 0.85 ? ['children'] : ['young-people'];
  }
  if (archetype < 0.8) {
    const groups: AgeGroup[] = chance(random, 0.4) ? ['young-people', 'adults'] : ['adults'];
    return chance(random, 0.3) ? [...groups, 'older-adults'] : groups;
  }
  return ['young-people', 'adults', 'older-adults'];
}

/**
 * For each age group, a network that serves it: youth networks for the young, adult ones for
 * adults; among the networks whose territory covers the clinician's home, when territories are known.
 */
function networksFor(random: Random, groups: AgeGroup[], world: DemoWorld, homeNis?: string): string[] {
  const ids = new Set<string>();
  const local = world.networks.filter((n) => !homeNis || !n.communes || n.communes.has(homeNis));
  const networks = local.length > 0 ? local : world.networks;
  for (const group of groups) {
    const range = AGE_GROUP_BOUNDS[group];
    const serving = networks.filter(
      (n) => (n.maxAge === null || n.maxAge >= range.min) && (range.max === null || n.minAge <= range.max),
    );
    const preferred = serving.filter((n) => (range.min < 24 ? n.kind !== 'adult' : n.kind !== 'youth'));
    const choice = pick(random, preferred.length > 0 ? preferred : serving);
    if (choice) ids.add(choice.id);
    // Young people may go to either network: some clinicians sign with both.
    if (group === 'young-people' && chance(random, 0.3)) for (const n of serving) ids.add(n.id);
  }
  return [...ids].sort();
}

function languagesFor(random: Random): string[] {
  const languages = new Set<string>();
  if (chance(random, 0.88)) languages.add('fr');
  if (chance(random, 0.38)) languages.add('nl');
  if (chance(random, 0.45)) languages.add('en');
  if (chance(random, 0.3)) languages.add(pick(random, OTHER_LANGUAGES));
  if (languages.size === 0) languages.add(chance(random, 0.5) ? 'fr' : 'nl');
  return [...languages];
}

function waitingBandFor(random: Random, accepting: boolean): WaitingBand {
  const r = random();
  if (!accepting) return r < 0.4 ? 'one-to-three-months' : 'over-three-months';
  return r < 0.25
    ? 'within-a-week'
    : r < 0.7
      ? 'within-a-month'
      : r < 0.95
        ? 'one-to-three-months'
        : 'over-three-months';
}

/** Cumulative weights of the localities, computed once per list; null when none is weighted. */
const cumulativeWeights = new WeakMap<DemoWorld['localities'], Float64Array | null>();

function homeIndex(random: Random, world: DemoWorld): number {
  let cumulative = cumulativeWeights.get(world.localities);
  if (cumulative === undefined) {
    const weighted = world.localities.some((l) => l.weight !== undefined);
    cumulative = weighted ? new Float64Array(world.localities.length) : null;
    let sum = 0;
    if (cumulative)
      world.localities.forEach((l, i) => {
        sum += Math.max(0, l.weight ?? 0);
        cumulative![i] = sum;
      });
    if (sum === 0) cumulative = null;
    cumulativeWeights.set(world.localities, cumulative);
  }
  // Unweighted: the same draw as always, so that the Brussels demo stays the same.
  if (!cumulative) return Math.floor(random() * world.localities.length);
  const target = random() * cumulative[cumulative.length - 1]!;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cumulative[middle]! > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

function demoClinician(index: number, world: DemoWorld): NewClinician {
  const random = mulberry32(hash32(`passerelle-demo-clinician-${index}`));
  const id = uuidFrom(random);
  const givenName = pick(random, [...GIVEN_START, ...GIVEN_MORE]) + pick(random, GIVEN_END);
  const familyName =
    pick(random, FAMILY_PREFIX) + pick(random, [...FAMILY_ROOT, ...FAMILY_MORE]) + pick(random, FAMILY_END);
  const ageGroups = ageGroupsFor(random);
  const young = ageGroups.includes('children') || !ageGroups.includes('adults');
  // Each function and mode has its own likelihood, in the vocabulary's order.
  const functions: ClinicianFunction[] = FUNCTIONS.filter((_, i) => chance(random, [0.2, 0.9, 0.55][i]!));
  if (functions.length === 0) functions.push('support');
  const modes: Mode[] = MODES.filter((_, i) => chance(random, [0.95, 0.25, 0.45, 0.08, 0.3][i]!));
  if (modes.length === 0) modes.push('individual');
  const home = world.localities[homeIndex(random, world)]!;
  const place = (locality: DemoWorld['localities'][number]) => ({
    street: `${pick(random, STREETS)} ${1 + Math.floor(random() * 180)}`,
    postcode: locality.postcode,
    // Within about 600 m of the postcode's centre.
    lat: Math.round((locality.lat + (random() * 2 - 1) * 0.0055) * 1e6) / 1e6,
    lon: Math.round((locality.lon + (random() * 2 - 1) * 0.0085) * 1e6) / 1e6,
    wheelchair: chance(random, 0.4),
  });
  const locations: NewClinician['locations'] = [{ kind: 'practice', name: null, ...place(home) }];
  if (chance(random, 0.25))
    locations.push({ kind: 'practice', name: null, ...place(pick(random, world.localities)) });
  if (modes.includes('outreach')) {
    const venue = pick(random, world.localities);
    locations.push({ kind: 'outreach', name: `${pick(random, VENUES)} ${venue.names.fr}`, ...place(venue) });
  }
  const accepting = chance(random, 0.7);
  const mail = `${ascii(givenName)}.${ascii(familyName)}`;
  const daysAgo = Math.floor(random() * 540);
  const updatedAt = new Date(
    world.now.getTime() - daysAgo * 86_400_000 - Math.floor(random() * 36_000) * 1000,
  );
  return {
    id,
    kind: chance(random, young ? 0.25 : 0.08) ? 'orthopedagogue' : 'psychologist',
    givenName,
    familyName,
    inami: null,
    visa: null,
    languages: languagesFor(random),
    ageGroups,
    functions,
    modes,
    specialities: some(random, young ? YOUTH_SPECIALITIES : ADULT_SPECIALITIES, 1, 4),
    acceptingNewPatients: accepting,
    waitingBand: waitingBandFor(random, accepting),
    phone: chance(random, 0.8)
      ? `02 0${10 + Math.floor(random() * 90)} ${10 + Math.floor(random() * 90)} ${10 + Math.floor(random() * 90)}`
      : null,
    email: `${mail}@demo.example`,
    website: chance(random, 0.4) ? `https://${ascii(familyName)}.demo.example` : null,
    listed: true,
    networks: networksFor(random, ageGroups, world, home.communeNis),
    locations,
    updatedAt: updatedAt.toISOString(),
  };
}

/** The first `count` demo clinicians of the endless demo list. */
export function demoClinicians(count: number, world: DemoWorld): NewClinician[] {
  if (world.localities.length === 0 || world.networks.length === 0) return [];
  return Array.from({ length: count }, (_, index) => demoClinician(index, world));
}
