import 'fake-indexeddb/auto';

// Calendar code is tested in a zone with clock changes; tests that need another zone set TZ themselves.
process.env.TZ = 'Europe/Oslo';
