// The care capability's strings. French is the source; Dutch (Belgian usage), English and
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
  api: {
    off: 'L’API des séances et des décomptes n’est pas activée sur ce serveur.',
    unauthorized: 'Authentification requise\u202f: envoyez l’en-tête Authorization: Bearer <jeton>.',
    forbidden: 'Vous n’avez pas accès à cette séance ou à ce décompte.',
    sessionNotFound: 'Aucune séance n’a cet identifiant.',
    alreadyCancelled: 'Cette séance est déjà annulée.',
    reasonHoldsNiss:
      'N’écrivez pas de numéro de registre national (NISS) dans le motif\u202f: la séance connaît déjà son patient, et le motif se lit dans l’historique. Donnez la raison sans ce numéro.',
    historyTooLong: 'Indiquez au plus {limit} séances passées.',
    errors: {
      date: 'Cette date n’existe pas\u202f: indiquez une date au format AAAA-MM-JJ, par exemple 2024-05-10.',
      'niss-format': 'Un NISS a 11 chiffres, par exemple 85.07.14-123.45 (points, tirets et espaces permis).',
      'niss-checksum':
        'Ce NISS n’est pas valide\u202f: ses deux derniers chiffres (de contrôle) ne correspondent pas aux neuf premiers.',
      'niss-birth-date': 'La date de naissance ne correspond pas à celle que contient le NISS.',
      'birth-after-session': 'La date de naissance est postérieure à la date de la séance.',
      postcode:
        'Code postal du domicile\u202f: indiquez les 4 chiffres d’un code postal belge, par exemple 1030.',
      'unknown-clinician': 'Aucun psychologue ou orthopédagogue conventionné n’a cet identifiant.',
      'not-clinician-location': 'Ce lieu n’est ni un cabinet ni un lieu d’accroche de ce clinicien.',
      'unknown-network': 'Aucun réseau n’a cet identifiant. Réseaux connus\u202f: {networks}.',
      'not-network-member': 'Ce clinicien n’a pas de convention avec ce réseau.',
    },
  },
  billing: {
    usage:
      'Usage\u202f: passerelle billing --month AAAA-MM [--network <id>] [--format csv|json] [--separator ";"|","]',
    monthRequired: 'Indiquez le mois du décompte avec --month, par exemple --month 2024-05.',
    monthInvalid:
      '«\u202f{value}\u202f» n’est pas un mois\u202f: indiquez-le au format AAAA-MM, par exemple 2024-05.',
    formatInvalid: 'Format inconnu «\u202f{value}\u202f»\u202f: choisissez csv ou json.',
    separatorInvalid: 'Séparateur inconnu «\u202f{value}\u202f»\u202f: choisissez ";" ou ",".',
    unknownOption: 'Option inconnue\u202f: {value}.',
    networkUnknown: 'Réseau inconnu «\u202f{value}\u202f». Réseaux connus\u202f: {networks}.',
    columns: {
      month: 'Mois',
      network: 'Réseau',
      networkName: 'Nom du réseau',
      clinician: 'Clinicien (identifiant)',
      clinicianName: 'Clinicien',
      inami: 'Numéro INAMI',
      function: 'Type de soins',
      mode: 'Modalité',
      sessions: 'Séances',
      reimbursed: 'Remboursées',
      notReimbursed: 'Non remboursées',
      cancelled: 'Annulées',
      copay: 'Tickets modérateurs (EUR)',
      fee: 'Honoraires (EUR)',
      unknownFees: 'Séances à honoraires inconnus',
    },
    networkTotal: 'Total du réseau',
    clinicianTotal: 'Total du clinicien',
    grandTotal: 'Total général',
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
    api: {
      off: 'De API voor sessies en afrekeningen is op deze server niet ingeschakeld.',
      unauthorized: 'Aanmelding vereist: stuur de header Authorization: Bearer <token>.',
      forbidden: 'U hebt geen toegang tot deze sessie of afrekening.',
      sessionNotFound: 'Geen enkele sessie heeft deze identificatie.',
      alreadyCancelled: 'Deze sessie is al geannuleerd.',
      reasonHoldsNiss:
        'Schrijf geen rijksregisternummer (INSZ) in de reden: de sessie kent haar patiënt al, en de reden staat leesbaar in de geschiedenis. Geef de reden zonder dat nummer.',
      historyTooLong: 'Geef hoogstens {limit} vroegere sessies.',
      errors: {
        date: 'Deze datum bestaat niet: vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2024-05-10.',
        'niss-format':
          'Een INSZ heeft 11 cijfers, bijvoorbeeld 85.07.14-123.45 (punten, streepjes en spaties mogen).',
        'niss-checksum':
          'Dit INSZ is ongeldig: de laatste twee cijfers (controlecijfers) passen niet bij de eerste negen.',
        'niss-birth-date': 'De geboortedatum komt niet overeen met die in het INSZ.',
        'birth-after-session': 'De geboortedatum ligt na de datum van de sessie.',
        postcode:
          'Postcode van de woonplaats: geef de 4 cijfers van een Belgische postcode, bijvoorbeeld 1030.',
        'unknown-clinician':
          'Geen enkele geconventioneerde psycholoog of orthopedagoog heeft deze identificatie.',
        'not-clinician-location': 'Deze plaats is geen praktijk of vindplaats van deze zorgverlener.',
        'unknown-network': 'Geen enkel netwerk heeft deze identificatie. Bekende netwerken: {networks}.',
        'not-network-member': 'Deze zorgverlener heeft geen overeenkomst met dit netwerk.',
      },
    },
    billing: {
      usage:
        'Gebruik: passerelle billing --month JJJJ-MM [--network <id>] [--format csv|json] [--separator ";"|","]',
      monthRequired: 'Geef de maand van de afrekening met --month, bijvoorbeeld --month 2024-05.',
      monthInvalid: '‘{value}’ is geen maand: schrijf ze als JJJJ-MM, bijvoorbeeld 2024-05.',
      formatInvalid: 'Onbekend formaat ‘{value}’: kies csv of json.',
      separatorInvalid: 'Onbekend scheidingsteken ‘{value}’: kies ";" of ",".',
      unknownOption: 'Onbekende optie: {value}.',
      networkUnknown: 'Onbekend netwerk ‘{value}’. Bekende netwerken: {networks}.',
      columns: {
        month: 'Maand',
        network: 'Netwerk',
        networkName: 'Naam van het netwerk',
        clinician: 'Zorgverlener (identificatie)',
        clinicianName: 'Zorgverlener',
        inami: 'RIZIV-nummer',
        function: 'Zorgvorm',
        mode: 'Vorm',
        sessions: 'Sessies',
        reimbursed: 'Terugbetaald',
        notReimbursed: 'Niet terugbetaald',
        cancelled: 'Geannuleerd',
        copay: 'Remgeld (EUR)',
        fee: 'Honoraria (EUR)',
        unknownFees: 'Sessies met onbekend honorarium',
      },
      networkTotal: 'Totaal van het netwerk',
      clinicianTotal: 'Totaal van de zorgverlener',
      grandTotal: 'Algemeen totaal',
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
    api: {
      off: 'The sessions and statements API is not enabled on this server.',
      unauthorized: 'Authentication required: send the header Authorization: Bearer <token>.',
      forbidden: 'You do not have access to this session or statement.',
      sessionNotFound: 'No session has this identifier.',
      alreadyCancelled: 'This session is already cancelled.',
      reasonHoldsNiss:
        'Do not write a national register number (NISS) in the reason: the session already knows its patient, and the reason is read in its history. Give the reason without the number.',
      historyTooLong: 'Give at most {limit} past sessions.',
      errors: {
        date: 'This date does not exist: enter a date as YYYY-MM-DD, for example 2024-05-10.',
        'niss-format':
          'A NISS has 11 digits, for example 85.07.14-123.45 (dots, dashes and spaces are allowed).',
        'niss-checksum':
          'This NISS is not valid: its last two digits (check digits) do not match the first nine.',
        'niss-birth-date': 'The date of birth does not match the one in the NISS.',
        'birth-after-session': 'The date of birth is after the date of the session.',
        postcode: 'Postcode of residence: give the 4 digits of a Belgian postcode, for example 1030.',
        'unknown-clinician': 'No conventioned psychologist or orthopedagogue has this identifier.',
        'not-clinician-location': 'This place is neither a practice nor an outreach venue of this clinician.',
        'unknown-network': 'No network has this identifier. Known networks: {networks}.',
        'not-network-member': 'This clinician has no convention with this network.',
      },
    },
    billing: {
      usage:
        'Usage: passerelle billing --month YYYY-MM [--network <id>] [--format csv|json] [--separator ";"|","]',
      monthRequired: 'Give the month of the statement with --month, for example --month 2024-05.',
      monthInvalid: '“{value}” is not a month: write it as YYYY-MM, for example 2024-05.',
      formatInvalid: 'Unknown format “{value}”: choose csv or json.',
      separatorInvalid: 'Unknown separator “{value}”: choose ";" or ",".',
      unknownOption: 'Unknown option: {value}.',
      networkUnknown: 'Unknown network “{value}”. Known networks: {networks}.',
      columns: {
        month: 'Month',
        network: 'Network',
        networkName: 'Network name',
        clinician: 'Clinician (identifier)',
        clinicianName: 'Clinician',
        inami: 'INAMI number',
        function: 'Type of care',
        mode: 'Mode',
        sessions: 'Sessions',
        reimbursed: 'Reimbursed',
        notReimbursed: 'Not reimbursed',
        cancelled: 'Cancelled',
        copay: 'Copays (EUR)',
        fee: 'Fees (EUR)',
        unknownFees: 'Sessions with unknown fee',
      },
      networkTotal: 'Network total',
      clinicianTotal: 'Clinician total',
      grandTotal: 'Grand total',
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
    api: {
      off: 'Die API für Sitzungen und Abrechnungen ist auf diesem Server nicht aktiviert.',
      unauthorized: 'Anmeldung erforderlich: Senden Sie den Header Authorization: Bearer <Token>.',
      forbidden: 'Sie haben keinen Zugriff auf diese Sitzung oder diese Abrechnung.',
      sessionNotFound: 'Keine Sitzung hat diese Kennung.',
      alreadyCancelled: 'Diese Sitzung ist bereits abgesagt.',
      reasonHoldsNiss:
        'Schreiben Sie keine Nationalregisternummer (INSZ) in die Begründung: Die Sitzung kennt ihre Patientin oder ihren Patienten bereits, und die Begründung ist im Verlauf lesbar. Geben Sie die Begründung ohne diese Nummer an.',
      historyTooLong: 'Geben Sie höchstens {limit} frühere Sitzungen an.',
      errors: {
        date: 'Dieses Datum gibt es nicht: Geben Sie ein Datum im Format JJJJ-MM-TT an, zum Beispiel 2024-05-10.',
        'niss-format':
          'Eine INSZ hat 11 Ziffern, zum Beispiel 85.07.14-123.45 (Punkte, Bindestriche und Leerzeichen sind erlaubt).',
        'niss-checksum':
          'Diese INSZ ist ungültig: Ihre letzten zwei Ziffern (Prüfziffern) passen nicht zu den ersten neun.',
        'niss-birth-date': 'Das Geburtsdatum stimmt nicht mit dem Geburtsdatum in der INSZ überein.',
        'birth-after-session': 'Das Geburtsdatum liegt nach dem Datum der Sitzung.',
        postcode:
          'Postleitzahl des Wohnorts: Geben Sie die 4 Ziffern einer belgischen Postleitzahl an, zum Beispiel 1030.',
        'unknown-clinician':
          'Keine konventionierte Fachkraft (Psychologie oder Orthopädagogik) hat diese Kennung.',
        'not-clinician-location': 'Dieser Ort ist weder eine Praxis noch eine Anlaufstelle dieser Fachkraft.',
        'unknown-network': 'Kein Netzwerk hat diese Kennung. Bekannte Netzwerke: {networks}.',
        'not-network-member': 'Diese Fachkraft hat keine Vereinbarung mit diesem Netzwerk.',
      },
    },
    billing: {
      usage:
        'Verwendung: passerelle billing --month JJJJ-MM [--network <id>] [--format csv|json] [--separator ";"|","]',
      monthRequired: 'Geben Sie den Monat der Abrechnung mit --month an, zum Beispiel --month 2024-05.',
      monthInvalid: '„{value}“ ist kein Monat: Schreiben Sie ihn im Format JJJJ-MM, zum Beispiel 2024-05.',
      formatInvalid: 'Unbekanntes Format „{value}“: Wählen Sie csv oder json.',
      separatorInvalid: 'Unbekanntes Trennzeichen „{value}“: Wählen Sie ";" oder ",".',
      unknownOption: 'Unbekannte Option: {value}.',
      networkUnknown: 'Unbekanntes Netzwerk „{value}“. Bekannte Netzwerke: {networks}.',
      columns: {
        month: 'Monat',
        network: 'Netzwerk',
        networkName: 'Name des Netzwerks',
        clinician: 'Fachkraft (Kennung)',
        clinicianName: 'Fachkraft',
        inami: 'LIKIV-Nummer',
        function: 'Versorgungsart',
        mode: 'Form',
        sessions: 'Sitzungen',
        reimbursed: 'Erstattet',
        notReimbursed: 'Nicht erstattet',
        cancelled: 'Abgesagt',
        copay: 'Eigenanteile (EUR)',
        fee: 'Honorare (EUR)',
        unknownFees: 'Sitzungen mit unbekanntem Honorar',
      },
      networkTotal: 'Summe des Netzwerks',
      clinicianTotal: 'Summe der Fachkraft',
      grandTotal: 'Gesamtsumme',
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
