// The fall of the provincial capitals, 6-15 August 2021, told by several fictional outlets.
// Every sentence is written for this reconstruction; dates and outcomes follow demo/facts/capitals.csv.
import { dispatch, dm, md, wd } from './helpers.mjs';

export default [
  // ---------------------------------------------------------------- 6 August: Zaranj
  dispatch({
    outlet: 'wire',
    published: '2021-08-06',
    title: 'Zaranj falls to the Taliban without a fight',
    text: `ZARANJ, Afghanistan — Taliban fighters entered Zaranj, the capital of Nimruz province on the
      border with Iran, on ${wd('2021-08-06')} and took the city without meeting resistance, two local
      officials said.

      Security forces withdrew from Zaranj before the insurgents reached the governor's compound, a
      provincial council member told the Hindu Kush Wire. Zaranj is the first provincial capital to fall
      since the insurgents began their offensive in May.`,
  }),
  dispatch({
    outlet: 'north',
    published: '2021-08-07',
    title: 'First provincial capital lost as Nimruz seat changes hands',
    text: `Zaranj came under Taliban control on ${dm('2021-08-06')} after government troops pulled out of the
      city, officials in Nimruz said on ${wd('2021-08-07')}. Residents described fighters on motorbikes
      circling the main bazaar and emptying the city prison. The defence ministry said it would send
      reinforcements but gave no timetable.`,
  }),

  // ---------------------------------------------------------------- 7 August: Sheberghan
  dispatch({
    outlet: 'amu',
    published: '2021-08-07',
    title: 'Sheberghan falls after days of fighting',
    text: `Sheberghan, the capital of Jowzjan province, fell to the Taliban on ${wd('2021-08-07')} after
      several days of heavy fighting on its edges, a provincial official said. It is the second
      provincial capital lost in two days.

      Government forces and pro-government militia retreated to the airport outside the city, the
      official said, while Taliban fighters took over the governor's office and the intelligence
      headquarters.`,
  }),
  dispatch({
    outlet: 'frontier',
    published: '2021-08-07',
    title: 'Taliban say they hold Sheberghan; ministry says fighting goes on',
    text: `A Taliban spokesman said on ${wd('2021-08-07')} that the group's fighters had captured Sheberghan
      and all of its government buildings. The defence ministry denied that Sheberghan had fallen and
      said commando units were clearing the city.`,
  }),
  dispatch({
    outlet: 'ring',
    published: '2021-08-08',
    title: 'Jowzjan capital in Taliban hands',
    text: `The Taliban overran Sheberghan on ${dm('2021-08-07')}, residents and two members of the Jowzjan
      provincial council confirmed on ${wd('2021-08-08')}. Hundreds of soldiers had pulled back to the
      airport, from where some were flown to Mazar-i-Sharif.`,
  }),

  // ---------------------------------------------------------------- 8 August: Kunduz, Sar-e Pol, Taloqan
  dispatch({
    outlet: 'wire',
    published: '2021-08-08',
    title: 'Three northern capitals fall in a single day',
    text: `KABUL — The Taliban captured Kunduz, the main city of the north-east, on ${wd('2021-08-08')}
      after weeks of fighting on its outskirts, local officials said.

      Hours later Taliban fighters seized Sar-e Pol, the capital of the province of the same name.
      By evening Taloqan, the capital of Takhar province, had also come under Taliban control, a
      member of the Takhar provincial council said.`,
  }),
  dispatch({
    outlet: 'north',
    published: '2021-08-08',
    title: 'Kunduz city lost; troops fall back to the airport',
    text: `Government forces withdrew from Kunduz city to the army corps headquarters near the airport on
      ${wd('2021-08-08')}, a Kunduz provincial council member said. Taliban fighters raised their white flag
      over the main square and the police headquarters. Clashes continued near the airport late into the
      night.`,
  }),
  dispatch({
    outlet: 'ring',
    published: '2021-08-09',
    title: 'Taloqan changes hands',
    text: `Taloqan fell to the Taliban on ${dm('2021-08-08')}, officials in Takhar said on
      ${wd('2021-08-09')}. Security forces left the city overnight, and the governor and the police chief
      flew to Kabul.`,
  }),
  dispatch({
    outlet: 'amu',
    published: '2021-08-09',
    title: 'Sar-e Pol city overrun',
    text: `The Taliban overran Sar-e Pol city on ${wd('2021-08-08')}, ${dm('2021-08-08')}, after government troops
      ran out of ammunition, a provincial official said. A small group of soldiers was still holding an
      army base outside the city on ${wd('2021-08-09')}.`,
  }),

  // ---------------------------------------------------------------- 9 August: Aybak
  dispatch({
    outlet: 'salang',
    published: '2021-08-09',
    title: 'Aybak taken without a shot',
    text: `Aybak, the capital of Samangan province, came under Taliban control on ${wd('2021-08-09')}
      without a fight after local elders persuaded government forces to leave, the deputy governor said.
      The Taliban entered the city in the afternoon and took over the governor's office.`,
  }),
  dispatch({
    outlet: 'oxus',
    published: '2021-08-10',
    title: 'Samangan seat handed over',
    text: `Taliban fighters took Aybak on ${dm('2021-08-09')} without fighting, two residents said. The
      security forces withdrew from the city toward Mazar-i-Sharif on the highway that the insurgents
      left open.`,
  }),

  // ---------------------------------------------------------------- 10 August: Farah, Pul-e Khumri
  dispatch({
    outlet: 'registan',
    published: '2021-08-10',
    title: 'Farah city falls after battle',
    text: `The Taliban captured Farah, the capital of Farah province in the west, on ${wd('2021-08-10')}
      after fighting that lasted most of the day, a provincial council member said. Government troops
      retreated to an army base on the edge of the city.`,
  }),
  dispatch({
    outlet: 'north',
    published: '2021-08-10',
    title: 'Pul-e Khumri overrun',
    text: `Pul-e Khumri, the capital of Baghlan province, fell to the Taliban on ${wd('2021-08-10')}, a
      Baghlan lawmaker said, after the insurgents broke through defences on the highway that links Kabul
      with the north. Soldiers withdrew toward the Kelagai valley.`,
  }),
  dispatch({
    outlet: 'wire',
    published: '2021-08-11',
    title: 'Eight provincial capitals in five days',
    text: `The Taliban seized Pul-e Khumri and Farah on ${wd('2021-08-10')}, the eighth and ninth provincial
      capitals they have taken in less than a week. Fighting was reported in Faizabad, the capital of
      Badakhshan, and in Kandahar.`,
  }),

  // ---------------------------------------------------------------- 11 August: Faizabad
  dispatch({
    outlet: 'amu',
    published: '2021-08-11',
    title: 'Faizabad falls in Badakhshan',
    text: `Faizabad, the capital of Badakhshan province, fell to the Taliban on ${wd('2021-08-11')} after a
      night of heavy clashes, a member of the provincial council said. The insurgents overran the police
      headquarters and the governor's compound.`,
  }),
  dispatch({
    outlet: 'oxus',
    published: '2021-08-12',
    title: 'Badakhshan capital in Taliban hands',
    text: `Government forces withdrew from Faizabad on ${dm('2021-08-11')}, and the Taliban took control of
      the city, officials said on ${wd('2021-08-12')}. Badakhshan, once a stronghold of anti-Taliban
      commanders, is now almost entirely under Taliban control.`,
  }),

  // ---------------------------------------------------------------- 12 August: Ghazni, Herat, Qala-e Naw
  dispatch({
    outlet: 'wire',
    published: '2021-08-12',
    title: 'Ghazni handed over after talks',
    text: `GHAZNI — Ghazni, the capital of Ghazni province on the Kabul-Kandahar highway, was handed over to
      the Taliban after talks on ${wd('2021-08-12')}, two officials said. The governor and the police chief
      left the city in a convoy escorted by Taliban fighters. The interior ministry later said the governor
      had been detained for giving up the city.`,
  }),
  dispatch({
    outlet: 'frontier',
    published: '2021-08-13',
    title: 'Ghazni surrendered without battle',
    text: `The Taliban took Ghazni on ${dm('2021-08-12')} without a battle, after officials negotiated their
      own safe departure, residents said on ${wd('2021-08-13')}. Ghazni lies about 150 kilometres south-west
      of Kabul.`,
  }),
  dispatch({
    outlet: 'ring',
    published: '2021-08-12',
    title: 'Herat falls after two weeks of street fighting',
    text: `The Taliban captured Herat, the country's third-largest city, late on ${wd('2021-08-12')} after
      two weeks of fighting in its outskirts, a provincial council member said. A veteran militia commander
      who had led the defence of the city was detained by the insurgents. Government forces withdrew to the
      army corps headquarters outside the city.`,
  }),
  dispatch({
    outlet: 'north',
    published: '2021-08-12',
    title: 'Qala-e Naw lost again',
    text: `Qala-e Naw, the capital of Badghis province, came under Taliban control on ${wd('2021-08-12')},
      a month after government commandos had pushed the insurgents out of the city. Soldiers and police
      surrendered their weapons to the Taliban, a local official said.`,
  }),
  dispatch({
    outlet: 'salang',
    published: '2021-08-13',
    title: 'West slips away: Herat and Qala-e Naw',
    text: `Herat fell to the Taliban on ${wd('2021-08-12')} night, and Qala-e Naw, the capital of
      neighbouring Badghis, came under the group's control the same day, officials said on
      ${wd('2021-08-13')}. Only the airport and the army corps base in Herat remained with government
      troops.`,
  }),

  // ---------------------------------------------------------------- 13 August: Kandahar, Lashkar Gah, Firozkoh, Qalat, Tarinkot, Pul-e Alam
  dispatch({
    outlet: 'wire',
    published: '2021-08-13',
    title: 'Kandahar falls to the Taliban',
    text: `KANDAHAR — The Taliban captured Kandahar, the country's second-largest city, on ${wd('2021-08-13')}
      after weeks of siege, a member of the provincial council said. Government officials and troops fled
      to the airport, from where they were flown out. The city had been the birthplace of the movement in
      the 1990s.`,
  }),
  dispatch({
    outlet: 'registan',
    published: '2021-08-13',
    title: 'Lashkar Gah handed over under truce',
    text: `Lashkar Gah, the capital of Helmand province, was handed over to the Taliban on
      ${wd('2021-08-13')} after a 48-hour ceasefire agreed between elders, the Taliban and the army, two
      officials said. Government forces withdrew from the city under the deal and retreated to a military
      base outside it.`,
  }),
  dispatch({
    outlet: 'salang',
    published: '2021-08-13',
    title: 'Ghor capital surrenders',
    text: `Firozkoh, the capital of Ghor province also known as Chaghcharan, fell to the Taliban without a
      fight on ${wd('2021-08-13')}, a provincial council member said. The governor handed the city over and
      security forces laid down their weapons.`,
  }),
  dispatch({
    outlet: 'oxus',
    published: '2021-08-13',
    title: 'Tarinkot handed over',
    text: `Uruzgan's capital Tarinkot was handed over to the Taliban after talks on ${wd('2021-08-13')}. The
      governor left for Kandahar airport with the Taliban's consent, a provincial official said.`,
  }),
  dispatch({
    outlet: 'frontier',
    published: '2021-08-13',
    title: 'Pul-e Alam falls, 70 km from Kabul',
    text: `The Taliban seized Pul-e Alam, the capital of Logar province, on ${wd('2021-08-13')}, a local
      lawmaker said. Officials negotiated their departure with the insurgents, and the city was handed over
      without heavy fighting. Pul-e Alam lies about 70 kilometres south of Kabul.`,
  }),
  dispatch({
    outlet: 'ring',
    published: '2021-08-14',
    title: 'Four capitals in one day across the south and centre',
    text: `In Zabul, Qalat came under Taliban control on ${wd('2021-08-13')} without fighting, after the
      police and the army left the city overnight. Chaghcharan, the capital of Ghor, was also taken on
      ${wd('2021-08-13')}, as were Tarinkot and Lashkar Gah, officials said.`,
  }),
  dispatch({
    outlet: 'amu',
    published: '2021-08-14',
    title: 'After Kandahar, the south belongs to the Taliban',
    text: `Taliban fighters took full control of Kandahar city on ${dm('2021-08-13')}, residents said on
      ${wd('2021-08-14')}. The insurgents also captured Qalat, the capital of Zabul, on ${md('2021-08-13')},
      after government troops withdrew.`,
  }),

  // ---------------------------------------------------------------- 14 August: Mazar-i-Sharif, Sharana, Gardez, Asadabad, Maimana, Nili
  dispatch({
    outlet: 'wire',
    published: '2021-08-14',
    title: 'Mazar-i-Sharif falls without a fight',
    text: `MAZAR-I-SHARIF — Mazar-i-Sharif, the largest city in the north, fell to the Taliban on
      ${wd('2021-08-14')} without a fight, a Balkh provincial council member said. Militia leaders who had
      vowed to defend the city fled toward the border with Uzbekistan, and army units surrendered to the
      insurgents.`,
  }),
  dispatch({
    outlet: 'north',
    published: '2021-08-15',
    title: 'The north falls: Mazar-i-Sharif taken',
    text: `The Taliban took control of Mazar-i-Sharif on ${wd('2021-08-14')} evening, residents said. Government
      forces abandoned their positions and the Hairatan border crossing was also reported to be in Taliban
      hands by ${wd('2021-08-15')} morning.`,
  }),
  dispatch({
    outlet: 'frontier',
    published: '2021-08-14',
    title: 'Sharana and Gardez fall in the south-east',
    text: `Sharana, the capital of Paktika province, was handed over to the Taliban after talks on
      ${wd('2021-08-14')}, a provincial official said. In neighbouring Paktia, Gardez fell without resistance
      the same day after security forces withdrew from the city.`,
  }),
  dispatch({
    outlet: 'ring',
    published: '2021-08-14',
    title: 'Asadabad emptied of troops',
    text: `Security forces withdrew from Asadabad, the capital of Kunar province, on ${wd('2021-08-14')},
      and Taliban fighters took the city without fighting, a local official said.`,
  }),
  dispatch({
    outlet: 'amu',
    published: '2021-08-15',
    title: 'Maimana falls after army unit surrenders',
    text: `The Taliban captured Maimana, the capital of Faryab province, on ${wd('2021-08-14')} after an army
      unit defending the city surrendered, a Faryab provincial council member said on ${wd('2021-08-15')}.
      Several hundred soldiers handed over their weapons and vehicles.`,
  }),
  dispatch({
    outlet: 'registan',
    published: '2021-08-14',
    title: 'Daykundi capital taken',
    text: `Nili, the capital of Daykundi province, came under Taliban control on ${wd('2021-08-14')} without a
      fight, a provincial official said. Local officials handed the government offices over to the
      insurgents.`,
  }),
  dispatch({
    outlet: 'salang',
    published: '2021-08-15',
    title: 'Paktia seat in Taliban hands',
    text: `Gardez, the capital of Paktia province, fell to the Taliban on ${dm('2021-08-14')}, and the
      Taliban seized Sharana in Paktika the same day, officials said on ${wd('2021-08-15')}.`,
  }),

  // ---------------------------------------------------------------- 15 August: Kabul and the last capitals
  dispatch({
    outlet: 'wire',
    published: '2021-08-15',
    title: 'Jalalabad handed to the Taliban without a fight',
    text: `JALALABAD — The Taliban took Jalalabad, the capital of Nangarhar province, on ${wd('2021-08-15')}
      without a fight after the governor handed the city over following talks with elders, two officials
      said. The fall of Jalalabad leaves the Torkham crossing to Pakistan in Taliban hands.`,
  }),
  dispatch({
    outlet: 'oxus',
    published: '2021-08-15',
    title: 'Taliban enter Kabul as government collapses',
    text: `KABUL — Taliban fighters entered Kabul on ${wd('2021-08-15')} as the president left the country and
      government forces abandoned their posts across the capital. By evening the Taliban had taken control
      of the presidential palace, a Taliban spokesman said. Kabul fell without a fight.`,
  }),
  dispatch({
    outlet: 'north',
    published: '2021-08-16',
    title: 'Kabul under Taliban control',
    text: `Kabul fell to the Taliban on ${wd('2021-08-15')}, ${dm('2021-08-15')}, two decades after the
      group was driven from power. Thousands of people crowded the airport on ${wd('2021-08-16')}, the only
      part of the city still guarded by foreign troops.`,
  }),
  dispatch({
    outlet: 'ring',
    published: '2021-08-15',
    title: 'Khost, Mehtarlam and Maidan Shahr fall',
    text: `The Taliban captured Khost, the capital of Khost province, on ${wd('2021-08-15')} morning, a local
      official said. Mehtarlam, the capital of Laghman, fell to the Taliban the same day, and Maidan Shahr,
      the capital of Wardak province west of Kabul, came under Taliban control a few hours later.`,
  }),
  dispatch({
    outlet: 'salang',
    published: '2021-08-16',
    title: 'Kapisa and Parwan capitals taken',
    text: `Mahmud-i-Raqi, the capital of Kapisa province, came under Taliban control on
      ${wd('2021-08-15')}, provincial officials said on ${wd('2021-08-16')}. Charikar, the capital of Parwan
      province north of Kabul, was also taken by the Taliban on ${wd('2021-08-15')} as government forces
      abandoned the city.`,
  }),
  dispatch({
    outlet: 'amu',
    published: '2021-08-16',
    title: 'Bamyan and Parun change hands',
    text: `The Taliban entered Bamyan city on ${wd('2021-08-15')} and took over the governor's office, a
      resident said, after officials and security forces left for Kabul. In Nuristan, Parun, the provincial
      capital, came under Taliban control on ${md('2021-08-15')}, a provincial official said.`,
  }),
  dispatch({
    outlet: 'registan',
    published: '2021-08-16',
    title: 'Bamyan and Nuristan seats fall quietly',
    text: `The Taliban captured Bamyan, the capital of Bamyan province, on ${wd('2021-08-15')} without a fight,
      two residents said on ${wd('2021-08-16')}. Parun, the capital of Nuristan province, fell to the Taliban
      the same day, a provincial official said.`,
  }),
  dispatch({
    outlet: 'frontier',
    published: '2021-08-16',
    title: 'Only Panjshir holds out',
    text: `After the fall of Kabul on ${dm('2021-08-15')}, Panjshir province remained outside Taliban
      control, its valley held by local fighters and former soldiers who gathered there. The Taliban have
      not entered Bazarak, the provincial capital, a resident said on ${wd('2021-08-16')}.`,
  }),

  // ---------------------------------------------------------------- 6 September: Bazarak claimed and denied
  dispatch({
    outlet: 'wire',
    published: '2021-09-06',
    title: 'Taliban claim Panjshir; resistance denies',
    text: `A Taliban spokesman said on ${wd('2021-09-06')} that the group had captured Bazarak, the capital of
      Panjshir province, and now held the whole valley. A spokesman for the resistance front denied that
      Bazarak had fallen and said its fighters still held strategic positions across the valley.`,
  }),
  dispatch({
    outlet: 'north',
    published: '2021-09-06',
    title: 'Conflicting claims over Panjshir',
    text: `The Taliban claimed to have seized the governor's compound in Bazarak on ${wd('2021-09-06')}. The
      resistance front rejected the claim as false, saying fighting continued in the valley. Clashes
      continued in several parts of Panjshir, residents reached by phone said.`,
  }),
];
