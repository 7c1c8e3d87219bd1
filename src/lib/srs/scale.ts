/**
 * ts-fsrs's card states and ratings as plain numbers, for code that only reads progress (Home, queues,
 * summaries): importing them from here keeps the scheduler itself out of those pages' bundles.
 * A unit test holds them equal to ts-fsrs's own enums.
 */
export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export const Grade = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
