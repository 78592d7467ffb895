// Ids in URLs are UUIDs: checking the shape first answers a mistyped or forged id with a plain
// "not found" instead of a database error on the uuid column.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
