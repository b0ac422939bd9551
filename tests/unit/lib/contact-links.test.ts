/** Links built from a lead's data carry only the address or number. */
import { mailtoHref, telHref } from '../../../src/lib/contact-links';

describe('contact links', () => {
  it('keeps an ordinary address readable', () => {
    expect(mailtoHref('first.last+crm@mail.example.co.uk')).toBe(
      'mailto:first.last+crm@mail.example.co.uk',
    );
  });

  it('encodes what a mail client would read as headers', () => {
    const href = mailtoHref('client@x.co?cc=attacker%40evil.example&body=hi');
    expect(href).toBe('mailto:client@x.co%3Fcc%3Dattacker%2540evil.example%26body%3Dhi');
    expect(new URL(href).search).toBe('');
  });

  it('keeps only dialler characters in a tel: link', () => {
    expect(telHref('+1 (555) 010-9999')).toBe('tel:+15550109999');
    expect(telHref('+15550109999?x=y&z')).toBe('tel:+15550109999');
  });
});
