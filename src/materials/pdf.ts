// Printed materials as PDF, drawn from the network's data: its name, the finder's address with
// a QR code (drawn module by module as filled rectangles, so it stays sharp at any print size),
// the copays of the care rules and the helplines. One layout for every item, scaled from A5 to
// the page asked; the poster and the organisations' flyer change the words and the emphasis.

import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import QRCode from 'qrcode';
import { format, formatEuros } from '../platform/i18n/index.ts';
import { type MaterialItem, type MaterialLanguage, PAGE_POINTS, type PageSize } from './domain/catalogue.ts';
import { toWinAnsi } from './domain/winansi.ts';
import { pdfMessages } from './pdf-messages.ts';

/** The copays to print, as the care rules give them on the day the PDF is made. */
export interface PrintedCopays {
  individualCents: number;
  individualBimCents: number;
  groupCents: number;
  /** No copay up to and including this age (null when no such rule applies). */
  freeUpToAge: number | null;
  firstSessionFree: boolean;
  communityFree: boolean;
}

export interface MaterialData {
  networkName: string;
  /** The finder's address in the material's language, printed and encoded in the QR code. */
  finderUrl: string;
  /** Where organisations offer a room or a group (the organisations' flyer). */
  partnerUrl: string;
  copays: PrintedCopays;
  /** Helpline sentences in the material's language (112, suicide prevention, young people's lines). */
  helplines: readonly string[];
  contact: { email: string | null; phone: string | null; website: string | null };
}

const A5_WIDTH = PAGE_POINTS.A5[0];
const INK = rgb(0.1, 0.1, 0.12);
const BRAND = rgb(0.05, 0.32, 0.45);
const WHITE = rgb(1, 1, 1);

interface Pen {
  page: PDFPage;
  regular: PDFFont;
  bold: PDFFont;
  charset: ReadonlySet<number>;
  scale: number;
  margin: number;
  /** The baseline of the next line, from the bottom of the page. */
  y: number;
}

/** Lines of `text` no wider than `width` at `size` (words are never cut; a long URL gets its own line). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const tried = line === '' ? word : `${line} ${word}`;
    if (line !== '' && font.widthOfTextAtSize(tried, size) > width) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function write(
  pen: Pen,
  text: string,
  options: { size: number; bold?: boolean; color?: typeof INK; width?: number },
) {
  const font = options.bold ? pen.bold : pen.regular;
  const size = options.size * pen.scale;
  const width = options.width ?? pen.page.getWidth() - 2 * pen.margin;
  for (const line of wrap(toWinAnsi(text, pen.charset), font, size, width)) {
    pen.y -= size * 1.25;
    pen.page.drawText(line, { x: pen.margin, y: pen.y, size, font, color: options.color ?? INK });
  }
}

/** The QR code's dark modules as rectangles, with its quiet zone; returns its side in points. */
function drawQr(page: PDFPage, text: string, x: number, top: number, side: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size + 8; // four modules of quiet zone on each side
  const cell = side / count;
  page.drawRectangle({ x, y: top - side, width: side, height: side, color: WHITE });
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      page.drawRectangle({
        x: x + (col + 4) * cell,
        y: top - (row + 5) * cell,
        width: cell,
        height: cell,
        color: INK,
      });
    }
  }
}

export async function buildMaterialPdf(
  item: MaterialItem,
  language: MaterialLanguage,
  size: PageSize,
  data: MaterialData,
): Promise<Uint8Array> {
  const m = pdfMessages[language];
  const doc = await PDFDocument.create();
  doc.setTitle(m.titles[item]);
  doc.setLanguage(language);
  doc.setAuthor(data.networkName);
  doc.setProducer('Passerelle');
  doc.setCreator('Passerelle');
  const [width, height] = PAGE_POINTS[size];
  const page = doc.addPage([width, height]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const scale = width / A5_WIDTH;
  const pen: Pen = {
    page,
    regular,
    bold,
    charset: new Set(regular.getCharacterSet()),
    scale,
    margin: 34 * scale,
    y: height - 26 * scale,
  };
  const poster = item === 'poster';

  page.drawRectangle({ x: 0, y: height - 150 * scale, width, height: 150 * scale, color: BRAND });
  write(pen, m.titles[item], { size: poster ? 26 : 21, bold: true, color: WHITE });
  pen.y -= 6 * scale;
  write(pen, m.intros[item], { size: poster ? 12 : 10.5, color: WHITE });
  pen.y = Math.min(pen.y, height - 150 * scale) - 14 * scale;
  write(pen, format(language, m.network, { name: data.networkName }), { size: 10, bold: true, color: BRAND });

  const euros = (cents: number) => formatEuros(language, cents);
  pen.y -= 8 * scale;
  write(pen, m.costTitle, { size: 13, bold: true });
  const cost = [
    data.copays.firstSessionFree ? m.firstFree : null,
    format(language, m.individual, {
      amount: euros(data.copays.individualCents),
      bim: euros(data.copays.individualBimCents),
    }),
    format(language, m.group, { amount: euros(data.copays.groupCents) }),
    data.copays.freeUpToAge === null ? null : format(language, m.youthFree, { age: data.copays.freeUpToAge }),
    data.copays.communityFree ? m.communityFree : null,
  ];
  for (const line of cost) if (line) write(pen, `• ${line}`, { size: 10 });

  pen.y -= 10 * scale;
  write(pen, m.findTitle, { size: 13, bold: true });
  const qrSide = (poster ? 150 : 110) * scale;
  const qrTop = pen.y - 6 * scale;
  drawQr(page, data.finderUrl, pen.margin, qrTop, qrSide);
  const textWidth = width - 2 * pen.margin - qrSide - 14 * scale;
  const saved = pen.margin;
  pen.margin = saved + qrSide + 14 * scale;
  write(pen, m.findBody, { size: 10, width: textWidth });
  write(pen, data.finderUrl, { size: 11, bold: true, color: BRAND, width: textWidth });
  if (item === 'organisation-flyer') {
    pen.y -= 6 * scale;
    write(pen, m.organisationAsk, { size: 10, width: textWidth });
    write(pen, data.partnerUrl, { size: 10, bold: true, color: BRAND, width: textWidth });
  }
  pen.margin = saved;
  pen.y = Math.min(pen.y, qrTop - qrSide) - 10 * scale;

  const contact = [data.contact.website, data.contact.email, data.contact.phone].filter(
    (value): value is string => Boolean(value),
  );
  if (contact.length > 0) {
    write(pen, m.contactTitle, { size: 12, bold: true });
    write(pen, contact.join(' · '), { size: 10 });
    pen.y -= 6 * scale;
  }
  write(pen, m.helplinesTitle, { size: 12, bold: true });
  for (const line of data.helplines) write(pen, line, { size: 9.5 });
  return doc.save();
}
