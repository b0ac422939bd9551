import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { signInAs, startReferenceApi } from '../support/reference-api';
import { createLead } from './support';

startReferenceApi();

describe('a new lead that looks like one already there', () => {
  it('names the existing leads with links while the rep types, and still saves', async () => {
    await signInAs('raj');
    const existing = await createLead({ email: 'Twin.Contact@example.com', phone: '+14155550987' });
    const { user } = renderApp('/leads/new');
    await user.type(await screen.findByRole('textbox', { name: /First name/ }), 'Nova');
    await user.type(screen.getByRole('textbox', { name: /Last name/ }), 'Twin');
    await user.type(screen.getByRole('textbox', { name: /Email/ }), 'twin.contact@example.com');

    const warning = await screen.findByRole('status', { name: 'Possible duplicates' });
    expect(warning).toHaveTextContent('A lead with this contact already exists');
    expect(warning).toHaveTextContent('(same email)');
    expect(
      within(warning).getByRole('link', { name: `${existing.first_name} Quillfeather` }),
    ).toHaveAttribute('href', `/leads/${existing.slug}`);

    await user.type(screen.getByRole('textbox', { name: /Phone/ }), '415 555 0987');
    expect(await within(warning).findByText(/same email, same phone/)).toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: /Phone/ }));
    await user.type(screen.getByRole('textbox', { name: /Phone/ }), '+14155550987');
    await user.click(screen.getByRole('button', { name: 'Create lead' }));
    expect(await screen.findByRole('heading', { name: 'Nova Twin' })).toBeInTheDocument();
  });

  it('says nothing for a contact no lead has', async () => {
    await signInAs('raj');
    await createLead({ email: 'someone.else@example.com' });
    const { user } = renderApp('/leads/new');
    await user.type(
      await screen.findByRole('textbox', { name: /Email/ }),
      'nobody.yet@example.com',
    );
    await user.type(screen.getByRole('textbox', { name: /Phone/ }), '+447700900123');
    // The check runs after a pause in typing; a status region would appear then.
    await act(() => new Promise((resolve) => setTimeout(resolve, 1_000)));
    expect(screen.queryByRole('status', { name: 'Possible duplicates' })).not.toBeInTheDocument();
  });
});
