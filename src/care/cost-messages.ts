// The strings of the public page "What will I pay?". French is the source; Dutch (Belgian usage),
// English and German are typed against it. The sentence explaining a decision comes from messages.ts.

import type { Translations } from '../platform/i18n/index.ts';

const fr = {
  title: 'Combien vais-je payer\u202f?',
  intro:
    'Les séances chez un psychologue ou un orthopédagogue clinicien conventionné sont en grande partie remboursées. Répondez à ces questions pour savoir ce que vous paierez pour votre prochaine séance.',
  nothingStored: 'Rien de ce que vous indiquez ici n’est enregistré.',
  ageLabel: 'Votre âge ou votre date de naissance',
  ageHint: 'Par exemple 34, ou 27/03/1990',
  bimLegend: 'Bénéficiez-vous de l’intervention majorée (BIM)\u202f?',
  bimHint: 'Votre mutualité peut vous le dire.',
  bim: { yes: 'Oui', no: 'Non', unknown: 'Je ne sais pas' },
  functionLegend: 'De quelle aide avez-vous besoin\u202f?',
  functions: {
    'first-line': 'Soins psychologiques de première ligne',
    specialised: 'Soins psychologiques spécialisés',
    community: 'Une activité de groupe près de chez vous, à l’école ou dans une association',
    support: 'Un soutien psychologique\u202f: quelques séances pour une difficulté récente',
    treatment: 'Un traitement psychologique\u202f: un suivi plus long, après un bilan fonctionnel',
  },
  modeLegend: 'Seul ou en groupe\u202f?',
  modes: { individual: 'Une séance individuelle', group: 'Une séance de groupe' },
  sessionsLabel: 'Combien de séances de ce type avez-vous déjà eues ces 12 derniers mois\u202f?',
  sessionsHint:
    'Avec n’importe quel psychologue ou orthopédagogue conventionné. Indiquez 0 si ce sera la première.',
  submit: 'Voir ce que je paierai',
  answer: {
    pay: 'Vous paierez {amount} pour cette séance',
    free: 'Cette séance est gratuite pour vous',
    refused: 'Cette séance ne serait pas remboursée',
    ifBim: 'Si vous bénéficiez de l’intervention majorée, vous paierez {amount}.',
    assessment: 'Le traitement psychologique commence par un bilan fonctionnel avec votre psychologue.',
    rulesOf:
      'Calcul selon les règles de la convention INAMI en vigueur le {date}. Votre psychologue vous confirme le montant.',
    change: 'Vous pouvez modifier vos réponses ci-dessous.',
  },
  errors: {
    ageRequired: 'Indiquez votre âge ou votre date de naissance.',
    ageInvalid: 'Indiquez un âge en années, de 0 à 120, ou une date de naissance comme 27/03/1990.',
    birthInFuture: 'La date de naissance doit être dans le passé.',
    bimRequired: 'Indiquez si vous bénéficiez de l’intervention majorée.',
    functionRequired: 'Choisissez l’aide dont vous avez besoin.',
    modeRequired: 'Indiquez si la séance est individuelle ou de groupe.',
    sessionsRequired: 'Indiquez combien de séances vous avez déjà eues, ou 0.',
    sessionsInvalid: 'Indiquez un nombre de séances, de 0 à 99.',
  },
};

export const costMessages: Translations<typeof fr> = {
  fr,
  nl: {
    title: 'Wat betaal ik?',
    intro:
      'Sessies bij een geconventioneerde klinisch psycholoog of orthopedagoog worden grotendeels terugbetaald. Beantwoord deze vragen om te weten wat u voor uw volgende sessie betaalt.',
    nothingStored: 'Niets van wat u hier invult, wordt bewaard.',
    ageLabel: 'Uw leeftijd of uw geboortedatum',
    ageHint: 'Bijvoorbeeld 34, of 27/03/1990',
    bimLegend: 'Hebt u recht op de verhoogde tegemoetkoming?',
    bimHint: 'Uw ziekenfonds kan het u zeggen.',
    bim: { yes: 'Ja', no: 'Nee', unknown: 'Ik weet het niet' },
    functionLegend: 'Welke hulp hebt u nodig?',
    functions: {
      'first-line': 'Eerstelijnspsychologische zorg',
      specialised: 'Gespecialiseerde psychologische zorg',
      community: 'Een groepsactiviteit in uw buurt, op school of in een vereniging',
      support: 'Psychologische ondersteuning: enkele sessies voor een recente moeilijkheid',
      treatment: 'Psychologische behandeling: een langere begeleiding, na een functioneel bilan',
    },
    modeLegend: 'Alleen of in groep?',
    modes: { individual: 'Een individuele sessie', group: 'Een groepssessie' },
    sessionsLabel: 'Hoeveel sessies van dit soort hebt u de voorbije 12 maanden al gehad?',
    sessionsHint:
      'Bij om het even welke geconventioneerde psycholoog of orthopedagoog. Vul 0 in als het de eerste wordt.',
    submit: 'Toon wat ik betaal',
    answer: {
      pay: 'U betaalt {amount} voor deze sessie',
      free: 'Deze sessie is gratis voor u',
      refused: 'Deze sessie zou niet worden terugbetaald',
      ifBim: 'Met verhoogde tegemoetkoming betaalt u {amount}.',
      assessment: 'Een psychologische behandeling begint met een functioneel bilan bij uw psycholoog.',
      rulesOf:
        'Berekend volgens de regels van de RIZIV-overeenkomst die gelden op {date}. Uw psycholoog bevestigt het bedrag.',
      change: 'U kunt uw antwoorden hieronder wijzigen.',
    },
    errors: {
      ageRequired: 'Vul uw leeftijd of uw geboortedatum in.',
      ageInvalid: 'Vul een leeftijd in jaren in, van 0 tot 120, of een geboortedatum zoals 27/03/1990.',
      birthInFuture: 'De geboortedatum moet in het verleden liggen.',
      bimRequired: 'Geef aan of u recht hebt op de verhoogde tegemoetkoming.',
      functionRequired: 'Kies de hulp die u nodig hebt.',
      modeRequired: 'Geef aan of de sessie individueel of in groep is.',
      sessionsRequired: 'Vul in hoeveel sessies u al had, of 0.',
      sessionsInvalid: 'Vul een aantal sessies in, van 0 tot 99.',
    },
  },
  en: {
    title: 'What will I pay?',
    intro:
      'Sessions with a conventioned clinical psychologist or orthopedagogue are largely reimbursed. Answer these questions to find out what you will pay for your next session.',
    nothingStored: 'Nothing you enter here is stored.',
    ageLabel: 'Your age or your date of birth',
    ageHint: 'For example 34, or 27/03/1990',
    bimLegend: 'Do you receive increased reimbursement (BIM)?',
    bimHint: 'Your health insurance fund can tell you.',
    bim: { yes: 'Yes', no: 'No', unknown: 'I do not know' },
    functionLegend: 'What kind of help do you need?',
    functions: {
      'first-line': 'First-line psychological care',
      specialised: 'Specialised psychological care',
      community: 'A group activity near you, at school or in an association',
      support: 'Psychological support: a few sessions for a recent difficulty',
      treatment: 'Psychological treatment: longer care, after a functional assessment',
    },
    modeLegend: 'On your own or in a group?',
    modes: { individual: 'An individual session', group: 'A group session' },
    sessionsLabel: 'How many sessions of this kind have you already had in the last 12 months?',
    sessionsHint: 'With any conventioned psychologist or orthopedagogue. Enter 0 if this will be the first.',
    submit: 'Show what I will pay',
    answer: {
      pay: 'You will pay {amount} for this session',
      free: 'This session is free for you',
      refused: 'This session would not be reimbursed',
      ifBim: 'If you receive increased reimbursement, you will pay {amount}.',
      assessment: 'Psychological treatment starts with a functional assessment with your psychologist.',
      rulesOf:
        'Worked out with the rules of the INAMI convention in force on {date}. Your psychologist confirms the amount.',
      change: 'You can change your answers below.',
    },
    errors: {
      ageRequired: 'Enter your age or your date of birth.',
      ageInvalid: 'Enter an age in years, from 0 to 120, or a date of birth like 27/03/1990.',
      birthInFuture: 'The date of birth must be in the past.',
      bimRequired: 'Say whether you receive increased reimbursement.',
      functionRequired: 'Choose the help you need.',
      modeRequired: 'Say whether the session is individual or in a group.',
      sessionsRequired: 'Enter how many sessions you have already had, or 0.',
      sessionsInvalid: 'Enter a number of sessions, from 0 to 99.',
    },
  },
  de: {
    title: 'Wie viel zahle ich?',
    intro:
      'Sitzungen bei einer konventionierten Fachkraft – klinische Psychologin oder klinischer Psychologe, klinische Orthopädagogin oder klinischer Orthopädagoge – werden zum größten Teil erstattet. Beantworten Sie diese Fragen, um zu erfahren, was Sie für Ihre nächste Sitzung zahlen.',
    nothingStored: 'Nichts von dem, was Sie hier angeben, wird gespeichert.',
    ageLabel: 'Ihr Alter oder Ihr Geburtsdatum',
    ageHint: 'Zum Beispiel 34 oder 27.03.1990',
    bimLegend: 'Haben Sie Anrecht auf die erhöhte Kostenbeteiligung (BIM)?',
    bimHint: 'Ihre Krankenkasse kann es Ihnen sagen.',
    bim: { yes: 'Ja', no: 'Nein', unknown: 'Ich weiß es nicht' },
    functionLegend: 'Welche Hilfe brauchen Sie?',
    functions: {
      'first-line': 'Psychologische Erstlinienversorgung',
      specialised: 'Spezialisierte psychologische Versorgung',
      community: 'Eine Gruppenaktivität in Ihrer Nähe, in der Schule oder in einer Vereinigung',
      support:
        'Psychologische Unterstützung: einige Sitzungen bei einer Schwierigkeit, die vor Kurzem aufgetreten ist',
      treatment:
        'Psychologische Behandlung: eine längere Begleitung nach einer funktionellen Bestandsaufnahme',
    },
    modeLegend: 'Allein oder in einer Gruppe?',
    modes: { individual: 'Eine Einzelsitzung', group: 'Eine Gruppensitzung' },
    sessionsLabel: 'Wie viele Sitzungen dieser Art hatten Sie in den letzten 12 Monaten schon?',
    sessionsHint:
      'Bei irgendeiner konventionierten Psychologin, einem Psychologen, einer Orthopädagogin oder einem Orthopädagogen. Geben Sie 0 an, wenn es die erste Sitzung ist.',
    submit: 'Anzeigen, was ich zahle',
    answer: {
      pay: 'Sie zahlen für diese Sitzung einen Eigenanteil von {amount}',
      free: 'Diese Sitzung ist für Sie kostenlos',
      refused: 'Diese Sitzung würde nicht erstattet',
      ifBim: 'Wenn Sie Anrecht auf die erhöhte Kostenbeteiligung haben, zahlen Sie {amount}.',
      assessment:
        'Die psychologische Behandlung beginnt mit einer funktionellen Bestandsaufnahme bei Ihrer Psychologin oder Ihrem Psychologen.',
      rulesOf:
        'Berechnet nach den Regeln der LIKIV-Vereinbarung, die am {date} gelten. Ihre Psychologin oder Ihr Psychologe bestätigt Ihnen den Betrag.',
      change: 'Sie können Ihre Antworten unten ändern.',
    },
    errors: {
      ageRequired: 'Geben Sie Ihr Alter oder Ihr Geburtsdatum an.',
      ageInvalid: 'Geben Sie ein Alter in Jahren an, von 0 bis 120, oder ein Geburtsdatum wie 27.03.1990.',
      birthInFuture: 'Das Geburtsdatum muss in der Vergangenheit liegen.',
      bimRequired: 'Geben Sie an, ob Sie Anrecht auf die erhöhte Kostenbeteiligung haben.',
      functionRequired: 'Wählen Sie die Hilfe, die Sie brauchen.',
      modeRequired: 'Geben Sie an, ob es eine Einzelsitzung oder eine Gruppensitzung ist.',
      sessionsRequired: 'Geben Sie an, wie viele Sitzungen Sie schon hatten, oder 0.',
      sessionsInvalid: 'Geben Sie eine Anzahl Sitzungen an, von 0 bis 99.',
    },
  },
};
