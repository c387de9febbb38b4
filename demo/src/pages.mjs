// Web pages as a reader would save them: cookie banner, navigation, share widgets, related links and
// a footer around the article. The reconstruction is flagged twice: <meta name="frontline:synthetic"
// content="true"> in the head and a visible notice at the top of the article.
import { dispatch, dm, wd } from './helpers.mjs';

const stories = [
  dispatch({
    outlet: 'registan',
    published: '2021-08-13',
    title: 'Two great cities fall in one night: Kandahar and Herat',
    text: `Kandahar and Herat, the country's second and third cities, fell to the Taliban within hours of each
      other. Herat came under Taliban control on ${wd('2021-08-12')} evening after government forces
      abandoned the city centre, two residents said.

      Kandahar fell to the Taliban on ${wd('2021-08-13')} morning, a provincial official said, after
      government troops withdrew to the airport overnight. Officials were flown out to Kabul.

      With the two cities gone, the government holds little beyond Kabul, Mazar-i-Sharif and Jalalabad.`,
  }),
  dispatch({
    outlet: 'wire',
    published: '2021-08-15',
    title: 'Live: Taliban enter the capital',
    text: `Taliban fighters moved into Kabul from several directions on ${wd('2021-08-15')} after police and
      soldiers left their checkpoints, witnesses said. The Taliban seized Kabul without a fight, a
      spokesman for the group said in the evening.

      Earlier in the day the Taliban captured Sarobi district east of the capital, a local official said.`,
  }),
  dispatch({
    outlet: 'oxus',
    published: '2021-07-04',
    title: 'Badakhshan: districts fall one after another',
    text: `The Taliban captured Kofab and Zebak districts on ${wd('2021-07-04')}, officials in Badakhshan
      said, and Yawan district fell to the Taliban the same day.

      Argo district came under Taliban control in the afternoon after security forces withdrew toward
      Faizabad, a provincial council member said. In Baharak, government forces surrendered the district
      centre to the Taliban, he said.`,
  }),
  dispatch({
    outlet: 'frontier',
    published: '2021-08-10',
    title: 'After Pul-e Khumri, Ghazni is next in line',
    text: `The Taliban overran Pul-e Khumri on ${wd('2021-08-10')}, and fighting has reached the outskirts of
      Ghazni, which could fall within days, a Ghazni lawmaker said. Farah also fell to the Taliban on
      ${wd('2021-08-10')}, local officials said.`,
  }),
  dispatch({
    outlet: 'salang',
    published: '2021-09-07',
    title: 'Panjshir: what each side says',
    text: `A Taliban spokesman said on ${wd('2021-09-06')} that Panjshir, including its capital Bazarak, had
      been captured and that the war was over. The resistance front denied that Bazarak had fallen and said
      it would keep fighting from the mountains.

      Independent confirmation was impossible: telephone and internet lines to the valley have been cut for
      days. Clashes continued in the side valleys of Panjshir on ${wd('2021-09-07')}, a resident said.`,
  }),
  dispatch({
    outlet: 'north',
    published: '2021-07-15',
    title: 'The border town that feeds Kandahar',
    text: `Spin Boldak fell to the Taliban on ${wd('2021-07-14')}, officials and residents said, giving the
      insurgents one of the busiest crossings with Pakistan. Government forces withdrew from the border gate
      after a brief fight. The Taliban had claimed the town that morning, while the interior ministry
      insisted the attack had been repelled.`,
  }),
  dispatch({
    outlet: 'ring',
    published: '2021-06-28',
    title: 'Faryab: government regains lost ground',
    text: `Government forces retook Pashtun Kot and Khan Charbagh districts of Faryab on ${wd('2021-06-28')}
      after a week of fighting, the provincial police spokesman said. In Balkh, security forces recaptured
      Kaldar district on the Uzbek border the same day.`,
  }),
  dispatch({
    outlet: 'amu',
    published: '2021-08-16',
    title: 'Ten days that ended a government',
    text: `It took the Taliban ten days to take every provincial capital but one. The first, Zaranj, fell on
      ${dm('2021-08-06')}; the last, Kabul, on ${dm('2021-08-15')}.

      On ${wd('2021-08-15')} alone the Taliban captured Jalalabad, Khost, Mehtarlam and Maidan Shahr before
      entering the capital. Only Panjshir, north of Kabul, is not under Taliban control.`,
  }),
];

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function render(doc) {
  const paragraphs = doc.text
    .split('\n\n')
    .map((p) => `      <p>${escape(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escape(doc.title)} | ${escape(doc.outlet)}</title>
  <meta name="description" content="${escape(doc.text.split('\n\n')[0].slice(0, 150))}">
  <meta property="og:site_name" content="${escape(doc.outlet)}">
  <meta property="og:title" content="${escape(doc.title)}">
  <meta property="article:published_time" content="${doc.published}T09:00:00Z">
  <meta name="frontline:synthetic" content="true">
  <link rel="canonical" href="${doc.url}">
</head>
<body>
  <div id="cookie-banner" class="cookie-consent" role="dialog" aria-label="Cookie consent">
    <p>We use cookies and similar technologies to personalise content, measure traffic and show you relevant
    offers. By clicking "Accept all" you agree to our use of cookies.</p>
    <button type="button">Accept all</button> <button type="button">Manage preferences</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">${escape(doc.outlet)}</a>
    <nav><a href="/world">World</a> <a href="/asia">Asia</a> <a href="/analysis">Analysis</a> <a href="/subscribe">Subscribe</a></nav>
  </header>
  <main>
    <article>
      <h1>${escape(doc.title)}</h1>
      <p class="byline">By staff reporters · <time datetime="${doc.published}">${dm(doc.published)} 2021</time></p>
      <p class="synthetic-notice"><em>Reconstruction: a synthetic report written for the Frontline demo; the outlet is fictional.</em></p>
${paragraphs}
      <div class="share-widget">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
    </article>
    <aside class="related">
      <h2>Read more</h2>
      <ul>
        <li><a href="/analysis/withdrawal">Analysis: what the withdrawal means for the region</a></li>
        <li><a href="/world/refugees">Neighbours brace for refugees</a></li>
      </ul>
    </aside>
  </main>
  <div class="newsletter">Get our morning briefing in your inbox. <a href="/newsletter">Sign up</a></div>
  <footer>© 2021 ${escape(doc.outlet)} (fictional). <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/cookies">Cookie settings</a></footer>
</body>
</html>
`;
}

/** [file name, html] for each page. */
export function pages() {
  return stories.map((doc) => [`${doc.published}-${doc.url.split('/').at(-1)}.html`, render(doc), doc]);
}
