/** Placeholder until the page lands: its owner replaces this file. */
export const OverviewPage = () => <h1>OverviewPage</h1>;
