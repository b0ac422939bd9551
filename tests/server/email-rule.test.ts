/** The server refuses an email a mailto: link would turn into headers, with the documented message. */
import { MESSAGES } from '../../src/contract';
import { leadFields } from './support/factories';
import { createHarness, errorsOf, type Harness } from './support/harness';

let h: Harness;
beforeAll(() => {
  h = createHarness();
});
afterAll(() => h.close());

it('refuses client@x.co?cc=attacker%40evil.example as "Invalid email."', async () => {
  const response = await h.post(
    'leadCreate',
    leadFields({ email: 'client@x.co?cc=attacker%40evil.example' }),
    { token: await h.token('raj') },
  );
  expect(response.status).toBe(400);
  expect(errorsOf(response)).toEqual({ email: [MESSAGES.invalidEmail] });
});
