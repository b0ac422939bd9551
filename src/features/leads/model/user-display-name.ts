/** "Raj Patel (raj)", or the bare username when the server knows no name. */
export const userDisplayName = (user: {
  username: string;
  first_name: string;
  last_name: string;
}): string => {
  const name = `${user.first_name} ${user.last_name}`.trim();
  return name ? `${name} (${user.username})` : user.username;
};
