/** Placeholder until the page lands: its owner replaces this file. */
export const LeadEditPage = () => <h1>LeadEditPage</h1>;
