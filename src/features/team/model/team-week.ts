/** The account's current week, Monday to Sunday, as the overview's "This week" counts it. */
export type Week = { monday: string; sunday: string };

const DAY_MS = 86_400_000;

const shift = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export const weekOf = (today: string): Week => {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
  const monday = shift(today, 1 - weekday);
  return { monday, sunday: shift(monday, 6) };
};

/** How many appointments each rep (`owner`) has, by username. */
export const countByOwner = (appointments: readonly { owner: string }[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const { owner } of appointments) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  return counts;
};
