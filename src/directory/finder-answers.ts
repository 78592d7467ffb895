// Whole finder answers, kept while nothing they depend on changes. The public finder is asked
// the same questions over and over (a place and a few filters), and an answer depends only on
// the question, the listed clinicians and the reference data: the same question gets the same
// bytes until a profile or the reference data changes. With the whole country listed, building
// an answer cost the server about half as much again as in Brussels (140 against 90 µs of CPU,
// bench:finder --national); a kept answer is one lookup in either.

import { LRUCache } from 'lru-cache';

/** The question, as validated: every parameter that changes the answer (`lang` does not). */
export interface FinderQuestion {
  postcode?: string | undefined;
  commune?: string | undefined;
  age?: number | undefined;
  ageGroup?: string | undefined;
  language?: string | undefined;
  function?: string | undefined;
  mode?: string | undefined;
  speciality?: string | undefined;
  wheelchair?: boolean | undefined;
  acceptingNewPatients?: boolean | undefined;
  zone?: string | undefined;
  network?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * Bytes kept at most: about 2,500 answers of 6 kB, more than the distinct questions of a
 * national benchmark (1,160). Beyond it, the least recently asked go.
 */
const ANSWERS_BUDGET_BYTES = 16 * 1024 * 1024;

/** Parameters in a fixed order: the same question in another order is the same key. */
function keyOf(question: FinderQuestion): string {
  return [
    question.postcode,
    question.commune,
    question.age,
    question.ageGroup,
    question.language,
    question.function,
    question.mode,
    question.speciality,
    question.wheelchair,
    question.acceptingNewPatients,
    question.zone,
    question.network,
    question.limit,
    question.offset,
  ].join('|');
}

export class FinderAnswers {
  private readonly answers = new LRUCache<string, Buffer>({
    maxSize: ANSWERS_BUDGET_BYTES,
    sizeCalculation: (answer) => answer.length,
  });
  /** The state of the directory and reference data the kept answers were given in. */
  private state = '';

  /** The answer given to this question in this state, if it was kept. */
  get(state: string, question: FinderQuestion): Buffer | undefined {
    if (state !== this.state) {
      this.answers.clear();
      this.state = state;
      return undefined;
    }
    return this.answers.get(keyOf(question));
  }

  /**
   * Keeps an answer given in `state`. It is copied: answers are cut from shared slabs, and one
   * kept slice would keep its whole slab alive.
   */
  keep(state: string, question: FinderQuestion, answer: Buffer): void {
    if (state !== this.state) return;
    const copy = Buffer.allocUnsafeSlow(answer.length);
    answer.copy(copy);
    this.answers.set(keyOf(question), copy);
  }
}
