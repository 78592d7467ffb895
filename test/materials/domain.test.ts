// The printed materials themselves: each PDF parses, has the page size asked, prints the
// network's name, the finder's address (also in its QR code, drawn as vector rectangles) and
// the copays of the care rules; French and Dutch text keep their accents; the WinAnsi mapping;
// the order checks and the stock's shortfalls.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import QRCode from 'qrcode';
import { copaysOn } from '../../src/care/copays.ts';
import { DEFAULT_CARE_RULES_CONFIG } from '../../src/care/domain/index.ts';
import { type MaterialLanguage, PAGE_POINTS } from '../../src/materials/domain/catalogue.ts';
import { checkOrder, shortfalls, stockKey } from '../../src/materials/domain/order.ts';
import { toWinAnsi } from '../../src/materials/domain/winansi.ts';
import { buildMaterialPdf, type MaterialData } from '../../src/materials/pdf.ts';
import { readPdf } from './pdf-text.ts';

const copays = copaysOn('2026-12-01', DEFAULT_CARE_RULES_CONFIG)!;

const data = (language: MaterialLanguage): MaterialData => ({
  networkName: language === 'nl' ? 'Bru-Stars (kinderen en jongeren)' : 'Bru-Stars (enfants et jeunes)',
  finderUrl: `https://passerelle.example/${language}/find`,
  partnerUrl: `https://passerelle.example/${language}/professionals/partner`,
  copays,
  helplines: ['En cas d’urgence, appelez le 112. Besoin de parler maintenant\u202f? 0800 32 123.'],
  contact: { website: 'https://www.bru-stars.be', email: null, phone: null },
});

describe('printed materials as PDF', () => {
  it('the care rules give the copays printed: 11 €, 4 € with BIM, 2,50 € a group, free up to 23', () => {
    assert.deepEqual(copays, {
      individualCents: 1100,
      individualBimCents: 400,
      groupCents: 250,
      freeUpToAge: 23,
      firstSessionFree: true,
      communityFree: true,
    });
  });

  for (const [item, size] of [
    ['public-flyer', 'A5'],
    ['poster', 'A2'],
    ['organisation-flyer', 'A4'],
  ] as const) {
    it(`the ${item} at ${size} parses, is ${size}, names the network and the finder's address`, async () => {
      const pdf = await readPdf(await buildMaterialPdf(item, 'fr', size, data('fr')));
      assert.equal(pdf.pages.length, 1);
      const [page] = pdf.pages;
      assert.ok(Math.abs(page!.width - PAGE_POINTS[size][0]) < 0.01, `width ${page!.width}`);
      assert.ok(Math.abs(page!.height - PAGE_POINTS[size][1]) < 0.01, `height ${page!.height}`);
      const text = page!.lines.join('\n');
      assert.match(text, /Bru-Stars \(enfants et jeunes\)/);
      assert.ok(page!.lines.includes('https://passerelle.example/fr/find'), text);
      assert.match(text, /Séance individuelle\u00a0: 11\s€ \(4\s€ avec l’intervention majorée\)/);
      assert.match(text, /Séance de groupe\u00a0: 2,50\s€/);
      assert.match(text, /Gratuit jusqu’à 23 ans/);
      if (item === 'organisation-flyer')
        assert.ok(page!.lines.includes('https://passerelle.example/fr/professionals/partner'));
    });
  }

  it('keeps French accents and typography (U+202F printed as a no-break space), Dutch and English words', async () => {
    const fr = (
      await readPdf(await buildMaterialPdf('public-flyer', 'fr', 'A5', data('fr')))
    ).pages[0]!.lines.join('\n');
    assert.match(fr, /Réseau de santé mentale\u00a0: Bru-Stars/);
    assert.match(fr, /Combien ça coûte\u00a0\?/);
    assert.match(fr, /d’urgence/);
    assert.doesNotMatch(fr, /\?\?|\u202f/);
    const nl = (await readPdf(await buildMaterialPdf('poster', 'nl', 'A2', data('nl')))).pages[0]!.lines.join(
      '\n',
    );
    assert.match(nl, /Netwerk geestelijke gezondheid: Bru-Stars \(kinderen en jongeren\)/);
    assert.match(nl, /De eerste sessie is gratis\./);
    const en = await readPdf(await buildMaterialPdf('public-flyer', 'en', 'A4', data('en')));
    assert.equal(en.title, 'Talk to a psychologist, near you');
  });

  it('prints German words: umlauts, and 11 € with a no-break space', async () => {
    const page = (await readPdf(await buildMaterialPdf('public-flyer', 'de', 'A5', data('de')))).pages[0]!;
    const de = page.lines.join('\n');
    assert.match(de, /Netzwerk für psychische Gesundheit: Bru-Stars/);
    assert.match(de, /Was kostet es\?/);
    assert.match(de, /Einzelsitzung: 11\u00a0€ \(4\u00a0€ mit erhöhter Kostenbeteiligung\)/);
    assert.match(de, /Gruppensitzung: 2,50\u00a0€/);
    assert.match(de, /Kostenlos bis 23 Jahre/);
    assert.ok(page.lines.includes('https://passerelle.example/de/find'), de);
    assert.doesNotMatch(de, /\?\?/);
    const organisation = await readPdf(await buildMaterialPdf('organisation-flyer', 'de', 'A4', data('de')));
    assert.equal(
      organisation.title,
      'Eine Psychologin oder einen Psychologen in Ihrer Einrichtung empfangen',
    );
  });

  it('draws the QR code of the finder address as one filled rectangle per dark module', async () => {
    for (const url of [
      'https://passerelle.example/fr/find',
      `https://passerelle.example/fr/find?${'postcode=1030&'.repeat(12)}`,
    ]) {
      const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
      let dark = 0;
      for (let row = 0; row < modules.size; row++)
        for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) dark++;
      const page = (
        await readPdf(await buildMaterialPdf('public-flyer', 'fr', 'A5', { ...data('fr'), finderUrl: url }))
      ).pages[0]!;
      // Plus the header band and the code's white quiet zone.
      assert.equal(page.rectangles, dark + 2, url);
    }
  });
});

describe('WinAnsi mapping', () => {
  it('maps what the standard fonts lack and keeps what they have', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const set = new Set(font.getCharacterSet());
    assert.equal(toWinAnsi('Besoin\u202f? «\u202fOui\u202f»', set), 'Besoin\u00a0? «\u00a0Oui\u00a0»');
    assert.equal(toWinAnsi('Œuvre – élève à 11 € … l’été', set), 'Œuvre – élève à 11 € … l’été');
    assert.equal(toWinAnsi('pré\u2011inscription, Ștefan', set), 'pré-inscription, Stefan');
    assert.equal(toWinAnsi('漢', set), '?');
    assert.doesNotThrow(() => font.encodeText(toWinAnsi('Séance\u202f: 2,50\u202f€ – Ștefan 漢', set)));
  });
});

describe('orders', () => {
  const networks = ['bru-stars', 'brumenta'];
  const address = {
    recipient: 'Dr Anne Peeters',
    street: 'Rue Royale 1',
    postcode: '1000',
    city: 'Bruxelles',
  };

  it('takes quantities per item and language and the delivery address', () => {
    const checked = checkOrder(
      {
        networkId: 'brumenta',
        'qty.public-flyer.nl': '50',
        'qty.poster.fr': ' 2 ',
        'qty.poster.en': '',
        ...address,
      },
      networks,
    );
    assert.ok(checked.ok);
    assert.deepEqual(checked.value.lines, [
      { item: 'public-flyer', language: 'nl', quantity: 50 },
      { item: 'poster', language: 'fr', quantity: 2 },
    ]);
  });

  it('names every wrong field: no quantity, a bad number, a bad postcode, a national number in a text', () => {
    const none = checkOrder({ networkId: 'brumenta', ...address }, networks);
    assert.ok(!none.ok);
    assert.deepEqual(
      none.issues.map((i) => [i.field, i.code]),
      [['qty.public-flyer.fr', 'required']],
    );
    const wrong = checkOrder(
      {
        networkId: 'nowhere',
        'qty.poster.nl': 'beaucoup',
        'qty.public-flyer.fr': '999999',
        recipient: 'Patient 85.07.30-033.28',
        street: 'Rue Royale 1',
        postcode: '99',
        city: 'Bruxelles',
      },
      networks,
    );
    assert.ok(!wrong.ok);
    assert.deepEqual(
      wrong.issues.map((i) => [i.field, i.code]).sort(),
      [
        ['networkId', 'unknown-value'],
        ['postcode', 'invalid-postcode'],
        ['qty.poster.nl', 'invalid-number'],
        ['qty.public-flyer.fr', 'number-range'],
        ['recipient', 'patient-identifier'],
      ].sort(),
    );
  });

  it('finds the lines the stock cannot cover', () => {
    const stock = new Map([
      [stockKey('public-flyer', 'nl'), 40],
      [stockKey('poster', 'fr'), 10],
    ]);
    assert.deepEqual(
      shortfalls(
        [
          { item: 'public-flyer', language: 'nl', quantity: 50 },
          { item: 'poster', language: 'fr', quantity: 10 },
          { item: 'poster', language: 'en', quantity: 1 },
        ],
        stock,
      ),
      [
        { item: 'public-flyer', language: 'nl', quantity: 50, inStock: 40 },
        { item: 'poster', language: 'en', quantity: 1, inStock: 0 },
      ],
    );
  });
});
