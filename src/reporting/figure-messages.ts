// Words of the dashboard's further figures (map, groups, applications, clinicians, directory)
// and of the yearly report, in French (source), Dutch and English. French typography: a narrow
// no-break space (\u202f) before : ; ? ! and %.

import type { UseBand } from './domain/contingent-use.ts';
import type { MeasuredStage } from './domain/stage-durations.ts';

const fr = {
  mapHeading: 'Patients pour 10\u202f000 habitants, par commune',
  mapTitle: 'Carte des 19 communes bruxelloises\u202f: patients pour 10\u202f000 habitants',
  mapDescription:
    'Une case par commune, placée à peu près où elle se trouve (le nord en haut), avec le nom de la commune et son taux, de {first} à {last}. Plus la case est foncée, plus le taux est élevé. Les mêmes chiffres sont dans le tableau qui suit.',
  legendTitle: 'Légende (patients pour 10\u202f000 habitants)',
  band: 'de {from} à moins de {to}',
  lastBand: 'de {from} à {to}',
  noRate: '«\u202f–\u202f»\u202f: population inconnue',
  communesCaption: 'Patients et habitants par commune de résidence',
  commune: 'Commune',
  patients: 'Patients',
  inhabitants: 'Habitants',
  rate: 'Pour 10\u202f000 habitants',
  elsewhere: 'Patients sans code postal de résidence ou domiciliés ailleurs\u202f: {count}.',
  ratesDefinition:
    'Patients pour 10\u202f000 habitants\u202f: patients distincts domiciliés dans la commune (d’après le code postal de résidence donné à la séance), vus au moins une fois de {first} à {last}, divisés par les habitants de la commune en {year} (ou la dernière année connue avant), multipliés par 10\u202f000.',
  groupsHeading: 'Groupes',
  groupsCaption: 'Séances de groupe tenues et participants, par mois',
  month: 'Mois',
  groups: 'Groupes tenus',
  participants: 'Participants',
  wholePeriod: 'Toute la période',
  groupsDefinition:
    'Groupes tenus\u202f: séances de groupe pour le public (groupes communautaires) non annulées et déjà commencées, dans les zones du périmètre. Participants\u202f: inscrits que l’organisateur a marqués présents.',
  stagesHeading: 'Candidatures',
  stagesCaption: 'Médiane des jours par étape des candidatures',
  stage: 'Étape',
  applications: 'Candidatures',
  medianDays: 'Médiane (jours)',
  stages: {
    submitted: 'Introduite',
    'completeness-check': 'Contrôle de complétude',
    contact: 'Prise de contact',
    concertation: 'Concertation',
    decision: 'Décision',
    approved: 'Approuvée, convention à signer',
  } satisfies Record<MeasuredStage, string>,
  stagesDefinition:
    'Jours par étape\u202f: jours calendrier entre le jour où une candidature entre dans une étape et celui où elle la quitte, pour les étapes quittées de {first} à {last}\u202f; la médiane est la valeur du milieu. «\u202f–\u202f»\u202f: aucune candidature n’a quitté l’étape.',
  cliniciansHeading: 'Prestataires et contingents',
  cliniciansCaption: 'Activité des prestataires, {period}',
  figure: 'Chiffre',
  value: 'Valeur',
  active: 'Prestataires actifs',
  medianSessions: 'Médiane des séances par prestataire actif',
  withContingent: 'Prestataires avec un contingent',
  sessionsOfHolders: 'Séances des prestataires avec un contingent',
  expected: 'Séances attendues d’après leurs contingents',
  useBands: {
    'under-half': 'Contingent utilisé à moins de 50\u202f%',
    'half-to-most': 'Contingent utilisé de 50\u202f% à moins de 90\u202f%',
    'on-track': 'Contingent utilisé de 90\u202f% à 110\u202f%',
    over: 'Contingent utilisé à plus de 110\u202f%',
  } satisfies Record<UseBand, string>,
  cliniciansDefinition:
    'Prestataire actif\u202f: au moins une séance enregistrée et non annulée dans le réseau pendant la période. Contingent\u202f: séances par semaine que le plan budgétaire du réseau engage pour le prestataire. Séances attendues\u202f: contingent × jours de la période ÷ 7. Utilisation\u202f: séances ÷ séances attendues. Dans une zone\u202f: les prestataires qui y ont un cabinet ou un lieu d’accroche.',
  listingHeading: 'Disponibilité des prestataires',
  listingCaption: 'Prestataires listés dans l’annuaire, aujourd’hui',
  listed: 'Prestataires listés',
  accepting: 'Acceptent de nouveaux patients',
  waitingBand: 'Délai d’attente déclaré\u202f: {band}',
  outOfDate: 'Profils peut-être périmés',
  listingDefinition:
    'Prestataires listés\u202f: conventionnés avec le réseau et visibles dans l’annuaire (dans une zone\u202f: avec un cabinet ou un lieu d’accroche dans la zone). Délai d’attente\u202f: celui que le prestataire déclare sur son profil. Profil peut-être périmé\u202f: non confirmé depuis plus de {days} jours.',
  none: '–',
  small: '< 5',
  yearly: 'Rapport d’activité annuel {year} (XLSX)',
  yearlyIntro:
    'Le rapport annuel reprend ces chiffres pour l’année civile, prêt à envoyer\u202f: les chiffres de moins de 5 personnes y sont masqués («\u202f< 5\u202f»).',
  yearlyTitle: 'Rapport d’activité {year} – {scope}',
  yearlySuppression: 'Les chiffres de moins de 5 personnes sont masqués («\u202f< 5\u202f»).',
};

export type FigureMessages = typeof fr;

const nl: FigureMessages = {
  mapHeading: 'Patiënten per 10.000 inwoners, per gemeente',
  mapTitle: 'Kaart van de 19 Brusselse gemeenten: patiënten per 10.000 inwoners',
  mapDescription:
    'Eén vak per gemeente, ongeveer waar ze ligt (het noorden boven), met de naam van de gemeente en haar cijfer, van {first} tot {last}. Hoe donkerder het vak, hoe hoger het cijfer. Dezelfde cijfers staan in de tabel hierna.',
  legendTitle: 'Legende (patiënten per 10.000 inwoners)',
  band: 'van {from} tot minder dan {to}',
  lastBand: 'van {from} tot {to}',
  noRate: '‘–’: bevolking onbekend',
  communesCaption: 'Patiënten en inwoners per woongemeente',
  commune: 'Gemeente',
  patients: 'Patiënten',
  inhabitants: 'Inwoners',
  rate: 'Per 10.000 inwoners',
  elsewhere: 'Patiënten zonder postcode van hun woonplaats of die elders wonen: {count}.',
  ratesDefinition:
    'Patiënten per 10.000 inwoners: verschillende patiënten die in de gemeente wonen (volgens de postcode van hun woonplaats, gegeven bij de sessie), minstens één keer gezien van {first} tot {last}, gedeeld door de inwoners van de gemeente in {year} (of het laatst bekende jaar daarvoor), maal 10.000.',
  groupsHeading: 'Groepen',
  groupsCaption: 'Gehouden groepssessies en deelnemers, per maand',
  month: 'Maand',
  groups: 'Gehouden groepen',
  participants: 'Deelnemers',
  wholePeriod: 'De hele periode',
  groupsDefinition:
    'Gehouden groepen: niet geannuleerde groepssessies voor het publiek (gemeenschapsgroepen) die al begonnen zijn, in de zones van het werkgebied. Deelnemers: ingeschrevenen die de organisator als aanwezig aanduidde.',
  stagesHeading: 'Aanvragen tot conventionering',
  stagesCaption: 'Mediaan aantal dagen per stap van de aanvragen',
  stage: 'Stap',
  applications: 'Aanvragen',
  medianDays: 'Mediaan (dagen)',
  stages: {
    submitted: 'Ingediend',
    'completeness-check': 'Controle op volledigheid',
    contact: 'Contactname',
    concertation: 'Overleg',
    decision: 'Beslissing',
    approved: 'Goedgekeurd, overeenkomst te ondertekenen',
  },
  stagesDefinition:
    'Dagen per stap: kalenderdagen tussen de dag waarop een aanvraag een stap ingaat en de dag waarop ze die verlaat, voor stappen verlaten van {first} tot {last}; de mediaan is de middelste waarde. ‘–’: geen aanvraag heeft de stap verlaten.',
  cliniciansHeading: 'Zorgverleners en contingenten',
  cliniciansCaption: 'Activiteit van de zorgverleners, {period}',
  figure: 'Cijfer',
  value: 'Waarde',
  active: 'Actieve zorgverleners',
  medianSessions: 'Mediaan aantal sessies per actieve zorgverlener',
  withContingent: 'Zorgverleners met een contingent',
  sessionsOfHolders: 'Sessies van de zorgverleners met een contingent',
  expected: 'Verwachte sessies volgens hun contingenten',
  useBands: {
    'under-half': 'Contingent voor minder dan 50% gebruikt',
    'half-to-most': 'Contingent van 50% tot minder dan 90% gebruikt',
    'on-track': 'Contingent van 90% tot 110% gebruikt',
    over: 'Contingent voor meer dan 110% gebruikt',
  },
  cliniciansDefinition:
    'Actieve zorgverlener: minstens één geregistreerde en niet geannuleerde sessie in het netwerk tijdens de periode. Contingent: sessies per week die het budgetplan van het netwerk voor de zorgverlener vastlegt. Verwachte sessies: contingent × dagen van de periode ÷ 7. Gebruik: sessies ÷ verwachte sessies. In een zone: de zorgverleners met een praktijk of vindplaats in de zone.',
  listingHeading: 'Beschikbaarheid van de zorgverleners',
  listingCaption: 'Zorgverleners in de zoekfunctie, vandaag',
  listed: 'Vermelde zorgverleners',
  accepting: 'Nemen nieuwe patiënten aan',
  waitingBand: 'Opgegeven wachttijd: {band}',
  outOfDate: 'Profielen mogelijk verouderd',
  listingDefinition:
    'Vermelde zorgverleners: geconventioneerd met het netwerk en zichtbaar in de zoekfunctie (in een zone: met een praktijk of vindplaats in de zone). Wachttijd: die welke de zorgverlener op zijn profiel opgeeft. Profiel mogelijk verouderd: meer dan {days} dagen niet bevestigd.',
  none: '–',
  small: '< 5',
  yearly: 'Jaarlijks activiteitenverslag {year} (XLSX)',
  yearlyIntro:
    'Het jaarverslag bevat deze cijfers voor het kalenderjaar, klaar om te versturen: cijfers over minder dan 5 personen zijn erin verborgen (‘< 5’).',
  yearlyTitle: 'Activiteitenverslag {year} – {scope}',
  yearlySuppression: 'Cijfers over minder dan 5 personen zijn verborgen (‘< 5’).',
};

const en: FigureMessages = {
  mapHeading: 'Patients per 10,000 inhabitants, by commune',
  mapTitle: 'Map of the 19 Brussels communes: patients per 10,000 inhabitants',
  mapDescription:
    'One square per commune, placed roughly where it lies (north at the top), with the commune’s name and its rate, from {first} to {last}. The darker the square, the higher the rate. The same figures are in the table that follows.',
  legendTitle: 'Key (patients per 10,000 inhabitants)',
  band: '{from} to under {to}',
  lastBand: '{from} to {to}',
  noRate: '‘–’: population unknown',
  communesCaption: 'Patients and inhabitants by commune of residence',
  commune: 'Commune',
  patients: 'Patients',
  inhabitants: 'Inhabitants',
  rate: 'Per 10,000 inhabitants',
  elsewhere: 'Patients without a postcode of residence or living elsewhere: {count}.',
  ratesDefinition:
    'Patients per 10,000 inhabitants: distinct patients living in the commune (by the postcode of residence given at the session), seen at least once from {first} to {last}, divided by the commune’s inhabitants in {year} (or the latest year known before it), times 10,000.',
  groupsHeading: 'Groups',
  groupsCaption: 'Group sessions held and participants, by month',
  month: 'Month',
  groups: 'Groups held',
  participants: 'Participants',
  wholePeriod: 'The whole period',
  groupsDefinition:
    'Groups held: group sessions for the public (community groups) not cancelled and already started, in the scope’s zones. Participants: people registered whom the organiser marked present.',
  stagesHeading: 'Applications',
  stagesCaption: 'Median days per stage of applications',
  stage: 'Stage',
  applications: 'Applications',
  medianDays: 'Median (days)',
  stages: {
    submitted: 'Submitted',
    'completeness-check': 'Completeness check',
    contact: 'Contact',
    concertation: 'Concertation',
    decision: 'Decision',
    approved: 'Approved, convention to sign',
  },
  stagesDefinition:
    'Days per stage: calendar days from the day an application enters a stage to the day it leaves it, for stages left from {first} to {last}; the median is the middle value. ‘–’: no application left the stage.',
  cliniciansHeading: 'Clinicians and contingents',
  cliniciansCaption: 'Clinicians’ activity, {period}',
  figure: 'Figure',
  value: 'Value',
  active: 'Active clinicians',
  medianSessions: 'Median sessions per active clinician',
  withContingent: 'Clinicians with a contingent',
  sessionsOfHolders: 'Sessions of the clinicians with a contingent',
  expected: 'Sessions their contingents lead to expect',
  useBands: {
    'under-half': 'Contingent used under 50%',
    'half-to-most': 'Contingent used 50% to under 90%',
    'on-track': 'Contingent used 90% to 110%',
    over: 'Contingent used over 110%',
  },
  cliniciansDefinition:
    'Active clinician: at least one session recorded and not cancelled in the network during the period. Contingent: the sessions a week the network’s budget plan commits for the clinician. Sessions expected: contingent × the period’s days ÷ 7. Use: sessions ÷ sessions expected. In a zone: the clinicians with a practice or outreach place in it.',
  listingHeading: 'Clinicians’ availability',
  listingCaption: 'Clinicians listed in the finder, today',
  listed: 'Clinicians listed',
  accepting: 'Accepting new patients',
  waitingBand: 'Declared waiting time: {band}',
  outOfDate: 'Profiles possibly out of date',
  listingDefinition:
    'Clinicians listed: with a convention with the network and shown in the finder (in a zone: with a practice or outreach place in it). Waiting time: what the clinician declares on their profile. Profile possibly out of date: not confirmed for more than {days} days.',
  none: '–',
  small: '< 5',
  yearly: 'Yearly activity report {year} (XLSX)',
  yearlyIntro:
    'The yearly report holds these figures for the calendar year, ready to send: figures about fewer than 5 people are hidden in it (‘< 5’).',
  yearlyTitle: 'Activity report {year} – {scope}',
  yearlySuppression: 'Figures about fewer than 5 people are hidden (‘< 5’).',
};

export const figureMessages = { fr, nl, en };
