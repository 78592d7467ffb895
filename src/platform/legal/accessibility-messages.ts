import type { Translations } from '../i18n/index.ts';

// The accessibility statement that Belgian law asks of public-service sites (the transposition
// of directive (EU) 2016/2102; model statement of implementing decision (EU) 2018/1523).
// Every known limit below is checked against the product: keep them true when it changes.
const fr = {
  title: 'Déclaration d’accessibilité',
  intro:
    'Les réseaux de santé mentale qui exploitent Passerelle s’engagent à rendre ce site accessible, conformément à la législation belge qui transpose la directive (UE) 2016/2102 relative à l’accessibilité des sites internet des organismes du secteur public.',
  statusTitle: 'État de conformité',
  status:
    'Ce site est partiellement conforme aux Règles pour l’accessibilité des contenus web (WCAG) 2.2, niveau AA, en raison des limites décrites ci-dessous.',
  limitsTitle: 'Contenus non accessibles',
  limits: {
    documents:
      'Les documents joints à une candidature (diplômes, visas, attestations en PDF ou en image) sont montrés tels que la personne les a envoyés. Passerelle ne vérifie pas leur accessibilité.',
    statements:
      'Les relevés mensuels des séances ne sont disponibles que par l’API, en fichier CSV ou JSON, et non comme une page du site.',
    minutes:
      'Le procès-verbal d’une réunion de comité est une page du site. Sa version PDF est produite par le navigateur (Imprimer), sans balisage garanti.',
    german:
      'Le site existe en allemand, mais les textes écrits par les réseaux et les professionnels (profils, activités, coordonnées) restent dans la langue où ils ont été saisis, souvent le français ou le néerlandais.',
    audit:
      'Aucun audit complet n’a encore été réalisé par un organisme indépendant. Les contrôles automatiques ne détectent pas tous les problèmes.',
  },
  methodTitle: 'Établissement de cette déclaration',
  method:
    'Cette déclaration a été établie le {date} par une auto-évaluation. Chaque parcours est testé automatiquement dans un navigateur, avec et sans JavaScript, au clavier seul et avec les règles WCAG 2.2 AA d’axe-core, et chaque page est vérifiée sur un écran de 320\u202fpixels de large.',
  feedbackTitle: 'Signaler un problème',
  feedback:
    'Si vous ne parvenez pas à utiliser une page ou un contenu, dites-le-nous. Nous vous répondrons et vous donnerons l’information sous une autre forme. Écrivez à la coordination locale ou au réseau de votre région\u202f:',
  enforcementTitle: 'Procédure de recours',
  enforcement:
    'Si vous n’avez pas reçu de réponse satisfaisante, vous pouvez introduire une plainte auprès du médiateur compétent pour le réseau, par exemple le Médiateur fédéral (www.mediateurfederal.be).',
};

export const accessibilityMessages: Translations<typeof fr> = {
  fr,
  nl: {
    title: 'Toegankelijkheidsverklaring',
    intro:
      'De netwerken geestelijke gezondheid die Passerelle gebruiken, streven ernaar deze website toegankelijk te maken, overeenkomstig de Belgische wetgeving die richtlijn (EU) 2016/2102 inzake de toegankelijkheid van websites van overheidsinstanties omzet.',
    statusTitle: 'Nalevingsstatus',
    status:
      'Deze website voldoet gedeeltelijk aan de Richtlijnen voor Toegankelijkheid van Webcontent (WCAG) 2.2, niveau AA, vanwege de beperkingen hieronder.',
    limitsTitle: 'Niet-toegankelijke inhoud',
    limits: {
      documents:
        'Documenten bij een kandidatuur (diploma’s, visa, attesten als pdf of afbeelding) worden getoond zoals de persoon ze verstuurde. Passerelle controleert hun toegankelijkheid niet.',
      statements:
        'De maandelijkse overzichten van de sessies zijn alleen via de API beschikbaar, als CSV- of JSON-bestand, niet als pagina van de website.',
      minutes:
        'Het proces-verbaal van een comitévergadering is een pagina van de website. De pdf-versie maakt de browser (Afdrukken), zonder gegarandeerde tags.',
      german:
        'De website bestaat in het Duits, maar de teksten die netwerken en professionals schrijven (profielen, activiteiten, contactgegevens) blijven in de taal waarin ze werden ingevoerd, vaak het Frans of het Nederlands.',
      audit:
        'Er is nog geen volledige audit door een onafhankelijke instantie uitgevoerd. Automatische controles vinden niet alle problemen.',
    },
    methodTitle: 'Opstelling van deze verklaring',
    method:
      'Deze verklaring werd opgesteld op {date} door een zelfevaluatie. Elk traject wordt automatisch getest in een browser, met en zonder JavaScript, met alleen het toetsenbord en met de WCAG 2.2 AA-regels van axe-core, en elke pagina wordt gecontroleerd op een scherm van 320 pixels breed.',
    feedbackTitle: 'Een probleem melden',
    feedback:
      'Lukt het niet om een pagina of inhoud te gebruiken, laat het ons weten. We antwoorden u en geven u de informatie in een andere vorm. Schrijf naar de lokale coördinatie of naar het netwerk van uw regio:',
    enforcementTitle: 'Handhavingsprocedure',
    enforcement:
      'Kreeg u geen bevredigend antwoord, dan kunt u klacht indienen bij de ombudsman die bevoegd is voor het netwerk, bijvoorbeeld de Federale Ombudsman (www.federaalombudsman.be).',
  },
  en: {
    title: 'Accessibility statement',
    intro:
      'The mental-health networks that run Passerelle are committed to making this website accessible, in accordance with the Belgian legislation transposing Directive (EU) 2016/2102 on the accessibility of the websites of public sector bodies.',
    statusTitle: 'Compliance status',
    status:
      'This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) 2.2, level AA, because of the limits described below.',
    limitsTitle: 'Non-accessible content',
    limits: {
      documents:
        'Documents attached to an application (diplomas, visas, certificates as PDF or image) are shown as the person sent them. Passerelle does not check their accessibility.',
      statements:
        'Monthly statements of sessions are only available through the API, as a CSV or JSON file, not as a page of the website.',
      minutes:
        'The minutes of a committee meeting are a page of the website. Their PDF version is made by the browser (Print), without guaranteed tags.',
      german:
        'The website is available in German, but the texts written by networks and professionals (profiles, events, contact details) stay in the language they were entered in, often French or Dutch.',
      audit:
        'No full audit by an independent body has been carried out yet. Automated checks do not find every problem.',
    },
    methodTitle: 'Preparation of this statement',
    method:
      'This statement was prepared on {date} by a self-assessment. Every journey is tested automatically in a browser, with and without JavaScript, with the keyboard only and with axe-core’s WCAG 2.2 AA rules, and every page is checked on a screen 320 pixels wide.',
    feedbackTitle: 'Report a problem',
    feedback:
      'If you cannot use a page or some content, tell us. We will answer and give you the information in another form. Write to the local coordination or to the network of your region:',
    enforcementTitle: 'Enforcement procedure',
    enforcement:
      'If you did not receive a satisfactory answer, you can complain to the ombudsman responsible for the network, for example the Federal Ombudsman (www.federaalombudsman.be).',
  },
  de: {
    title: 'Erklärung zur Barrierefreiheit',
    intro:
      'Die Netzwerke für psychische Gesundheit, die Passerelle betreiben, verpflichten sich, diese Website barrierefrei zu gestalten, gemäß der belgischen Gesetzgebung zur Umsetzung der Richtlinie (EU) 2016/2102 über den barrierefreien Zugang zu den Websites öffentlicher Stellen.',
    statusTitle: 'Stand der Vereinbarkeit',
    status:
      'Diese Website ist wegen der unten beschriebenen Einschränkungen teilweise mit den Richtlinien für barrierefreie Webinhalte (WCAG) 2.2, Stufe AA, vereinbar.',
    limitsTitle: 'Nicht barrierefreie Inhalte',
    limits: {
      documents:
        'Die Dokumente, die einem Antrag beigefügt sind (Diplome, Visa, Bescheinigungen als PDF oder Bild), werden so gezeigt, wie die Person sie gesendet hat. Passerelle prüft ihre Barrierefreiheit nicht.',
      statements:
        'Die monatlichen Aufstellungen der Sitzungen sind nur über die API als CSV- oder JSON-Datei verfügbar, nicht als Seite der Website.',
      minutes:
        'Das Protokoll einer Ausschusssitzung ist eine Seite der Website. Seine PDF-Fassung erstellt der Browser (Drucken), ohne garantierte Auszeichnung.',
      german:
        'Die Website gibt es auf Deutsch, aber die Texte, die Netzwerke und Fachleute schreiben (Profile, Veranstaltungen, Kontaktangaben), bleiben in der Sprache, in der sie eingegeben wurden, oft Französisch oder Niederländisch.',
      audit:
        'Eine vollständige Prüfung durch eine unabhängige Stelle hat noch nicht stattgefunden. Automatische Prüfungen finden nicht alle Probleme.',
    },
    methodTitle: 'Erstellung dieser Erklärung',
    method:
      'Diese Erklärung wurde am {date} durch eine Selbstbewertung erstellt. Jeder Ablauf wird automatisch in einem Browser getestet, mit und ohne JavaScript, nur mit der Tastatur und mit den WCAG-2.2-AA-Regeln von axe-core, und jede Seite wird auf einem 320 Pixel breiten Bildschirm geprüft.',
    feedbackTitle: 'Ein Problem melden',
    feedback:
      'Wenn Sie eine Seite oder einen Inhalt nicht nutzen können, teilen Sie es uns mit. Wir antworten Ihnen und geben Ihnen die Information in einer anderen Form. Schreiben Sie an die lokale Koordination oder an das Netzwerk Ihrer Region:',
    enforcementTitle: 'Durchsetzungsverfahren',
    enforcement:
      'Wenn Sie keine zufriedenstellende Antwort erhalten haben, können Sie sich bei der für das Netzwerk zuständigen Ombudsstelle beschweren, zum Beispiel beim Föderalen Ombudsmann (www.federaalombudsman.be).',
  },
};
