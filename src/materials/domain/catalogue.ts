// What a network offers to print: the public flyer, the A2 poster and the organisations' flyer,
// each in the network's languages, at the sizes a printer takes. Sizes are ISO 216 in PDF points
// (1/72 inch): A-series sides are 2^(-n/2) m² rectangles, 1 mm = 72/25.4 pt.

export const MATERIAL_ITEMS = ['public-flyer', 'poster', 'organisation-flyer'] as const;
export type MaterialItem = (typeof MATERIAL_ITEMS)[number];

/** The languages materials are made in: Belgium's three official languages, and English. */
export const MATERIAL_LANGUAGES = ['fr', 'nl', 'de', 'en'] as const;
export type MaterialLanguage = (typeof MATERIAL_LANGUAGES)[number];

export const PAGE_SIZES = ['A5', 'A4', 'A2'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

const MM = 72 / 25.4;
/** Width and height in points, portrait. */
export const PAGE_POINTS: Readonly<Record<PageSize, readonly [number, number]>> = {
  A5: [148 * MM, 210 * MM],
  A4: [210 * MM, 297 * MM],
  A2: [420 * MM, 594 * MM],
};

/** The size each item is made for; any of PAGE_SIZES can be asked (the layout scales). */
export const DEFAULT_SIZE: Readonly<Record<MaterialItem, PageSize>> = {
  'public-flyer': 'A5',
  poster: 'A2',
  'organisation-flyer': 'A4',
};

/** The most of one item in one language one order may ask (a box of flyers is 500). */
export const MAX_QUANTITY = 2000;
