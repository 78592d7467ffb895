// Small numbers leave the staff screens hidden: a figure about fewer than 5 people is published
// as "< 5" (primary suppression), and where the totals printed beside it would give it back,
// other figures are hidden too (secondary suppression).
//
// A table is published with its row totals, column totals and grand total: a grid of
// (rows + 1) × (columns + 1) figures in which every row and every column adds up. Take the rows
// and columns as the nodes of a graph and each hidden figure as an edge between its row and its
// column. A hidden figure can be worked out from the published ones exactly when its edge is a
// bridge of that graph (no cycle of hidden figures runs through it); when it lies on a cycle,
// adding 1 and taking 1 in turn around the cycle gives another table with the same published
// figures, and since every hidden figure is at least 1, that table has no negative figure either.
// So: hide the small figures, then, for each hidden figure that is a bridge, hide the published
// figures that close the cheapest cycle through it (figures above zero, inner ones before totals).

export const SUPPRESSION_THRESHOLD = 5;

/** A figure that may be published: 0, or at least SUPPRESSION_THRESHOLD people. */
export function isPublishable(people: number): boolean {
  return people === 0 || people >= SUPPRESSION_THRESHOLD;
}

export interface SuppressedTable {
  /** The inner figures, null where hidden. */
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

/** The (rows + 1) × (columns + 1) grid: the inner figures, each row's total, then the totals row. */
function extendedGrid(cells: readonly (readonly number[])[], columns: number): number[][] {
  const grid = cells.map((row) => [...row, row.reduce((sum, value) => sum + value, 0)]);
  const totals = Array.from({ length: columns + 1 }, (_, j) => grid.reduce((sum, row) => sum + row[j]!, 0));
  return [...grid, totals];
}

/** Hiding a total costs more than hiding any inner figure: totals are what readers use most. */
const TOTAL_COST = 1e9;

/**
 * The cheapest figures to hide so that a cycle of hidden figures runs through (i, j): the
 * shortest path from row i to column j that does not use (i, j), where a hidden figure costs
 * nothing and a published one its value (a total far more). Null when (i, j) already lies on a
 * cycle; [] when no path exists.
 */
function cycleThrough(
  grid: number[][],
  hidden: boolean[][],
  i: number,
  j: number,
): Array<[number, number]> | null {
  const rows = grid.length;
  const columns = grid[0]!.length;
  // Nodes: rows 0..rows-1, then columns as rows + c.
  const nodes = rows + columns;
  const distance = new Array<number>(nodes).fill(Number.POSITIVE_INFINITY);
  const via = new Array<[number, number] | null>(nodes).fill(null);
  const from = new Array<number>(nodes).fill(-1);
  const done = new Array<boolean>(nodes).fill(false);
  distance[i] = 0;
  for (;;) {
    let node = -1;
    for (let n = 0; n < nodes; n++) if (!done[n] && (node < 0 || distance[n]! < distance[node]!)) node = n;
    if (node < 0 || distance[node] === Number.POSITIVE_INFINITY) return [];
    if (node === rows + j) break;
    done[node] = true;
    const isRow = node < rows;
    const count = isRow ? columns : rows;
    for (let other = 0; other < count; other++) {
      const [r, c] = isRow ? [node, other] : [other, node - rows];
      if ((r === i && c === j) || (!hidden[r]![c] && grid[r]![c]! === 0)) continue;
      const cost = hidden[r]![c] ? 0 : grid[r]![c]! + (r === rows - 1 || c === columns - 1 ? TOTAL_COST : 0);
      const next = isRow ? rows + c : r;
      if (distance[node]! + cost < distance[next]!) {
        distance[next] = distance[node]! + cost;
        via[next] = [r, c];
        from[next] = node;
      }
    }
  }
  const path: Array<[number, number]> = [];
  for (let node = rows + j; node !== i; node = from[node]!) {
    const [r, c] = via[node]!;
    if (!hidden[r]![c]) path.push([r, c]);
  }
  return distance[rows + j] === 0 ? null : path;
}

/**
 * Hides the figures about fewer than 5 people in a table of people counts (rows × columns, at
 * least one of each), and those that would give them back through the totals.
 */
export function suppressTable(cells: readonly (readonly number[])[]): SuppressedTable {
  const columns = cells[0]?.length ?? 0;
  if (cells.length === 0 || columns === 0) return { cells: [], rowTotals: [], columnTotals: [], total: 0 };
  const grid = extendedGrid(cells, columns);
  const hidden = grid.map((row) => row.map((value) => !isPublishable(value)));
  // Each hidden figure that is a bridge gets the cheapest cycle; hiding more only adds cycles.
  for (let i = 0; i < grid.length; i++) {
    for (let j = 0; j <= columns; j++) {
      if (!hidden[i]![j]) continue;
      for (const [r, c] of cycleThrough(grid, hidden, i, j) ?? []) hidden[r]![c] = true;
    }
  }
  const shown = (i: number, j: number) => (hidden[i]![j] ? null : grid[i]![j]!);
  return {
    cells: cells.map((row, i) => row.map((_, j) => shown(i, j))),
    rowTotals: cells.map((_, i) => shown(i, columns)),
    columnTotals: Array.from({ length: columns }, (_, j) => shown(cells.length, j)),
    total: shown(cells.length, columns),
  };
}

/** A list of people counts with its total, suppressed the same way (a table of one row). */
export function suppressList(values: readonly number[]): { values: (number | null)[]; total: number | null } {
  if (values.length === 0) return { values: [], total: 0 };
  const table = suppressTable([values]);
  return { values: table.cells[0]!, total: table.rowTotals[0]! };
}
