// Data for boilerplate removal: what page furniture says, with how strongly each cue points to
// furniture rather than reporting. A paragraph is furniture when its cues add up (see boilerplate.ts).

export interface BoilerplateCue {
  kind: 'consent' | 'app' | 'newsletter' | 'share' | 'advert' | 'footer';
  pattern: RegExp;
  weight: number;
}

/** Cues matched anywhere in a paragraph (case-insensitive). */
export const CUES: BoilerplateCue[] = [
  { kind: 'consent', pattern: /\bcookies?\b/i, weight: 2 },
  { kind: 'consent', pattern: /\b(?:consent|gdpr)\b/i, weight: 1.5 },
  { kind: 'consent', pattern: /\b(?:improve|enhance|personali[sz]e) (?:your|the) (?:browsing |user )?experience\b/i, weight: 2 },
  { kind: 'consent', pattern: /\bassume you(?:'|’)?(?:re| are) ok\b/i, weight: 2 },
  { kind: 'consent', pattern: /\bopt[- ]?out\b/i, weight: 1 },
  { kind: 'consent', pattern: /\b(?:accept|agree|reject|decline)(?: all)?\b/i, weight: 1 },
  { kind: 'consent', pattern: /\b(?:privacy|cookie) (?:policy|settings|notice|preferences)\b/i, weight: 1.5 },
  { kind: 'consent', pattern: /\bmanage (?:your )?(?:preferences|settings|choices)\b/i, weight: 1.5 },
  { kind: 'consent', pattern: /\b(?:our )?partners (?:store|use|process)\b/i, weight: 1 },
  // The same banners in the other languages of the reports.
  { kind: 'consent', pattern: /(?:куки|ملفات تعريف الارتباط|کوکی|کوکی‌ها)/i, weight: 2 },
  { kind: 'consent', pattern: /(?:\b(?:akzeptieren|zustimmen|ablehnen|accepter|refuser|aceptar|rechazar|accetta|rifiuta|aceitar)\b|принять|согласиться|قبول|پذیرش)/i, weight: 1 },
  { kind: 'consent', pattern: /\b(?:datenschutz|confidentialit|privacidad|riservatezza|privacidade)/i, weight: 1.5 },
  { kind: 'consent', pattern: /\b(?:nous utilisons|wir verwenden|utilizamos|utilizziamo)\b/i, weight: 1 },
  { kind: 'app', pattern: /\bdownload (?:our|the)(?: free)?(?: \w+)? app\b/i, weight: 3 },
  { kind: 'app', pattern: /\b(?:get|install|try) (?:our|the)(?: free)?(?: \w+)? app\b/i, weight: 3 },
  { kind: 'app', pattern: /\b(?:app store|google play|play store)\b/i, weight: 2 },
  { kind: 'app', pattern: /^open in (?:the )?app$/i, weight: 3 },
  { kind: 'newsletter', pattern: /\bnewsletters?\b/i, weight: 2 },
  { kind: 'newsletter', pattern: /\b(?:sign up|signup|subscribe)\b/i, weight: 1.5 },
  { kind: 'newsletter', pattern: /\b(?:your|to the) inbox\b/i, weight: 1.5 },
  { kind: 'newsletter', pattern: /\b(?:enter|your) e-?mail(?: address)?\b/i, weight: 1 },
  { kind: 'share', pattern: /^share(?: this)?(?: article| story| page)?(?: on \w+)?:?$/i, weight: 3 },
  { kind: 'share', pattern: /\bshare (?:on|via|to) (?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|e-?mail)\b/i, weight: 3 },
  { kind: 'share', pattern: /^(?:tweet|copy link|copy url|link copied|print|e-?mail|whatsapp|facebook|twitter|linkedin|telegram|pinterest)$/i, weight: 3 },
  { kind: 'share', pattern: /\bcopy link\b/i, weight: 2 },
  { kind: 'share', pattern: /\bfollow us on\b/i, weight: 2 },
  { kind: 'advert', pattern: /^(?:advertisement|advert|ad|sponsored(?: content)?|promoted(?: content)?|paid (?:content|post))$/i, weight: 4 },
  { kind: 'advert', pattern: /\bscroll (?:down )?to continue(?: with content)?\b/i, weight: 3 },
  { kind: 'advert', pattern: /\bstory continues below (?:this )?advertisement\b/i, weight: 3 },
  { kind: 'footer', pattern: /(?:^©|\bcopyright (?:©|\(c\) )?\d{4}\b)/i, weight: 2 },
  { kind: 'footer', pattern: /\ball rights reserved\b/i, weight: 2 },
];

/**
 * Lines that point to other stories ("Read more: ...", "Related", a feed's "The post X appeared
 * first on Y"). Such a line is furniture even when the headline in it reports events: it is
 * another article's news, or this one's headline again.
 */
export const ELSEWHERE = [
  /^(?:read more|read also|also read|related(?: stories| articles| coverage| content| news)?|recommended(?: for you| stories| reading)?|more on this(?: story)?|see also|you may also like|you might also like|most (?:read|popular)|trending(?: now)?|latest stories|editor(?:'|’)?s picks?)(?:\s*[:|»›>–—-]|\s*$)/i,
  /^the post .+ appeared first on .+$/i,
];

/**
 * Words of reporting: a paragraph that has one of these inside a sentence reports events and is
 * never cut (unless it is a labelled link to another story, see ELSEWHERE).
 */
export const REPORTING = new RegExp(
  '\\b(?:' +
    [
      'captur(?:e|ed|es|ing)', 'seiz(?:e|ed|es|ing)', 'overr(?:an|un|unning)', 'fell to', 'fall(?:en)? to',
      'took control', 'take control', 'taken control', 'under (?:the )?control', 'retook', 'retake', 'recaptur(?:e|ed|ing)',
      'withdr(?:ew|awn|awal|aw)', 'retreat(?:ed|ing)?', 'surrender(?:ed|ing|s)?', 'clash(?:ed|es)', 'fighting', 'fought',
      'attack(?:ed|s)?', 'killed', 'wounded', 'shell(?:ed|ing)', 'airstrikes?', 'offensive', 'advanc(?:e|ed|ing)',
      'crossed', 'fled', 'besieg(?:e|ed|ing)', 'troops', 'militants', 'insurgents', 'soldiers', 'spokesman',
      'officials? said', 'according to',
    ].join('|') +
    ')\\b',
  'i',
);
