/**
 * Turns free text into an FTS5 query of prefix tokens: "jane do" becomes `"jane"* "do"*` (every
 * token must prefix-match a word of the lead). Tokens are quoted, so FTS5 syntax in the input is
 * inert. Returns null when the text has no letters or digits.
 */
export const ftsPrefixQuery = (text: string): string | null => {
  const tokens = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0)
    .slice(0, 8);
  if (tokens.length === 0) return null;
  return tokens.map((token) => `"${token}"*`).join(' ');
};
