import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { LeadSearchField } from '../../../src/features/leads/components/lead-search-field';

/**
 * The field on its own, with the address's `q` held by the test: a search reaches the address
 * only when the test says so, as it does on a slow device where the next key comes first.
 */
const renderField = () => {
  const searched: string[] = [];
  let setAddress: (value: string) => void = () => {};
  const Page = () => {
    const [address, setAddressState] = useState('');
    setAddress = setAddressState;
    return <LeadSearchField value={address} onSearch={(text) => searched.push(text)} />;
  };
  render(
    <MemoryRouter>
      <Page />
    </MemoryRouter>,
  );
  return { searched, setAddress: (value: string) => setAddress(value), user: userEvent.setup() };
};

describe('the lead search field', () => {
  it('keeps what was typed after a pause when the address catches up late', async () => {
    const { searched, setAddress, user } = renderField();
    const search = screen.getByRole('searchbox', { name: 'Search leads' });
    await user.type(search, 'M');
    await waitFor(() => expect(searched).toEqual(['M']));
    await user.type(search, 'a');
    // The address now says what was searched a key (or, on a slow machine, two) ago.
    setAddress('M');
    await user.type(search, 'rigold');
    expect(search).toHaveValue('Marigold');
    await waitFor(() => expect(searched.at(-1)).toBe('Marigold'));
  });

  it('shows what the address says when it changes from elsewhere', async () => {
    const { setAddress, user } = renderField();
    const search = screen.getByRole('searchbox', { name: 'Search leads' });
    await user.type(search, 'Ma');
    setAddress('Lee');
    await waitFor(() => expect(search).toHaveValue('Lee'));
  });
});
