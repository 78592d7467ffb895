import type { Locale } from '../../platform/i18n/index.ts';

const fr = {
  title: 'Budget des nouvelles conventions',
  intro:
    'Le montant annuel que votre réseau consacre aux nouvelles conventions et le tarif par séance à utiliser tant que les règles de la convention n’en donnent pas. Les coordinateurs et les comités voient, pour chaque candidature, son coût annuel et ce qui reste au réseau cette année.',
  network: 'Réseau {network}',
  yearly: 'Montant annuel pour les nouvelles conventions (euros)',
  yearlyHint: 'Laissez vide tant qu’il n’est pas décidé.',
  fee: 'Tarif par séance à défaut (euros)',
  feeHint: 'Utilisé seulement quand les règles de la convention ne connaissent pas le tarif de la fonction.',
  lastChange: 'Modifié le {date} par {who}.',
  neverSet: 'Pas encore défini.',
  save: 'Enregistrer',
  saved: 'Budget enregistré.',
  problems: {
    'amount-format': 'Indiquez un montant en euros, par exemple 250000 ou 75,50',
    'amount-too-large': 'Ce montant est trop élevé\u202f: vérifiez le nombre de chiffres',
  },
  notSet: '{network}\u202f: aucun montant annuel défini (les administrateurs du réseau le définissent).',
  settingsLink: 'Définir le budget des nouvelles conventions',
};

export type BudgetMessages = typeof fr;

const nl: BudgetMessages = {
  title: 'Budget voor nieuwe overeenkomsten',
  intro:
    'Het jaarbedrag dat uw netwerk aan nieuwe overeenkomsten besteedt en het tarief per sessie dat geldt zolang de regels van de overeenkomst er geen geven. Coördinatoren en comités zien bij elke kandidatuur de jaarlijkse kost en wat het netwerk dit jaar nog over heeft.',
  network: 'Netwerk {network}',
  yearly: 'Jaarbedrag voor nieuwe overeenkomsten (euro)',
  yearlyHint: 'Laat leeg zolang het niet beslist is.',
  fee: 'Standaardtarief per sessie (euro)',
  feeHint: 'Alleen gebruikt als de regels van de overeenkomst het tarief van de functie niet kennen.',
  lastChange: 'Gewijzigd op {date} door {who}.',
  neverSet: 'Nog niet ingesteld.',
  save: 'Opslaan',
  saved: 'Budget opgeslagen.',
  problems: {
    'amount-format': 'Geef een bedrag in euro, bijvoorbeeld 250000 of 75,50',
    'amount-too-large': 'Dit bedrag is te hoog: controleer het aantal cijfers',
  },
  notSet: '{network}: geen jaarbedrag ingesteld (de netwerkbeheerders stellen het in).',
  settingsLink: 'Het budget voor nieuwe overeenkomsten instellen',
};

const en: BudgetMessages = {
  title: 'Budget for new conventions',
  intro:
    'The yearly amount your network spends on new conventions, and the fee per session to use while the convention’s rules give none. Coordinators and committees see, for each application, its yearly cost and what the network has left this year.',
  network: 'Network {network}',
  yearly: 'Yearly amount for new conventions (euros)',
  yearlyHint: 'Leave empty until it is decided.',
  fee: 'Default fee per session (euros)',
  feeHint: 'Used only when the convention’s rules do not know the function’s fee.',
  lastChange: 'Changed on {date} by {who}.',
  neverSet: 'Not set yet.',
  save: 'Save',
  saved: 'Budget saved.',
  problems: {
    'amount-format': 'Enter an amount in euros, for example 250000 or 75.50',
    'amount-too-large': 'This amount is too large: check the number of digits',
  },
  notSet: '{network}: no yearly amount set (the network’s admins set it).',
  settingsLink: 'Set the budget for new conventions',
};

export const budgetMessages: Record<Locale, BudgetMessages> = { fr, nl, en };
