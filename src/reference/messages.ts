import type { Translations } from '../platform/i18n/index.ts';

const fr = {
  coordinator: {
    title: 'Qui est mon coordinateur\u202f?',
    intro:
      'Les coordinateurs locaux des réseaux de santé mentale aident les médecins généralistes, les organisations et les services à collaborer avec des psychologues et orthopédagogues conventionnés. Indiquez où vous êtes pour savoir qui vous répond.',
    placeLabel: 'Code postal ou commune',
    placeHint: 'Par exemple 1030 ou Schaerbeek',
    requesterLegend: 'Vous êtes',
    requesters: {
      public: 'Un particulier',
      gp: 'Un médecin généraliste',
      organisation: 'Une organisation ou une association',
    },
    languageLabel: 'Langue de travail',
    languageHint:
      'Les associations néerlandophones de Bruxelles ont une coordinatrice ou un coordinateur dédié.',
    ageLabel: 'Âge de la personne concernée (facultatif)',
    ageHint:
      'Les réseaux pour enfants et jeunes suivent jusqu’à 23 ans, ceux pour adultes à partir de 15 ans.',
    submit: 'Trouver mon coordinateur',
    resultTitle: 'Votre zone\u202f: {zone}',
    zoneCovers: 'Cette zone couvre\u202f:',
    contact: 'Écrire à la coordination de la zone',
    phone: 'Téléphone\u202f: {phone}',
    languageRule:
      'Les associations néerlandophones sont suivies par la zone {zone}, où qu’elles se trouvent à Bruxelles.',
    networksTitle: 'Réseaux de santé mentale concernés',
    networkAges: '{max, select, none {à partir de {min} ans} other {de {min} à {max} ans}}',
    bothNetworks: 'Entre 15 et 23 ans, on peut s’adresser aux deux réseaux.',
    otherSections:
      'La commune de {commune} relève de plusieurs zones. Indiquez votre code postal pour une réponse précise\u202f:',
    sectionZone: '{locality} ({postcode})\u202f: zone {zone}',
    areaContact: 'Question générale\u202f? Écrivez à {email}.',
    noZone: 'Aucune zone de coordination n’est encore définie pour cet endroit.',
  },
  errors: {
    placeRequired: 'Indiquez un code postal ou une commune.',
    placeInvalidPostcode: 'Un code postal belge a 4 chiffres, par exemple 1030.',
    placeNotFound:
      'Nous ne trouvons pas «\u202f{value}\u202f». Vérifiez l’orthographe ou indiquez un code postal.',
    placeAmbiguous:
      '«\u202f{value}\u202f» correspond à plusieurs localités\u202f: choisissez-en une ci-dessous.',
    placeSuggestions: 'Vouliez-vous dire\u202f:',
    ageInvalid: 'Indiquez un âge en années, de 0 à 120.',
    outsideTerritory:
      'Passerelle ne couvre pas encore {place}. Il couvre aujourd’hui la Région de Bruxelles-Capitale\u202f; pour une autre région, contactez le réseau de santé mentale de votre province.',
    noNetworkForAge: 'Aucun réseau ne couvre l’âge de {age} ans à {place}.',
    unknownCommune: 'Aucune commune ne porte le code INS {value}.',
  },
  api: {
    placeRequired: 'Indiquez postcode ou commune (code INS).',
    bothPlaces: 'Indiquez postcode ou commune, pas les deux.',
  },
  importErrors: {
    'postcode-format': 'code postal «\u202f{value}\u202f» non valide\u202f: 4 chiffres attendus.',
    'nis-format': 'code INS «\u202f{value}\u202f» non valide\u202f: 5 chiffres attendus.',
    'latitude-range': 'latitude «\u202f{value}\u202f» hors de Belgique (49,4 à 51,6).',
    'longitude-range': 'longitude «\u202f{value}\u202f» hors de Belgique (2,5 à 6,5).',
    'zone-format': 'identifiant de zone «\u202f{value}\u202f» non valide (minuscules, chiffres et tirets).',
    'unknown-zone':
      'zone «\u202f{value}\u202f» inconnue\u202f: importez d’abord le fichier de référence qui la décrit.',
    'duplicate-postcode': 'le code postal {value} figure déjà à la ligne {first}.',
    'commune-mismatch': 'la commune {value} a un autre nom à la ligne {first}.',
    'duplicate-id': 'identifiant «\u202f{value}\u202f» en double.',
    'age-range': 'l’âge maximum est inférieur à l’âge minimum.',
    'unknown-commune': 'commune {value} inconnue\u202f: ce n’est pas un code INS de commune belge.',
    'unknown-province':
      'province «\u202f{value}\u202f» inconnue (nom français ou néerlandais, ou «\u202fbrussels\u202f»).',
    'external-without-link':
      'un réseau dont les cliniciens ne sont pas dans Passerelle doit donner son site ou l’adresse de sa liste.',
    'unknown-body': 'organe de décision «\u202f{value}\u202f» inconnu dans ce fichier.',
    'unknown-area': 'zone de coordination «\u202f{value}\u202f» inconnue.',
    'unknown-network': 'réseau «\u202f{value}\u202f» inconnu.',
    'invalid-json': 'le fichier de référence n’est pas du JSON valide.',
  },
};

export const referenceMessages: Translations<typeof fr> = {
  fr,
  nl: {
    coordinator: {
      title: 'Wie is mijn coördinator?',
      intro:
        'De lokale coördinatoren van de netwerken geestelijke gezondheid helpen huisartsen, organisaties en diensten om samen te werken met geconventioneerde psychologen en orthopedagogen. Geef aan waar u bent om te weten wie u helpt.',
      placeLabel: 'Postcode of gemeente',
      placeHint: 'Bijvoorbeeld 1030 of Schaarbeek',
      requesterLegend: 'U bent',
      requesters: {
        public: 'Een particulier',
        gp: 'Een huisarts',
        organisation: 'Een organisatie of vereniging',
      },
      languageLabel: 'Werktaal',
      languageHint: 'Nederlandstalige verenigingen in Brussel hebben een eigen coördinator.',
      ageLabel: 'Leeftijd van de betrokken persoon (niet verplicht)',
      ageHint:
        'Netwerken voor kinderen en jongeren volgen tot 23 jaar, netwerken voor volwassenen vanaf 15 jaar.',
      submit: 'Mijn coördinator vinden',
      resultTitle: 'Uw zone: {zone}',
      zoneCovers: 'Deze zone omvat:',
      contact: 'Schrijf naar de coördinatie van de zone',
      phone: 'Telefoon: {phone}',
      languageRule:
        'Nederlandstalige verenigingen worden gevolgd door zone {zone}, waar ze ook in Brussel liggen.',
      networksTitle: 'Betrokken netwerken geestelijke gezondheid',
      networkAges: '{max, select, none {vanaf {min} jaar} other {van {min} tot {max} jaar}}',
      bothNetworks: 'Tussen 15 en 23 jaar kan men bij beide netwerken terecht.',
      otherSections:
        'De gemeente {commune} valt onder meerdere zones. Geef uw postcode voor een precies antwoord:',
      sectionZone: '{locality} ({postcode}): zone {zone}',
      areaContact: 'Algemene vraag? Schrijf naar {email}.',
      noZone: 'Voor deze plaats is nog geen coördinatiezone bepaald.',
    },
    errors: {
      placeRequired: 'Geef een postcode of een gemeente.',
      placeInvalidPostcode: 'Een Belgische postcode heeft 4 cijfers, bijvoorbeeld 1030.',
      placeNotFound: 'We vinden ‘{value}’ niet. Controleer de spelling of geef een postcode.',
      placeAmbiguous: '‘{value}’ past bij meerdere plaatsen: kies er hieronder een.',
      placeSuggestions: 'Bedoelde u:',
      ageInvalid: 'Geef een leeftijd in jaren, van 0 tot 120.',
      outsideTerritory:
        'Passerelle dekt {place} nog niet. Vandaag dekt het het Brussels Hoofdstedelijk Gewest; neem voor een andere regio contact op met het netwerk geestelijke gezondheid van uw provincie.',
      noNetworkForAge: 'Geen enkel netwerk dekt de leeftijd van {age} jaar in {place}.',
      unknownCommune: 'Geen gemeente heeft NIS-code {value}.',
    },
    api: {
      placeRequired: 'Geef postcode of commune (NIS-code).',
      bothPlaces: 'Geef postcode of commune, niet allebei.',
    },
    importErrors: {
      'postcode-format': 'ongeldige postcode ‘{value}’: 4 cijfers verwacht.',
      'nis-format': 'ongeldige NIS-code ‘{value}’: 5 cijfers verwacht.',
      'latitude-range': 'breedtegraad ‘{value}’ buiten België (49,4 tot 51,6).',
      'longitude-range': 'lengtegraad ‘{value}’ buiten België (2,5 tot 6,5).',
      'zone-format': 'ongeldige zone-identificatie ‘{value}’ (kleine letters, cijfers en koppeltekens).',
      'unknown-zone': 'onbekende zone ‘{value}’: importeer eerst het referentiebestand dat ze beschrijft.',
      'duplicate-postcode': 'postcode {value} staat al op rij {first}.',
      'commune-mismatch': 'gemeente {value} heeft een andere naam op rij {first}.',
      'duplicate-id': 'dubbele identificatie ‘{value}’.',
      'age-range': 'de maximumleeftijd is lager dan de minimumleeftijd.',
      'unknown-commune': 'onbekende gemeente {value}: dit is geen NIS-code van een Belgische gemeente.',
      'unknown-province': 'onbekende provincie ‘{value}’ (Franse of Nederlandse naam, of ‘brussels’).',
      'external-without-link':
        'een netwerk waarvan de zorgverleners niet in Passerelle staan, moet zijn website of het adres van zijn lijst geven.',
      'unknown-body': 'beslissingsorgaan ‘{value}’ staat niet in dit bestand.',
      'unknown-area': 'onbekende coördinatiezone ‘{value}’.',
      'unknown-network': 'onbekend netwerk ‘{value}’.',
      'invalid-json': 'het referentiebestand is geen geldige JSON.',
    },
  },
  en: {
    coordinator: {
      title: 'Who is my coordinator?',
      intro:
        "The mental-health networks' local coordinators help GPs, organisations and services work with conventioned psychologists and orthopedagogues. Tell us where you are to find out who answers you.",
      placeLabel: 'Postcode or commune',
      placeHint: 'For example 1030 or Schaerbeek',
      requesterLegend: 'You are',
      requesters: {
        public: 'A member of the public',
        gp: 'A general practitioner',
        organisation: 'An organisation or association',
      },
      languageLabel: 'Working language',
      languageHint: 'Dutch-speaking associations in Brussels have a dedicated coordinator.',
      ageLabel: 'Age of the person concerned (optional)',
      ageHint: 'Networks for children and young people follow people up to 23; adult networks from 15.',
      submit: 'Find my coordinator',
      resultTitle: 'Your zone: {zone}',
      zoneCovers: 'This zone covers:',
      contact: "Write to the zone's coordination",
      phone: 'Phone: {phone}',
      languageRule:
        'Dutch-speaking associations are followed by the {zone} zone, wherever they are in Brussels.',
      networksTitle: 'Mental-health networks concerned',
      networkAges: '{max, select, none {from {min} years} other {from {min} to {max} years}}',
      bothNetworks: 'Between 15 and 23, people can go to either network.',
      otherSections:
        'The commune of {commune} spans several zones. Enter your postcode for a precise answer:',
      sectionZone: '{locality} ({postcode}): {zone} zone',
      areaContact: 'A general question? Write to {email}.',
      noZone: 'No coordination zone is defined for this place yet.',
    },
    errors: {
      placeRequired: 'Enter a postcode or a commune.',
      placeInvalidPostcode: 'A Belgian postcode has 4 digits, for example 1030.',
      placeNotFound: 'We cannot find “{value}”. Check the spelling or enter a postcode.',
      placeAmbiguous: '“{value}” matches several places: choose one below.',
      placeSuggestions: 'Did you mean:',
      ageInvalid: 'Enter an age in years, from 0 to 120.',
      outsideTerritory:
        "Passerelle does not cover {place} yet. Today it covers the Brussels-Capital Region; for another region, contact your province's mental-health network.",
      noNetworkForAge: 'No network covers age {age} in {place}.',
      unknownCommune: 'No commune has NIS code {value}.',
    },
    api: {
      placeRequired: 'Give postcode or commune (NIS code).',
      bothPlaces: 'Give postcode or commune, not both.',
    },
    importErrors: {
      'postcode-format': 'invalid postcode “{value}”: 4 digits expected.',
      'nis-format': 'invalid NIS code “{value}”: 5 digits expected.',
      'latitude-range': 'latitude “{value}” outside Belgium (49.4 to 51.6).',
      'longitude-range': 'longitude “{value}” outside Belgium (2.5 to 6.5).',
      'zone-format': 'invalid zone id “{value}” (lower-case letters, digits and hyphens).',
      'unknown-zone': 'unknown zone “{value}”: import the reference file that describes it first.',
      'duplicate-postcode': 'postcode {value} is already on row {first}.',
      'commune-mismatch': 'commune {value} has another name on row {first}.',
      'duplicate-id': 'duplicate id “{value}”.',
      'age-range': 'the maximum age is below the minimum age.',
      'unknown-commune': 'unknown commune {value}: not the NIS code of a Belgian commune.',
      'unknown-province': 'unknown province “{value}” (its French or Dutch name, or “brussels”).',
      'external-without-link':
        'a network whose clinicians are not in Passerelle must give its website or the address of its list.',
      'unknown-body': 'deciding body “{value}” is not in this file.',
      'unknown-area': 'unknown coordination area “{value}”.',
      'unknown-network': 'unknown network “{value}”.',
      'invalid-json': 'the reference file is not valid JSON.',
    },
  },
  de: {
    coordinator: {
      title: 'Wer ist meine Koordinatorin oder mein Koordinator?',
      intro:
        'Die lokalen Koordinatorinnen und Koordinatoren der Netzwerke für psychische Gesundheit helfen Hausärztinnen und Hausärzten, Einrichtungen und Diensten bei der Zusammenarbeit mit konventionierten Psychologinnen, Psychologen, Orthopädagoginnen und Orthopädagogen. Geben Sie an, wo Sie sind, um zu erfahren, wer Ihnen antwortet.',
      placeLabel: 'Postleitzahl oder Gemeinde',
      placeHint: 'Zum Beispiel 1030 oder Schaerbeek',
      requesterLegend: 'Sie sind',
      requesters: {
        public: 'Eine Privatperson',
        gp: 'Eine Hausärztin oder ein Hausarzt',
        organisation: 'Eine Einrichtung oder ein Verein',
      },
      languageLabel: 'Arbeitssprache',
      languageHint:
        'Die niederländischsprachigen Vereine in Brüssel haben eine eigene Koordinatorin oder einen eigenen Koordinator.',
      ageLabel: 'Alter der betroffenen Person (freiwillig)',
      ageHint:
        'Die Netzwerke für Kinder und Jugendliche begleiten bis 23 Jahre, die Netzwerke für Erwachsene ab 15 Jahren.',
      submit: 'Meine Koordination finden',
      resultTitle: 'Ihre Zone: {zone}',
      zoneCovers: 'Diese Zone umfasst:',
      contact: 'An die Koordination der Zone schreiben',
      phone: 'Telefon: {phone}',
      languageRule:
        'Niederländischsprachige Vereine werden von der Zone {zone} begleitet, wo auch immer sie sich in Brüssel befinden.',
      networksTitle: 'Zuständige Netzwerke für psychische Gesundheit',
      networkAges: '{max, select, none {ab {min} Jahren} other {von {min} bis {max} Jahren}}',
      bothNetworks: 'Zwischen 15 und 23 Jahren kann man sich an beide Netzwerke wenden.',
      otherSections:
        'Die Gemeinde {commune} gehört zu mehreren Zonen. Geben Sie Ihre Postleitzahl an, um eine genaue Antwort zu erhalten:',
      sectionZone: '{locality} ({postcode}): Zone {zone}',
      areaContact: 'Eine allgemeine Frage? Schreiben Sie an {email}.',
      noZone: 'Für diesen Ort ist noch keine Koordinationszone festgelegt.',
    },
    errors: {
      placeRequired: 'Geben Sie eine Postleitzahl oder eine Gemeinde an.',
      placeInvalidPostcode: 'Eine belgische Postleitzahl hat 4 Ziffern, zum Beispiel 1030.',
      placeNotFound:
        'Wir finden „{value}“ nicht. Prüfen Sie die Schreibweise oder geben Sie eine Postleitzahl an.',
      placeAmbiguous: '„{value}“ passt zu mehreren Orten: Wählen Sie unten einen aus.',
      placeSuggestions: 'Meinten Sie:',
      ageInvalid: 'Geben Sie ein Alter in Jahren an, von 0 bis 120.',
      outsideTerritory:
        'Passerelle deckt {place} noch nicht ab. Heute deckt es die Region Brüssel-Hauptstadt ab; für eine andere Region wenden Sie sich an das Netzwerk für psychische Gesundheit Ihrer Provinz.',
      noNetworkForAge: 'Kein Netzwerk deckt das Alter von {age} Jahren in {place} ab.',
      unknownCommune: 'Keine Gemeinde hat den NIS-Code {value}.',
    },
    api: {
      placeRequired: 'Geben Sie postcode oder commune (NIS-Code) an.',
      bothPlaces: 'Geben Sie postcode oder commune an, nicht beides.',
    },
    importErrors: {
      'postcode-format': 'ungültige Postleitzahl „{value}“: 4 Ziffern erwartet.',
      'nis-format': 'ungültiger NIS-Code „{value}“: 5 Ziffern erwartet.',
      'latitude-range': 'Breitengrad „{value}“ außerhalb Belgiens (49,4 bis 51,6).',
      'longitude-range': 'Längengrad „{value}“ außerhalb Belgiens (2,5 bis 6,5).',
      'zone-format': 'ungültige Zonenkennung „{value}“ (Kleinbuchstaben, Ziffern und Bindestriche).',
      'unknown-zone':
        'unbekannte Zone „{value}“: Importieren Sie zuerst die Referenzdatei, die sie beschreibt.',
      'duplicate-postcode': 'die Postleitzahl {value} steht bereits in Zeile {first}.',
      'commune-mismatch': 'die Gemeinde {value} hat in Zeile {first} einen anderen Namen.',
      'duplicate-id': 'doppelte Kennung „{value}“.',
      'age-range': 'das Höchstalter liegt unter dem Mindestalter.',
      'unknown-commune': 'unbekannte Gemeinde {value}: kein NIS-Code einer belgischen Gemeinde.',
      'unknown-province':
        'unbekannte Provinz „{value}“ (ihr französischer oder niederländischer Name, oder „brussels“).',
      'external-without-link':
        'ein Netzwerk, dessen Fachkräfte nicht in Passerelle sind, muss seine Website oder die Adresse seiner Liste angeben.',
      'unknown-body': 'Entscheidungsgremium „{value}“ ist in dieser Datei unbekannt.',
      'unknown-area': 'unbekannter Koordinationsbereich „{value}“.',
      'unknown-network': 'unbekanntes Netzwerk „{value}“.',
      'invalid-json': 'die Referenzdatei ist kein gültiges JSON.',
    },
  },
};
