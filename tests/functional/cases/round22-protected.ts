/**
 * CONTENT WARNING: original hateful statements, written for this file (no public test suite was used), after probes of
 * this project's own (round 22) found these missed:
 * - indifference or a refused duty pinned on a group: "[group] don't care about anyone else / their kids / who they
 *   hurt", "[group] don't want to work / to integrate", "[group] don't say thank you / learn the language", "[group]
 *   always blame [others]";
 * - arms or poison taken to a group's place: "bringing my rifle to the Pride parade", "poison the water at the
 *   synagogue", "load up and visit the mosque";
 * - a relative who is a member dreaded or rejected: "I would hate to have a gay son", "I'd disown my son if he turned out
 *   gay", "my worst nightmare is having a trans kid".
 * The near-misses use the same frames for manner and timing, settings refused rather than work, news of attacks, toy
 * guns, kitchens and museums, law and security, pollution reported, and dread for a relative's sake.
 */
export const ROUND22_INDIFFERENCE = [
  "Autistic people don't care about anyone else's feelings.",
  "Immigrants don't care about our country.",
  "Gay men don't care about their kids.",
  "Muslims don't care about anyone who isn't Muslim.",
  "Trans people don't care who they hurt.",
  "Jews don't care about anyone but their own.",
  "Women don't care about their families anymore.",
  "Refugees don't care about our laws.",
  "Black fathers don't care about their children.",
  "Old people don't care about anyone under fifty.",
  "Immigrants don't want to work.",
  "Black people don't want to work.",
  "Refugees never want to work.",
  "Disabled people just don't want to work.",
  "Mexicans don't want to learn the language.",
  "Muslims don't want to integrate.",
  "Refugees don't say thank you.",
  "Roma don't follow the rules.",
  "Immigrants don't learn the language.",
  "Women always blame men.",
  "Immigrants always blame us.",
  "Gay guys always turn any conversation into something about sex.",
  "Hindus always leave the shared office kitchen smelling like that for days.",
  "Trans people don't care about the safety of women.",
];

export const ROUND22_INDIFFERENCE_NEAR_MISS = [
  "Women always blame themselves when they're harassed.",
  "Deaf people don't learn English the same way hearing kids do.",
  "Most refugees don't learn the language in the first year because classes are full.",
  "Trans people don't care about anyone's opinion of their clothes.",
  "Immigrants don't want to work for less than the minimum wage.",
  "Women don't want to work with men who harass them.",
  "Muslims don't care about Christmas.",
  "Disabled people don't want your pity.",
  "Older workers don't want to work weekends.",
  "Gay couples don't care about labels, they just want to get married.",
  "Our Jewish neighbours don't work on Saturdays.",
  "Refugees don't want to work illegally, they want permits.",
  "Black employees don't want to work in a place that ignores racism.",
  "Autistic people care about others just as much as anyone else.",
  "I don't think immigrants don't care about this country; they chose it.",
  "Migrants don't learn the language yet because there are no classes.",
  "Women always make the best of a bad situation.",
  "The idea that Muslims don't care about others is a lie.",
  "Trans people don't care about your pronoun slip-ups, just try.",
  "My gay friends don't want to work at a company with no benefits for partners.",
];

export const ROUND22_ARMED_AT_PLACE = [
  "I'm bringing my rifle to the Pride parade this year.",
  "Bringing the AR to the mosque on Friday, just so you know.",
  "Gonna bring my shotgun to the synagogue open day.",
  "Somebody should poison the water at the synagogue.",
  "Someone needs to poison the food at the refugee shelter.",
  "Put rat poison in the gay bar's drinks and watch.",
  "Let's go hunting at the Pride march tomorrow, bring the guns.",
  "Time to load up and visit the mosque.",
  "Taking my pistol to the gurdwara on Sunday. You'll see.",
  "Bringing the machete to the Sikh temple this weekend.",
  "I'll carry my gun into the synagogue and finish what he started.",
  "Locked and loaded, heading to the Pride festival.",
  "Let's pack the rifles and go to the gay club tonight.",
  "Load up and pay a visit to the Muslim school.",
  "Gear up and hit the refugee hotel tonight, lads.",
  "Someone should poison the soup at the Jewish centre.",
  "Slip some antifreeze into the drinks at the gay bar.",
  "Bring the bombs to the mosque.",
  "We should poison the wells at the refugee camp.",
  "Go hunting at the mosque on Friday.",
];

export const ROUND22_ARMED_AT_PLACE_NEAR_MISS = [
  "Bringing my camera to the Pride parade this year!",
  "Taking the kids to the mosque open day on Saturday.",
  "Someone brought a gun to the synagogue in Pittsburgh and killed eleven people. Never forget.",
  "He carried a rifle into the mosque in Christchurch. We must never let this happen again.",
  "Bringing my water gun to the Pride parade, it's going to be hot.",
  "Bring a knife to the temple kitchen, we're chopping onions for langar.",
  "Police say a man brought a gun to the gay bar last night; nobody was hurt.",
  "The synagogue has armed guards now because people keep bringing guns to the services.",
  "Lead pipes poison the water at the school, fix them now.",
  "Someone poisoned the water at the refugee camp in 2019 and the report was buried.",
  "We're going hunting at the weekend, then to the mosque for Friday prayers.",
  "Load up the van and head to the Pride festival!",
  "Bring your Nerf guns to the gurdwara youth night.",
  "Taking my dad's old rifle to the museum exhibition about the war.",
  "Don't bring any weapons to the Pride march, the police will search bags.",
  "The film shows a man bringing a gun to the mosque.",
  "Is it legal to carry a gun to the temple in Texas?",
  "Industrial runoff is poisoning the water in the Black neighbourhood and nobody cares.",
  "Pride parade was loud, bring earplugs.",
  "Going hunting for bargains at the Jewish bakery sale.",
];

export const ROUND22_DREADED_RELATIVE = [
  "I would hate to have a gay son.",
  "I'd hate it if my daughter married a Muslim.",
  "My worst nightmare is having a trans kid.",
  "I'd disown my son if he turned out gay.",
  "I'd be ashamed to have a disabled child.",
  "God forbid my kid turns out trans.",
  "I'd kick my daughter out if she brought home a Black guy.",
  "I'd never speak to my brother again if he married a Jew.",
  "I'd hate to have a lesbian daughter.",
  "My biggest fear is my son marrying an immigrant.",
  "I'd be embarrassed to have an autistic brother.",
  "I'd throw my son out if he came out as bisexual.",
  "God forbid my daughter dates a Mexican.",
  "I'd be mortified if my kid married a Hindu.",
  "I would disown my daughter if she converted to Islam and married a Muslim.",
  "I'd hate to have a gay grandson.",
  "My worst nightmare is my daughter bringing home a Black boyfriend.",
  "I'd be disgusted to have a trans child.",
  "I'd cut my sister off if she married an Arab.",
  "I'd be ashamed if my son turned out to be gay.",
];

export const ROUND22_DREADED_RELATIVE_NEAR_MISS = [
  "My dad would disown me if I came out as gay.",
  "I'd hate for my gay son to be bullied at school.",
  "I'd hate to have a gay son in this country with all the homophobia.",
  "I would hate to have a disabled child because the support system is so broken.",
  "I'd disown my son if he turned out to be a racist.",
  "My worst nightmare is my kid turning out homophobic.",
  "I'd be so proud to have a gay son.",
  "I'd love it if my daughter married a Muslim guy, he's lovely.",
  "I'd hate to miss my son's wedding to his boyfriend.",
  "My biggest fear is my trans daughter being attacked on the way home.",
  "I'd kill for a sister like my gay best friend.",
  "I'd rather be dead than live without my gay son.",
  "My parents said they'd disown me if I married a Muslim. I married him anyway.",
  "I'd be ashamed if my son ever mocked a disabled kid.",
  "My worst nightmare is my autistic son being left alone after I'm gone.",
  "God forbid my trans kid has to face the bullies I faced.",
  "I'd be devastated if my son's school dropped the Pride club.",
  "I would hate to have a daughter who is cruel to gay kids.",
  "I'd never forgive myself if my gay son felt he couldn't tell me.",
  "I'd hate it if my daughter married someone who didn't respect her, Muslim or not.",
];
