// Words of the platform admins' networks page (import a reference pack, see the territory check).

import type { Translations } from '../platform/i18n/index.ts';

const fr = {
  title: 'Réseaux et territoires',
  intro:
    'Les réseaux, leurs territoires (communes par code INS ou provinces entières), leurs zones avec leur boîte aux lettres et leurs organes de décision avec leur quorum viennent d’un fichier de référence JSON, comme src/reference/data/brussels-reference.json. Chaque import est inscrit au journal d’audit.',
  networksCaption: 'Réseaux chargés',
  columns: {
    network: 'Réseau',
    kind: 'Type',
    ages: 'Âges',
    languages: 'Langues',
    communes: 'Communes',
    clinicians: 'Cliniciens',
    change: 'Modifier',
  },
  kinds: { youth: 'enfants et jeunes', adult: 'adultes', mixed: 'mixte' },
  ages: '{max, select, none {dès {min} ans} other {{min} à {max} ans}}',
  inPasserelle: 'dans Passerelle',
  elsewhere: 'ailleurs',
  checkTitle: 'Vérification des territoires',
  importTitle: 'Importer un fichier de référence',
  packLabel: 'Fichier de référence (JSON)',
  packHint: 'Collez le contenu du fichier. Tout est importé, ou rien.',
  postcodesLabel: 'Codes postaux (CSV, facultatif)',
  postcodesHint:
    'Colonnes postcode, locality_fr, locality_nl, commune_nis, commune_fr, commune_nl, zone, lat, lon.',
  submit: 'Importer',
  packRequired: 'Collez le fichier de référence.',
  tooLong: 'Ce texte est trop long (au plus {max} caractères).',
  refused: 'Rien n’a été importé\u202f: {count, plural, one {# problème} other {# problèmes}}.',
  imported: 'Import réussi.',
  editNetwork: 'Modifier {name}',
  editing:
    'La description actuelle de {name} est dans le champ « Fichier de référence » ci-dessous : modifiez-la puis importez-la. Les autres réseaux ne changent pas.',
};

export const referenceAdminMessages: Translations<typeof fr> = {
  fr,
  nl: {
    title: 'Netwerken en gebieden',
    intro:
      'De netwerken, hun gebied (gemeenten per NIS-code of hele provincies), hun zones met hun mailbox en hun beslissingsorganen met hun quorum komen uit een JSON-referentiebestand, zoals src/reference/data/brussels-reference.json. Elke import komt in het auditlogboek.',
    networksCaption: 'Geladen netwerken',
    columns: {
      network: 'Netwerk',
      kind: 'Soort',
      ages: 'Leeftijden',
      languages: 'Talen',
      communes: 'Gemeenten',
      clinicians: 'Zorgverleners',
      change: 'Wijzigen',
    },
    kinds: { youth: 'kinderen en jongeren', adult: 'volwassenen', mixed: 'gemengd' },
    ages: '{max, select, none {vanaf {min} jaar} other {{min} tot {max} jaar}}',
    inPasserelle: 'in Passerelle',
    elsewhere: 'elders',
    checkTitle: 'Controle van de gebieden',
    importTitle: 'Een referentiebestand importeren',
    packLabel: 'Referentiebestand (JSON)',
    packHint: 'Plak de inhoud van het bestand. Alles wordt geïmporteerd, of niets.',
    postcodesLabel: 'Postcodes (CSV, niet verplicht)',
    postcodesHint:
      'Kolommen postcode, locality_fr, locality_nl, commune_nis, commune_fr, commune_nl, zone, lat, lon.',
    submit: 'Importeren',
    packRequired: 'Plak het referentiebestand.',
    tooLong: 'Deze tekst is te lang (hoogstens {max} tekens).',
    refused: 'Er is niets geïmporteerd: {count, plural, one {# probleem} other {# problemen}}.',
    imported: 'De import is gelukt.',
    editNetwork: '{name} wijzigen',
    editing:
      'De huidige beschrijving van {name} staat hieronder in het veld ‘Referentiebestand’: wijzig ze en importeer ze. De andere netwerken veranderen niet.',
  },
  en: {
    title: 'Networks and territories',
    intro:
      'Networks, their territories (communes by NIS code, or whole provinces), their zones with their mailbox and their deciding bodies with their quorum come from a JSON reference file, like src/reference/data/brussels-reference.json. Every import is written to the audit log.',
    networksCaption: 'Networks loaded',
    columns: {
      network: 'Network',
      kind: 'Kind',
      ages: 'Ages',
      languages: 'Languages',
      communes: 'Communes',
      clinicians: 'Clinicians',
      change: 'Change',
    },
    kinds: { youth: 'children and young people', adult: 'adults', mixed: 'mixed' },
    ages: '{max, select, none {from {min}} other {{min} to {max}}}',
    inPasserelle: 'in Passerelle',
    elsewhere: 'elsewhere',
    checkTitle: 'Territory check',
    importTitle: 'Import a reference file',
    packLabel: 'Reference file (JSON)',
    packHint: 'Paste the file’s content. Everything is imported, or nothing.',
    postcodesLabel: 'Postcodes (CSV, optional)',
    postcodesHint:
      'Columns postcode, locality_fr, locality_nl, commune_nis, commune_fr, commune_nl, zone, lat, lon.',
    submit: 'Import',
    packRequired: 'Paste the reference file.',
    tooLong: 'This text is too long (at most {max} characters).',
    refused: 'Nothing was imported: {count, plural, one {# problem} other {# problems}}.',
    imported: 'Imported.',
    editNetwork: 'Change {name}',
    editing:
      'The current description of {name} is in the “Reference file” field below: change it, then import it. Other networks stay as they are.',
  },
  de: {
    title: 'Netzwerke und Gebiete',
    intro:
      'Die Netzwerke, ihre Gebiete (Gemeinden nach NIS-Code oder ganze Provinzen), ihre Zonen mit ihrem Postfach und ihre Entscheidungsgremien mit ihrem Quorum stammen aus einer JSON-Referenzdatei wie src/reference/data/brussels-reference.json. Jeder Import wird im Audit-Protokoll vermerkt.',
    networksCaption: 'Geladene Netzwerke',
    columns: {
      network: 'Netzwerk',
      kind: 'Art',
      ages: 'Alter',
      languages: 'Sprachen',
      communes: 'Gemeinden',
      clinicians: 'Fachkräfte',
      change: 'Ändern',
    },
    kinds: { youth: 'Kinder und Jugendliche', adult: 'Erwachsene', mixed: 'gemischt' },
    ages: '{max, select, none {ab {min} Jahren} other {{min} bis {max} Jahre}}',
    inPasserelle: 'in Passerelle',
    elsewhere: 'anderswo',
    checkTitle: 'Prüfung der Gebiete',
    importTitle: 'Eine Referenzdatei importieren',
    packLabel: 'Referenzdatei (JSON)',
    packHint: 'Fügen Sie den Inhalt der Datei ein. Alles wird importiert oder nichts.',
    postcodesLabel: 'Postleitzahlen (CSV, freiwillig)',
    postcodesHint:
      'Spalten postcode, locality_fr, locality_nl, commune_nis, commune_fr, commune_nl, zone, lat, lon.',
    submit: 'Importieren',
    packRequired: 'Fügen Sie die Referenzdatei ein.',
    tooLong: 'Dieser Text ist zu lang (höchstens {max} Zeichen).',
    refused: 'Es wurde nichts importiert: {count, plural, one {# Problem} other {# Probleme}}.',
    imported: 'Import erfolgreich.',
    editNetwork: '{name} ändern',
    editing:
      'Die aktuelle Beschreibung von {name} steht unten im Feld „Referenzdatei“: Ändern Sie sie und importieren Sie sie. Die anderen Netzwerke bleiben, wie sie sind.',
  },
};
