// One RSS 2.0 feed of short wire flashes. Each item carries <frontline:synthetic>true</frontline:synthetic>
// (namespace https://example.org/frontline) and so does the channel.
import { dispatch, wd } from './helpers.mjs';

const items = [
  dispatch({
    outlet: 'wire',
    published: '2021-05-04',
    title: 'Burka district falls in Baghlan',
    text: `Burka district of Baghlan province fell to the Taliban on ${wd('2021-05-04')} after a night of
      fighting, a provincial council member said. Government forces withdrew to Pul-e Khumri.`,
  }),
  dispatch({
    outlet: 'wire',
    published: '2021-05-11',
    title: 'Nirkh district near Kabul captured',
    text: `The Taliban captured Nirkh district of Wardak province, about 40 kilometres from Kabul, on
      ${wd('2021-05-11')}, local officials said.`,
  }),
  dispatch({
    outlet: 'wire',
    published: '2021-06-08',
    title: 'Dawlatabad in Faryab overrun',
    text: `Taliban fighters overran Dawlatabad district of Faryab province on ${wd('2021-06-08')}, a Faryab
      provincial council member said. Several soldiers were killed in the fighting.`,
  }),
  dispatch({
    outlet: 'wire',
    published: '2021-06-15',
    title: 'Government forces retake Dawlatabad',
    text: `Afghan forces retook Dawlatabad district of Faryab on ${wd('2021-06-15')}, a week after losing it to
      the Taliban, the defence ministry said.`,
  }),
  dispatch({
    outlet: 'wire',
    published: '2021-06-27',
    title: 'Rustaq handed over after talks',
    text: `Rustaq district of Takhar was handed over to the Taliban after talks on ${wd('2021-06-27')}, local
      officials said. Elders negotiated the departure of the district governor and the police.`,
  }),
  dispatch({
    outlet: 'wire',
    published: '2021-07-03',
    title: 'Zurmat falls in Paktia',
    text: `The Taliban seized Zurmat district of Paktia province on ${wd('2021-07-03')}, the provincial police
      spokesman said, after security forces retreated to Gardez.`,
  }),
  dispatch({
    outlet: 'wire',
    published: '2021-07-16',
    title: 'Chakhansur retaken in Nimruz',
    text: `Government forces recaptured Chakhansur district of Nimruz province on ${wd('2021-07-16')}, the
      defence ministry said.`,
  }),
  dispatch({
    outlet: 'wire',
    published: '2021-08-14',
    title: 'Worsaj falls again',
    text: `Worsaj district of Takhar fell to the Taliban on ${wd('2021-08-14')}, its second fall since July,
      a provincial official said.`,
  }),
];

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function rfc822(iso) {
  return new Date(`${iso}T08:00:00Z`).toUTCString().replace('GMT', '+0000');
}

function renderItem(doc) {
  return `    <item>
      <title>${escape(doc.title)}</title>
      <link>${doc.url}</link>
      <guid isPermaLink="false">${doc.id}</guid>
      <pubDate>${rfc822(doc.published)}</pubDate>
      <description>${escape(doc.text)}</description>
      <frontline:synthetic>true</frontline:synthetic>
    </item>`;
}

/** The feed's XML and the documents in it. */
export function feed() {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:frontline="https://example.org/frontline">
  <channel>
    <title>Hindu Kush Wire: flashes (reconstruction)</title>
    <link>https://example.org/hindukushwire</link>
    <description>Synthetic wire flashes written for the Frontline demo. The outlet is fictional.</description>
    <language>en</language>
    <frontline:synthetic>true</frontline:synthetic>
${items.map(renderItem).join('\n')}
  </channel>
</rss>
`;
  return { xml, items };
}
