/** Placeholder until the page lands: its owner replaces this file. */
export const LeadsPage = () => <h1>LeadsPage</h1>;
