/**
 * The note box, loaded after the lead's page has painted: its form code (react-hook-form, the
 * zod resolver, MUI's text field) is the largest part of the page and nobody types in the first
 * instant. A box of the form's height keeps its place meanwhile, so nothing below it jumps.
 */
import type { ComponentProps } from 'react';
import { onDemandPart } from '../../../components/on-demand-part';
import { PartPlaceholder } from '../../../components/part-placeholder';

const Composer = onDemandPart(
  'The note box',
  async () => (await import('./note-composer')).NoteComposer,
);

export const LazyNoteComposer = (props: ComponentProps<typeof Composer>) => (
  <Composer {...props} fallback={<PartPlaceholder label="Loading the note box" height={132} />} />
);
