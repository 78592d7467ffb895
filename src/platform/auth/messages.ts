import type { Translations } from '../i18n/index.ts';

// Accounts: sign-in, account creation, e-mail confirmation, passwords, the account page, and
// the e-mails they send. French is the source; Dutch and English are typed against it.
const fr = {
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
      'Au moins 15 caractères. Le plus simple : trois ou quatre mots au hasard, par exemple « tram cerise parapluie ». Pas besoin de chiffres ni de symboles.',
    name: 'Nom complet',
    nameHint: 'Pour une organisation, le nom de la personne de contact.',
    language: 'Langue de vos e-mails et de vos pages',
  },
  errors: {
    emailRequired: 'Indiquez votre adresse e-mail.',
    emailInvalid: 'Indiquez une adresse e-mail valide, par exemple nom@exemple.be.',
    passwordRequired: 'Indiquez votre mot de passe.',
    nameRequired: 'Indiquez votre nom.',
    kindRequired: 'Dites-nous si vous êtes médecin généraliste ou une organisation.',
    invalidCredentials: 'L’adresse e-mail ou le mot de passe est incorrect.',
    locked:
      'Ce compte est verrouillé jusqu’à {until} après trop de tentatives de connexion. Nous vous avons envoyé un e-mail. Vous pouvez aussi choisir un nouveau mot de passe.',
    addressBlocked: 'Trop de tentatives de connexion depuis cette connexion. Réessayez après {until}.',
    unverified: 'Confirmez d’abord votre adresse e-mail : nous venons de vous envoyer un nouveau lien.',
    currentPasswordWrong: 'Le mot de passe actuel est incorrect.',
    password: {
      'too-short': 'Le mot de passe doit compter au moins 15 caractères.',
      'too-long': 'Le mot de passe doit compter au plus 256 caractères.',
      common: 'Ce mot de passe est trop connu. Choisissez-en un autre, par exemple trois mots au hasard.',
      repeated: 'Ce mot de passe répète les mêmes caractères. Choisissez-en un autre.',
      'contains-email': 'Le mot de passe ne doit pas contenir votre adresse e-mail.',
    },
  },
  signIn: {
    title: 'Se connecter',
    submit: 'Se connecter',
    forgot: 'Mot de passe oublié ?',
    noAccount: 'Pas encore de compte ?',
    create: 'Créer un compte',
    notices: {
      verified: 'Votre adresse e-mail est confirmée. Vous pouvez vous connecter.',
      reset: 'Votre mot de passe a été changé. Connectez-vous avec le nouveau.',
      'signed-out': 'Vous êtes déconnecté.',
      activated: 'Votre compte est activé. Connectez-vous avec votre nouveau mot de passe.',
      everywhere: 'Vous êtes déconnecté sur tous vos appareils.',
      expired: 'Votre session a pris fin. Connectez-vous à nouveau pour continuer.',
    },
  },
  createAccount: {
    title: 'Créer un compte professionnel',
    intro:
      'Un compte permet aux médecins généralistes et aux organisations de suivre leurs demandes de soutien et de partenariat.',
    clinicians:
      'Psychologues et orthopédagogues cliniciens : votre compte est créé avec votre déclaration d’intérêt auprès du réseau.',
    kindLegend: 'Vous êtes',
    kinds: {
      gp: 'Médecin généraliste',
      organisation: 'Une organisation (CPAS, maison médicale, école, AMO…)',
    },
    submit: 'Créer mon compte',
  },
  checkEmail: {
    title: 'Vérifiez vos e-mails',
    body: 'Nous avons envoyé un message à {email}. Ouvrez le lien qu’il contient pour continuer. Le lien est valable {hours, plural, one {# heure} other {# heures}}.',
    resetBody:
      'Si un compte existe pour {email}, nous y avons envoyé un lien pour choisir un nouveau mot de passe. Le lien est valable une heure.',
    notReceived: 'Rien reçu après quelques minutes ? Regardez dans les indésirables, ou recommencez.',
  },
  verify: {
    title: 'Confirmer votre adresse e-mail',
    body: 'Confirmez que cette adresse est bien la vôtre pour activer votre compte.',
    submit: 'Confirmer mon adresse',
  },
  invalidLink: {
    title: 'Ce lien n’est plus valable',
    body: 'Il a déjà servi ou il a expiré. Vous pouvez demander un nouveau lien.',
    again: 'Demander un nouveau lien',
  },
  forgot: {
    title: 'Mot de passe oublié',
    intro:
      'Indiquez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.',
    submit: 'Envoyer le lien',
  },
  reset: {
    title: 'Choisir un nouveau mot de passe',
    submit: 'Enregistrer le mot de passe',
  },
  invitation: {
    title: 'Choisir votre mot de passe',
    intro: 'Bienvenue {name}. Choisissez le mot de passe de votre compte {email}.',
    submit: 'Activer mon compte',
  },
  account: {
    title: 'Mon compte',
    name: 'Nom',
    email: 'Adresse e-mail',
    language: 'Langue',
    roles: 'Rôles',
    noRoles: 'Aucun rôle pour le moment.',
    changePassword: 'Changer mon mot de passe',
    myApplications: 'Mes candidatures (déclarations d’intérêt et demandes de conventionnement)',
    everywhereTitle: 'Se déconnecter partout',
    everywhereBody:
      'Vous êtes connecté sur {count, plural, one {# appareil} other {# appareils}}. Si vous avez utilisé un appareil partagé ou perdu votre téléphone, déconnectez-vous partout.',
    everywhereSubmit: 'Me déconnecter sur tous les appareils',
    passwordChanged: 'Votre mot de passe a été changé. Vos autres sessions ont été fermées.',
  },
  changePassword: {
    title: 'Changer mon mot de passe',
    current: 'Mot de passe actuel',
    submit: 'Changer le mot de passe',
  },
  mail: {
    greeting: 'Bonjour {name},',
    signature: 'L’équipe Passerelle',
    verify: {
      subject: 'Confirmez votre adresse e-mail',
      body: 'Pour confirmer votre adresse e-mail et activer votre compte Passerelle, ouvrez ce lien (valable 24 heures) :\n{link}\n\nSi vous n’avez pas créé de compte, ignorez ce message.',
    },
    existing: {
      subject: 'Vous avez déjà un compte Passerelle',
      body: 'Quelqu’un, sans doute vous, a voulu créer un compte avec cette adresse. Vous avez déjà un compte.\n\nSe connecter : {signIn}\nMot de passe oublié : {forgot}\n\nSi ce n’était pas vous, ignorez ce message.',
    },
    reset: {
      subject: 'Choisir un nouveau mot de passe',
      body: 'Pour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure, une seule fois) :\n{link}\n\nSi vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.',
    },
    locked: {
      subject: 'Votre compte Passerelle est verrouillé',
      body: 'Après {count} tentatives de connexion avec un mauvais mot de passe, votre compte est verrouillé jusqu’à {until}.\n\nSi c’était vous, réessayez après cette heure ou choisissez un nouveau mot de passe : {forgot}\n\nSi ce n’était pas vous, votre mot de passe n’a pas été trouvé ; choisissez quand même un nouveau mot de passe par prudence.',
    },
    changed: {
      subject: 'Votre mot de passe a été changé',
      body: 'Le mot de passe de votre compte Passerelle vient d’être changé.\n\nSi ce n’était pas vous, choisissez tout de suite un nouveau mot de passe : {forgot}',
    },
    invitation: {
      subject: 'Votre accès à Passerelle',
      body: '{inviter} vous a donné accès à Passerelle. Pour activer votre compte, choisissez votre mot de passe avec ce lien (valable 7 jours, une seule fois) :\n{link}',
    },
  },
};

export const authMessages: Translations<typeof fr> = {
  fr,
  nl: {
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
      kindRequired: 'Zeg ons of u huisarts bent of een organisatie.',
      invalidCredentials: 'Het e-mailadres of het wachtwoord is onjuist.',
      locked:
        'Dit account is vergrendeld tot {until} na te veel aanmeldpogingen. We hebben u een e-mail gestuurd. U kunt ook een nieuw wachtwoord kiezen.',
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
    signIn: {
      title: 'Aanmelden',
      submit: 'Aanmelden',
      forgot: 'Wachtwoord vergeten?',
      noAccount: 'Nog geen account?',
      create: 'Een account aanmaken',
      notices: {
        verified: 'Uw e-mailadres is bevestigd. U kunt zich aanmelden.',
        reset: 'Uw wachtwoord is gewijzigd. Meld u aan met het nieuwe.',
        'signed-out': 'U bent afgemeld.',
        activated: 'Uw account is geactiveerd. Meld u aan met uw nieuwe wachtwoord.',
        everywhere: 'U bent afgemeld op al uw toestellen.',
        expired: 'Uw sessie is beëindigd. Meld u opnieuw aan om verder te gaan.',
      },
    },
    createAccount: {
      title: 'Een professioneel account aanmaken',
      intro:
        'Met een account kunnen huisartsen en organisaties hun aanvragen voor ondersteuning en samenwerking opvolgen.',
      clinicians:
        'Klinisch psychologen en orthopedagogen: uw account wordt aangemaakt met uw intentieverklaring bij het netwerk.',
      kindLegend: 'U bent',
      kinds: { gp: 'Huisarts', organisation: 'Een organisatie (OCMW, wijkgezondheidscentrum, school, …)' },
      submit: 'Mijn account aanmaken',
    },
    checkEmail: {
      title: 'Bekijk uw e-mails',
      body: 'We hebben een bericht gestuurd naar {email}. Open de link erin om verder te gaan. De link is {hours, plural, one {# uur} other {# uur}} geldig.',
      resetBody:
        'Als er een account bestaat voor {email}, hebben we een link gestuurd om een nieuw wachtwoord te kiezen. De link is één uur geldig.',
      notReceived: 'Na enkele minuten niets ontvangen? Kijk bij de ongewenste berichten, of begin opnieuw.',
    },
    verify: {
      title: 'Uw e-mailadres bevestigen',
      body: 'Bevestig dat dit adres van u is om uw account te activeren.',
      submit: 'Mijn adres bevestigen',
    },
    invalidLink: {
      title: 'Deze link is niet meer geldig',
      body: 'Hij is al gebruikt of verlopen. U kunt een nieuwe link vragen.',
      again: 'Een nieuwe link vragen',
    },
    forgot: {
      title: 'Wachtwoord vergeten',
      intro: 'Vul het e-mailadres van uw account in. We sturen u een link om een nieuw wachtwoord te kiezen.',
      submit: 'De link versturen',
    },
    reset: {
      title: 'Een nieuw wachtwoord kiezen',
      submit: 'Het wachtwoord opslaan',
    },
    invitation: {
      title: 'Uw wachtwoord kiezen',
      intro: 'Welkom {name}. Kies het wachtwoord van uw account {email}.',
      submit: 'Mijn account activeren',
    },
    account: {
      title: 'Mijn account',
      name: 'Naam',
      email: 'E-mailadres',
      language: 'Taal',
      roles: 'Rollen',
      noRoles: 'Voorlopig geen rollen.',
      changePassword: 'Mijn wachtwoord wijzigen',
      myApplications: 'Mijn kandidaturen (interesseverklaringen en conventieaanvragen)',
      everywhereTitle: 'Overal afmelden',
      everywhereBody:
        'U bent aangemeld op {count, plural, one {# toestel} other {# toestellen}}. Hebt u een gedeeld toestel gebruikt of uw telefoon verloren? Meld u dan overal af.',
      everywhereSubmit: 'Mij afmelden op alle toestellen',
      passwordChanged: 'Uw wachtwoord is gewijzigd. Uw andere sessies zijn gesloten.',
    },
    changePassword: {
      title: 'Mijn wachtwoord wijzigen',
      current: 'Huidig wachtwoord',
      submit: 'Het wachtwoord wijzigen',
    },
    mail: {
      greeting: 'Beste {name},',
      signature: 'Het Passerelle-team',
      verify: {
        subject: 'Bevestig uw e-mailadres',
        body: 'Open deze link (24 uur geldig) om uw e-mailadres te bevestigen en uw Passerelle-account te activeren:\n{link}\n\nHebt u geen account aangemaakt? Negeer dan dit bericht.',
      },
      existing: {
        subject: 'U hebt al een Passerelle-account',
        body: 'Iemand, waarschijnlijk uzelf, wilde een account aanmaken met dit adres. U hebt al een account.\n\nAanmelden: {signIn}\nWachtwoord vergeten: {forgot}\n\nWas u het niet? Negeer dan dit bericht.',
      },
      reset: {
        subject: 'Een nieuw wachtwoord kiezen',
        body: 'Open deze link (één uur geldig, één keer bruikbaar) om een nieuw wachtwoord te kiezen:\n{link}\n\nHebt u niets gevraagd? Negeer dan dit bericht: uw wachtwoord blijft hetzelfde.',
      },
      locked: {
        subject: 'Uw Passerelle-account is vergrendeld',
        body: 'Na {count} aanmeldpogingen met een verkeerd wachtwoord is uw account vergrendeld tot {until}.\n\nWas u het? Probeer het na dat uur opnieuw of kies een nieuw wachtwoord: {forgot}\n\nWas u het niet? Uw wachtwoord is niet gevonden; kies voor de zekerheid toch een nieuw wachtwoord.',
      },
      changed: {
        subject: 'Uw wachtwoord is gewijzigd',
        body: 'Het wachtwoord van uw Passerelle-account is net gewijzigd.\n\nWas u het niet? Kies dan meteen een nieuw wachtwoord: {forgot}',
      },
      invitation: {
        subject: 'Uw toegang tot Passerelle',
        body: '{inviter} heeft u toegang gegeven tot Passerelle. Kies met deze link uw wachtwoord om uw account te activeren (7 dagen geldig, één keer bruikbaar):\n{link}',
      },
    },
  },
  en: {
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
      kindRequired: 'Tell us whether you are a GP or an organisation.',
      invalidCredentials: 'The email address or the password is incorrect.',
      locked:
        'This account is locked until {until} after too many sign-in attempts. We have sent you an email. You can also choose a new password.',
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
    signIn: {
      title: 'Sign in',
      submit: 'Sign in',
      forgot: 'Forgotten your password?',
      noAccount: 'No account yet?',
      create: 'Create an account',
      notices: {
        verified: 'Your email address is confirmed. You can sign in.',
        reset: 'Your password has been changed. Sign in with the new one.',
        'signed-out': 'You are signed out.',
        activated: 'Your account is activated. Sign in with your new password.',
        everywhere: 'You are signed out on all your devices.',
        expired: 'Your session has ended. Sign in again to continue.',
      },
    },
    createAccount: {
      title: 'Create a professional account',
      intro: 'An account lets GPs and organisations follow their requests for support and partnership.',
      clinicians:
        'Clinical psychologists and orthopedagogues: your account is created with your declaration of interest to the network.',
      kindLegend: 'You are',
      kinds: {
        gp: 'A general practitioner',
        organisation: 'An organisation (CPAS, medical centre, school, …)',
      },
      submit: 'Create my account',
    },
    checkEmail: {
      title: 'Check your email',
      body: 'We have sent a message to {email}. Open the link in it to continue. The link works for {hours, plural, one {# hour} other {# hours}}.',
      resetBody:
        'If an account exists for {email}, we have sent it a link to choose a new password. The link works for one hour.',
      notReceived: 'Nothing after a few minutes? Look in your spam folder, or start again.',
    },
    verify: {
      title: 'Confirm your email address',
      body: 'Confirm that this address is yours to activate your account.',
      submit: 'Confirm my address',
    },
    invalidLink: {
      title: 'This link no longer works',
      body: 'It has already been used or it has expired. You can ask for a new link.',
      again: 'Ask for a new link',
    },
    forgot: {
      title: 'Forgotten password',
      intro: 'Enter the email address of your account. We will send you a link to choose a new password.',
      submit: 'Send the link',
    },
    reset: {
      title: 'Choose a new password',
      submit: 'Save the password',
    },
    invitation: {
      title: 'Choose your password',
      intro: 'Welcome {name}. Choose the password of your account {email}.',
      submit: 'Activate my account',
    },
    account: {
      title: 'My account',
      name: 'Name',
      email: 'Email address',
      language: 'Language',
      roles: 'Roles',
      noRoles: 'No roles yet.',
      changePassword: 'Change my password',
      myApplications: 'My applications (declarations of interest and convention applications)',
      everywhereTitle: 'Sign out everywhere',
      everywhereBody:
        'You are signed in on {count, plural, one {# device} other {# devices}}. If you used a shared device or lost your phone, sign out everywhere.',
      everywhereSubmit: 'Sign me out on all devices',
      passwordChanged: 'Your password has been changed. Your other sessions have been closed.',
    },
    changePassword: {
      title: 'Change my password',
      current: 'Current password',
      submit: 'Change the password',
    },
    mail: {
      greeting: 'Hello {name},',
      signature: 'The Passerelle team',
      verify: {
        subject: 'Confirm your email address',
        body: 'To confirm your email address and activate your Passerelle account, open this link (valid for 24 hours):\n{link}\n\nIf you did not create an account, ignore this message.',
      },
      existing: {
        subject: 'You already have a Passerelle account',
        body: 'Someone, probably you, tried to create an account with this address. You already have one.\n\nSign in: {signIn}\nForgotten password: {forgot}\n\nIf it was not you, ignore this message.',
      },
      reset: {
        subject: 'Choose a new password',
        body: 'To choose a new password, open this link (valid for one hour, once):\n{link}\n\nIf you did not ask for this, ignore this message: your password stays the same.',
      },
      locked: {
        subject: 'Your Passerelle account is locked',
        body: 'After {count} sign-in attempts with a wrong password, your account is locked until {until}.\n\nIf it was you, try again after that time or choose a new password: {forgot}\n\nIf it was not you, your password was not found; still, choose a new password to be safe.',
      },
      changed: {
        subject: 'Your password has been changed',
        body: 'The password of your Passerelle account has just been changed.\n\nIf it was not you, choose a new password straight away: {forgot}',
      },
      invitation: {
        subject: 'Your access to Passerelle',
        body: '{inviter} has given you access to Passerelle. To activate your account, choose your password with this link (valid for 7 days, once):\n{link}',
      },
    },
  },
};
