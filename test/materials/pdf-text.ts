// Reads back what a PDF made by pdf-lib prints: each page's size and the lines of text its
// content streams draw (hex strings shown with Tj, in WinAnsi, the standard fonts' encoding).

import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';

/** WinAnsi's bytes 0x80–0x9F that differ from Latin-1 (the ones our texts use); the rest is Latin-1. */
const WIN_ANSI_HIGH: Record<number, string> = {
  128: '€',
  133: '…',
  140: 'Œ',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  156: 'œ',
};

function fromWinAnsi(bytes: Buffer): string {
  return [...bytes].map((byte) => WIN_ANSI_HIGH[byte] ?? String.fromCharCode(byte)).join('');
}

export async function readPdf(bytes: Uint8Array): Promise<{
  pages: Array<{ width: number; height: number; lines: string[]; rectangles: number }>;
  title: string | undefined;
}> {
  const doc = await PDFDocument.load(bytes);
  const pages = doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents
      ? 'asArray' in contents
        ? contents.asArray().map((ref) => doc.context.lookup(ref))
        : [contents]
      : [];
    const lines: string[] = [];
    let rectangles = 0;
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      const filter = stream.dict.get(PDFName.of('Filter'));
      const raw = Buffer.from(stream.contents);
      const text = (filter ? inflateSync(raw) : raw).toString('latin1');
      rectangles += [...text.matchAll(/^h\nf$/gm)].length; // pdf-lib fills a rectangle as a closed path
      for (const match of text.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
        lines.push(fromWinAnsi(Buffer.from(match[1]!, 'hex')));
      }
    }
    const { width, height } = page.getSize();
    return { width, height, lines, rectangles };
  });
  return { pages, title: doc.getTitle() };
}
