/**
 * A queued write that met changes on the server: for each field both values, side by side as a
 * radio group ("Yours" or "On the server", yours chosen at first); "Send with these" sends it
 * with the choices, Discard drops it.
 */
import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useState } from 'react';
import type { QueuedWrite } from '../../lib/offline/write-queue/queued-write';
import type { ConflictField } from '../../lib/offline/write-queue/write-conflict';
import { WriteEntryFrame } from './write-entry-frame';

type ConflictWriteEntryProps = {
  what: string;
  write: QueuedWrite;
  conflict: ConflictField[];
  onSend: (keepMine: ReadonlySet<string>) => void;
  onDiscard: () => void;
};

const shown = (value: string) => value || '(empty)';

export const ConflictWriteEntry = (props: ConflictWriteEntryProps) => {
  const { what, write, conflict, onSend, onDiscard } = props;
  const [keepMine, setKeepMine] = useState<ReadonlySet<string>>(
    () => new Set(conflict.map((field) => field.name)),
  );
  const choose = (name: string, mine: boolean) => {
    const next = new Set(keepMine);
    if (mine) next.add(name);
    else next.delete(name);
    setKeepMine(next);
  };
  return (
    <WriteEntryFrame
      what={what}
      reason={write.refusal}
      severity="warning"
      submitLabel="Send with these"
      formLabel="Choose and send"
      onSubmit={() => onSend(keepMine)}
      onDiscard={onDiscard}
    >
      {conflict.map((field) => (
        <FormControl key={field.name} component="fieldset">
          <FormLabel component="legend">{field.label}</FormLabel>
          <RadioGroup
            aria-label={field.label}
            value={keepMine.has(field.name) ? 'mine' : 'theirs'}
            onChange={(event) => choose(field.name, event.target.value === 'mine')}
          >
            <FormControlLabel
              value="mine"
              control={<Radio size="small" />}
              label={`Yours: ${shown(field.mine)}`}
            />
            <FormControlLabel
              value="theirs"
              control={<Radio size="small" />}
              label={`On the server: ${shown(field.theirs)}`}
            />
          </RadioGroup>
        </FormControl>
      ))}
    </WriteEntryFrame>
  );
};
