/**
 * `mailto:` and `tel:` links built from data, encoded so a value can only ever be the address
 * or number: no `?cc=`, `&body=` or other header smuggled in by what a lead's record holds.
 */
const encodePart = (part: string): string => encodeURIComponent(part).replace(/%2B/g, '+');

export const mailtoHref = (email: string): string => {
  const at = email.lastIndexOf('@');
  if (at < 0) return `mailto:${encodePart(email)}`;
  return `mailto:${encodePart(email.slice(0, at))}@${encodePart(email.slice(at + 1))}`;
};

/** Only what a dialler reads: digits and a `+`. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;
