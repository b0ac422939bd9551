/** Lead slugs: the name in kebab case plus six hex characters (`jane-doe-4f3a2c`). */
import { randomBytes } from 'node:crypto';

const MAX_BASE = 200;

export const slugBase = (firstName: string, lastName: string): string => {
  const base = `${firstName} ${lastName}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_BASE)
    .replace(/-+$/, '');
  return base || 'lead';
};

/** A slug not yet taken; `suffix` is injectable for deterministic seeds. */
export const uniqueSlug = (
  firstName: string,
  lastName: string,
  taken: (slug: string) => boolean,
  suffix: () => string = () => randomBytes(3).toString('hex'),
): string => {
  const base = slugBase(firstName, lastName);
  for (;;) {
    const slug = `${base}-${suffix()}`;
    if (!taken(slug)) return slug;
  }
};
