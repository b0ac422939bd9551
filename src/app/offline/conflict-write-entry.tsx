/**
 * A queued write that met changes on the server: for each field both values, side by side as a
 * radio group ("Yours" or "On the server", yours chosen at first); "Send with these" sends it
 * with the choices, Discard drops it.
 */
import {
  Alert,
  Button,
  FormControl,
  FormControlLabel,
  FormLabel,
  ListItem,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { QueuedWrite } from '../../lib/offline/write-queue/queued-write';
import type { ConflictField } from '../../lib/offline/write-queue/write-conflict';

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
    <ListItem divider disableGutters sx={{ display: 'block' }} aria-label={what}>
      <Stack
        component="form"
        spacing={1}
        aria-label={`Choose and send: ${what}`}
        onSubmit={(event) => {
          event.preventDefault();
          onSend(keepMine);
        }}
      >
        <Typography sx={{ overflowWrap: 'anywhere' }}>{what}</Typography>
        <Alert severity="warning">{write.refusal}</Alert>
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
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" size="small">
            Send with these
          </Button>
          <Button size="small" onClick={onDiscard}>
            Discard
          </Button>
        </Stack>
      </Stack>
    </ListItem>
  );
};
