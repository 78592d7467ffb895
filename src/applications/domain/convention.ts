// The network's model convention, filled in for one application. Each network signs in French
// or Dutch; the text is the platform's own wording of the usual clauses (parties, functions,
// weekly contingent, start, obligations), printed and signed on paper or recorded as signed.

export type ConventionLanguage = 'fr' | 'nl';

export interface ConventionInput {
  networkNames: string[];
  applicant: string;
  /** INAMI number (clinician) or enterprise number (service). */
  identifier: string;
  kind: 'clinician' | 'service';
  employer: string | null;
  functions: string[];
  /** A number, or a blank ("…") in the model shown before applying. */
  sessionsPerWeek: number | string;
  startDate: string | null;
  signatories: string | null;
}

export interface ConventionText {
  title: string;
  clauses: Array<{ heading: string; body: string }>;
  signature: string;
}

export function conventionText(language: ConventionLanguage, c: ConventionInput): ConventionText {
  const networks = c.networkNames.join(language === 'fr' ? ' et ' : ' en ');
  if (language === 'nl') {
    return {
      title: `Overeenkomst eerstelijnspsychologische zorg – ${networks}`,
      clauses: [
        {
          heading: 'Partijen',
          body: `Het netwerk geestelijke gezondheid ${networks} enerzijds, en ${c.applicant} (${c.identifier})${c.employer ? `, in dienst van ${c.employer}, die mee ondertekent` : ''} anderzijds.`,
        },
        {
          heading: 'Voorwerp',
          body: `${c.kind === 'service' ? 'De dienst' : 'De zorgverlener'} biedt binnen de overeenkomst de volgende functies aan: ${c.functions.join(', ') || '—'}.`,
        },
        {
          heading: 'Contingent',
          body: `Het wekelijkse contingent bedraagt ${c.sessionsPerWeek} sessies. Het netwerk kan het in onderling overleg herzien.`,
        },
        {
          heading: 'Aanvang',
          body: c.startDate
            ? `De overeenkomst gaat in op ${c.startDate}.`
            : 'De overeenkomst gaat in op de datum van ondertekening.',
        },
        {
          heading: 'Verbintenissen',
          body: 'Deelnemen aan intervisie, minstens twee opleidingen per jaar volgen, de sessies registreren en het netwerk inlichten over elke wijziging van praktijk of beschikbaarheid.',
        },
        {
          heading: 'Einde',
          body: 'Elke partij kan de overeenkomst schorsen of beëindigen met opgave van reden; de zorgverlener verdwijnt dan uit de lijsten.',
        },
      ],
      signature: c.signatories
        ? `Getekend op ${c.startDate} door ${c.signatories}.`
        : 'Te ondertekenen door beide partijen.',
    };
  }
  return {
    title: `Convention de soins psychologiques de première ligne – ${networks}`,
    clauses: [
      {
        heading: 'Parties',
        body: `Le réseau de santé mentale ${networks} d’une part, et ${c.applicant} (${c.identifier})${c.employer ? `, employé·e par ${c.employer}, qui cosigne` : ''} d’autre part.`,
      },
      {
        heading: 'Objet',
        body: `${c.kind === 'service' ? 'Le service' : 'Le ou la clinicien·ne'} offre dans le cadre de la convention les fonctions suivantes : ${c.functions.join(', ') || '—'}.`,
      },
      {
        heading: 'Contingent',
        body: `Le contingent hebdomadaire est de ${c.sessionsPerWeek} séances. Le réseau peut le revoir de commun accord.`,
      },
      {
        heading: 'Début',
        body: c.startDate
          ? `La convention prend effet le ${c.startDate}.`
          : 'La convention prend effet à la date de signature.',
      },
      {
        heading: 'Engagements',
        body: 'Participer à l’intervision, suivre au moins deux formations par an, enregistrer les séances et informer le réseau de tout changement de pratique ou de disponibilité.',
      },
      {
        heading: 'Fin',
        body: 'Chaque partie peut suspendre ou mettre fin à la convention en motivant sa décision\u202f; le ou la clinicien·ne est alors retiré·e des listes.',
      },
    ],
    signature: c.signatories
      ? `Signée le ${c.startDate} par ${c.signatories}.`
      : 'À signer par les deux parties.',
  };
}
