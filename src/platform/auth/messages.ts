import type { Translations } from '../i18n/index.ts';
import { accountMessages } from './account-messages.ts';
import { linkMessages } from './link-messages.ts';
import { authMailMessages } from './mail-messages.ts';
import { signInMessages } from './sign-in-messages.ts';

// Accounts' strings: what every page shares (header, roles, scopes, fields, errors) is here; each
// group of pages (sign-in, e-mailed links, the account page) and the e-mails have their own file.
// French is the source; Dutch and English are typed against it.
const fr = {
  ...authMailMessages.fr,
  ...accountMessages.fr,
  ...signInMessages.fr,
  ...linkMessages.fr,
  header: {
    label: 'Votre compte',
    signIn: 'Se connecter',
    account: 'Mon compte',
    admin: 'Administration',
    signOut: 'Se déconnecter',
  },
  roles: {
    gp: 'Médecin généraliste',
    clinician: 'Psychologue ou orthopédagogue clinicien',
    organisation: 'Organisation',
    coordinator: 'Coordinateur local',
    'network-admin': 'Administrateur de réseau',
    'committee-member': 'Membre d’un comité',
    'platform-admin': 'Administrateur de la plateforme',
  },
  scopes: {
    zone: '{role} – zone {zone}, {network}',
    network: '{role} – réseau {network}',
    body: '{role} – {body}',
  },
  fields: {
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    newPassword: 'Nouveau mot de passe',
    passwordHint:
      'Au moins 15 caractères. Le plus simple\u202f: trois ou quatre mots au hasard, par exemple «\u202ftram cerise parapluie\u202f». Pas besoin de chiffres ni de symboles.',
    name: 'Nom complet',
    nameHint: 'Pour une organisation, le nom de la personne de contact.',
    language: 'Langue de vos e-mails et de vos pages',
  },
  errors: {
    emailRequired: 'Indiquez votre adresse e-mail.',
    emailInvalid: 'Indiquez une adresse e-mail valide, par exemple nom@exemple.be.',
    passwordRequired: 'Indiquez votre mot de passe.',
    nameRequired: 'Indiquez votre nom.',
    nameHoldsNiss:
      'N’écrivez pas de numéro de registre national (NISS) dans votre nom\u202f: il est montré aux personnes qui traitent vos demandes. Indiquez seulement votre nom.',
    kindRequired: 'Dites-nous si vous êtes médecin généraliste ou une organisation.',
    // Also the answer for a locked account: which addresses have accounts must not show.
    invalidCredentials:
      'L’adresse e-mail ou le mot de passe est incorrect, ou le compte est verrouillé pour un moment après trop de tentatives (son titulaire a alors reçu un e-mail). Vous pouvez aussi choisir un nouveau mot de passe.',
    locked:
      'Votre compte est verrouillé jusqu’à {until} après trop de mots de passe erronés. Nous vous avons envoyé un e-mail. Vous pouvez aussi choisir un nouveau mot de passe.',
    addressBlocked: 'Trop de tentatives de connexion depuis cette connexion. Réessayez après {until}.',
    unverified: 'Confirmez d’abord votre adresse e-mail\u202f: nous venons de vous envoyer un nouveau lien.',
    currentPasswordWrong: 'Le mot de passe actuel est incorrect.',
    password: {
      'too-short': 'Le mot de passe doit compter au moins 15 caractères.',
      'too-long': 'Le mot de passe doit compter au plus 256 caractères.',
      common: 'Ce mot de passe est trop connu. Choisissez-en un autre, par exemple trois mots au hasard.',
      repeated: 'Ce mot de passe répète les mêmes caractères. Choisissez-en un autre.',
      'contains-email': 'Le mot de passe ne doit pas contenir votre adresse e-mail.',
    },
  },
};

export const authMessages: Translations<typeof fr> = {
  fr,
  nl: {
    ...authMailMessages.nl,
    ...accountMessages.nl,
    ...signInMessages.nl,
    ...linkMessages.nl,
    header: {
      label: 'Uw account',
      signIn: 'Aanmelden',
      account: 'Mijn account',
      admin: 'Beheer',
      signOut: 'Afmelden',
    },
    roles: {
      gp: 'Huisarts',
      clinician: 'Klinisch psycholoog of orthopedagoog',
      organisation: 'Organisatie',
      coordinator: 'Lokale coördinator',
      'network-admin': 'Netwerkbeheerder',
      'committee-member': 'Lid van een comité',
      'platform-admin': 'Platformbeheerder',
    },
    scopes: {
      zone: '{role} – zone {zone}, {network}',
      network: '{role} – netwerk {network}',
      body: '{role} – {body}',
    },
    fields: {
      email: 'E-mailadres',
      password: 'Wachtwoord',
      newPassword: 'Nieuw wachtwoord',
      passwordHint:
        'Minstens 15 tekens. Het eenvoudigst: drie of vier willekeurige woorden, bijvoorbeeld ‘tram kers paraplu’. Cijfers of symbolen zijn niet nodig.',
      name: 'Volledige naam',
      nameHint: 'Voor een organisatie: de naam van de contactpersoon.',
      language: 'Taal van uw e-mails en pagina’s',
    },
    errors: {
      emailRequired: 'Vul uw e-mailadres in.',
      emailInvalid: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.',
      passwordRequired: 'Vul uw wachtwoord in.',
      nameRequired: 'Vul uw naam in.',
      nameHoldsNiss:
        'Schrijf geen rijksregisternummer (INSZ) in uw naam: die wordt getoond aan wie uw aanvragen behandelt. Vul alleen uw naam in.',
      kindRequired: 'Zeg ons of u huisarts bent of een organisatie.',
      invalidCredentials:
        'Het e-mailadres of het wachtwoord is onjuist, of het account is een tijdje vergrendeld na te veel pogingen (de houder kreeg dan een e-mail). U kunt ook een nieuw wachtwoord kiezen.',
      locked:
        'Uw account is vergrendeld tot {until} na te veel foute wachtwoorden. We hebben u een e-mail gestuurd. U kunt ook een nieuw wachtwoord kiezen.',
      addressBlocked: 'Te veel aanmeldpogingen vanaf deze verbinding. Probeer het opnieuw na {until}.',
      unverified: 'Bevestig eerst uw e-mailadres: we hebben u net een nieuwe link gestuurd.',
      currentPasswordWrong: 'Het huidige wachtwoord is onjuist.',
      password: {
        'too-short': 'Het wachtwoord moet minstens 15 tekens hebben.',
        'too-long': 'Het wachtwoord mag hoogstens 256 tekens hebben.',
        common: 'Dit wachtwoord is te bekend. Kies een ander, bijvoorbeeld drie willekeurige woorden.',
        repeated: 'Dit wachtwoord herhaalt dezelfde tekens. Kies een ander.',
        'contains-email': 'Het wachtwoord mag uw e-mailadres niet bevatten.',
      },
    },
  },
  en: {
    ...authMailMessages.en,
    ...accountMessages.en,
    ...signInMessages.en,
    ...linkMessages.en,
    header: {
      label: 'Your account',
      signIn: 'Sign in',
      account: 'My account',
      admin: 'Administration',
      signOut: 'Sign out',
    },
    roles: {
      gp: 'General practitioner',
      clinician: 'Clinical psychologist or orthopedagogue',
      organisation: 'Organisation',
      coordinator: 'Local coordinator',
      'network-admin': 'Network administrator',
      'committee-member': 'Committee member',
      'platform-admin': 'Platform administrator',
    },
    scopes: {
      zone: '{role} – {zone} zone, {network}',
      network: '{role} – {network} network',
      body: '{role} – {body}',
    },
    fields: {
      email: 'Email address',
      password: 'Password',
      newPassword: 'New password',
      passwordHint:
        'At least 15 characters. The easiest: three or four random words, for example “tram cherry umbrella”. No need for numbers or symbols.',
      name: 'Full name',
      nameHint: 'For an organisation, the name of the contact person.',
      language: 'Language of your emails and pages',
    },
    errors: {
      emailRequired: 'Enter your email address.',
      emailInvalid: 'Enter a valid email address, for example name@example.be.',
      passwordRequired: 'Enter your password.',
      nameRequired: 'Enter your name.',
      nameHoldsNiss:
        'Do not write a national register number (NISS) in your name: it is shown to the people who handle your requests. Enter your name only.',
      kindRequired: 'Tell us whether you are a GP or an organisation.',
      invalidCredentials:
        'The email address or the password is incorrect, or the account is locked for a while after too many attempts (its owner then got an email). You can also choose a new password.',
      locked:
        'Your account is locked until {until} after too many wrong passwords. We have sent you an email. You can also choose a new password.',
      addressBlocked: 'Too many sign-in attempts from this connection. Try again after {until}.',
      unverified: 'Confirm your email address first: we have just sent you a new link.',
      currentPasswordWrong: 'The current password is incorrect.',
      password: {
        'too-short': 'The password must be at least 15 characters long.',
        'too-long': 'The password must be at most 256 characters long.',
        common: 'This password is too well known. Choose another one, for example three random words.',
        repeated: 'This password repeats the same characters. Choose another one.',
        'contains-email': 'The password must not contain your email address.',
      },
    },
  },
  de: {
    ...authMailMessages.de,
    ...accountMessages.de,
    ...signInMessages.de,
    ...linkMessages.de,
    header: {
      label: 'Ihr Konto',
      signIn: 'Anmelden',
      account: 'Mein Konto',
      admin: 'Verwaltung',
      signOut: 'Abmelden',
    },
    roles: {
      gp: 'Hausärztin oder Hausarzt',
      clinician: 'Fachkraft (klinische Psychologie oder Orthopädagogik)',
      organisation: 'Organisation',
      coordinator: 'Lokale/r Koordinator/in',
      'network-admin': 'Netzwerkverwalter/in',
      'committee-member': 'Ausschussmitglied',
      'platform-admin': 'Plattformverwalter/in',
    },
    scopes: {
      zone: '{role} – Zone {zone}, {network}',
      network: '{role} – Netzwerk {network}',
      body: '{role} – {body}',
    },
    fields: {
      email: 'E-Mail-Adresse',
      password: 'Passwort',
      newPassword: 'Neues Passwort',
      passwordHint:
        'Mindestens 15 Zeichen. Am einfachsten: drei oder vier zufällige Wörter, zum Beispiel „Tram Kirsche Regenschirm“. Ziffern oder Sonderzeichen sind nicht nötig.',
      name: 'Vollständiger Name',
      nameHint: 'Für eine Organisation der Name der Kontaktperson.',
      language: 'Sprache Ihrer E-Mails und Seiten',
    },
    errors: {
      emailRequired: 'Geben Sie Ihre E-Mail-Adresse ein.',
      emailInvalid: 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.be.',
      passwordRequired: 'Geben Sie Ihr Passwort ein.',
      nameRequired: 'Geben Sie Ihren Namen ein.',
      nameHoldsNiss:
        'Schreiben Sie keine Nationalregisternummer (INSZ) in Ihren Namen: Er wird den Personen gezeigt, die Ihre Anfragen bearbeiten. Geben Sie nur Ihren Namen ein.',
      kindRequired: 'Sagen Sie uns, ob Sie Hausärztin oder Hausarzt oder eine Organisation sind.',
      invalidCredentials:
        'Die E-Mail-Adresse oder das Passwort ist falsch, oder das Konto ist nach zu vielen Versuchen vorübergehend gesperrt (die Inhaberin oder der Inhaber hat dann eine E-Mail erhalten). Sie können auch ein neues Passwort wählen.',
      locked:
        'Ihr Konto ist nach zu vielen falschen Passwörtern bis {until} gesperrt. Wir haben Ihnen eine E-Mail gesendet. Sie können auch ein neues Passwort wählen.',
      addressBlocked:
        'Zu viele Anmeldeversuche von dieser Verbindung aus. Versuchen Sie es nach {until} erneut.',
      unverified:
        'Bestätigen Sie zuerst Ihre E-Mail-Adresse: Wir haben Ihnen gerade einen neuen Link gesendet.',
      currentPasswordWrong: 'Das aktuelle Passwort ist falsch.',
      password: {
        'too-short': 'Das Passwort muss mindestens 15 Zeichen lang sein.',
        'too-long': 'Das Passwort darf höchstens 256 Zeichen lang sein.',
        common: 'Dieses Passwort ist zu bekannt. Wählen Sie ein anderes, zum Beispiel drei zufällige Wörter.',
        repeated: 'Dieses Passwort wiederholt dieselben Zeichen. Wählen Sie ein anderes.',
        'contains-email': 'Das Passwort darf Ihre E-Mail-Adresse nicht enthalten.',
      },
    },
  },
};
