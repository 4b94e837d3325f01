import { describe, expect, it } from 'vitest';
import { getDetector } from '../../../rules/detectors/registry';
import type { DetectorSpec } from '../../../rules/types';
import { makeInput } from '../../functional/harness';
import { matches, run } from './input';

const flags = (t: string, prev?: string) => matches('language.group-attack', t, {}, 0.5, prev).length > 0;

describe('language.group-attack', () => {
  it('flags generalisations, dehumanisation, exclusion and denied capacities', () => {
    expect(flags('Immigrants are vermin.')).toBe(true);
    expect(flags('Women are too emotional to lead.')).toBe(true);
    expect(flags('Muslims should be deported.')).toBe(true);
    expect(flags('Trans women are not real women.')).toBe(true);
    expect(flags("Old people can't learn new tools.")).toBe(true);
    expect(flags('Refugees steal our jobs.')).toBe(true);
    expect(flags('I hate gay people.')).toBe(true);
  });

  it('flags hate phrased as a question or an opinion', () => {
    expect(flags('Why are Black people so lazy?')).toBe(true);
    expect(flags('I think disabled people are a burden.')).toBe(true);
  });

  it('reads sarcasm that a group behaved as expected only when it insinuates a fault', () => {
    const explains = (t: string, prev?: string) => run('language.group-attack', t, {}, prev).filter((h) => h.confidence >= 0.5).map((h) => h.explain).join(' ');
    expect(explains('Refugees arrive with nothing except brand new iPhones, funny that.')).toContain('sarcasm');
    expect(explains("Pakistani landlord, so we all know where the deposit's going.")).toContain('sarcasm');
    expect(explains('Funny that.', 'Muslim neighbours with four cars and no jobs.')).toContain('sarcasm');
    expect(flags('True to form, the Sikh volunteers fed the whole march.')).toBe(false);
    expect(flags('True to form, the trans community raised the money in a day.')).toBe(false);
    expect(flags('Funny how Muslims are always asked to condemn things they had nothing to do with.')).toBe(false);
    expect(flags('Funny how the new Polish bakery already has a queue round the block, well deserved!')).toBe(false);
  });

  it('follows a pronoun back to a group in the previous sentence', () => {
    expect(flags('They are all criminals.', 'We hired some Mexicans.')).toBe(true);
    expect(flags('They are all criminals.', 'We hired some contractors.')).toBe(false);
  });

  it('leaves neutral, positive, negated and counter-speech mentions alone', () => {
    expect(flags('Our Muslim colleagues are hosting an iftar.')).toBe(false);
    expect(flags('Women are amazing engineers.')).toBe(false);
    expect(flags('Immigrants are not criminals.')).toBe(false);
    expect(flags("I don't think women are inferior.")).toBe(false);
    expect(flags('Saying immigrants are vermin is racist.')).toBe(false);
    expect(flags('Refugees are being deported this week.')).toBe(false);
    expect(flags('Old code should be deleted.')).toBe(false);
  });

  it('flags sarcasm, incompatibility and a member dismissed in a role, not the same frames about things', () => {
    expect(flags('Muslims are great, if you like bombs.')).toBe(true);
    expect(flags('Refugees are such a blessing, if you like crime.')).toBe(true);
    expect(flags('Jews are so generous, said no one ever.')).toBe(true);
    expect(flags('Immigrants, the gift that keeps on taking.')).toBe(true);
    expect(flags('Refugees: come for the benefits, stay for the crime.')).toBe(true);
    expect(flags('Our new office is great, if you like plants.')).toBe(false);
    expect(flags('Lisbon: come for the food, stay for the people.')).toBe(false);
    expect(flags('Open source: the gift that keeps on giving.')).toBe(false);
    expect(flags('Women and science, pick one.')).toBe(true);
    expect(flags("Arabs and democracy don't mix.")).toBe(true);
    expect(flags('Female engineer is an oxymoron.')).toBe(true);
    expect(flags('Pineapple and pizza, pick one.')).toBe(false);
    expect(flags("Coffee and late nights don't mix.")).toBe(false);
    expect(flags("Muslims and alcohol don't mix, so we ordered mocktails.")).toBe(false);
    expect(flags("Women in leadership? That's a joke.")).toBe(true);
    expect(flags('A female surgeon? Good luck with that.')).toBe(true);
    expect(flags('Good luck with that.', 'A Black CEO?')).toBe(true);
    expect(flags("Women in leadership? Yes please, we're hiring.")).toBe(false);
    expect(flags('A new CEO? Good luck with that.')).toBe(false);
    expect(flags("Another female 'engineer', lol.")).toBe(true);
    expect(flags('Another "doctor" from India, great.')).toBe(true);
    expect(flags("Another 'quick' meeting, lol.")).toBe(false);
    expect(flags('Hire a woman and watch productivity drop.')).toBe(true);
    expect(flags('Hire a woman and watch the team thrive.')).toBe(false);
    expect(flags('Hire an older worker and watch the turnover drop.')).toBe(false);
  });

  it('reads apophasis, hedges, noticed patterns and proverbs', () => {
    expect(flags("I'm not saying women are stupid, but have you ever met a smart one?")).toBe(true);
    expect(flags("I'm not saying immigrants are criminals, because they aren't.")).toBe(false);
    expect(flags("Let's be honest, women can't do maths.")).toBe(true);
    expect(flags('Not gonna lie, disabled people creep me out.')).toBe(true);
    expect(flags('Not gonna lie, spiders creep me out.')).toBe(false);
    expect(flags('The women on our team are scary smart.')).toBe(false);
    expect(flags("Funny how every time something goes missing there's an immigrant nearby.")).toBe(true);
    expect(flags('Ever notice how Jews always end up running things?')).toBe(true);
    expect(flags('Funny how every time I wash the car it rains.')).toBe(false);
    expect(flags('Funny how women always get interrupted in meetings.')).toBe(false);
    expect(flags('Funny how every time I visit my Muslim friends they feed me too much.')).toBe(false);
    expect(flags('You can take the Roma out of the camp but not the camp out of the Roma.')).toBe(true);
    expect(flags('You can take the girl out of Texas but not Texas out of the girl.')).toBe(false);
    expect(flags("Lesbians just haven't met the right man yet.")).toBe(true);
    expect(flags("Lesbians just haven't met the right woman yet.")).toBe(false);
    expect(flags('Old people had their turn, time for them to go.')).toBe(true);
    expect(flags('The old server had its turn, time for it to go.')).toBe(false);
  });

  it('flags quantified, refusal, joke and "really think" questions, not honest ones', () => {
    expect(flags('Are all Jews this greedy?')).toBe(true);
    expect(flags('Are most immigrants so lazy?')).toBe(true);
    expect(flags('Are all Jira tickets this vague?')).toBe(false);
    expect(flags('Are all Muslims required to fast during Ramadan?')).toBe(false);
    expect(flags('Why should we let refugees in at all?')).toBe(true);
    expect(flags('Why should we allow immigrants to stay here?')).toBe(true);
    expect(flags('Why should we let the build break at all?')).toBe(false);
    expect(flags('Why should we let refugees wait so long for a decision?')).toBe(false);
    expect(flags('How many Mexicans does it take to steal a car?')).toBe(true);
    expect(flags('How many engineers does it take to change a light bulb?')).toBe(false);
    expect(flags('Do gay people really think anyone cares?')).toBe(true);
    expect(flags('Do Christians really believe in the Trinity?')).toBe(false);
  });

  it('explains the kind of attack and tags the characteristic', () => {
    const [h] = run('language.group-attack', 'Jews are rats.');
    expect(h?.tags).toEqual(['religion', 'dehumanising']);
    expect(h?.explain).toMatch(/dehumanising/);
    const [c] = run('language.group-attack', 'Stop saying women are stupid.');
    expect(c?.confidence).toBeLessThan(0.5);
    expect(c?.explain).toMatch(/reported|condemned/);
  });

  it("with aim 'person' reports only attacks thrown at someone", () => {
    expect(matches('language.group-attack', '@sam go back to your country', { aim: 'person' })).toHaveLength(1);
    expect(matches('language.group-attack', 'Immigrants are vermin.', { aim: 'person' })).toEqual([]);
  });

  describe('implicit derogation frames (no insult word)', () => {
    it.each([
      ['only good for', 'Women are only good for cooking and cleaning.'],
      ['belong in a low place', 'Disabled people belong in institutions.'],
      ['silencing', 'Trans people should stay in their lane.'],
      ['blame', 'Immigrants are the reason crime is up.'],
      ['entitlement', 'Black people think they are owed everything.'],
      ['faculties', 'Women have the brains of a goldfish.'],
      ['lowly comparison', 'My dog is smarter than most immigrants.'],
      ['refusal', "I'd never let my daughter marry a Muslim."],
      ['better without', 'The world would be better without Muslims.'],
      ['mockery', "It's cute how trans women think they're real women."],
      ['identity as the reason', "No wonder she can't drive, she's Asian."],
      ['denied qualities', 'Muslims have no morals.'],
      ['rhetorical refusal', 'Who would hire a Muslim?'],
      ['allowed question', 'Why are gay people allowed near children?'],
      ['wished gone', 'I wish they would all disappear.'],
    ])('%s: %s', (_kind, text) => {
      expect(flags(text, 'The Mexicans next door are at it again.')).toBe(true);
    });

    it.each([
      'Women belong in leadership.',
      'Muslims are the reason our iftar event was so good.',
      'Immigrants are the reason crime went down.',
      'Women are good for the economy.',
      'Our team would be worse without immigrants.',
      'Refugees lack access to basic healthcare.',
      'Women have no say in that country, which is awful.',
      'Muslims have no place to pray here.',
      'Why are refugees not allowed to work?',
      'Why would anyone oppose hiring refugees?',
      'Who would like to welcome the refugee families on Friday?',
      'Older people should stay home during the heatwave.',
      'Women should stick to the plan we agreed on.',
      "Refugees can't even open a bank account without an address.",
    ])('passes: %s', (text) => {
      expect(flags(text)).toBe(false);
    });
  });

  describe('insinuation frames (no insult word, no predicate on the group)', () => {
    it.each([
      ['warning at presence', 'Hide your wallets, the Romanians are in town.'],
      ['decline at presence', 'There goes the neighbourhood, a Muslim family moved in.'],
      ['identity blamed for a crime', 'Of course the thief was Mexican.'],
      ['serial crime', 'Another day, another immigrant stabbing.'],
      ['essentialised', "It's in their DNA, Jews just love money."],
      ['typical thing', 'Such a typical woman thing to cry at work.'],
      ['duo', 'Black people and fried chicken, name a better duo.'],
      ['knowing tag', 'Women drivers, am I right?'],
      ['reduction', 'Women are good for two things.'],
      ['kept from children', "Gay people shouldn't be around children."],
      ['resentment', 'Refugees get free houses while our veterans sleep on the street.'],
      ['yielding', 'Old people should just make room for the rest of us.'],
      ['mockery', 'Imagine being gay lol.'],
      ['origin disparaged', 'Nothing good has ever come out of Africa.'],
      ['gender denied', 'Trans women are just men in dresses.'],
      ['pathologised', 'Being gay is just a phase.'],
      ['not all, but', 'Not all Muslims are terrorists, but it is always a Muslim.'],
      ['blame with why', "Immigrants are why we can't have nice things."],
    ])('%s: %s', (_kind, text) => {
      expect(flags(text)).toBe(true);
    });

    it('reads the group from the sentence before', () => {
      expect(flags("I'm taking the train.", 'A woman pilot?')).toBe(true);
      expect(flags('Lock your doors.', 'The Romanians are in town.')).toBe(true);
      expect(flags('Lock your doors.', 'The auditors are in town.')).toBe(false);
    });

    it.each([
      'Lock your doors, there have been burglaries on our street.',
      'Of course the winner was Maria, she trained all year.',
      "It's in their DNA: our founders love building things.",
      'Imagine being this good at chess lol.',
      'Keep your daughters away from the pool edge.',
      'Nothing good comes out of skipping tests.',
      'Women drivers won the rally this year.',
      'Refugees get free language classes at our office — sign up to volunteer.',
      'Trans women are women.',
      'Of course the attack on the Muslim family was condemned by everyone.',
    ])('passes: %s', (text) => {
      expect(flags(text)).toBe(false);
    });

    it('keeps a quoted, condemned insinuation below the threshold and says why', () => {
      const [h] = run('language.group-attack', '"Hide your wallets, the Romanians are in town" is a racist thing to say.');
      expect(h?.confidence ?? 0).toBeLessThan(0.5);
      expect(h?.explain).toMatch(/reported|condemned/);
      expect(run('language.group-attack', 'Of course the thief was Mexican.')[0]?.tags).toEqual(['origin', 'stereotype']);
    });
  });

  describe("identity attacks at the reader (aim 'person')", () => {
    const person = (t: string) => matches('language.group-attack', t, { aim: 'person' }).length > 0;
    it.each([
      'You Mexicans are all the same.',
      'As a woman, you should keep quiet.',
      "You're a disgrace to your religion.",
      'Nobody wants your kind here.',
      'You will never be a real woman.',
      'You throw like a girl.',
      "Of course you'd say that, you're a woman.",
      'Is every woman as dumb as you?',
      'The only reason you got promoted is that you are Black.',
      'Get back on your boat.',
    ])('%s', (text) => {
      expect(person(text)).toBe(true);
    });

    it.each([
      'You women did an amazing job on the launch.',
      'As a woman, you should know your rights at work.',
      "You're a credit to your community.",
      'You only got the job because you are brilliant.',
      'Will you go back to your village for the holidays?',
      'No wonder she can\'t drive, she\'s Asian.',
    ])('not at the reader: %s', (text) => {
      expect(person(text)).toBe(false);
    });
  });

  describe('stereotype habits, restrictions and aptitude', () => {
    it('flags a group restricted to something bad, not to something good', () => {
      expect(flags('Immigrants bring nothing but problems.')).toBe(true);
      expect(flags('Arabs only understand force.')).toBe(true);
      expect(flags('Asylum seekers are only here for the free stuff.')).toBe(true);
      expect(flags('Immigrants do nothing but take.')).toBe(true);
      expect(flags('Immigrants bring nothing but hard work and hope.')).toBe(false);
      expect(flags('Refugees only want safety for their kids.')).toBe(false);
      expect(flags('Refugees only get a little money each week.')).toBe(false);
    });

    it('flags a stereotype stated as a habit, not a neutral or sympathetic habit', () => {
      expect(flags('Jews always know where the money is.')).toBe(true);
      expect(flags('Chinese people will eat anything that moves.')).toBe(true);
      expect(flags('Indians never shower.')).toBe(true);
      expect(flags("Women can't take a joke.")).toBe(true);
      expect(flags('Immigrants live off the state.')).toBe(true);
      expect(flags('Muslims always fast during Ramadan.')).toBe(false);
      expect(flags('Immigrants always face barriers when they look for housing.')).toBe(false);
      expect(flags('Women always inspire me.')).toBe(false);
      expect(flags('Refugees never get to shower in the camps.')).toBe(false);
      expect(flags('Immigrants always get blamed for crime.')).toBe(false);
    });

    it('flags aptitude denied by make and steering, not a building or a sympathy', () => {
      expect(flags("Black kids just aren't built for academics.")).toBe(true);
      expect(flags("Women aren't cut out for leadership.")).toBe(true);
      expect(flags('Black people are naturally better at running than thinking.')).toBe(true);
      expect(flags('Black people are only good at sports.')).toBe(true);
      expect(flags("Most offices aren't built for wheelchair users.")).toBe(false);
      expect(flags("Women aren't meant to suffer in silence.")).toBe(false);
      expect(flags('Women are good at many things, including leadership.')).toBe(false);
    });
  });

  describe('perception, hinted reasons, decline, tolerance, paternalism and belittling', () => {
    it.each([
      'I can smell a Mexican from a mile away.',
      'You can hear the Africans before you see them.',
      "There's a reason women aren't in charge of anything important.",
      "It's no coincidence that Jews run the banks.",
      'Gypsies get profiled for a reason.',
      'Every neighbourhood goes downhill once the Somalis arrive.',
      'Things went downhill after we hired women.',
      "Gay men are fine as long as I don't have to see it.",
      "I have nothing against Jews, as long as they stay over there.",
      'Muslim women need saving from their own men.',
      'Women need a man to make decisions for them.',
      'Refugees are just economic migrants in disguise.',
      "Women's football is just a charity event.",
      "Women's chess isn't real chess.",
      'Muslim culture is incompatible with Western values.',
      "Women aren't exactly known for their logic.",
      "Give Muslims an inch and they'll take a mile.",
      'Nobody wants to sit next to a Muslim on a plane.',
      'Refugees are welcome to leave.',
    ])('flags: %s', (text) => {
      expect(flags(text)).toBe(true);
    });

    it.each([
      'I can spot a fellow Brazilian from a mile away at any airport.',
      'You can smell the bakery from a mile away.',
      "There's a reason women aren't in charge: decades of discrimination.",
      "There's a reason Muslims don't eat pork.",
      'The neighbourhood thrived once the Somalis arrived.',
      'Things went downhill for refugees once they arrived.',
      'Gay men are fine with the new schedule as long as the meeting ends early.',
      'Muslim women need saving from the flood, send boats.',
      'Our new refugee neighbours are a blessing in disguise.',
      "Women's football is a joy to watch.",
      'Muslim culture is rich and varied.',
      'Italians are known for their food.',
      'Give the interns an inch and they\'ll take a mile.',
      'Refugees are welcome to stay.',
      'Saying Muslims only understand force is racist.',
    ])('passes: %s', (text) => {
      expect(flags(text)).toBe(false);
    });
  });

  it('flags places standing for a group, "no sense of", condescending prescriptions and activity labels', () => {
    expect(flags('Black neighbourhoods are always dangerous.')).toBe(true);
    expect(flags('Muslim areas are no-go zones.')).toBe(true);
    expect(flags('Gypsy camps are full of thieves.')).toBe(true);
    expect(flags('Jewish banks run the world.')).toBe(true);
    expect(flags('Women have no sense of humour.')).toBe(true);
    expect(flags('Mexicans lack any sense of hygiene.')).toBe(true);
    expect(flags('Deaf people should just learn to read lips.')).toBe(true);
    expect(flags('Autistic kids need to learn to act normal.')).toBe(true);
    expect(flags('Trans people should just get over it.')).toBe(true);
    expect(flags('Girls who play football are all lesbians anyway.')).toBe(true);
    expect(flags('Boys who cry are little girls.')).toBe(true);
    expect(flags('Stereotypes about Jews are true.')).toBe(true);
    expect(flags('Stereotypes about Mexicans exist for a reason.')).toBe(true);
    expect(flags('The whole block went downhill when the Somalis moved in.')).toBe(true);
  });

  it('leaves the same frames alone when neutral, sympathetic or definitional', () => {
    expect(flags('Black neighbourhoods are underfunded because of decades of redlining.')).toBe(false);
    expect(flags('Refugee camps are dangerous places for children.')).toBe(false);
    expect(flags('Indian restaurants are full of flavour.')).toBe(false);
    expect(flags('Women have no sense of safety walking home at night.')).toBe(false);
    expect(flags('Blind people can learn to read braille at the centre.')).toBe(false);
    expect(flags('Old people should stay at home during the heatwave.')).toBe(false);
    expect(flags('Women who love women are lesbians.')).toBe(false);
    expect(flags('Men who are gay deserve respect.')).toBe(false);
    expect(flags('Stereotypes about Mexicans are harmful.')).toBe(false);
    expect(flags('My whole block threw a party for the new Somali family.')).toBe(false);
  });

  it('reads a role dismissed by its consequence in the next sentence', () => {
    expect(flags("That's how companies go bankrupt.", 'Women in charge?')).toBe(true);
    expect(flags("That's how schools fail.", 'A gay headteacher?')).toBe(true);
    expect(flags("That's how companies grow.", 'Women in charge?')).toBe(false);
    expect(flags("That's why companies fail to innovate.", 'Are women underrepresented on boards?')).toBe(false);
  });

  it('lowers a question condemned in the next sentence, and says so', () => {
    const withNext = (t: string, n: string) => (getDetector('language.group-attack') as DetectorSpec).create({})(makeInput(t, 0, undefined, n));
    const next = (t: string, n: string) => matches('language.group-attack', t).length > 0 && withNext(t, n).some((h) => h.confidence >= 0.5);
    expect(next("Women can't be trusted with money?", "That's a sexist myth.")).toBe(false);
    expect(next('Why are immigrants so lazy?', "That's a racist stereotype.")).toBe(false);
    expect(next('Immigrants steal jobs?', "That's not true.")).toBe(false);
    expect(next("Women can't lead?", "That's not a myth, that's fact.")).toBe(true);
    expect(next('Why are immigrants so lazy?', "It's a stereotype for a reason.")).toBe(true);
    const h = withNext("Women can't be trusted with money?", "That's a sexist myth.");
    expect(h[0]?.explain).toMatch(/condemned in the next sentence/);
  });

  it('reads rankings, open consequences, burdens, begrudging questions and experience generalised', () => {
    expect(flags('My cat has more brains than most women.')).toBe(true);
    expect(flags('Let the refugees in and see what happens.')).toBe(true);
    expect(flags('More immigrants means more crime.')).toBe(true);
    expect(flags('Since when do women get to decide company strategy?')).toBe(true);
    expect(flags("What's next, a trans president?")).toBe(true);
    expect(flags('How much longer do we have to put up with these immigrants?')).toBe(true);
    expect(flags('Every Roma I have met has tried to rob me.')).toBe(true);
    expect(flags("I've never met a Muslim who wasn't a liar.")).toBe(true);
    expect(flags('Mexicans are diluting our culture.')).toBe(true);
    expect(flags('Wherever Muslims go, trouble follows.')).toBe(true);
    expect(flags('Three guesses what race the shoplifter was.')).toBe(true);
    expect(flags('Say what you want, but Mexicans are lazy.')).toBe(true);
  });

  it('leaves the same shapes alone when they praise, name a barrier or a victim, or are about things', () => {
    expect(flags('My dog loves old people more than anyone.')).toBe(false);
    expect(flags('Let women lead and watch the team thrive.')).toBe(false);
    expect(flags('More women means more perspectives at the table.')).toBe(false);
    expect(flags('Since when do refugees face such long waits for asylum?')).toBe(false);
    expect(flags('How are disabled people supposed to get to work when the lifts are broken?')).toBe(false);
    expect(flags('Women shouldn\'t have to put up with harassment at work.')).toBe(false);
    expect(flags('Every Muslim I have met has been incredibly kind.')).toBe(false);
    expect(flags("I've never met a Muslim who wasn't kind.")).toBe(false);
    expect(flags('Wherever refugees go, they face hostility.')).toBe(false);
    expect(flags('Two men getting married is lovely.')).toBe(false);
    expect(flags('Women don\'t value their own work enough, and we need to fix that.')).toBe(false);
    expect(flags('Old people slow down as they age, that is normal.')).toBe(false);
  });
});
