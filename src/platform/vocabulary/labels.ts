import type { Translations } from '../i18n/index.ts';
import type { AgeGroup, ClinicianFunction, ClinicianKind, Mode, Speciality } from './codes.ts';

// The labels of the shared vocabularies, once, in each language. Every page, e-mail and export
// that shows one of these codes to a person takes its words from here.
const fr = {
  clinicianKinds: {
    psychologist: 'Psychologue clinicien·ne',
    orthopedagogue: 'Orthopédagogue clinicien·ne',
  } satisfies Record<ClinicianKind, string>,
  ageGroups: {
    children: 'Enfants (0 à 14 ans)',
    'young-people': 'Jeunes (15 à 23 ans)',
    adults: 'Adultes (24 à 64 ans)',
    'older-adults': 'Aînés (65 ans et plus)',
  } satisfies Record<AgeGroup, string>,
  functions: {
    community: 'Interventions collectives (quartier, école, association)',
    support: 'Soutien psychologique',
    treatment: 'Traitement psychologique',
  } satisfies Record<ClinicianFunction, string>,
  modes: {
    individual: 'Séances individuelles',
    group: 'Séances de groupe',
    video: 'Séances en vidéo',
    'home-visits': 'Visites à domicile',
    outreach: 'Dans un lieu du quartier (maison médicale, CPAS, école…)',
  } satisfies Record<Mode, string>,
  specialities: {
    'children-adolescents': 'Enfants et adolescents',
    perinatal: 'Périnatalité (grossesse, naissance)',
    'eating-problems': 'Troubles alimentaires',
    'school-refusal': 'Refus scolaire et décrochage',
    bullying: 'Harcèlement',
    neurodevelopment: 'Neurodéveloppement (TDAH, autisme…)',
    anxiety: 'Anxiété',
    depression: 'Dépression',
    burnout: 'Burn-out et épuisement',
    grief: 'Deuil',
    trauma: 'Traumatisme',
    relationships: 'Relations et vie de couple',
    addiction: 'Assuétudes (alcool, drogues, jeux, écrans)',
    'exile-migration': 'Exil et migration',
    'chronic-illness': 'Maladie chronique',
    'gender-sexuality': 'Genre et sexualité',
  } satisfies Record<Speciality, string>,
};

export const vocabularyLabels: Translations<typeof fr> = {
  fr,
  nl: {
    clinicianKinds: {
      psychologist: 'Klinisch psycholoog',
      orthopedagogue: 'Klinisch orthopedagoog',
    },
    ageGroups: {
      children: 'Kinderen (0 tot 14 jaar)',
      'young-people': 'Jongeren (15 tot 23 jaar)',
      adults: 'Volwassenen (24 tot 64 jaar)',
      'older-adults': 'Ouderen (65 jaar en ouder)',
    },
    functions: {
      community: 'Gemeenschapsgerichte interventies (buurt, school, vereniging)',
      support: 'Psychologische ondersteuning',
      treatment: 'Psychologische behandeling',
    },
    modes: {
      individual: 'Individuele sessies',
      group: 'Groepssessies',
      video: 'Sessies via video',
      'home-visits': 'Huisbezoeken',
      outreach: 'Op een plek in de buurt (wijkgezondheidscentrum, OCMW, school…)',
    },
    specialities: {
      'children-adolescents': 'Kinderen en jongeren',
      perinatal: 'Perinataliteit (zwangerschap, geboorte)',
      'eating-problems': 'Eetproblemen',
      'school-refusal': 'Schoolweigering en schooluitval',
      bullying: 'Pesten',
      neurodevelopment: 'Neurologische ontwikkeling (ADHD, autisme…)',
      anxiety: 'Angst',
      depression: 'Depressie',
      burnout: 'Burn-out en uitputting',
      grief: 'Rouw',
      trauma: 'Trauma',
      relationships: 'Relaties en partnerrelatie',
      addiction: 'Verslaving (alcohol, drugs, gokken, schermen)',
      'exile-migration': 'Ballingschap en migratie',
      'chronic-illness': 'Chronische ziekte',
      'gender-sexuality': 'Gender en seksualiteit',
    },
  },
  en: {
    clinicianKinds: {
      psychologist: 'Clinical psychologist',
      orthopedagogue: 'Clinical orthopedagogue',
    },
    ageGroups: {
      children: 'Children (0 to 14)',
      'young-people': 'Young people (15 to 23)',
      adults: 'Adults (24 to 64)',
      'older-adults': 'Older adults (65 and over)',
    },
    functions: {
      community: 'Community interventions (neighbourhood, school, association)',
      support: 'Psychological support',
      treatment: 'Psychological treatment',
    },
    modes: {
      individual: 'Individual sessions',
      group: 'Group sessions',
      video: 'Video sessions',
      'home-visits': 'Home visits',
      outreach: 'At a place in your neighbourhood (medical centre, CPAS, school…)',
    },
    specialities: {
      'children-adolescents': 'Children and adolescents',
      perinatal: 'Perinatal (pregnancy, birth)',
      'eating-problems': 'Eating problems',
      'school-refusal': 'School refusal and dropping out',
      bullying: 'Bullying',
      neurodevelopment: 'Neurodevelopment (ADHD, autism…)',
      anxiety: 'Anxiety',
      depression: 'Depression',
      burnout: 'Burnout and exhaustion',
      grief: 'Grief',
      trauma: 'Trauma',
      relationships: 'Relationships and couples',
      addiction: 'Addiction (alcohol, drugs, gambling, screens)',
      'exile-migration': 'Exile and migration',
      'chronic-illness': 'Chronic illness',
      'gender-sexuality': 'Gender and sexuality',
    },
  },
};
