// Reporting's words in French (source), Dutch and English. The French text uses a narrow
// no-break space (\u202f) before : ; ? ! as French typography wants.

const fr = {
  statistics: {
    title: 'Statistiques publiques',
    footerLink: 'Statistiques',
    intro:
      'Ce que la convention de soins psychologiques de première ligne accomplit, réseau par réseau et trimestre par trimestre. Les chiffres sont tenus à jour à chaque séance enregistrée.',
    yearLabel: 'Année',
    show: 'Afficher',
    yearError: 'Année : choisissez une année dans la liste.',
    download: 'Télécharger les chiffres de {year} (CSV, Excel)',
    caption: '{network} : séances et patients par trimestre, {year}',
    quarter: 'Trimestre',
    quarterName: 'T{quarter} {year}',
    sessions: 'Séances',
    patients: 'Patients',
    band: '{band} ans',
    bimShare: 'Part BIM',
    small: '< 5',
    hidden: 'masqué',
    none: '–',
    definitionsTitle: 'Définitions',
    definitions: [
      'Séances : séances enregistrées et non annulées, remboursées ou non.',
      'Patients : personnes distinctes vues au moins une fois dans le trimestre, comptées par une clé pseudonyme, jamais par leur NISS.',
      'Âge : l’âge du patient à sa première séance du trimestre ; les tranches d’âge s’additionnent au total des patients.',
      'Part BIM : part des patients qui bénéficient de l’intervention majorée.',
      '« < 5 » : moins de 5 personnes. Pour protéger les patients, ces chiffres sont masqués, ainsi que ceux qui permettraient de les retrouver à partir des totaux (« masqué »).',
    ],
    noNetworks: 'Aucun réseau n’est encore configuré.',
  },
  api: {
    unknownNetwork: 'Aucun réseau n’a l’identifiant «\u202f{value}\u202f». Réseaux connus\u202f: {networks}.',
    unknownGroupBy:
      '«\u202f{value}\u202f» n’est pas un regroupement possible. Regroupements possibles\u202f: {dimensions}, séparés par des virgules.',
    toBeforeFrom: 'Le mois de fin ({to}) précède le mois de début ({from}).',
    tooLong: 'Demandez au plus {months} mois à la fois.',
  },
};

export type ReportingMessages = typeof fr;

const nl: ReportingMessages = {
  statistics: {
    title: 'Openbare statistieken',
    footerLink: 'Statistieken',
    intro:
      'Wat de conventie eerstelijnspsychologische zorg bereikt, per netwerk en per kwartaal. De cijfers worden bij elke geregistreerde sessie bijgewerkt.',
    yearLabel: 'Jaar',
    show: 'Tonen',
    yearError: 'Jaar: kies een jaar uit de lijst.',
    download: 'De cijfers van {year} downloaden (CSV, Excel)',
    caption: '{network}: sessies en patiënten per kwartaal, {year}',
    quarter: 'Kwartaal',
    quarterName: 'K{quarter} {year}',
    sessions: 'Sessies',
    patients: 'Patiënten',
    band: '{band} jaar',
    bimShare: 'Aandeel VT',
    small: '< 5',
    hidden: 'verborgen',
    none: '–',
    definitionsTitle: 'Definities',
    definitions: [
      'Sessies: geregistreerde en niet geannuleerde sessies, al dan niet terugbetaald.',
      'Patiënten: verschillende personen die minstens één keer in het kwartaal gezien werden, geteld met een pseudoniem, nooit met hun rijksregisternummer.',
      'Leeftijd: de leeftijd van de patiënt bij de eerste sessie van het kwartaal; de leeftijdsgroepen tellen op tot het totaal aantal patiënten.',
      'Aandeel VT: het aandeel patiënten met verhoogde tegemoetkoming.',
      '‘< 5’: minder dan 5 personen. Om patiënten te beschermen worden die cijfers verborgen, net als de cijfers waarmee ze uit de totalen terug te vinden zijn (‘verborgen’).',
    ],
    noNetworks: 'Er is nog geen netwerk ingesteld.',
  },
  api: {
    unknownNetwork: 'Geen netwerk heeft de identificatie ‘{value}’. Bekende netwerken: {networks}.',
    unknownGroupBy:
      '‘{value}’ is geen mogelijke groepering. Mogelijke groeperingen: {dimensions}, gescheiden door komma’s.',
    toBeforeFrom: 'De eindmaand ({to}) ligt vóór de beginmaand ({from}).',
    tooLong: 'Vraag ten hoogste {months} maanden tegelijk.',
  },
};

const en: ReportingMessages = {
  statistics: {
    title: 'Public statistics',
    footerLink: 'Statistics',
    intro:
      'What the first-line psychological care convention achieves, network by network and quarter by quarter. The figures are updated with every session recorded.',
    yearLabel: 'Year',
    show: 'Show',
    yearError: 'Year: choose a year from the list.',
    download: 'Download the figures for {year} (CSV, Excel)',
    caption: '{network}: sessions and patients per quarter, {year}',
    quarter: 'Quarter',
    quarterName: 'Q{quarter} {year}',
    sessions: 'Sessions',
    patients: 'Patients',
    band: 'Aged {band}',
    bimShare: 'BIM share',
    small: '< 5',
    hidden: 'hidden',
    none: '–',
    definitionsTitle: 'Definitions',
    definitions: [
      'Sessions: sessions recorded and not cancelled, reimbursed or not.',
      'Patients: distinct people seen at least once in the quarter, counted by a pseudonymous key, never by their national register number.',
      'Age: the patient’s age at their first session of the quarter; the age bands add up to the patients.',
      'BIM share: the share of patients who receive the increased reimbursement.',
      '“< 5”: fewer than 5 people. To protect patients these figures are hidden, and so are the figures that would give them back through the totals (“hidden”).',
    ],
    noNetworks: 'No network is set up yet.',
  },
  api: {
    unknownNetwork: 'No network has the identifier “{value}”. Known networks: {networks}.',
    unknownGroupBy:
      '“{value}” is not a possible grouping. Possible groupings: {dimensions}, separated by commas.',
    toBeforeFrom: 'The last month ({to}) is before the first month ({from}).',
    tooLong: 'Ask for at most {months} months at a time.',
  },
};

export const reportingMessages = { fr, nl, en } as const;
