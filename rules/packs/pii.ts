/**
 * builtin:pii: personal data that should not go into a public post. Severity follows harm: numbers
 * that move money or open accounts (card, IBAN, SSN) block; contact details (email, phone) warn,
 * because people share their own on purpose and the warning is about other people's; IP addresses are
 * a note. Confidence follows Presidio's model (pattern base score, validator, context words).
 */
import { PACK_FORMAT, type DetectorRule, type PackSource } from '../types';

const base = { kind: 'detector', category: 'confidential', tags: ['pii'] } as const;

const rules: DetectorRule[] = [
  {
    ...base,
    id: 'email',
    detector: 'pii.email',
    severity: 'warn',
    tags: ['pii', 'contact'],
    message: "'{match}' looks like a person's email address.",
    note: 'Posting a personal address invites spam and phishing. If it is someone else\'s, ask them first; share a team or role address instead.',
    suggestions: ['[email removed]'],
    examples: {
      flag: ['Send your CV straight to jana.novak@acmecorp.cz and mention this post', 'DM me or write to priya.raman1987@gmail.com'],
      pass: ['Questions? careers@acmecorp.cz or press@acmecorp.cz', 'Use name@example.com in the form, not a real address', 'Follow @acmecorp for updates'],
    },
  },
  {
    ...base,
    id: 'phone',
    detector: 'pii.phone',
    severity: 'warn',
    tags: ['pii', 'contact'],
    message: "'{match}' looks like a personal phone number.",
    note: 'Phone numbers in public posts attract scam calls and can locate a person. Share a business line or a contact form instead.',
    suggestions: ['[number removed]'],
    examples: {
      flag: ['Running late, call me at +44 7700 900123 if the door is locked', 'Text me on 0612 345 678 when you land', 'my cell is (415) 555-0198'],
      pass: [
        'Our support line is 1-800-555-0199, open 24/7',
        'Order 4820193 shipped yesterday',
        'Revenue grew 12% to 4 500 000 in 2025',
        'See you on 2026-03-14 at 10:30!',
        'Released v2.14.3 today',
      ],
    },
  },
  {
    ...base,
    id: 'card',
    detector: 'pii.card',
    severity: 'block',
    tags: ['pii', 'financial'],
    message: 'This looks like a payment card number.',
    note: 'A card number in public can be used for fraud. Cancel the card with the bank if it was posted anywhere.',
    suggestions: ['[card number removed]'],
    examples: {
      flag: ['My card 4539 1488 0343 6467 got declined again??', 'charge it to 5425233430109903 please', 'my visa is 4111 1111 1111 1111, exp 12/27'],
      pass: ['Tracking number 1Z999AA10123456784', 'Use the test card 4242 4242 4242 4242 in staging', 'Order 1234567812345678 is delayed'],
    },
  },
  {
    ...base,
    id: 'iban',
    detector: 'pii.iban',
    severity: 'block',
    tags: ['pii', 'financial'],
    message: 'This looks like a bank account number (IBAN).',
    note: 'An IBAN with a name is enough for direct-debit fraud. Share payment details privately.',
    suggestions: ['[IBAN removed]'],
    examples: {
      flag: ['Send the deposit to DE89 3704 0044 0532 0130 00 by Friday', 'IBAN: GB82WEST12345698765432'],
      pass: ['IBANs in Germany have 22 characters', 'Reference DE12 3456 7890 is our internal code'],
    },
  },
  {
    ...base,
    id: 'ssn',
    detector: 'pii.ssn',
    severity: 'block',
    tags: ['pii', 'government-id'],
    message: 'This looks like a US social security number.',
    note: 'A social security number enables identity theft. It never belongs in a post.',
    suggestions: ['[SSN removed]'],
    examples: {
      flag: ['His social security number is 536-22-8714', 'SSN 536228714 for the HR form', "My SSN is 123-45-6789, don't share it"],
      pass: ['Call 555-123-4567 for details', 'The sample SSN 078-05-1120 was printed on wallet inserts', 'SSNs look like 123-45-6789', 'Invoice 900-12-3456 is overdue', 'Part no. 536228714'],
    },
  },
  {
    ...base,
    id: 'street-address',
    detector: 'pii.address',
    severity: 'warn',
    tags: ['pii', 'address'],
    minConfidence: 0.6,
    message: "'{match}' looks like someone's home address.",
    note: "A home address in public tells anyone where a person sleeps. Share it in a private message, or give the area instead. A business's address is fine.",
    suggestions: ['[address removed]'],
    examples: {
      flag: ['He lives at 221B Baker Street, London NW1 6XE', 'My home address is 42 Elm Street, Springfield', 'Party at my place tonight: 17 Oak Lane, ring twice'],
      pass: ['Our new office is at 100 Market Street, San Francisco, CA 94105', 'The meetup is at 55 Water St, Brooklyn', 'I walked 5 miles down the street', 'Top 10 Ways to improve your CV'],
    },
  },
  {
    ...base,
    id: 'bank-account',
    detector: 'pii.bank-account',
    severity: 'block',
    tags: ['pii', 'financial'],
    minConfidence: 0.6,
    message: "'{match}' looks like bank account details.",
    note: 'A sort code or routing number with an account number is enough to set up a debit or a payment scam. Send it privately, to the one person who needs it.',
    suggestions: ['[bank details removed]'],
    examples: {
      flag: ['Pay me back: sort code 20-45-77, account 41938265', 'routing 021000021 account number 7700123456', 'My sort code is 30-94-57'],
      pass: ['The match ended 12-10-05 after extra time', 'Order number 20451177 shipped today', 'Customer account 41938265 was migrated'],
    },
  },
  {
    ...base,
    id: 'date-of-birth',
    detector: 'pii.date-of-birth',
    severity: 'warn',
    tags: ['pii', 'identity'],
    minConfidence: 0.6,
    message: "'{match}' looks like someone's date of birth.",
    note: 'A full date of birth with a name answers most identity checks. Wish the happy birthday without the year.',
    suggestions: ['[date of birth removed]'],
    examples: {
      flag: ['My DOB is 14/03/1985 if HR needs it', 'Jo was born on 3 March 1990 in Leeds', 'date of birth: 1979-11-02'],
      pass: ['Launch date is 14/03/2026', 'Happy birthday Sam! 🎉', 'Our daughter was born on 3 March 2024!', 'The contract was signed on 14 March 2025'],
    },
  },
  {
    ...base,
    id: 'ip-address',
    detector: 'pii.ip',
    severity: 'info',
    tags: ['pii', 'network'],
    minConfidence: 0.6,
    message: "'{match}' looks like a public IP address.",
    note: 'A public IP address can reveal where someone lives or which server to attack.',
    suggestions: ['[IP address removed]'],
    examples: {
      flag: ['My home IP is 81.2.69.160, can you whitelist it?', 'ssh into 2a02:c7f:8e3c:4c00:a1b2:3c4d:5e6f:7a8b and restart'],
      pass: ['Router admin page is at 192.168.1.1', 'Upgraded to version 10.4.2.1 last night', 'Docs use 203.0.113.7 as an example'],
    },
  },
];

export const PII_PACK: PackSource = {
  format: PACK_FORMAT,
  id: 'builtin.pii',
  name: 'DraftGuard built-in: pii',
  version: '1.0.0',
  rules,
};
