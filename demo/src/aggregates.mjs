// Aggregate statements: how many districts each side holds, out of the total the counter used
// (398, 400, 407, 419 or 421). Figures follow the reference tallies; counters are named by role.
import { dispatch, wd } from './helpers.mjs';

export default [
  dispatch({
    outlet: 'wire',
    published: '2021-04-28',
    title: 'Where the war stands as foreign troops prepare to leave',
    text: `As of late April the Taliban controlled 77 of the country's 421 districts and contested another
      194, according to a tally of district centres kept by an American research group. The government
      holds the provincial capitals and most of the main roads.`,
  }),
  dispatch({
    outlet: 'north',
    published: '2021-05-02',
    title: 'Counting districts at the start of the withdrawal',
    text: `On 1 May, when foreign forces formally began their withdrawal, the Taliban held 73 of 407 districts
      and 210 were contested, according to an independent count of district centres.`,
  }),
  dispatch({
    outlet: 'frontier',
    published: '2021-05-20',
    title: 'Taliban gains since May',
    text: `The Taliban now control 88 of 407 districts, up from 73 at the start of the month, and contest 214
      more, according to an independent tally published on ${wd('2021-05-19')}.`,
  }),
  dispatch({
    outlet: 'ring',
    published: '2021-06-21',
    title: 'Taliban say forty districts taken; ministry disputes the figure',
    text: `A Taliban spokesman claimed on ${wd('2021-06-21')} that 40 districts had come under the group's
      control in recent weeks. The defence ministry denied the figure and said many of those districts had
      been retaken.`,
  }),
  dispatch({
    outlet: 'amu',
    published: '2021-06-23',
    title: 'More than fifty districts fall since May, UN is told',
    text: `More than 50 of the country's 370 districts have fallen to the Taliban since the start of May, the
      United Nations special envoy told the Security Council on ${wd('2021-06-22')}. Most of the districts
      that fell surround provincial capitals.`,
  }),
  dispatch({
    outlet: 'salang',
    published: '2021-06-30',
    title: 'Half the map contested',
    text: `The Taliban controlled 157 of 407 districts on 29 June, and another 157 were contested, according to
      an independent tracker of the war. The number of districts under Taliban control has doubled since
      the start of May.`,
  }),
  dispatch({
    outlet: 'oxus',
    published: '2021-07-04',
    title: 'A third of the districts',
    text: `The Taliban now control about a third of the country's 421 districts and district centres, after a
      wave of captures in the north, officials and analysts said on ${wd('2021-07-04')}.`,
  }),
  dispatch({
    outlet: 'registan',
    published: '2021-07-04',
    title: 'Taliban claim a hundred districts',
    text: `A Taliban spokesman said on ${wd('2021-07-04')} that the group controlled more than 100 of the
      country's 400 districts. Government officials said the claim was exaggerated and that many districts
      changed hands several times a week.`,
  }),
  dispatch({
    outlet: 'wire',
    published: '2021-07-09',
    title: 'In Moscow, Taliban claim 85 percent of the country',
    text: `A Taliban delegation visiting Moscow claimed on ${wd('2021-07-09')} that the group controlled 85
      percent of the country's territory and 250 of its 398 districts. The government dismissed the claim
      as propaganda.`,
  }),
  dispatch({
    outlet: 'north',
    published: '2021-07-18',
    title: 'More than half the districts, survey finds',
    text: `The Taliban control 210 of 400 districts, the government holds 110 and 80 are contested, according
      to a survey of provincial officials published on ${wd('2021-07-18')}.`,
  }),
  dispatch({
    outlet: 'frontier',
    published: '2021-07-21',
    title: 'About half the district centres, US military says',
    text: `The Taliban hold about half of the country's 419 district centres, 212 in all, the top United States
      military officer told reporters on ${wd('2021-07-21')}. He said the insurgents had not yet taken any
      provincial capital.`,
  }),
  dispatch({
    outlet: 'ring',
    published: '2021-07-28',
    title: 'Tally: Taliban control 224 districts',
    text: `The Taliban controlled 224 of 421 districts on 27 July and contested 110 more, according to an
      independent count of district centres.`,
  }),
  dispatch({
    outlet: 'amu',
    published: '2021-08-10',
    title: 'Government holds only 66 districts',
    text: `The Taliban held 229 of 407 districts on 9 August, 112 were contested and only 66 remained under
      government control, according to an independent tracker.`,
  }),
];
