import type { Translations } from '../platform/i18n/index.ts';

// Sentences for problems in a clinicians spreadsheet, one per error code. Each is preceded by
// "row N, column C:" (platform/csv.ts), so they start in lower case.
const fr = {
  'unknown-columns': 'colonnes inconnues\u202f: {columns}. Vérifiez leur orthographe (voir le README).',
  'unknown-value': 'valeur inconnue «\u202f{value}\u202f». Valeurs possibles\u202f: {allowed}.',
  'unknown-language':
    'code de langue inconnu «\u202f{value}\u202f»\u202f: indiquez des codes ISO 639-1 (fr, nl, en, ar…).',
  'too-long': 'au plus {max} caractères.',
  'patient-identifier':
    'cette cellule contient un numéro de registre national (NISS)\u202f: il n’a pas sa place dans un profil public. Retirez-le du fichier.',
  'too-many': 'au plus {max} thèmes.',
  'inami-format':
    'numéro INAMI «\u202f{value}\u202f» non valide\u202f: 11 chiffres (1-23456-78-901) dont les 7e et 8e sont des chiffres de contrôle.',
  'visa-format': 'numéro de visa «\u202f{value}\u202f» non valide\u202f: de 4 à 20 chiffres ou lettres.',
  'unknown-postcode': 'code postal {value} inconnu\u202f: importez d’abord ses données de référence.',
  'latitude-range': 'latitude {value} hors de Belgique (49,4 à 51,6).',
  'longitude-range': 'longitude {value} hors de Belgique (2,5 à 6,5).',
  'location-required': 'indiquez au moins un lieu (location1_street et location1_postcode).',
  'age-group-not-covered': 'aucun des réseaux indiqués ne couvre le groupe d’âge «\u202f{value}\u202f».',
  'outreach-without-venue':
    'le mode «\u202foutreach\u202f» demande un lieu d’accroche (locationN_kind = outreach).',
  'venue-without-outreach': 'un lieu d’accroche est indiqué\u202f: ajoutez «\u202foutreach\u202f» aux modes.',
  'contact-required': 'indiquez au moins un moyen de contact\u202f: téléphone, e-mail ou site web.',
  'phone-format': 'numéro de téléphone «\u202f{value}\u202f» non valide.',
  'email-format': 'adresse e-mail «\u202f{value}\u202f» non valide.',
  'website-format': 'adresse de site «\u202f{value}\u202f» non valide\u202f: elle commence par https://.',
  'date-format': 'date « {value} » non valide : JJ/MM/AAAA ou AAAA-MM-JJ attendu.',
  'date-future': 'la date «\u202f{value}\u202f» est dans le futur.',
  'duplicate-inami': 'le numéro INAMI {value} figure déjà à la ligne {first}.',
  'boolean-format': '«\u202f{value}\u202f»\u202f: indiquez oui ou non.',
  'number-format': '«\u202f{value}\u202f» n’est pas un nombre.',
};

export const directoryImportMessages: Translations<typeof fr> = {
  fr,
  nl: {
    'unknown-columns': 'onbekende kolommen: {columns}. Controleer de spelling (zie de README).',
    'unknown-value': 'onbekende waarde ‘{value}’. Mogelijke waarden: {allowed}.',
    'unknown-language': 'onbekende taalcode ‘{value}’: gebruik ISO 639-1-codes (fr, nl, en, ar…).',
    'too-long': 'hoogstens {max} tekens.',
    'patient-identifier':
      'deze cel bevat een rijksregisternummer (INSZ): dat hoort niet in een openbaar profiel. Verwijder het uit het bestand.',
    'too-many': 'hoogstens {max} thema’s.',
    'inami-format':
      'ongeldig RIZIV-nummer ‘{value}’: 11 cijfers (1-23456-78-901) waarvan het 7e en 8e controlecijfers zijn.',
    'visa-format': 'ongeldig visumnummer ‘{value}’: 4 tot 20 cijfers of letters.',
    'unknown-postcode': 'onbekende postcode {value}: importeer eerst de referentiegegevens ervan.',
    'latitude-range': 'breedtegraad {value} buiten België (49,4 tot 51,6).',
    'longitude-range': 'lengtegraad {value} buiten België (2,5 tot 6,5).',
    'location-required': 'geef minstens één plaats (location1_street en location1_postcode).',
    'age-group-not-covered': 'geen van de opgegeven netwerken dekt de leeftijdsgroep ‘{value}’.',
    'outreach-without-venue': 'de vorm ‘outreach’ vraagt een vindplaats (locationN_kind = outreach).',
    'venue-without-outreach': 'er is een vindplaats opgegeven: voeg ‘outreach’ toe aan de vormen.',
    'contact-required': 'geef minstens één contactmogelijkheid: telefoon, e-mail of website.',
    'phone-format': 'ongeldig telefoonnummer ‘{value}’.',
    'email-format': 'ongeldig e-mailadres ‘{value}’.',
    'website-format': 'ongeldig websiteadres ‘{value}’: het begint met https://.',
    'date-format': 'ongeldige datum ‘{value}’: DD/MM/JJJJ of JJJJ-MM-DD verwacht.',
    'date-future': 'de datum ‘{value}’ ligt in de toekomst.',
    'duplicate-inami': 'RIZIV-nummer {value} staat al op rij {first}.',
    'boolean-format': '‘{value}’: vul ja of nee in.',
    'number-format': '‘{value}’ is geen getal.',
  },
  en: {
    'unknown-columns': 'unknown columns: {columns}. Check their spelling (see the README).',
    'unknown-value': 'unknown value “{value}”. Possible values: {allowed}.',
    'unknown-language': 'unknown language code “{value}”: use ISO 639-1 codes (fr, nl, en, ar…).',
    'too-long': 'at most {max} characters.',
    'patient-identifier':
      'this cell holds a national register number (NISS): it has no place in a public profile. Remove it from the file.',
    'too-many': 'at most {max} topics.',
    'inami-format':
      'invalid INAMI number “{value}”: 11 digits (1-23456-78-901), the 7th and 8th being check digits.',
    'visa-format': 'invalid visa number “{value}”: 4 to 20 digits or letters.',
    'unknown-postcode': 'unknown postcode {value}: import its reference data first.',
    'latitude-range': 'latitude {value} outside Belgium (49.4 to 51.6).',
    'longitude-range': 'longitude {value} outside Belgium (2.5 to 6.5).',
    'location-required': 'give at least one place (location1_street and location1_postcode).',
    'age-group-not-covered': 'none of the networks given covers the age group “{value}”.',
    'outreach-without-venue': 'the “outreach” mode needs an outreach venue (locationN_kind = outreach).',
    'venue-without-outreach': 'an outreach venue is given: add “outreach” to the modes.',
    'contact-required': 'give at least one way to get in touch: phone, email or website.',
    'phone-format': 'invalid phone number “{value}”.',
    'email-format': 'invalid email address “{value}”.',
    'website-format': 'invalid website address “{value}”: it starts with https://.',
    'date-format': 'invalid date “{value}”: DD/MM/YYYY or YYYY-MM-DD expected.',
    'date-future': 'the date “{value}” is in the future.',
    'duplicate-inami': 'INAMI number {value} is already on row {first}.',
    'boolean-format': '“{value}”: enter yes or no.',
    'number-format': '“{value}” is not a number.',
  },
};
