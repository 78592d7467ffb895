// The answers of a questionnaire (GP requests, organisation offers, declarations of interest,
// service applications): a nested record addressed by dotted paths (`practice.postcode`), which
// are also the form fields' names. Pages draw their inputs with inputs.tsx.

export type Data = Record<string, unknown>;

/** A document already sent with the draft (the documents page shows its name). */
export interface DraftFile {
  documentKind: string;
  originalName: string;
}

/** A field as a form sent it: a list for `multiple` fields (checkboxes), else one bounded string. */
export function readField(body: Data, field: { name: string; multiple?: boolean }): unknown {
  const raw = body[field.name];
  const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
    (item) => typeof item === 'string',
  );
  if (field.multiple) return list;
  return (list[0] as string | undefined)?.slice(0, 10_000) ?? '';
}

/** The element id of a field: dots are not welcome in ids that error summaries link to. */
export function fieldId(name: string): string {
  return name.replace(/\./g, '-');
}

export function getPath(data: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Data)[key] : undefined),
      data,
    );
}

export function setPath(data: Data, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = data;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Data;
  }
  node[keys.at(-1)!] = value;
}
