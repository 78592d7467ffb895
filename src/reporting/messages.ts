// Reporting's words in French (source), Dutch and English. The French text uses a narrow
// no-break space (\u202f) before : ; ? ! as French typography wants.

const fr = {
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
  api: {
    unknownNetwork: 'Geen netwerk heeft de identificatie ‘{value}’. Bekende netwerken: {networks}.',
    unknownGroupBy:
      '‘{value}’ is geen mogelijke groepering. Mogelijke groeperingen: {dimensions}, gescheiden door komma’s.',
    toBeforeFrom: 'De eindmaand ({to}) ligt vóór de beginmaand ({from}).',
    tooLong: 'Vraag ten hoogste {months} maanden tegelijk.',
  },
};

const en: ReportingMessages = {
  api: {
    unknownNetwork: 'No network has the identifier “{value}”. Known networks: {networks}.',
    unknownGroupBy:
      '“{value}” is not a possible grouping. Possible groupings: {dimensions}, separated by commas.',
    toBeforeFrom: 'The last month ({to}) is before the first month ({from}).',
    tooLong: 'Ask for at most {months} months at a time.',
  },
};

export const reportingMessages = { fr, nl, en } as const;
