// One Dutch word per concept. A reader who meets "aanvraag" on one page and "verzoek" on the next
// wonders whether they are two things; RIZIV's own texts for the convention
// "eerstelijnspsychologische zorg" are the reference, then what our Dutch messages already used
// most. test/platform/glossary.test.ts walks every Dutch catalogue and fails on a word to avoid.

export interface GlossaryEntry {
  /** The one Dutch term. */
  readonly term: string;
  /** Words that must not stand for the concept (matched at the start of a word, any case). */
  readonly avoid: readonly string[];
  /** Why this term. */
  readonly reason: string;
}

export const DUTCH_GLOSSARY = {
  convention: {
    term: 'overeenkomst',
    avoid: ['conventie'],
    reason:
      'RIZIV names it "overeenkomst eerstelijnspsychologische zorg"; "conventie" is the French word. "Geconventioneerd" stays: RIZIV writes "geconventioneerde klinisch psycholoog".',
  },
  request: {
    term: 'aanvraag',
    avoid: ['verzoek'],
    reason: 'A GP’s or organisation’s request: "aanvraag" in 84 messages, "verzoek" in one.',
  },
  clinician: {
    term: 'zorgverlener',
    avoid: ['hulpverlener', 'clinicus', 'clinici'],
    reason:
      'RIZIV’s generic word for whoever gives the care. "Clinicus" is a calque of the French "clinicien"; "hulpverlener" is the welfare sector’s word.',
  },
  clinicalPsychologist: {
    term: 'klinisch psycholoog',
    avoid: ['klinische psycholoog', 'klinische psychologen'],
    reason: 'The protected title (wet van 10 mei 2015): "klinisch" without -e, as RIZIV writes it.',
  },
  orthopedagogue: {
    term: 'klinisch orthopedagoog',
    avoid: ['klinische orthopedagoog', 'klinische orthopedagogen', 'orthopédagogue', 'orthopedagogue'],
    reason: 'The protected title, as RIZIV writes it; the French spelling slips into translations.',
  },
  gp: {
    term: 'huisarts',
    avoid: ['generalist', 'algemeen arts', 'médecin'],
    reason: 'RIZIV and the GPs themselves say "huisarts".',
  },
  coordinator: {
    term: 'coördinator',
    avoid: ['coordinator', 'coördinatrice'],
    reason: 'With the diaeresis (Groene Boekje); one word for every gender.',
  },
  network: {
    term: 'netwerk',
    avoid: ['zorgnetwerk', 'réseau'],
    reason: 'RIZIV: "netwerk geestelijke gezondheid(szorg)"; "zorgnetwerk" reads as another thing.',
  },
  committee: {
    term: 'comité',
    avoid: ['commissie'],
    reason:
      'The deciding bodies are the networks’ comités (CRE, CRR, selectiecomité); "comité" in most messages.',
  },
  declarationOfInterest: {
    term: 'interesseverklaring',
    avoid: ['intentieverklaring'],
    reason: 'The French source says "déclaration d’intérêt"; the pages ask people to "interesse melden".',
  },
  patient: {
    term: 'patiënt',
    avoid: ['cliënt', 'zorggebruiker'],
    reason: 'RIZIV’s convention speaks of the "patiënt"; 48 messages already do.',
  },
  session: {
    term: 'sessie',
    avoid: ['zitting'],
    reason: 'RIZIV counts "sessies"; "zitting" is a court’s or a council’s.',
  },
  application: {
    term: 'kandidatuur',
    avoid: ['sollicitatie'],
    reason: 'A clinician’s or service’s application to the networks: "kandidatuur" in 37 messages.',
  },
} as const satisfies Record<string, GlossaryEntry>;

/** The avoided words a Dutch text uses, each with the concept and the term to use instead. */
export function glossaryProblems(text: string): string[] {
  // Placeholders are names for code ({clinician}), not words a reader sees.
  const lower = text.replace(/\{\s*[\w-]+/g, '{').toLowerCase();
  return Object.entries(DUTCH_GLOSSARY).flatMap(([concept, entry]) =>
    entry.avoid
      .filter((word) => new RegExp(`(^|[^\\p{L}])${word}`, 'u').test(lower))
      .map((word) => `"${word}" for ${concept}: write "${entry.term}"`),
  );
}
