/** Placeholder until the page lands: its owner replaces this file. */
export const CalendarPage = () => <h1>CalendarPage</h1>;
