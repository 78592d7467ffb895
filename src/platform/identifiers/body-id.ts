// The id of a deciding body (a committee, a network's board): short lower-case words joined by
// single dashes, at most 63 characters. Ids travel in URLs and in role grants, so the committee
// pages and the staff pages that grant roles must agree on one rule; they had two.

/** Anchored, every repetition bounded: linear in the input whatever it holds. */
export const BODY_ID = /^(?!.*--)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function isBodyId(text: string): boolean {
  return text.length <= 63 && BODY_ID.test(text);
}
