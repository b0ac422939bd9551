/**
 * A lead edit kept offline meets the server's lead: only the fields the rep changed are kept,
 * with what they were; a field the server changed too (to another value) is a conflict; what is
 * sent is the server's lead with the rep's changes on top; the rep's choices resolve it.
 */
import {
  leadEditArrived,
  leadEditBody,
  leadEditConflicts,
  leadEditInput,
  resolveLeadEdit,
} from '../../../src/features/leads/model/lead-edit-merge';
import {
  EMPTY_LEAD,
  type LeadFormValues,
} from '../../../src/features/leads/model/lead-form-values';

const read: LeadFormValues = {
  ...EMPTY_LEAD,
  first_name: 'Ann',
  last_name: 'Lee',
  email: 'ann@example.com',
  phone: '+15550001111',
  location: 'Athens',
};

const edit = leadEditInput('ann-lee', read, { ...read, first_name: 'Anna', location: 'Sparta' });

describe('a lead edit kept offline', () => {
  it('keeps the changed fields and what they were', () => {
    expect(edit).toEqual({
      slug: 'ann-lee',
      first_name: 'Anna',
      'was:first_name': 'Ann',
      location: 'Sparta',
      'was:location': 'Athens',
    });
  });

  it('sends the server’s lead with the rep’s changes on top when no changed field moved', () => {
    const server = { ...read, phone: '+15550002222' };
    expect(leadEditConflicts(server, edit)).toEqual([]);
    expect(leadEditBody(server, edit)).toEqual({
      slug: 'ann-lee',
      first_name: 'Anna',
      last_name: 'Lee',
      email: 'ann@example.com',
      phone: '+15550002222',
      status: 'prospect',
      source: 'other',
      location: 'Sparta',
      message: '',
    });
  });

  it('names each field the server changed too, with both values', () => {
    const server = { ...read, first_name: 'Annie', location: 'Sparta' };
    expect(leadEditConflicts(server, edit)).toEqual([
      { name: 'first_name', label: 'First name', mine: 'Anna', theirs: 'Annie' },
    ]);
    expect(leadEditArrived(server, edit)).toBe(false);
    expect(leadEditArrived({ ...read, first_name: 'Anna', location: 'Sparta' }, edit)).toBe(true);
  });

  it('resolves by the rep’s choice per field: theirs is no longer changed, mine is sent', () => {
    const server = { ...read, first_name: 'Annie', location: 'Corinth' };
    const conflict = leadEditConflicts(server, edit);
    const resolved = resolveLeadEdit(edit, conflict, new Set(['location']));
    expect(leadEditConflicts(server, resolved)).toEqual([]);
    expect(leadEditBody(server, resolved)).toMatchObject({
      first_name: 'Annie',
      location: 'Sparta',
    });
  });
});
