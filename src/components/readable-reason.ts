/** A disabled field's reason (its helper text) stays readable: the default grey is too faint. */
export const readableReason = {
  formHelperText: { sx: { '&.Mui-disabled': { color: 'text.secondary' } } },
} as const;
