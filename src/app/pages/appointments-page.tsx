/** Placeholder until the page lands: its owner replaces this file. */
export const AppointmentsPage = () => <h1>AppointmentsPage</h1>;
