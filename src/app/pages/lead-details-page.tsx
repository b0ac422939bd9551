/** Placeholder until the page lands: its owner replaces this file. */
export const LeadDetailsPage = () => <h1>LeadDetailsPage</h1>;
