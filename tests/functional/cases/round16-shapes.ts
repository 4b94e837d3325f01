/**
 * CONTENT WARNING: original cases with insults and calls for rough treatment, written for this file (no public test suite
 * was used): taunts said to the reader ("keep crying", "cope harder", "the adults are talking"), a person named by what
 * they belong to ("the CEO of this airline is a crook"), a superlative ranking within a field ("the dumbest in the room"),
 * a political camp called a sickness, a mob's punishment called for ("should be run out of town"), and "&" joining
 * predicates as "and" does.
 *
 * The near-misses use the same words for comfort, for the writer's own tears, for a statement or a title, for advice, for
 * a ranking of performance, for a medical fact, for files and meetings, and for names such as R&D.
 */
export const ROUND16_SHAPES = [
  '@jo keep crying, it is the only thing you are good at',
  'Cry more, nobody cares about your ratio.',
  'cope harder lol',
  'Stay mad, Eagles fans.',
  '@max go cry to your safe space',
  'sit down, kid. the adults are talking',
  '@pat ok boomer, go back to your crayons',
  'You are not as smart as you think.',
  'Cry me a river.',
  'Seethe.',
  'The CEO of this airline is a heartless crook.',
  'The owner of the team is a greedy fraud who ruined the club.',
  'The mayor of this town is an absolute clown.',
  'He is the stupidest in the room and he knows it.',
  'She is the most dishonest of the lot.',
  'Liberals are a mental illness.',
  'Leftism is a mental disorder.',
  'Conservatism is a mental illness, change my mind.',
  'Antifa is a cancer.',
  'Trumpers are a plague on this country.',
  'He should be dragged out of his office in handcuffs.',
  'The whole board should be run out of town.',
  'That senator should be tarred and feathered.',
  'They should be dragged through the streets for this.',
  'He is very immature & rude to everyone.',
];

export const ROUND16_SHAPES_NEAR_MISS = [
  'I keep crying at the end of this film every time.',
  'Keep crying if you need to, it is healthy, I am here for you.',
  'Go cry it out and call me after, love you.',
  'Babies cry more at night when they are teething.',
  'This song makes me cry more than any other.',
  'Cry Me a River is still the best song on that album.',
  'The adults are talking about the budget in room 4.',
  'When the adults are talking, the kids should wait their turn.',
  'These phones are not as smart as you think.',
  'I am not as smart as you think, I just google fast.',
  'The CEO of this airline is a former pilot.',
  'The owner of the team is a great guy.',
  'He is the worst in the family at cards.',
  'She is the fastest in the league this season.',
  'He is the best player in the league.',
  'Depression is a serious illness, please reach out.',
  'Is liberalism a coherent philosophy? Discuss.',
  'Saying liberals are a mental illness is cruel and wrong.',
  'The file should be dragged into the shared folder.',
  'This meeting should not be dragged out past noon.',
  'Kids should be dragged off their phones and outside more.',
  'The negotiations should not be dragged out any longer.',
  'Q&A at 3pm, R&D demo after, then drinks & snacks.',
  'AT&T and T-Mobile both cut prices.',
  'Stay safe, Eagles fans, the roads are icy.',
];
