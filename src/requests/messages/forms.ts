import type { Translations } from '../../platform/i18n/index.ts';
import { partnerFormMessages } from './partner-form.ts';
import { supportFormMessages } from './support-form.ts';

// The two public forms' strings, in FR (source), NL, EN and DE: what both share (the sentence naming
// each missing answer, the issues the API words its own way) is here; each form's pages are in
// its own file. The form engine's sentences for the other issues are platform/forms/messages.ts.
const fr = {
  ...partnerFormMessages.fr,
  ...supportFormMessages.fr,
  home: {
    support:
      'Médecins généralistes\u202f: un avis, une consultation conjointe, des séances dans votre cabinet.',
    partner: 'Organisations\u202f: un local, un groupe de soutien à accueillir ou à co-animer.',
  },
  optional: '(facultatif)',
  notGiven: 'Non indiqué',
  noPatientData:
    'N’indiquez pas le nom d’un patient ni rien qui permette de l’identifier (numéro national, date de naissance, adresse).',
  issues: {
    required: 'Ce champ est obligatoire.',
    'unknown-value': 'Valeur inconnue. Valeurs possibles\u202f: {allowed}.',
    'invalid-enterprise-number':
      'Ce numéro d’entreprise n’est pas valide\u202f: 10 chiffres commençant par 0 ou 1, par exemple 0123.456.749. Vérifiez-le sur votre document BCE.',
    'outside-territory':
      'Passerelle ne couvre pas encore {place}. Il couvre aujourd’hui la Région de Bruxelles-Capitale.',
  },
  requiredByField: {
    kind: 'Choisissez ce dont vous avez besoin.',
    caseAdviceFormat: 'Choisissez comment recevoir l’avis.',
    topics: 'Choisissez au moins un sujet.',
    'practice.name': 'Indiquez le nom du cabinet.',
    'practice.street': 'Indiquez la rue et le numéro du cabinet.',
    'practice.postcode': 'Indiquez le code postal du cabinet.',
    'requester.name': 'Indiquez votre nom.',
    'requester.email': 'Indiquez votre adresse e-mail.',
    'requester.language': 'Choisissez une langue.',
    ageGroup: 'Choisissez l’âge des patients concernés.',
    preferredTimes: 'Indiquez quand vous êtes disponible.',
    description: 'Décrivez votre demande.',
    offer: 'Choisissez ce que vous proposez.',
    coLeader: 'Choisissez qui co-animerait le groupe.',
    'organisation.name': 'Indiquez le nom de l’organisation.',
    'organisation.kind': 'Choisissez le type d’organisation.',
    'venue.street': 'Indiquez la rue et le numéro du lieu.',
    'venue.postcode': 'Indiquez le code postal du lieu.',
    'venue.accessibility': 'Choisissez l’accessibilité du lieu.',
    'venue.capacity': 'Indiquez combien de personnes le local peut accueillir.',
    'venue.openingTimes': 'Indiquez les heures d’ouverture.',
    'venue.languages': 'Choisissez au moins une langue.',
    'venue.targetPublic': 'Choisissez au moins un âge.',
    'contact.name': 'Indiquez le nom de la personne de contact.',
    'contact.email': 'Indiquez l’adresse e-mail de la personne de contact.',
    'contact.language': 'Choisissez une langue de travail.',
  },
};

export type FormsMessages = typeof fr;

const nl: Translations<typeof fr>['nl'] = {
  ...partnerFormMessages.nl,
  ...supportFormMessages.nl,
  home: {
    support: 'Huisartsen: een advies, een gezamenlijke consultatie, sessies in uw praktijk.',
    partner: 'Organisaties: een lokaal, een steungroep ontvangen of mee begeleiden.',
  },
  optional: '(optioneel)',
  notGiven: 'Niet ingevuld',
  noPatientData:
    'Vermeld geen naam van een patiënt en niets waarmee een patiënt herkend kan worden (rijksregisternummer, geboortedatum, adres).',
  issues: {
    required: 'Dit veld is verplicht.',
    'unknown-value': 'Onbekende waarde. Mogelijke waarden: {allowed}.',
    'invalid-enterprise-number':
      'Dit ondernemingsnummer is ongeldig: 10 cijfers die beginnen met 0 of 1, bijvoorbeeld 0123.456.749. Controleer het op uw KBO-document.',
    'outside-territory':
      'Passerelle dekt {place} nog niet. Het dekt vandaag het Brussels Hoofdstedelijk Gewest.',
  },
  requiredByField: {
    kind: 'Kies wat u nodig hebt.',
    caseAdviceFormat: 'Kies hoe u het advies wilt krijgen.',
    topics: 'Kies minstens één onderwerp.',
    'practice.name': 'Vul de naam van de praktijk in.',
    'practice.street': 'Vul de straat en het nummer van de praktijk in.',
    'practice.postcode': 'Vul de postcode van de praktijk in.',
    'requester.name': 'Vul uw naam in.',
    'requester.email': 'Vul uw e-mailadres in.',
    'requester.language': 'Kies een taal.',
    ageGroup: 'Kies de leeftijd van de betrokken patiënten.',
    preferredTimes: 'Vul in wanneer u beschikbaar bent.',
    description: 'Beschrijf uw aanvraag.',
    offer: 'Kies wat u aanbiedt.',
    coLeader: 'Kies wie de groep mee zou begeleiden.',
    'organisation.name': 'Vul de naam van de organisatie in.',
    'organisation.kind': 'Kies de soort organisatie.',
    'venue.street': 'Vul de straat en het nummer van de locatie in.',
    'venue.postcode': 'Vul de postcode van de locatie in.',
    'venue.accessibility': 'Kies de toegankelijkheid van de locatie.',
    'venue.capacity': 'Vul in hoeveel personen het lokaal kan ontvangen.',
    'venue.openingTimes': 'Vul de openingsuren in.',
    'venue.languages': 'Kies minstens één taal.',
    'venue.targetPublic': 'Kies minstens één leeftijd.',
    'contact.name': 'Vul de naam van de contactpersoon in.',
    'contact.email': 'Vul het e-mailadres van de contactpersoon in.',
    'contact.language': 'Kies een werktaal.',
  },
};

const en: Translations<typeof fr>['en'] = {
  ...partnerFormMessages.en,
  ...supportFormMessages.en,
  home: {
    support: 'GPs: advice, a joint consultation, sessions in your practice.',
    partner: 'Organisations: a room, a support group to host or co-lead.',
  },
  optional: '(optional)',
  notGiven: 'Not given',
  noPatientData:
    'Do not enter a patient’s name or anything that identifies a patient (national number, date of birth, address).',
  issues: {
    required: 'This field is required.',
    'unknown-value': 'Unknown value. Possible values: {allowed}.',
    'invalid-enterprise-number':
      'This enterprise number is not valid: 10 digits starting with 0 or 1, for example 0123.456.749. Check it on your KBO/BCE record.',
    'outside-territory':
      'Passerelle does not cover {place} yet. Today it covers the Brussels-Capital Region.',
  },
  requiredByField: {
    kind: 'Choose what you need.',
    caseAdviceFormat: 'Choose how to receive the advice.',
    topics: 'Choose at least one topic.',
    'practice.name': 'Enter the practice name.',
    'practice.street': 'Enter the practice’s street and number.',
    'practice.postcode': 'Enter the practice’s postcode.',
    'requester.name': 'Enter your name.',
    'requester.email': 'Enter your e-mail address.',
    'requester.language': 'Choose a language.',
    ageGroup: 'Choose the age of the patients concerned.',
    preferredTimes: 'Enter when you are available.',
    description: 'Describe your request.',
    offer: 'Choose what you offer.',
    coLeader: 'Choose who would co-lead the group.',
    'organisation.name': 'Enter the organisation’s name.',
    'organisation.kind': 'Choose the kind of organisation.',
    'venue.street': 'Enter the venue’s street and number.',
    'venue.postcode': 'Enter the venue’s postcode.',
    'venue.accessibility': 'Choose the venue’s accessibility.',
    'venue.capacity': 'Enter how many people the room can hold.',
    'venue.openingTimes': 'Enter the opening times.',
    'venue.languages': 'Choose at least one language.',
    'venue.targetPublic': 'Choose at least one age.',
    'contact.name': 'Enter the contact person’s name.',
    'contact.email': 'Enter the contact person’s e-mail address.',
    'contact.language': 'Choose a working language.',
  },
};

const de: Translations<typeof fr>['de'] = {
  ...partnerFormMessages.de,
  ...supportFormMessages.de,
  home: {
    support:
      'Hausärztinnen und Hausärzte: ein fachlicher Rat, eine gemeinsame Konsultation, Sitzungen in Ihrer Praxis.',
    partner: 'Organisationen: ein Raum, eine Unterstützungsgruppe, die Sie aufnehmen oder mitleiten.',
  },
  optional: '(optional)',
  notGiven: 'Nicht angegeben',
  noPatientData:
    'Geben Sie weder den Namen einer Patientin oder eines Patienten an noch etwas, das sie oder ihn erkennbar macht (Nationalregisternummer, Geburtsdatum, Adresse).',
  issues: {
    required: 'Dieses Feld ist ein Pflichtfeld.',
    'unknown-value': 'Unbekannter Wert. Mögliche Werte: {allowed}.',
    'invalid-enterprise-number':
      'Diese Unternehmensnummer ist ungültig: 10 Ziffern, beginnend mit 0 oder 1, zum Beispiel 0123.456.749. Prüfen Sie sie anhand Ihres Auszugs aus der ZDU.',
    'outside-territory':
      'Passerelle deckt {place} noch nicht ab. Derzeit deckt Passerelle die Region Brüssel-Hauptstadt ab.',
  },
  requiredByField: {
    kind: 'Wählen Sie, was Sie benötigen.',
    caseAdviceFormat: 'Wählen Sie, wie Sie den Rat erhalten möchten.',
    topics: 'Wählen Sie mindestens ein Thema.',
    'practice.name': 'Geben Sie den Namen der Praxis an.',
    'practice.street': 'Geben Sie Straße und Hausnummer der Praxis an.',
    'practice.postcode': 'Geben Sie die Postleitzahl der Praxis an.',
    'requester.name': 'Geben Sie Ihren Namen an.',
    'requester.email': 'Geben Sie Ihre E-Mail-Adresse an.',
    'requester.language': 'Wählen Sie eine Sprache.',
    ageGroup: 'Wählen Sie das Alter der betroffenen Patientinnen und Patienten.',
    preferredTimes: 'Geben Sie an, wann Sie verfügbar sind.',
    description: 'Beschreiben Sie Ihre Anfrage.',
    offer: 'Wählen Sie, was Sie anbieten.',
    coLeader: 'Wählen Sie, wer die Gruppe mitleiten würde.',
    'organisation.name': 'Geben Sie den Namen der Organisation an.',
    'organisation.kind': 'Wählen Sie die Art der Organisation.',
    'venue.street': 'Geben Sie Straße und Hausnummer des Ortes an.',
    'venue.postcode': 'Geben Sie die Postleitzahl des Ortes an.',
    'venue.accessibility': 'Wählen Sie die Zugänglichkeit des Ortes.',
    'venue.capacity': 'Geben Sie an, wie viele Personen der Raum aufnehmen kann.',
    'venue.openingTimes': 'Geben Sie die Öffnungszeiten an.',
    'venue.languages': 'Wählen Sie mindestens eine Sprache.',
    'venue.targetPublic': 'Wählen Sie mindestens ein Alter.',
    'contact.name': 'Geben Sie den Namen der Kontaktperson an.',
    'contact.email': 'Geben Sie die E-Mail-Adresse der Kontaktperson an.',
    'contact.language': 'Wählen Sie eine Arbeitssprache.',
  },
};

export const formsMessages: Translations<typeof fr> = { fr, nl, en, de };
