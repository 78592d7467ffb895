// The strings of the budget page's contingents table. French is the source; the other languages are
// typed against it.

import type { Translations } from '../platform/i18n/index.ts';

const fr = {
  title: 'Contingents',
  intro:
    'Ce que chaque contingent a utilisé cette année, à côté de ce qu’il donne pour les jours écoulés. Les séances d’un clinicien employé par un service conventionné sont imputées au contingent du service dès la signature de sa convention\u202f; les heures d’un service sont le coût de ses séances au tarif horaire.',
  none: 'Aucun contingent n’est encore fixé.',
  holder: 'Titulaire',
  kind: 'Nature',
  kinds: { clinician: 'Clinicien', service: 'Service conventionné' },
  perWeek: 'Par semaine',
  used: 'Utilisé',
  due: 'Prévu à ce jour',
  unitValue:
    '{unit, select, hours {{value, number} h} other {{value, plural, one {# séance} other {# séances}}}}',
  noRate: 'sans tarif',
  consumed: 'Consommé',
  dueCents: 'Valeur prévue à ce jour',
  unknown: 'Titulaire inconnu ({id})',
};

export const contingentMessages: Translations<typeof fr> = {
  fr,
  nl: {
    title: 'Contingenten',
    intro:
      'Wat elk contingent dit jaar gebruikte, naast wat het geeft voor de verstreken dagen. Sessies van een zorgverlener die bij een geconventioneerde dienst werkt, worden vanaf de ondertekening van haar overeenkomst aangerekend op het contingent van de dienst; de uren van een dienst zijn de kosten van zijn sessies tegen het uurtarief.',
    none: 'Er is nog geen contingent vastgelegd.',
    holder: 'Houder',
    kind: 'Soort',
    kinds: { clinician: 'Zorgverlener', service: 'Geconventioneerde dienst' },
    perWeek: 'Per week',
    used: 'Gebruikt',
    due: 'Voorzien tot nu',
    unitValue:
      '{unit, select, hours {{value, number} u} other {{value, plural, one {# sessie} other {# sessies}}}}',
    noRate: 'zonder tarief',
    consumed: 'Verbruikt',
    dueCents: 'Voorziene waarde tot nu',
    unknown: 'Onbekende houder ({id})',
  },
  en: {
    title: 'Contingents',
    intro:
      'What each contingent used this year, beside what it gives for the days gone by. Sessions of a clinician employed by a conventioned service draw on the service’s contingent from the signature of its convention; a service’s hours are its sessions’ cost at the hourly rate.',
    none: 'No contingent is set yet.',
    holder: 'Holder',
    kind: 'Kind',
    kinds: { clinician: 'Clinician', service: 'Conventioned service' },
    perWeek: 'A week',
    used: 'Used',
    due: 'Due so far',
    unitValue:
      '{unit, select, hours {{value, number} h} other {{value, plural, one {# session} other {# sessions}}}}',
    noRate: 'no rate',
    consumed: 'Consumed',
    dueCents: 'Value due so far',
    unknown: 'Unknown holder ({id})',
  },
  de: {
    title: 'Kontingente',
    intro:
      'Was jedes Kontingent dieses Jahr verbraucht hat, neben dem, was es für die vergangenen Tage vorsieht. Sitzungen einer Fachkraft, die bei einem konventionierten Dienst angestellt ist, gehen ab der Unterzeichnung seiner Vereinbarung auf das Kontingent des Dienstes; die Stunden eines Dienstes sind die Kosten seiner Sitzungen zum Stundensatz.',
    none: 'Es ist noch kein Kontingent festgelegt.',
    holder: 'Inhaber',
    kind: 'Art',
    kinds: { clinician: 'Fachkraft', service: 'Konventionierter Dienst' },
    perWeek: 'Pro Woche',
    used: 'Verbraucht',
    due: 'Bis heute vorgesehen',
    unitValue:
      '{unit, select, hours {{value, number} Std.} other {{value, plural, one {# Sitzung} other {# Sitzungen}}}}',
    noRate: 'ohne Tarif',
    consumed: 'Verbraucht (Betrag)',
    dueCents: 'Bis heute vorgesehener Wert',
    unknown: 'Unbekannter Inhaber ({id})',
  },
};
