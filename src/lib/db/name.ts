/** The IndexedDB database of Lïeredh (kept apart from the schema so asking for it loads no Dexie). */
export const DATABASE_NAME = 'lieredh';
