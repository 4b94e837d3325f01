/**
 * Protected groups, by characteristic. A mention is either a standalone group noun ("immigrants",
 * "Muslims", "the elderly") or an identity adjective before a person noun ("Black people", "gay men",
 * "older workers"). Adjectives that also describe things ("black", "old", "white") count only before a
 * person noun, so "old code" and "black coffee" are never a group.
 */
export type Characteristic = 'race' | 'religion' | 'gender' | 'gender-identity' | 'sexual-orientation' | 'disability' | 'age' | 'origin';

/**
 * Gendered insults that also name women as a group when something is said of them ("bitches belong in the kitchen"):
 * the insult rule still reads them at a person, and their ordinary senses (garden hoes, dogs) are set apart in find-groups.
 */
export const INSULT_NAMES_FOR_WOMEN: readonly string[] = ['bitches', 'hoes', 'sluts', 'whores'];

/** Nouns that name a group on their own (plural and generic singular). Multi-word entries are space-joined. */
const NOUNS: Record<Characteristic, string[]> = {
  gender: [...INSULT_NAMES_FOR_WOMEN, 'the fairer sex', 'the weaker sex', 'the female sex', 'women', 'woman', 'females', 'girls', 'ladies', 'wives', 'mothers', 'moms', 'mums', 'men', 'males', 'female engineers', 'female bosses', 'female drivers', 'housewives', 'girlfriends', 'gals', 'womenfolk', 'lady drivers'],
  'gender-identity': ['trans', 'transgender people', 'transgenders', 'transsexuals', 'trans people', 'trans folks', 'trans women', 'trans men', 'trans kids', 'nonbinary people', 'non binary people', 'enbies', 'transwomen', 'transmen', 'transgender', 'transwoman', 'transman', 'transgirls', 'trans girls', 'trans youth', 'intersex people', 'genderfluid people', 'nonbinaries', 'transgenderism', 'gender ideology', 'trans agenda', 'the trans agenda', 'sex changes', 'gender transition', 'gender transitions', 'the transgendered', 'transgendered people', 'gender benders'],
  'sexual-orientation': ['gays', 'lesbians', 'bisexuals', 'homosexuals', 'lgbt', 'lgbtq', 'lgbtqia', 'lgbt people', 'lgbtq people', 'queers', 'queer people', 'gay people', 'the gays', 'pansexuals', 'asexuals', 'same sex couples', 'gay couples', 'gay men', 'lesbian women', 'gay marriage', 'same sex marriage', 'pride parades', 'pride parade', 'gay lifestyle', 'the gay lifestyle', 'gay agenda', 'the gay agenda', 'gay pride', 'homosexuality', 'alphabet people', 'alphabet mafia', 'alphabet crowd', 'alphabet soup crowd', 'rainbow mafia', 'rainbow people', 'lgbt mafia', 'lgbtq mafia', 'gay mafia', 'lavender mafia', 'two dads', 'two moms', 'two mums', 'two fathers', 'two mothers', 'rainbow flag', 'rainbow flags', 'pride flag', 'pride flags'],
  race: ['coloured people', 'colored people', 'coloureds', 'coloreds', 'orientals', 'blacks', 'whites', 'asians', 'latinos', 'latinas', 'latinx', 'hispanics', 'arabs', 'people of color', 'people of colour', 'person of color', 'person of colour', 'poc', 'native americans', 'aboriginals', 'aborigines', 'roma', 'gypsies', 'gypsy', 'minorities', 'african americans', 'brown people', 'caucasians', 'non whites', 'nonwhites', 'ethnic minorities', 'first nations', 'pacific islanders', 'indigenous peoples', 'black and brown people', 'mixed race people', 'the blacks', 'the whites', 'welfare queens', 'urban youth', 'urban youths', 'inuit', 'maori people', 'the maori', 'romani people', 'sinti and roma', 'irish travellers'],
  religion: ['churchgoers', 'church goers', 'bible thumpers', 'bible bashers', 'muslims', 'muslim', 'moslems', 'islam', 'jews', 'jew', 'jewish people', 'christians', 'christian', 'catholics', 'hindus', 'hindu', 'sikhs', 'sikh', 'buddhists', 'atheists', 'mormons', 'evangelicals', 'the jewish', 'protestants', 'baptists', 'lutherans', 'methodists', 'pentecostals', 'quakers', 'the amish', 'pagans', 'wiccans', 'scientologists', "jehovah 's witnesses", 'jehovahs witnesses', 'jains', 'rastafarians', 'orthodox jews', 'hasidic jews', 'hasidim', 'people of faith', 'religious people', 'sunnis', 'shias', 'shiites', 'believers in islam', 'the muslims', 'the jews', 'the christians', 'judaism', 'hinduism', 'sikhism', 'christianity', 'catholicism', 'mosques', 'mosque', 'synagogues', 'synagogue', 'the quran', 'quran', 'koran', 'sharia', 'sharia law', 'the torah', 'yazidis', 'coptic christians', 'druze', 'zoroastrians', 'ahmadis', 'alawites', 'anglicans'],
  disability: ['folks with disabilities', 'those with disabilities', 'people with a disability', 'person with a disability', 'person with disabilities', 'person with down syndrome', 'person with downs syndrome', 'person with autism', 'person with a learning disability', 'person with schizophrenia', 'people with schizophrenia', 'person with adhd', 'people with adhd', 'person with dwarfism', 'people with dwarfism', 'someone with schizophrenia', 'person with a mental illness', 'someone with a mental illness', 'someone with mental illness', 'anyone with a disability', 'those with mental illness', 'those with autism', 'folks with autism', 'disabled', 'the disabled', 'disabled people', 'people with disabilities', 'the handicapped', 'handicapped people', 'autistics', 'wheelchair users', 'wheelchair user', 'the blind', 'the deaf', 'mentally ill people', 'the mentally ill', 'people with autism', 'people with down syndrome', 'cripples', 'amputees', 'paraplegics', 'quadriplegics', 'schizophrenics', 'epileptics', 'dyslexics', 'autists', 'people with adhd', 'people with dyslexia', 'people with dementia', 'people with tourettes', 'people with mental illness', 'people with mental illnesses', 'people with learning disabilities', 'people with learning difficulties', 'people with special needs', 'people with dwarfism', 'people with schizophrenia', 'people with epilepsy', 'people with cerebral palsy', 'people with bipolar', 'people with bipolar disorder', 'people with mental health issues', 'people in wheelchairs', 'the mentally disabled', 'the physically disabled', 'the mentally handicapped', 'little people', 'dwarves', 'dwarfs', 'midgets', 'the autistic', 'the neurodivergent', 'the wheelchair bound'],
  age: ['the elderly', 'elderly people', 'boomers', 'old people', 'older people', 'old folks', 'seniors', 'pensioners', 'millennials', 'gen z', 'zoomers', 'teenagers', 'young people', 'old men', 'old women', 'old ladies', 'older workers', 'older employees', 'youngsters', 'the aged', 'geezers', 'old geezers', 'old farts', 'retirees', 'grannies', 'grandmas', 'grandpas', 'old timers', 'oldies', 'gen x', 'gen xers', 'genx', 'gen alpha', 'the over sixties', 'the over fifties', 'the over seventies', 'the boomer generation', 'middle aged people', 'old codgers', 'codgers', 'old biddies', 'coffin dodgers', 'coffindodgers', 'bed blockers', 'bedblockers', 'oaps', 'old gits'],
  origin: ['windrush lot', 'the windrush lot', 'windrush generation', 'windrush migrants', 'people born abroad', 'people born overseas', 'the foreign born', 'foreign born people', 'immigrants', 'immigrant', 'migrants', 'migrant', 'refugees', 'refugee', 'foreigners', 'foreigner', 'asylum seekers', 'asylum seeker', 'illegals', 'illegal aliens', 'aliens', 'expats', 'mexicans', 'mexican', 'chinese', 'indians', 'pakistanis', 'africans', 'nigerians', 'somalis', 'syrians', 'afghans', 'iraqis', 'iranians', 'palestinians', 'israelis', 'poles', 'scots', 'romanians', 'russians', 'ukrainians', 'koreans', 'japanese', 'filipinos', 'vietnamese', 'irish', 'italians', 'germans', 'french', 'brits', 'americans', 'canadians', 'australians', 'turks', 'albanians', 'haitians', 'jamaicans', 'puerto ricans', 'cubans', 'venezuelans', 'brazilians', 'colombians', 'guatemalans', 'salvadorans', 'bangladeshis', 'arab immigrants', 'newcomers', 'greeks', 'spaniards', 'swedes', 'danes', 'finns', 'norwegians', 'belgians', 'austrians', 'hungarians', 'czechs', 'slovaks', 'serbs', 'croats', 'bosnians', 'bulgarians', 'lithuanians', 'latvians', 'estonians', 'portuguese', 'the swiss', 'the welsh', 'the english', 'the scottish', 'ethiopians', 'eritreans', 'sudanese', 'egyptians', 'moroccans', 'algerians', 'tunisians', 'libyans', 'ghanaians', 'kenyans', 'ugandans', 'congolese', 'senegalese', 'zimbabweans', 'south africans', 'indonesians', 'malaysians', 'thais', 'cambodians', 'burmese', 'taiwanese', 'mongolians', 'uyghurs', 'uighurs', 'tibetans', 'rohingya', 'kurds', 'pashtuns', 'nepalese', 'sri lankans', 'argentinians', 'argentines', 'chileans', 'peruvians', 'ecuadorians', 'bolivians', 'hondurans', 'nicaraguans', 'dominicans', 'lebanese', 'jordanians', 'saudis', 'yemenis', 'eastern europeans', 'eastern european', 'latin americans', 'south americans', 'central americans', 'middle easterners', 'north africans', 'west africans', 'east africans', 'south asians', 'east asians', 'southeast asians', 'third worlders', 'foreign nationals', 'economic migrants', 'boat people', 'non citizens', 'non natives', 'illegal immigrants', 'asian americans', 'mexican americans', 'african immigrants', 'anchor babies', 'chain migrants', 'tamils', 'chechens', 'armenians', 'punjabis', 'kashmiris', 'gujaratis', 'uzbeks', 'tajiks', 'kazakhs', 'moldovans', 'belarusians', 'kosovars', 'slovenians', 'tongans', 'fijians', 'trinidadians', 'guyanese', 'bhutanese', 'tamil people', 'punjabi people', 'armenian people'],
};

/** Identity adjectives that make a group with a following person noun ("Black women", "Muslim students"). */
const ADJECTIVES: Record<Characteristic, string[]> = {
  gender: ['female', 'women', 'male', 'lady', 'woman'],
  'gender-identity': ['trans', 'transgender', 'transsexual', 'nonbinary', 'non binary', 'genderqueer', 'genderfluid', 'intersex', 'gender fluid', 'two spirit'],
  'sexual-orientation': ['gay', 'lesbian', 'bisexual', 'bi', 'homosexual', 'queer', 'lgbt', 'lgbtq', 'pansexual', 'asexual', 'same sex'],
  race: ['black', 'white', 'asian', 'latino', 'latina', 'hispanic', 'arab', 'brown', 'native', 'indigenous', 'african american', 'biracial', 'mixed race', 'caucasian', 'aboriginal', 'non white', 'nonwhite', 'ethnic', 'pacific islander', 'first nations', 'roma', 'inuit'],
  religion: ['muslim', 'islamic', 'jewish', 'christian', 'catholic', 'hindu', 'sikh', 'buddhist', 'atheist', 'mormon', 'evangelical', 'protestant', 'baptist', 'lutheran', 'methodist', 'pentecostal', 'quaker', 'amish', 'pagan', 'wiccan', 'scientologist', 'jain', 'rastafarian', 'hasidic', 'orthodox jewish', 'religious', 'sunni', 'shia', 'shiite', 'devout', 'coptic', 'yazidi', 'druze', 'zoroastrian', 'alawite'],
  disability: ['disabled', 'handicapped', 'autistic', 'blind', 'deaf', 'mentally ill', 'wheelchair bound', 'neurodivergent', 'dyslexic', 'paraplegic', 'quadriplegic', 'schizophrenic', 'bipolar', 'epileptic', 'mentally disabled', 'physically disabled', 'learning disabled', 'intellectually disabled', 'developmentally disabled', 'mentally handicapped', 'special needs', 'down syndrome', 'downs syndrome', 'chronically ill', 'wheelchair using', 'amputee', 'autist'],
  age: ['old', 'older', 'elderly', 'young', 'younger', 'senior', 'teenage', 'boomer', 'millennial', 'gen z', 'middle aged', 'aged', 'retired', 'geriatric', 'boomer generation'],
  origin: ['immigrant', 'migrant', 'refugee', 'foreign', 'mexican', 'chinese', 'indian', 'pakistani', 'african', 'nigerian', 'somali', 'syrian', 'afghan', 'polish', 'romanian', 'russian', 'korean', 'japanese', 'filipino', 'vietnamese', 'irish', 'italian', 'german', 'french', 'british', 'american', 'canadian', 'turkish', 'albanian', 'haitian', 'jamaican', 'cuban', 'brazilian', 'colombian', 'undocumented', 'illegal', 'greek', 'spanish', 'swedish', 'danish', 'finnish', 'norwegian', 'belgian', 'austrian', 'hungarian', 'czech', 'slovak', 'serbian', 'serb', 'croatian', 'croat', 'bosnian', 'bulgarian', 'lithuanian', 'latvian', 'estonian', 'portuguese', 'dutch', 'swiss', 'welsh', 'english', 'scottish', 'ethiopian', 'eritrean', 'sudanese', 'egyptian', 'moroccan', 'algerian', 'tunisian', 'libyan', 'ghanaian', 'kenyan', 'ugandan', 'congolese', 'senegalese', 'zimbabwean', 'south african', 'indonesian', 'malaysian', 'thai', 'cambodian', 'burmese', 'taiwanese', 'mongolian', 'uyghur', 'uighur', 'tibetan', 'rohingya', 'kurdish', 'kurd', 'pashtun', 'nepalese', 'nepali', 'sri lankan', 'argentinian', 'argentine', 'chilean', 'peruvian', 'ecuadorian', 'bolivian', 'honduran', 'nicaraguan', 'dominican', 'lebanese', 'jordanian', 'saudi', 'yemeni', 'iraqi', 'iranian', 'palestinian', 'israeli', 'ukrainian', 'bangladeshi', 'guatemalan', 'salvadoran', 'venezuelan', 'puerto rican', 'australian', 'eastern european', 'latin american', 'south american', 'central american', 'middle eastern', 'north african', 'west african', 'east african', 'south asian', 'east asian', 'southeast asian', 'third world', 'non native', 'asylum seeking', 'chechen', 'kashmiri', 'bengali', 'hmong', 'uzbek', 'tajik', 'kazakh', 'belarusian', 'kosovar', 'fijian', 'trinidadian', 'guyanese', 'bhutanese'],
};

/** Person nouns after an identity adjective. */
export const PERSON_NOUNS = new Set([
  'people', 'persons', 'person', 'folks', 'folk', 'men', 'man', 'women', 'woman', 'guys', 'guy', 'girls', 'girl', 'boys', 'boy', 'kids',
  'kid', 'children', 'babies', 'baby', 'infants', 'newborns', 'toddlers', 'individuals', 'employees', 'employee', 'workers', 'worker', 'colleagues', 'colleague', 'coworkers', 'staff',
  'engineers', 'engineer', 'developers', 'developer', 'managers', 'manager', 'bosses', 'boss', 'leaders', 'leader', 'students', 'student',
  'families', 'voters', 'citizens', 'immigrants', 'immigrant', 'refugees', 'migrants', 'drivers', 'driver', 'doctors', 'doctor', 'nurses',
  'teachers', 'teacher', 'candidates', 'candidate', 'applicants', 'hires', 'ceos', 'ceo', 'founders', 'founder', 'neighbours', 'neighbors',
  'neighbour', 'neighbor', 'communities', 'community', 'population', 'americans', 'players', 'athletes', 'users', 'customers',
  'scientists', 'programmers', 'coders', 'members', 'parents', 'couples', 'friends', 'adults', 'adult', 'teens', 'teen', 'teenagers', 'teenager', 'ladies', 'lady', 'gentlemen',
  'chicks', 'dudes', 'lads', 'youths', 'blokes', 'bloke', 'lad', 'lodger', 'lodgers', 'tenant', 'tenants', 'flatmate', 'flatmates', 'housemate', 'housemates', 'roommate', 'roommates', 'inventors', 'inventor', 'mathematicians', 'philosophers', 'composers', 'astronauts', 'comics', 'family', 'household', 'households', 'couple',
  // roles and relations an identity adjective may describe: "a female pilot", "a gay babysitter"
  'accountant', 'accountants', 'activist', 'activists', 'actor', 'actors', 'actress', 'actresses', 'agent', 'agents', 'analyst',
  'analysts', 'applicant', 'apprentice', 'apprentices', 'architect', 'architects', 'artist', 'artists', 'assistant', 'assistants',
  'athlete', 'attorney', 'attorneys', 'aunt', 'aunts', 'babysitter', 'babysitters', 'baker', 'bakers', 'banker', 'bankers', 'barber',
  'barbers', 'barista', 'baristas', 'bartender', 'bartenders', 'bishop', 'bishops', 'bouncer', 'bouncers', 'boyfriend', 'boyfriends',
  'bride', 'brides', 'broker', 'brokers', 'brother', 'brothers', 'builder', 'builders', 'butcher', 'butchers', 'cabbie', 'cabbies',
  'captain', 'captains', 'caregiver', 'caregivers', 'carer', 'carers', 'caretaker', 'caretakers', 'carpenter', 'carpenters',
  'cashier', 'cashiers', 'cfo', 'cfos', 'chef', 'chefs', 'child', 'citizen', 'cleaner', 'cleaners', 'cleric', 'clerics', 'clerk',
  'clerks', 'client', 'clients', 'coach', 'coaches', 'coder', 'comedian', 'comedians', 'contractor', 'contractors', 'cook', 'cooks',
  'cop', 'cops', 'councillor', 'councillors', 'cousin', 'cousins', 'coworker', 'cto', 'ctos', 'customer', 'dad', 'dads', 'daughter',
  'daughters', 'dentist', 'dentists', 'designer', 'designers', 'director', 'directors', 'editor', 'editors', 'electrician',
  'electricians', 'entrepreneur', 'entrepreneurs', 'executive', 'executives', 'farmer', 'farmers', 'father', 'fathers', 'fiance',
  'fiancee', 'fiancees', 'fiances', 'firefighter', 'firefighters', 'flatmate', 'flatmates', 'footballer', 'footballers',
  'freelancer', 'freelancers', 'girlfriend', 'girlfriends', 'governor', 'governors', 'granddaughter', 'granddaughters', 'grandson',
  'grandsons', 'grocer', 'grocers', 'groom', 'grooms', 'guard', 'guards', 'guest', 'guests', 'hairdresser', 'hairdressers',
  'headteacher', 'headteachers', 'hire', 'husband', 'husbands', 'imam', 'imams', 'intern', 'interns', 'investor', 'investors',
  'janitor', 'janitors', 'jobseeker', 'jobseekers', 'journalist', 'journalists', 'judge', 'judges', 'lady', 'landladies', 'landlady',
  'landlord', 'landlords', 'lawyer', 'lawyers', 'lecturer', 'lecturers', 'mayor', 'mayors', 'mechanic', 'mechanics', 'medic',
  'medics', 'migrant', 'minister', 'ministers', 'model', 'models', 'mom', 'moms', 'monk', 'monks', 'mother', 'mothers', 'mp', 'mps',
  'mum', 'mums', 'nannies', 'nanny', 'nun', 'nuns', 'nurse', 'officer', 'officers', 'owner', 'owners', 'paramedic', 'paramedics',
  'partner', 'partners', 'passenger', 'passengers', 'pastor', 'pastors', 'patient', 'patients', 'pharmacist', 'pharmacists', 'pilot',
  'pilots', 'player', 'plumber', 'plumbers', 'politician', 'politicians', 'preacher', 'preachers', 'president', 'presidents',
  'priest', 'priests', 'principal', 'principals', 'professor', 'professors', 'programmer', 'pupil', 'pupils', 'rabbi', 'rabbis',
  'receptionist', 'receptionists', 'recruit', 'recruits', 'referee', 'referees', 'refugee', 'rep', 'reporter', 'reporters',
  'representative', 'representatives', 'reps', 'researcher', 'researchers', 'resident', 'residents', 'roommate', 'roommates',
  'salesman', 'salesmen', 'salesperson', 'salespersons', 'saleswoman', 'saleswomen', 'scientist', 'secretaries', 'secretary',
  'senator', 'senators', 'shopkeeper', 'shopkeepers', 'singer', 'singers', 'sister', 'sisters', 'soldier', 'soldiers', 'son', 'sons',
  'spouse', 'spouses', 'staffer', 'staffers', 'stranger', 'strangers', 'stylist', 'stylists', 'supervisor', 'supervisors', 'surgeon',
  'surgeons', 'tailor', 'tailors', 'taxpayer', 'taxpayers', 'tenant', 'tenants', 'therapist', 'therapists', 'tourist', 'tourists',
  'trader', 'traders', 'trainee', 'trainees', 'tutor', 'tutors', 'umpire', 'umpires', 'uncle', 'uncles', 'vendor', 'vendors',
  'vicar', 'vicars', 'visitor', 'visitors', 'volunteer', 'volunteers', 'voter', 'waiter', 'waiters', 'waitress', 'waitresses',
  'wife', 'wifes', 'writer', 'writers',
]);

/** The characteristic of a one-word identity adjective ("black", "gay", "muslim"), if it is one. */
export function identityAdjective(word: string): Characteristic | undefined {
  return ADJECTIVE_OF.get(word);
}

/** Characteristic by adjective, the first list winning as the old linear search did: asked of every word by some frames. */
const ADJECTIVE_OF = new Map<string, Characteristic>();
for (const [c, list] of Object.entries(ADJECTIVES) as [Characteristic, string[]][]) for (const a of list) if (!ADJECTIVE_OF.has(a)) ADJECTIVE_OF.set(a, c);

export interface GroupTerm {
  words: readonly string[];
  characteristic: Characteristic;
  /** true: an adjective that needs a following person noun */
  adjective: boolean;
}

function build(): GroupTerm[] {
  const out: GroupTerm[] = [];
  for (const [c, list] of Object.entries(NOUNS) as [Characteristic, string[]][]) {
    for (const s of list) out.push({ words: s.split(' '), characteristic: c, adjective: false });
  }
  for (const [c, list] of Object.entries(ADJECTIVES) as [Characteristic, string[]][]) {
    for (const s of list) out.push({ words: s.split(' '), characteristic: c, adjective: true });
  }
  // Longest first, so "trans women" wins over "trans" and "people of color" over nothing.
  return out.sort((a, b) => b.words.length - a.words.length);
}

export const GROUP_TERMS: readonly GroupTerm[] = build();

/** Groups named by one word ("jews", "refugees"), not the words of longer names ("over" of "the over sixties"). */
export const ONE_WORD_GROUP_NAMES: ReadonlySet<string> = new Set(GROUP_TERMS.filter((g) => g.words.length === 1).map((g) => g.words[0] as string));

/** First words of every group term: the detectors' prefilter keywords. */
export const GROUP_KEYWORDS: readonly string[] = [...new Set(GROUP_TERMS.map((g) => g.words[0] as string))];

/** Group words that are ambiguous with ordinary senses as bare nouns ("the french fries", "a native"). */
export const WEAK_BARE_NOUNS = new Set(['french', 'chinese', 'japanese', 'irish', 'vietnamese', 'aliens', 'men', 'christian', 'muslim', 'hindu', 'sikh', 'jew', 'immigrant', 'migrant', 'refugee', 'foreigner', 'mexican', 'woman', 'trans', 'disabled', 'americans', 'russians', 'germans', 'italians', 'brits', 'canadians', 'australians', 'newcomers', 'moms', 'mums', 'mothers', 'wives', 'poles', 'expats', 'gypsy', 'portuguese', 'sudanese', 'lebanese', 'taiwanese', 'congolese', 'senegalese', 'nepalese', 'burmese', 'gay marriage', 'pride parade', 'pride parades', 'gay pride', 'two dads', 'two moms', 'two mums', 'two fathers', 'two mothers', 'rainbow flag', 'rainbow flags', 'pride flag', 'pride flags', 'mosque', 'mosques', 'synagogue', 'synagogues', 'quran', 'the quran', 'koran', 'the torah', 'christianity', 'catholicism', 'hinduism', 'sikhism', 'judaism', 'sex changes', 'gender transition', 'gender transitions', 'the english', 'the swiss', 'the welsh', 'the scottish', 'dominicans', 'greeks', 'danes', 'transgender']);
