/**
 * CONTENT WARNING: original cases. A right denied through a negated opinion: "I don't think [group] should be allowed to
 * [act]" means they should not be, the same exclusion as "[group] should not be allowed to [act]". Near-misses deny the
 * permission of a harmful act, report a past ban, state the right, or deny a harm done to the group.
 */
export const DENIED_RIGHTS = [
  "I don't think women should be allowed to vote.",
  "I don't believe gay couples should be allowed to adopt.",
  "I don't think old people should be allowed to work in tech.",
  "I don't think refugees should be allowed to stay.",
  'I do not believe trans people should be allowed to teach.',
  "I don't think Chinese people should be allowed to buy property here.",
  "Honestly I don't think Muslims should be allowed to build mosques here.",
  "I don't feel disabled people should be allowed to have kids.",
  "I really don't think immigrants should be allowed to vote in our elections.",
  "I don't reckon Black families should be allowed to move into this street.",
  "I don't think lesbians should be allowed to coach girls.",
  "I don't believe Jews should be allowed to hold office.",
  "Personally I don't think trans women should be allowed to use the ladies' room.",
  "I don't think Mexicans should be allowed to own businesses here.",
  "I don't think women should be allowed to drive, sorry.",
  "I don't think Sikhs should be allowed to wear turbans at work.",
  "I don't think gay men should be allowed to give blood, ever.",
  "I don't think autistic people should be allowed to work with kids.",
  "I don't think pensioners should be allowed to vote on the future.",
  "I don't think Roma should be allowed to camp anywhere near us.",
];

export const DENIED_RIGHTS_NEAR_MISS = [
  "I don't think men should be allowed to hit women.",
  "I don't think women were allowed to vote until 1918.",
  'Women should be allowed to vote.',
  "I don't think kids should be allowed to play in the street at night.",
  "I don't think landlords should be allowed to refuse immigrants.",
  "I don't think anyone should be allowed to harass trans people.",
  "I don't think Muslims should be treated differently at airports.",
  "I don't think gay couples should be denied the right to adopt.",
  "I don't think refugees should be deported to war zones.",
  'Gay couples should be allowed to adopt, full stop.',
  "I don't think bosses should be allowed to ignore disabled staff.",
  "I don't think employers should be allowed to ask women about pregnancy plans.",
  "I don't think Black people were allowed to sit there back then.",
  "I don't think anyone should be allowed to abuse immigrants online.",
  "I don't think older workers should be forced out.",
  "I don't think schools should be allowed to exclude autistic kids.",
  "I don't think police should be allowed to stop Black drivers without cause.",
  "I don't think trans kids should be bullied for who they are.",
  "I don't think Jews should be afraid to wear a kippah in public.",
  "I don't think companies should be allowed to pay women less.",
];
