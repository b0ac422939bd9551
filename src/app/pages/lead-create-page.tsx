/** Placeholder until the page lands: its owner replaces this file. */
export const LeadCreatePage = () => <h1>LeadCreatePage</h1>;
