import { describe, expect, it } from 'vitest';
import { charClasses, shannonEntropy } from '../../../rules/detectors/secrets/entropy';
import { placeholderReason } from '../../../rules/detectors/secrets/placeholder';
import { classifyKey, keyWords } from '../../../rules/detectors/secrets/formats/key-names';
import { judgePassword, judgeToken } from '../../../rules/detectors/secrets/formats/generic';
import { checkPatternSafety } from '../../../rules/engine/regex-safety';
import { SECRET_FORMATS } from '../../../rules/detectors/secrets/formats/index';

describe('shannonEntropy', () => {
  it('is 0 for one repeated character and log2(n) for n distinct ones', () => {
    expect(shannonEntropy('aaaaaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBeCloseTo(2, 10);
    expect(shannonEntropy('')).toBe(0);
  });
  it('counts character classes', () => {
    expect(charClasses('abc')).toBe(1);
    expect(charClasses('aB3')).toBe(3);
    expect(charClasses('aB3/')).toBe(4);
  });
});

describe('placeholderReason', () => {
  it.each([
    ['changeme', /placeholder text 'changeme'/],
    ['secret', /stand-in/],
    ['${API_KEY}', /template/],
    ['{{ secret }}', /template/],
    ['<your-token>', /template/],
    ['$DB_PASS', /template/],
    ['process.env.TOKEN', /template/],
    ['your_api_key_here', /placeholder text/],
    ['AKIAIOSFODNN7EXAMPLE', /placeholder text 'example'/],
    ['aaaaaaaaaaaaaaaa', /repeated/],
    ['abcdefg1234', /placeholder text|sequential/],
    ['9876543xyz', /sequential/],
    ['DEADBEEFDEADBEEF', /placeholder text|pattern repeated/],
    ['Q7Q7Q7Q7Q7Q7', /pattern repeated/],
  ])('%s is a placeholder', (v, why) => {
    expect(placeholderReason(v)).toMatch(why);
  });
  it('judges runs on the body after a prefix', () => {
    expect(placeholderReason('ghp_Zq8rT2vLx9Wn4Kb7Hc3Jp6Yd1Ms5Gf0Ae2Qw', 'Zq8rT2vLx9Wn4Kb7Hc3Jp6Yd1Ms5Gf0Ae2Qw')).toBeNull();
  });
});

describe('key names', () => {
  it('splits snake, kebab, dotted and camel case', () => {
    expect(keyWords('AUTH0_CLIENT_SECRET')).toEqual(['auth0', 'client', 'secret']);
    expect(keyWords('fbApiKey')).toEqual(['fb', 'api', 'key']);
    expect(keyWords('sonar.login')).toEqual(['sonar', 'login']);
  });
  it.each([
    ['DB_PASSWORD', 'password'],
    ['smtpPass', 'password'],
    ['jwtsecret', 'token'],
    ['api_key', 'token'],
    ['STRIPE_KEY', 'token'],
    ['personalAccessToken', 'token'],
    ['client_id', null],
    ['token_url', null],
    ['passwordLabel', null],
    ['primary_key', null],
    ['key', null],
    ['password_min_length', null],
  ] as const)('%s → %s', (k, kind) => {
    expect(classifyKey(k)).toBe(kind);
  });
});

describe('value judgements', () => {
  it('accepts literal passwords and rejects expressions and prose', () => {
    expect(judgePassword('n8Vq2!zR', false, true).ok).toBe(true);
    expect(judgePassword('request.form', false, true).ok).toBe(false);
    expect(judgePassword('getPass()', true, true).ok).toBe(false);
    expect(judgePassword('expired', false, true).ok).toBe(false);
    expect(judgePassword('thisismypassword', true, true).ok).toBe(false);
    expect(judgePassword('123456', true, true).ok).toBe(false);
  });
  it('requires long, random-looking tokens', () => {
    expect(judgeToken('8f3c2a91d04b7e65c1f9a0d3b8e27c46').ok).toBe(true);
    expect(judgeToken('short1A').ok).toBe(false);
    expect(judgeToken('aaaaabbbbbcccccdddddeeeee').ok).toBe(false);
    const uuid = judgeToken('7d9f0c2e-4b1a-4e8f-9a3b-2c6d8e1f0a57');
    expect(uuid.ok && uuid.confidence).toBe(0.6);
  });
});

describe('built-in secret formats', () => {
  it('pass the same backtracking check that admins\' pack regexes get', () => {
    const unsafe = SECRET_FORMATS.map((f) => [f.id, checkPatternSafety(f.pattern.source, f.pattern.flags)] as const).filter(([, why]) => why !== null);
    expect(unsafe).toEqual([]);
    expect(SECRET_FORMATS.length).toBeGreaterThan(100);
  });
});
