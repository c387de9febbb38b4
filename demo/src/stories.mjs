// Stories told by hand: contested districts (claims and denials, capture and recapture on the same
// day), border crossings, threats that are not captures, and the resistance in Parwan and Baghlan.
import { dispatch, dm, wd } from './helpers.mjs';

export const districtStories = [
  dispatch({
    outlet: 'ring',
    published: '2021-06-14',
    title: 'Khanabad lost and retaken in a day',
    text: `The Taliban overran Khanabad district of Kunduz province early on ${wd('2021-06-14')}, the
      provincial police spokesman said. By evening government forces had retaken Khanabad after air
      strikes on Taliban positions around the district centre, he said.`,
  }),
  dispatch({
    outlet: 'frontier',
    published: '2021-06-21',
    title: 'Taliban claim Imam Sahib; ministry says district holds',
    text: `A Taliban spokesman said on ${wd('2021-06-21')} that Imam Sahib district in Kunduz province was
      now under the group's control. The defence ministry denied the claim and said security forces
      still held the district centre.`,
  }),
  dispatch({
    outlet: 'amu',
    published: '2021-06-22',
    title: 'Imam Sahib in Taliban hands, officials confirm',
    text: `Imam Sahib district, on the border with Tajikistan, fell to the Taliban on ${wd('2021-06-21')},
      two members of the Kunduz provincial council confirmed on ${wd('2021-06-22')}. Soldiers retreated
      toward Kunduz city.`,
  }),
  dispatch({
    outlet: 'wire',
    published: '2021-06-22',
    title: 'Taliban seize Sher Khan Bandar; soldiers flee to Tajikistan',
    text: `KUNDUZ — The Taliban captured the Sher Khan Bandar port on the border with Tajikistan on
      ${wd('2021-06-22')}, the country's main trade crossing with Central Asia, a Kunduz provincial council
      member said. Tajikistan's border guards said 134 Afghan soldiers crossed into Tajikistan as the
      insurgents advanced and were given shelter on humanitarian grounds.`,
  }),
  dispatch({
    outlet: 'frontier',
    published: '2021-06-22',
    title: 'Kunduz city braces as Taliban reach its edges',
    text: `Taliban fighters reached the outskirts of Kunduz city on ${wd('2021-06-22')}, and officials warned
      that Kunduz could fall if reinforcements did not arrive soon. Clashes continued near the city's
      southern checkpoints through the night. The Taliban are closing in on the city from three sides.`,
  }),
  dispatch({
    outlet: 'salang',
    published: '2021-07-05',
    title: 'Over a thousand soldiers cross into Tajikistan',
    text: `More than 1,000 Afghan soldiers crossed into Tajikistan overnight as the Taliban swept through
      Badakhshan, Tajik border authorities said on ${wd('2021-07-05')}. The border service put the number at
      1,037 and said the men had retreated from their posts after the insurgents took several districts
      along the river.`,
  }),
  dispatch({
    outlet: 'north',
    published: '2021-07-07',
    title: 'Taliban break into Qala-e Naw',
    text: `Taliban fighters entered Qala-e Naw, the capital of Badghis province, on ${wd('2021-07-07')},
      seized the police headquarters and freed inmates from the city prison, the governor said. It was
      the first attack on a provincial capital since foreign troops began leaving.`,
  }),
  dispatch({
    outlet: 'wire',
    published: '2021-07-08',
    title: 'Commandos push Taliban out of Qala-e Naw',
    text: `Government forces retook Qala-e Naw on ${wd('2021-07-07')} evening after commandos were flown in
      from Herat, the defence ministry said on ${wd('2021-07-08')}. Clashes continued on the edges of the
      city, residents said.`,
  }),
  dispatch({
    outlet: 'registan',
    published: '2021-07-08',
    title: 'Islam Qala crossing falls; troops flee into Iran',
    text: `The Taliban captured the Islam Qala border crossing with Iran on ${wd('2021-07-08')}, Herat officials
      said. About 40 Afghan soldiers and customs officers crossed into Iran as the insurgents took the
      crossing, a border official on the Afghan side said.`,
  }),
  dispatch({
    outlet: 'oxus',
    published: '2021-07-09',
    title: 'Torghundi crossing to Turkmenistan taken',
    text: `The Taliban seized the Torghundi border crossing with Turkmenistan on ${wd('2021-07-09')}, a day
      after taking Islam Qala, a Herat provincial council member said. Government forces withdrew from
      Torghundi without fighting.`,
  }),
  dispatch({
    outlet: 'frontier',
    published: '2021-07-14',
    title: 'Taliban claim Spin Boldak; government says attack repelled',
    text: `A Taliban spokesman said on ${wd('2021-07-14')} that the group's fighters had captured Spin Boldak,
      the crossing to Pakistan in Kandahar province. The interior ministry denied that Spin Boldak had
      fallen and said security forces had pushed back the attack.`,
  }),
  dispatch({
    outlet: 'registan',
    published: '2021-07-15',
    title: 'Spin Boldak in Taliban hands, drivers say',
    text: `Spin Boldak district in Kandahar came under Taliban control on ${wd('2021-07-14')}, truck drivers
      and two local officials said on ${wd('2021-07-15')}. Taliban flags flew over the border gate, and the
      crossing was closed to traffic from the Pakistani side.`,
  }),
  dispatch({
    outlet: 'ring',
    published: '2021-07-18',
    title: 'Government says Malistan retaken; Taliban deny',
    text: `The defence ministry said on ${wd('2021-07-18')} that government forces had retaken Malistan
      district of Ghazni province. A Taliban spokesman denied losing Malistan and said the group's
      fighters still held the district centre.`,
  }),
  dispatch({
    outlet: 'north',
    published: '2021-07-26',
    title: 'Soldiers seek refuge in Pakistan',
    text: `Forty-six Afghan soldiers, five of them officers, crossed into Pakistan on ${wd('2021-07-26')}
      after the Taliban took positions along the border in Kunar, the Pakistani army said. It said the
      men had asked for safe passage and would be handed back to Afghan authorities.`,
  }),
  dispatch({
    outlet: 'amu',
    published: '2021-08-15',
    title: 'Soldiers cross the bridge into Uzbekistan',
    text: `Eighty-four Afghan soldiers crossed into Uzbekistan over the bridge at Hairatan on
      ${wd('2021-08-15')}, Uzbek authorities said, after the fall of Mazar-i-Sharif. Dozens of Afghan
      military aircraft also landed at an airfield near Termez, the authorities said.`,
  }),
  dispatch({
    outlet: 'salang',
    published: '2021-08-17',
    title: 'Anti-Taliban fighters retake Charikar',
    text: `Anti-Taliban fighters retook Charikar, the capital of Parwan province, on ${wd('2021-08-17')},
      residents said, two days after the city came under Taliban control. The fighters came down from the
      Panjshir valley.`,
  }),
  dispatch({
    outlet: 'oxus',
    published: '2021-08-21',
    title: 'Resistance fighters take three Andarab districts',
    text: `Local resistance fighters retook Banu, Deh Salah and Pul-e Hisar districts of Baghlan province
      from the Taliban on ${wd('2021-08-20')}, a resident of the Andarab valley said. Clashes continued in
      Andarab on ${wd('2021-08-21')}.`,
  }),
  dispatch({
    outlet: 'wire',
    published: '2021-08-22',
    title: 'Taliban return to Banu',
    text: `The Taliban recaptured Banu district of Baghlan on ${wd('2021-08-22')}, two days after losing it to
      local fighters, a Taliban spokesman said. Local officials confirmed that the district centre was
      back in Taliban hands.`,
  }),
];

/** Reports that only threaten: nothing here is a capture. */
export const threats = [
  dispatch({
    outlet: 'ring',
    published: '2021-07-30',
    title: 'Fighting near Herat airport',
    text: `The Taliban are closing in on Herat from three sides, and fighting reached the road to the airport
      on ${wd('2021-07-30')}, a provincial official said. Government forces said they had pushed the
      insurgents back from the city's western edge.`,
  }),
  dispatch({
    outlet: 'registan',
    published: '2021-08-03',
    title: 'Lashkar Gah could fall within days',
    text: `Lashkar Gah could fall within days, a Helmand provincial council member warned on
      ${wd('2021-08-03')}, as Taliban fighters fought their way to within a few hundred metres of the
      governor's compound. The army urged residents to leave their homes ahead of air strikes.`,
  }),
  dispatch({
    outlet: 'wire',
    published: '2021-07-10',
    title: 'Kandahar under pressure',
    text: `Taliban fighters pushed into the western outskirts of Kandahar on ${wd('2021-07-10')}, and a
      provincial official said the city was under serious threat. Kandahar has not fallen, the defence
      ministry said, and reinforcements were on the way.`,
  }),
  dispatch({
    outlet: 'north',
    published: '2021-08-11',
    title: 'Kabul could be cut off within a month, assessment says',
    text: `Kabul could be isolated within 30 days and could fall within 90, according to a United States
      intelligence assessment reported on ${wd('2021-08-11')}. The Taliban are now within about 150
      kilometres of the capital.`,
  }),
  dispatch({
    outlet: 'frontier',
    published: '2021-08-13',
    title: 'Mazar-i-Sharif encircled',
    text: `The Taliban are closing in on Mazar-i-Sharif, the last major city in the north held by the
      government, and have surrounded it on three sides, a Balkh official said on ${wd('2021-08-13')}.
      Militia commanders in the city vowed to defend it.`,
  }),
  dispatch({
    outlet: 'oxus',
    published: '2021-08-14',
    title: 'Taliban reach the edge of Kabul',
    text: `Taliban fighters were reported on the southern edge of Kabul on ${wd('2021-08-14')}, closing in on
      the capital after taking Pul-e Alam. Officials said the capital was not under attack and would be
      defended.`,
  }),
];
