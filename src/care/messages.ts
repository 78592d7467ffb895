// Care's words for functions, modes and reasons, and the sentences that explain a decision
// (explain.ts); the API's problem texts are in api-messages.ts, the statement's in
// billing-messages.ts. French is the source; Dutch (Belgian usage), English and
// German are typed against it. ICU messages: `{n, plural, …}` and `{x, select, …}` are
// intl-messageformat. German writes months as a plural ("# Monaten") where French needs none.
// French puts a no-break space (\u00a0) before a colon, so the colon never starts a line.

import type { Translations } from '../platform/i18n/index.ts';

const fr = {
  labels: {
    functions: {
      'first-line': 'Soins psychologiques de première ligne',
      specialised: 'Soins psychologiques spécialisés',
      community: 'Interventions communautaires (F1)',
      support: 'Soutien psychologique (F2)',
      treatment: 'Traitement psychologique (F3)',
    },
    modes: { individual: 'Individuelle', group: 'En groupe' },
    reasons: {
      'before-scheme': 'Avant la convention (projet pilote)',
      'function-not-in-period': 'Type de soins hors période',
      'mode-not-offered': 'Modalité non remboursée',
      'outside-network-age': 'Âge hors du réseau',
      'needs-functional-assessment': 'Sans bilan fonctionnel',
      'same-day': 'Deuxième séance du jour',
      'parallel-support-treatment': 'Soutien et traitement en parallèle',
      'cap-reached': 'Plafond atteint',
    },
  },
  explain: {
    // {number} = rank of the session within its cap, {payment} = one of `payment` below.
    capped:
      'Séance {number} sur {cap, plural, one {# remboursée} other {# remboursées}} sur {months} mois\u202f: {payment}.',
    uncapped:
      'Séance {mode, select, group {de groupe} other {individuelle}} remboursée, sans nombre maximum de séances\u202f: {payment}.',
    payment: {
      pay: 'vous payez {amount}',
      free: 'vous ne payez rien',
      firstFree: 'c’est la première séance, elle est gratuite',
    },
    reasons: {
      'before-scheme':
        'Cette séance date d’avant le {start} et relève de l’ancien projet pilote\u202f: elle n’est pas traitée ici.',
      'function-not-in-period':
        'Ce type de soins n’existe pas dans la convention en vigueur à cette date\u202f: cette séance n’est pas remboursée.',
      'mode-not-offered':
        'Ce type de soins n’est pas remboursé en séance {mode, select, group {de groupe} other {individuelle}}.',
      'outside-network-age':
        '{network, select, youth {Le réseau pour enfants et jeunes accueille les personnes jusqu’à {youthMax} ans} other {Le réseau pour adultes accueille les personnes à partir de {adultMin} ans}}. À {age, plural, one {# an} other {# ans}}, cette séance n’y est pas remboursée.',
      'needs-functional-assessment':
        'Ces soins demandent d’abord un bilan fonctionnel\u202f: sans bilan, cette séance n’est pas remboursée.',
      'same-day':
        'Vous avez déjà eu une séance remboursée ce jour-là\u202f: une seule séance par jour est remboursée.',
      'parallel-support-treatment':
        'Vous avez eu des séances de traitement psychologique remboursées ces {months} derniers mois\u202f: des séances de soutien psychologique ne peuvent pas être remboursées en même temps.',
      'cap-reached':
        'Vous avez déjà eu {mode, select, group {{cap, plural, one {la séance de groupe remboursée} other {les # séances de groupe remboursées}}} other {{cap, plural, one {la séance remboursée} other {les # séances remboursées}}}} sur {months} mois\u202f: cette séance n’est pas remboursée.',
    },
  },
};

export const careMessages: Translations<typeof fr> = {
  fr,
  nl: {
    labels: {
      functions: {
        'first-line': 'Eerstelijnspsychologische zorg',
        specialised: 'Gespecialiseerde psychologische zorg',
        community: 'Gemeenschapsgerichte interventies (F1)',
        support: 'Psychologische ondersteuning (F2)',
        treatment: 'Psychologische behandeling (F3)',
      },
      modes: { individual: 'Individueel', group: 'In groep' },
      reasons: {
        'before-scheme': 'Vóór de overeenkomst (proefproject)',
        'function-not-in-period': 'Zorgvorm buiten de periode',
        'mode-not-offered': 'Vorm niet terugbetaald',
        'outside-network-age': 'Leeftijd buiten het netwerk',
        'needs-functional-assessment': 'Zonder functioneel bilan',
        'same-day': 'Tweede sessie van de dag',
        'parallel-support-treatment': 'Ondersteuning en behandeling tegelijk',
        'cap-reached': 'Maximum bereikt',
      },
    },
    explain: {
      capped:
        'Sessie {number} van {cap, plural, one {# terugbetaalde sessie} other {# terugbetaalde sessies}} over {months, plural, one {# maand} other {# maanden}}: {payment}.',
      uncapped:
        'Terugbetaalde {mode, select, group {groepssessie} other {individuele sessie}}, zonder maximumaantal sessies: {payment}.',
      payment: {
        pay: 'u betaalt {amount} remgeld',
        free: 'u betaalt geen remgeld',
        firstFree: 'dit is de eerste sessie, die is gratis',
      },
      reasons: {
        'before-scheme':
          'Deze sessie dateert van vóór {start} en valt onder het vroegere proefproject: ze wordt hier niet behandeld.',
        'function-not-in-period':
          'Deze zorgvorm bestaat niet in de overeenkomst die op deze datum geldt: deze sessie wordt niet terugbetaald.',
        'mode-not-offered':
          'Deze zorgvorm wordt niet terugbetaald als {mode, select, group {groepssessie} other {individuele sessie}}.',
        'outside-network-age':
          '{network, select, youth {Het netwerk voor kinderen en jongeren is er voor wie tot en met {youthMax} jaar oud is} other {Het netwerk voor volwassenen is er voor wie {adultMin} jaar of ouder is}}. Omdat u {age} jaar bent, wordt deze sessie daar niet terugbetaald.',
        'needs-functional-assessment':
          'Voor deze zorg is eerst een functioneel bilan nodig: zonder bilan wordt deze sessie niet terugbetaald.',
        'same-day':
          'U had die dag al een terugbetaalde sessie: er wordt maar één sessie per dag terugbetaald.',
        'parallel-support-treatment':
          'U had de voorbije {months, plural, one {maand} other {# maanden}} terugbetaalde sessies psychologische behandeling: psychologische ondersteuning kan niet tegelijk worden terugbetaald.',
        'cap-reached':
          'U hebt {mode, select, group {{cap, plural, one {de terugbetaalde groepssessie} other {de # terugbetaalde groepssessies}}} other {{cap, plural, one {de terugbetaalde sessie} other {de # terugbetaalde sessies}}}} over {months, plural, one {# maand} other {# maanden}} al gehad: deze sessie wordt niet terugbetaald.',
      },
    },
  },
  en: {
    labels: {
      functions: {
        'first-line': 'First-line psychological care',
        specialised: 'Specialised psychological care',
        community: 'Community interventions (F1)',
        support: 'Psychological support (F2)',
        treatment: 'Psychological treatment (F3)',
      },
      modes: { individual: 'Individual', group: 'Group' },
      reasons: {
        'before-scheme': 'Before the convention (pilot scheme)',
        'function-not-in-period': 'Type of care outside its period',
        'mode-not-offered': 'Mode not reimbursed',
        'outside-network-age': 'Age outside the network',
        'needs-functional-assessment': 'No functional assessment',
        'same-day': 'Second session that day',
        'parallel-support-treatment': 'Support and treatment in parallel',
        'cap-reached': 'Limit reached',
      },
    },
    explain: {
      capped:
        'Session {number} of {cap, plural, one {# reimbursed session} other {# reimbursed sessions}} in {months, plural, one {# month} other {# months}}: {payment}.',
      uncapped:
        'Reimbursed {mode, select, group {group session} other {individual session}}, with no limit on the number of sessions: {payment}.',
      payment: {
        pay: 'you pay {amount}',
        free: 'you pay nothing',
        firstFree: 'this is your first session, so it is free',
      },
      reasons: {
        'before-scheme':
          'This session is dated before {start} and falls under the earlier pilot scheme: it is not handled here.',
        'function-not-in-period':
          'This type of care does not exist in the convention in force on this date: this session is not reimbursed.',
        'mode-not-offered':
          'This type of care is not reimbursed as {mode, select, group {a group session} other {an individual session}}.',
        'outside-network-age':
          '{network, select, youth {The network for children and young people serves people up to and including the age of {youthMax}} other {The network for adults serves people from the age of {adultMin}}}. As you are {age}, this session is not reimbursed in that network.',
        'needs-functional-assessment':
          'This care requires a functional assessment first: without one, this session is not reimbursed.',
        'same-day': 'You already had a reimbursed session that day: only one session a day is reimbursed.',
        'parallel-support-treatment':
          'You have had reimbursed psychological treatment sessions in the last {months, plural, one {month} other {# months}}: psychological support cannot be reimbursed at the same time.',
        'cap-reached':
          'You have already had {mode, select, group {{cap, plural, one {the reimbursed group session} other {all # reimbursed group sessions}}} other {{cap, plural, one {the reimbursed session} other {all # reimbursed sessions}}}} for {months, plural, one {# month} other {# months}}: this session is not reimbursed.',
      },
    },
  },
  de: {
    labels: {
      functions: {
        'first-line': 'Psychologische Erstlinienversorgung',
        specialised: 'Spezialisierte psychologische Versorgung',
        community: 'Gemeinschaftsorientierte Interventionen (F1)',
        support: 'Psychologische Unterstützung (F2)',
        treatment: 'Psychologische Behandlung (F3)',
      },
      modes: { individual: 'Einzeln', group: 'In der Gruppe' },
      reasons: {
        'before-scheme': 'Vor der Vereinbarung (Pilotprojekt)',
        'function-not-in-period': 'Versorgungsart außerhalb ihres Zeitraums',
        'mode-not-offered': 'Form nicht erstattet',
        'outside-network-age': 'Alter außerhalb des Netzwerks',
        'needs-functional-assessment': 'Ohne funktionelle Bestandsaufnahme',
        'same-day': 'Zweite Sitzung am selben Tag',
        'parallel-support-treatment': 'Unterstützung und Behandlung gleichzeitig',
        'cap-reached': 'Höchstzahl erreicht',
      },
    },
    explain: {
      capped:
        'Sitzung {number} von {cap, plural, one {# erstatteten Sitzung} other {# erstatteten Sitzungen}} in {months, plural, one {# Monat} other {# Monaten}}: {payment}.',
      uncapped:
        'Erstattete {mode, select, group {Gruppensitzung} other {Einzelsitzung}} ohne Höchstzahl an Sitzungen: {payment}.',
      payment: {
        pay: 'Sie zahlen einen Eigenanteil von {amount}',
        free: 'Sie zahlen nichts',
        firstFree: 'Es ist die erste Sitzung, sie ist kostenlos',
      },
      reasons: {
        'before-scheme':
          'Diese Sitzung liegt vor dem {start} und gehört zum früheren Pilotprojekt: Sie wird hier nicht bearbeitet.',
        'function-not-in-period':
          'Diese Versorgungsart gibt es in der an diesem Datum geltenden Vereinbarung nicht: Diese Sitzung wird nicht erstattet.',
        'mode-not-offered':
          'Diese Versorgungsart wird als {mode, select, group {Gruppensitzung} other {Einzelsitzung}} nicht erstattet.',
        'outside-network-age':
          '{network, select, youth {Das Netzwerk für Kinder und Jugendliche betreut Personen bis einschließlich {youthMax} Jahre} other {Das Netzwerk für Erwachsene betreut Personen ab {adultMin} Jahren}}. Mit {age, plural, one {# Jahr} other {# Jahren}} wird diese Sitzung dort nicht erstattet.',
        'needs-functional-assessment':
          'Diese Versorgung setzt zuerst eine funktionelle Bestandsaufnahme voraus: Ohne sie wird diese Sitzung nicht erstattet.',
        'same-day':
          'Sie hatten an diesem Tag bereits eine erstattete Sitzung: Pro Tag wird nur eine Sitzung erstattet.',
        'parallel-support-treatment':
          'Sie hatten in {months, plural, one {dem letzten Monat} other {den letzten # Monaten}} erstattete Sitzungen psychologischer Behandlung: Sitzungen psychologischer Unterstützung können nicht gleichzeitig erstattet werden.',
        'cap-reached':
          'Sie hatten bereits {mode, select, group {{cap, plural, one {die erstattete Gruppensitzung} other {alle # erstatteten Gruppensitzungen}}} other {{cap, plural, one {die erstattete Sitzung} other {alle # erstatteten Sitzungen}}}} in {months, plural, one {# Monat} other {# Monaten}}: Diese Sitzung wird nicht erstattet.',
      },
    },
  },
};
