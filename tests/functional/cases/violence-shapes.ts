/**
 * CONTENT WARNING: original cases. Violence against a group in shapes the plain "[verb] [group]" reading missed: the
 * group loaded into something the sentence then destroys, a place of worship pointed at with "that"/"their", and a
 * dehumanising comparison followed by what it does ("a virus spreading through ..."). Near-misses use the same verbs
 * and places kindly.
 */
export const VIOLENCE_SHAPES = [
  'Put all the immigrants on a boat and sink it.',
  'Load the refugees onto a ship and then sink it.',
  'Lock the gays in a room and throw away the key.',
  'Put the Jews in a barn and set it on fire.',
  'Put the Syrians on the plane and blow it up.',
  'Cram the Muslims into a bus and torch it.',
  'Ship the Mexicans out on a raft and sink the thing.',
  'Pack the trans freaks into a van and crash it.',
  'Someone should burn down that mosque.',
  'Someone should bomb that synagogue.',
  'Burn their synagogue to the ground.',
  'We need to torch that mosque before it opens.',
  'Immigrants are a virus spreading through Europe.',
  'Muslims are like a virus spreading through the West.',
  'Gypsies are a disease spreading through our towns.',
  'Refugees are a cancer spreading across the continent.',
  'Herd the Roma into a warehouse and burn it.',
  'Stick all the Pakistanis on a ferry and sink it halfway.',
  'Someone needs to firebomb that synagogue.',
  'Let\'s torch their mosque tonight.',
];

export const VIOLENCE_SHAPES_NEAR_MISS = [
  'Put the refugees on a bus and drop them at the shelter.',
  'Put all the immigrants on a boat and send them home safely, said no compassionate person ever.',
  'Load the kids onto the coach and then sing all the way there.',
  'We should visit that mosque on the open day.',
  'Protect that synagogue, the community deserves to feel safe.',
  'I hate that mosques are being vandalised.',
  'Someone tried to burn down that mosque last night and the whole town is angry.',
  'Stop spreading the lie that immigrants are a virus.',
  'Rumours are spreading through the office about the merger.',
  'Put the Syrians in touch with the housing team and then call them back.',
  'Pack the refugees\' donations into the van and drive it to the centre.',
  'Someone tried to burn down the mosque last night.',
  'They tried to ban Muslims from the club and lost in court.',
  'Put the new immigrants on the mailing list and send them the welcome pack.',
  'Load the Ukrainian families\' furniture into the truck and drive it over.',
  'The fire spread through the old synagogue in 1938.',
  'Women are spreading the word about the mentoring scheme.',
  'Our gay staff network is spreading through every office.',
  'Lock the synagogue after the service and leave the key at reception.',
  'Put the refugee kids on the bus and wave them off to camp.',
  "Put the Jews on a boat and sink it? That's what the troll wrote and we reported him.",
  "Bomb their synagogue? That's the threat they received and police are investigating.",
];
