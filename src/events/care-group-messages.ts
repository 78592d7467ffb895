// The strings of recording a care group session from its attendance (care-groups.ts and the
// organiser's page) in FR (the source, French typography), NL, EN and DE.

import type { Translations } from '../platform/i18n/index.ts';

const fr = {
  title: 'Séances de soins du groupe',
  intro:
    'En enregistrant les présences, Passerelle enregistre la séance de groupe de chaque participant·e présent·e, une seule fois par inscription.',
  careFunction: 'Type de soins',
  careFunctionHint:
    'Les interventions communautaires (F1) sont gratuites et anonymes\u202f: aucun numéro national n’est demandé.',
  none: 'Ne pas enregistrer de séances de soins',
  network: 'Réseau',
  location: 'Lieu de consultation',
  nissFor: 'Numéro national de {name}',
  bimFor: 'Intervention majorée (BIM)\u202f: {name}',
  assessmentFor: 'Bilan fonctionnel fait\u202f: {name}',
  anonymous: 'Anonyme',
  identity: 'Identification',
  byNiss: 'Par numéro national',
  recordedTitle: 'Séances enregistrées',
  recordedNone: 'Aucune séance de soins enregistrée pour ce groupe.',
  participant: 'Participant·e',
  decision: 'Décision',
  reimbursed: 'Remboursée',
  copay: 'Ticket modérateur',
  notRecorded:
    'Les séances n’ont pas toutes été enregistrées\u202f: corrigez les champs signalés et enregistrez à nouveau.',
  saved:
    '{n, plural, =0 {Présences enregistrées.} one {Présences enregistrées et # séance de soins enregistrée.} other {Présences enregistrées et # séances de soins enregistrées.}}',
  errors: {
    careFunction: 'Choisissez un type de soins proposé en groupe à la date de la séance.',
    network: 'Choisissez l’un de vos réseaux.',
    location: 'Choisissez l’un de vos lieux de consultation.',
    notYet:
      'La séance n’a pas encore eu lieu\u202f: les séances de soins s’enregistrent à partir du jour du groupe.',
    nissMissing: 'Indiquez le numéro national de {name} (11 chiffres), ou décochez sa présence.',
    nissNoBirthDate:
      'Ce numéro national ne donne pas de date de naissance complète\u202f: enregistrez cette séance depuis la page des séances.',
    anonymousRefused: 'Cette séance ne peut pas être enregistrée sans numéro national.',
    limit: 'Trop de séances enregistrées cette heure-ci\u202f: réessayez dans {minutes} minutes.',
  },
};

export const careGroupMessages: Translations<typeof fr> = {
  fr,
  nl: {
    title: 'Zorgsessies van de groep',
    intro:
      'Wanneer u de aanwezigheden opslaat, registreert Passerelle de groepssessie van elke aanwezige deelnemer, één keer per inschrijving.',
    careFunction: 'Soort zorg',
    careFunctionHint:
      'Gemeenschapsgerichte interventies (F1) zijn gratis en anoniem: er wordt geen rijksregisternummer gevraagd.',
    none: 'Geen zorgsessies registreren',
    network: 'Netwerk',
    location: 'Praktijkadres',
    nissFor: 'Rijksregisternummer van {name}',
    bimFor: 'Verhoogde tegemoetkoming (VT): {name}',
    assessmentFor: 'Functionele analyse gedaan: {name}',
    anonymous: 'Anoniem',
    identity: 'Identificatie',
    byNiss: 'Met rijksregisternummer',
    recordedTitle: 'Geregistreerde sessies',
    recordedNone: 'Voor deze groep is nog geen zorgsessie geregistreerd.',
    participant: 'Deelnemer',
    decision: 'Beslissing',
    reimbursed: 'Terugbetaald',
    copay: 'Remgeld',
    notRecorded: 'Niet alle sessies zijn geregistreerd: verbeter de aangeduide velden en sla opnieuw op.',
    saved:
      '{n, plural, =0 {Aanwezigheden opgeslagen.} one {Aanwezigheden opgeslagen en # zorgsessie geregistreerd.} other {Aanwezigheden opgeslagen en # zorgsessies geregistreerd.}}',
    errors: {
      careFunction: 'Kies een soort zorg die op de datum van de sessie in groep wordt aangeboden.',
      network: 'Kies een van uw netwerken.',
      location: 'Kies een van uw praktijkadressen.',
      notYet:
        'De sessie heeft nog niet plaatsgevonden: zorgsessies worden geregistreerd vanaf de dag van de groep.',
      nissMissing: 'Vul het rijksregisternummer van {name} in (11 cijfers), of vink de aanwezigheid uit.',
      nissNoBirthDate:
        'Dit rijksregisternummer geeft geen volledige geboortedatum: registreer deze sessie via de pagina met sessies.',
      anonymousRefused: 'Deze sessie kan niet zonder rijksregisternummer worden geregistreerd.',
      limit: 'Te veel sessies geregistreerd dit uur: probeer opnieuw over {minutes} minuten.',
    },
  },
  en: {
    title: 'Care sessions of the group',
    intro:
      'When you save attendance, Passerelle records the group session of each participant marked present, once per registration.',
    careFunction: 'Type of care',
    careFunctionHint: 'Community interventions (F1) are free and anonymous: no national number is asked.',
    none: 'Do not record care sessions',
    network: 'Network',
    location: 'Practice location',
    nissFor: 'National number of {name}',
    bimFor: 'Increased reimbursement (BIM): {name}',
    assessmentFor: 'Functional assessment done: {name}',
    anonymous: 'Anonymous',
    identity: 'Identification',
    byNiss: 'By national number',
    recordedTitle: 'Recorded sessions',
    recordedNone: 'No care session recorded for this group yet.',
    participant: 'Participant',
    decision: 'Decision',
    reimbursed: 'Reimbursed',
    copay: 'Copay',
    notRecorded: 'Not every session was recorded: correct the fields marked and save again.',
    saved:
      '{n, plural, =0 {Attendance saved.} one {Attendance saved and # care session recorded.} other {Attendance saved and # care sessions recorded.}}',
    errors: {
      careFunction: 'Choose a type of care offered in groups on the session’s date.',
      network: 'Choose one of your networks.',
      location: 'Choose one of your practice locations.',
      notYet: 'The group has not met yet: care sessions are recorded from the day of the group.',
      nissMissing: 'Enter the national number of {name} (11 digits), or untick their attendance.',
      nissNoBirthDate:
        'This national number gives no complete birth date: record this session from the sessions page.',
      anonymousRefused: 'This session cannot be recorded without a national number.',
      limit: 'Too many sessions recorded this hour: try again in {minutes} minutes.',
    },
  },
  de: {
    title: 'Versorgungssitzungen der Gruppe',
    intro:
      'Wenn Sie die Anwesenheit speichern, erfasst Passerelle die Gruppensitzung jeder anwesenden teilnehmenden Person, einmal pro Anmeldung.',
    careFunction: 'Versorgungsart',
    careFunctionHint:
      'Gemeinschaftsorientierte Interventionen (F1) sind kostenlos und anonym: Es wird keine Nationalregisternummer verlangt.',
    none: 'Keine Versorgungssitzungen erfassen',
    network: 'Netzwerk',
    location: 'Praxisort',
    nissFor: 'Nationalregisternummer von {name}',
    bimFor: 'Erhöhte Kostenbeteiligung (BIM): {name}',
    assessmentFor: 'Funktionelle Bestandsaufnahme erfolgt: {name}',
    anonymous: 'Anonym',
    identity: 'Identifizierung',
    byNiss: 'Über die Nationalregisternummer',
    recordedTitle: 'Erfasste Sitzungen',
    recordedNone: 'Für diese Gruppe ist keine Versorgungssitzung erfasst.',
    participant: 'Teilnehmende Person',
    decision: 'Entscheidung',
    reimbursed: 'Erstattet',
    copay: 'Eigenanteil',
    notRecorded:
      'Nicht alle Sitzungen wurden erfasst: Korrigieren Sie die markierten Felder und speichern Sie erneut.',
    saved:
      '{n, plural, =0 {Anwesenheit gespeichert.} one {Anwesenheit gespeichert und # Versorgungssitzung erfasst.} other {Anwesenheit gespeichert und # Versorgungssitzungen erfasst.}}',
    errors: {
      careFunction: 'Wählen Sie eine Versorgungsart, die am Tag der Sitzung in der Gruppe angeboten wird.',
      network: 'Wählen Sie eines Ihrer Netzwerke.',
      location: 'Wählen Sie einen Ihrer Praxisorte.',
      notYet:
        'Die Sitzung hat noch nicht stattgefunden: Versorgungssitzungen werden ab dem Tag der Gruppe erfasst.',
      nissMissing:
        'Geben Sie die Nationalregisternummer von {name} an (11 Ziffern) oder entfernen Sie das Häkchen bei der Anwesenheit.',
      nissNoBirthDate:
        'Diese Nationalregisternummer ergibt kein vollständiges Geburtsdatum: Erfassen Sie diese Sitzung auf der Seite der Sitzungen.',
      anonymousRefused: 'Diese Sitzung kann nicht ohne Nationalregisternummer erfasst werden.',
      limit: 'Zu viele Sitzungen in dieser Stunde erfasst: Versuchen Sie es in {minutes} Minuten erneut.',
    },
  },
};
