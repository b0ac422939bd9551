import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@mui/material';
import { SHORTCUTS } from './shortcut-keys';

type Props = { open: boolean; onClose: () => void };

/** Every shortcut, as `?` shows it. */
export const ShortcutHelpDialog = ({ open, onClose }: Props) => (
  <Dialog open={open} onClose={onClose} aria-labelledby="shortcut-help-title">
    <DialogTitle id="shortcut-help-title">Keyboard shortcuts</DialogTitle>
    <DialogContent>
      <Table size="small" aria-labelledby="shortcut-help-title">
        <TableBody>
          {SHORTCUTS.map((shortcut) => (
            <TableRow key={shortcut.action}>
              <TableCell component="th" scope="row">
                {shortcut.keys.flatMap((key, index) => [
                  index > 0 && (shortcut.keys[0] === 'g' ? ' then ' : ' + '),
                  <kbd key={key}>{key}</kbd>,
                ])}
              </TableCell>
              <TableCell>{shortcut.label}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </DialogContent>
    <DialogActions>
      <Button onClick={onClose}>Close</Button>
    </DialogActions>
  </Dialog>
);
