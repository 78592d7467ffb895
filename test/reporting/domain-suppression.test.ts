// Small numbers: figures about fewer than 5 people are hidden, and so are figures that the
// published totals would otherwise give back. The properties check it the way someone trying to
// undo the suppression would: from the published figures alone.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type SuppressedTable, suppressList, suppressTable } from '../../src/reporting/domain/suppression.ts';

/** The published table as a grid: inner figures, row totals, then the totals row (null: hidden). */
function publishedGrid(table: SuppressedTable): (number | null)[][] {
  return [
    ...table.cells.map((row, i) => [...row, table.rowTotals[i]!]),
    [...table.columnTotals, table.total],
  ];
}

/** Where the published grid has a hidden figure. */
function hiddenPositions(published: (number | null)[][]): Array<[number, number]> {
  return published.flatMap((row, i) =>
    row.flatMap((v, j): Array<[number, number]> => (v === null ? [[i, j]] : [])),
  );
}

function fullGrid(cells: number[][]): number[][] {
  const rows = cells.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  return [...rows, rows[0]!.map((_, j) => rows.reduce((sum, row) => sum + row[j]!, 0))];
}

/** Rank of a matrix (small integers: elimination in doubles is exact enough). */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  for (let c = 0; c < (m[0]?.length ?? 0) && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const factor = m[i]![c]! / m[r]![c]!;
      for (let k = c; k < m[i]!.length; k++) m[i]![k]! -= factor * m[r]![k]!;
    }
    r++;
  }
  return r;
}

/**
 * The hidden positions whose value the published figures determine: x is determined when its
 * unit vector lies in the row space of the adding-up equations restricted to hidden figures.
 */
function recoverable(published: (number | null)[][]): Array<[number, number]> {
  const rows = published.length - 1;
  const columns = published[0]!.length - 1;
  const hidden: Array<[number, number]> = [];
  for (const [i, j] of hiddenPositions(published)) hidden.push([i, j]);
  const index = new Map(hidden.map(([i, j], k) => [`${i},${j}`, k]));
  const equations: number[][] = [];
  for (let i = 0; i <= rows; i++) {
    const eq = new Array(hidden.length).fill(0);
    for (let j = 0; j <= columns; j++) {
      const k = index.get(`${i},${j}`);
      if (k !== undefined) eq[k] += j === columns ? -1 : 1;
    }
    equations.push(eq);
  }
  for (let j = 0; j <= columns; j++) {
    const eq = new Array(hidden.length).fill(0);
    for (let i = 0; i <= rows; i++) {
      const k = index.get(`${i},${j}`);
      if (k !== undefined) eq[k] += i === rows ? -1 : 1;
    }
    equations.push(eq);
  }
  const base = rank(equations);
  return hidden.filter((_, k) => {
    const unit = new Array(hidden.length).fill(0);
    unit[k] = 1;
    return rank([...equations, unit]) === base;
  });
}

const peopleCount = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }));
const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }))
  .chain(([rows, columns]) =>
    fc.array(fc.array(peopleCount, { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

describe('suppressing small numbers', () => {
  const cases: Array<{ name: string; cells: number[][]; expected: (number | null)[][] }> = [
    {
      name: 'publishes a table with no small figure as it is',
      cells: [
        [5, 10],
        [20, 0],
      ],
      expected: [
        [5, 10, 15],
        [20, 0, 20],
        [25, 10, 35],
      ],
    },
    {
      name: 'hides a small figure and the cheapest others that close a cycle, so totals give nothing back',
      cells: [
        [3, 10, 12],
        [20, 30, 40],
      ],
      expected: [
        [null, null, 12, 25],
        [null, null, 40, 90],
        [23, 40, 52, 115],
      ],
    },
    {
      name: 'hides a total under 5, and every figure that would give it back',
      cells: [
        [1, 2],
        [30, 40],
      ],
      expected: [
        [null, null, null],
        [null, null, null],
        [31, 42, 73],
      ],
    },
  ];
  for (const { name, cells, expected } of cases) {
    it(name, () => assert.deepEqual(publishedGrid(suppressTable(cells)), expected));
  }

  it('hides the figure and a companion in a list with its total', () => {
    assert.deepEqual(suppressList([12, 4, 9, 0]), { values: [12, null, null, 0], total: 25 });
    assert.deepEqual(suppressList([12, 40]), { values: [12, 40], total: 52 });
    assert.deepEqual(suppressList([2]), { values: [null], total: null });
  });

  it('never publishes a figure from 1 to 4', () => {
    fc.assert(
      fc.property(table, (cells) => {
        for (const row of publishedGrid(suppressTable(cells))) {
          for (const value of row) assert.ok(value === null || value === 0 || value >= 5, String(value));
        }
      }),
    );
  });

  it('publishes every figure it does not hide as it is', () => {
    fc.assert(
      fc.property(table, (cells) => {
        const full = fullGrid(cells);
        const published = publishedGrid(suppressTable(cells));
        for (const [i, row] of published.entries()) {
          for (const [j, value] of row.entries()) if (value !== null) assert.equal(value, full[i]![j]);
        }
      }),
    );
  });

  it('leaves no hidden figure that the published figures determine', () => {
    fc.assert(
      fc.property(table, (cells) => {
        const published = publishedGrid(suppressTable(cells));
        assert.deepEqual(recoverable(published), [], JSON.stringify(published));
        // Every hidden figure is at least 1: adding and taking 1 around a cycle of hidden figures
        // then gives another table of people counts with the same published figures.
        const full = fullGrid(cells);
        for (const [i, j] of hiddenPositions(published)) assert.ok(full[i]![j]! >= 1);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back nothing even to someone who tries every small table (2 × 2)', () => {
    const small = fc.array(fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 2, maxLength: 2 }), {
      minLength: 2,
      maxLength: 2,
    });
    fc.assert(
      fc.property(small, (cells) => {
        const published = publishedGrid(suppressTable(cells));
        const full = fullGrid(cells);
        // Every table of counts 0..14 whose published figures are the same.
        const alike: number[][][] = [];
        for (let n = 0; n < 15 ** 4; n++) {
          const other = [
            [n % 15, Math.floor(n / 15) % 15],
            [Math.floor(n / 225) % 15, Math.floor(n / 3375)],
          ];
          const grid = fullGrid(other);
          if (published.every((row, i) => row.every((v, j) => v === null || v === grid[i]![j])))
            alike.push(grid);
        }
        for (const [i, j] of hiddenPositions(published)) {
          assert.ok(
            alike.some((grid) => grid[i]![j] !== full[i]![j]),
            `${JSON.stringify(published)}: ${i},${j} is given back`,
          );
        }
      }),
      { numRuns: 40 },
    );
  });
});
