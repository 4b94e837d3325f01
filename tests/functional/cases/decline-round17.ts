/**
 * CONTENT WARNING: original cases with a decline blamed on a community's arrival, written for this file (no public test
 * suite was used): "the town went downhill the day the Polish shop opened", "since the Indian restaurant opened, crime
 * went up": an identity adjective on a shop, a place of worship or a household, and its opening or moving in dated as
 * the start of a decline.
 *
 * Of the first 20 cases written, 8 are not read: a decline measured in rats, prices or parking, "after the ... church
 * opened", "the Irish crowd took over" (kept below as MISSED, for the record); the last 9 were written after the reader,
 * and 8 of them are read. The near-misses date good news from the
 * same openings, lose trade to a competitor, blame a factory or a landlord, and date the writer's own indulgence.
 */
export const DECLINE_ROUND17 = [
  "Town went downhill the day the Polish shop opened.",
  "The town went downhill when the Polish shop opened.",
  "Since the Indian restaurant opened, crime went up.",
  "Ever since the Romanian family moved in, the street has been a mess.",
  "The high street went to the dogs when the Turkish barbers opened.",
  "When the Somali shops opened, the area stopped being safe.",
  "Since the Muslim butcher opened, the whole road has gone to pot.",
  "The village went to pieces when the Polish lot arrived.",
  "When the Syrian family moved in, the noise started.",
  "Since the Eritrean shop opened, the corner is not safe anymore.",
  "Since the Roma family moved in, the street went downhill.",
  "The town went south when the Afghan takeaways opened.",
  "Since the Polish families moved in, the estate is not safe anymore.",
  "When the Turkish barbers opened, the high street went to the dogs.",
  "The area went downhill when the Somali cafe opened.",
  "Since the Muslim family moved in, the street has gone to pot.",
  "The day the Kurdish takeaway opened, the trouble started.",
  "Once the Romanian lot moved in, the street went downhill.",
  "Since the Indian shop opened, the crime rate went up.",
  "When the Jamaican bar opened, the violence started.",
  "The town went downhill after the Iraqi family moved in.",
];

/** Written with the cases above and not read by the engine (not registered as a behaviour). */
export const DECLINE_ROUND17_MISSED = [
  "The estate went downhill after the Nigerian church opened.",
  "The day the Chinese takeaway opened, the rats arrived.",
  "Once the Albanian car wash opened, burglaries went through the roof.",
  "Since the Pakistani takeaway opened, litter went up everywhere.",
  "Since the Jewish bakery opened, prices went up for everyone.",
  "After the Ghanaian church opened, parking became a nightmare.",
  "The pub went downhill once the Irish crowd took over.",
  "The day the Mexican restaurant opened, crime went up.",
];

export const DECLINE_ROUND17_NEAR_MISS = [
  "The high street went downhill when the Polish shop closed.",
  "Since the Polish shop opened, the street is so much livelier.",
  "Since the Indian restaurant opened, crime went down.",
  "Business went downhill for us when the new Turkish barber opened, fair play to them.",
  "When the Somali shop opened, the whole street came to the launch party.",
  "The town has gone downhill since the factory closed, and the Polish shop is the only thing still open.",
  "Since the Muslim butcher opened, we finally have decent lamb.",
  "The estate got safer after the Nigerian church opened its youth club.",
  "The day the Chinese takeaway opened, we ordered three times.",
  "Since the Jewish bakery opened, my Saturday mornings are sorted.",
  "When the Syrian family moved in, they brought us baklava.",
  "After the Ghanaian church opened, the choir joined our Christmas concert.",
  "Since the Eritrean shop opened, I have learned to make injera.",
  "The pub went downhill when the landlord sold it to a chain.",
  "The day the Mexican restaurant opened, the queue went round the block.",
  "Since the Roma family moved in, the kids have someone to play football with.",
  "Prices went up when the new supermarket opened.",
  "Crime went up after the factory closed and the Polish shop had its window smashed.",
  "Since the Korean restaurant opened, the area feels more alive.",
  "When the Indian family moved in, the street party finally happened again.",
  "My diet went downhill when the Italian bakery opened.",
];
