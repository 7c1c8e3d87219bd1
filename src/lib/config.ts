/** Where "report a wrong word" writes to: set VITE_REPORT_ADDRESS at build time for a real inbox. */
export const REPORT_ADDRESS: string = import.meta.env.VITE_REPORT_ADDRESS ?? 'lieredh@example.org';
