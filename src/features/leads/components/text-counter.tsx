/** "120 / 255 characters": how much room is left in a limited text field. */
export const TextCounter = ({ length, max }: { length: number; max: number }) => (
  <span>
    {length} / {max} characters
  </span>
);
