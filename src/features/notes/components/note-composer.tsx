import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { NOTE_MAX, noteCreateSchema } from '../../../contract';
import { applyServerErrors } from '../../../lib/form-errors';

type NoteComposerProps = {
  slug: string;
  /** Sends the note; throws what the server answered when it refuses. */
  onAdd: (note: string) => Promise<unknown>;
};

/**
 * Writes a note. The box empties as soon as the note is on its way (it shows at the top of the
 * list); if the server refuses, the text comes back into the box with the reason.
 */
export const NoteComposer = ({ slug, onAdd }: NoteComposerProps) => {
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const { register, control, handleSubmit, setError, reset, setValue, formState } = useForm<
    z.input<typeof noteCreateSchema>,
    unknown,
    z.output<typeof noteCreateSchema>
  >({ resolver: zodResolver(noteCreateSchema), defaultValues: { slug, note: '' } });
  const length = (useWatch({ control, name: 'note' }) ?? '').length;

  const submit = handleSubmit(async ({ note }) => {
    setFormErrors([]);
    reset({ slug, note: '' });
    try {
      await onAdd(note);
    } catch (error) {
      setValue('note', note);
      setFormErrors(applyServerErrors(error, ['note'], setError));
    }
  });

  return (
    <Stack component="form" noValidate spacing={1} onSubmit={submit} aria-label="Add a note">
      {formErrors.map((message) => (
        <Alert key={message} severity="error">
          {message}
        </Alert>
      ))}
      <TextField
        label="New note"
        multiline
        minRows={2}
        fullWidth
        {...register('note')}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
        }}
        error={Boolean(formState.errors.note)}
        helperText={formState.errors.note?.message ?? `${length} / ${NOTE_MAX} characters`}
      />
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="caption" color="text.secondary">
          Ctrl + Enter to add
        </Typography>
        <Button type="submit" variant="contained" size="small">
          Add note
        </Button>
      </Stack>
    </Stack>
  );
};
