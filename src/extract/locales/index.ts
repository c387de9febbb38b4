// Parsers for reports not in English, one folder per language; each fires only on documents in its language.
import { arCaptureParser } from './ar/captureParser.js';
import { arClashParser } from './ar/clashParser.js';
import { arFellParser } from './ar/fellParser.js';
import { arRecaptureParser } from './ar/recaptureParser.js';
import { arSurrenderParser } from './ar/surrenderParser.js';
import { arWithdrawalParser } from './ar/withdrawalParser.js';
import { bgCaptureParser } from './bg/captureParser.js';
import { bgFellParser } from './bg/fellParser.js';
import { bgRecaptureParser } from './bg/recaptureParser.js';
import { bgWithdrawalParser } from './bg/withdrawalParser.js';
import { deAttackedParser } from './de/attackedParser.js';
import { deCaptureParser } from './de/captureParser.js';
import { deCapturedParser } from './de/capturedParser.js';
import { deClashParser } from './de/clashParser.js';
import { deCrossingParser } from './de/crossingParser.js';
import { deFellParser } from './de/fellParser.js';
import { deRecaptureParser } from './de/recaptureParser.js';
import { deSurrenderParser } from './de/surrenderParser.js';
import { deWithdrawalParser } from './de/withdrawalParser.js';
import { faClashParser } from './fa/clashParser.js';
import { faControlParser } from './fa/controlParser.js';
import { faFellParser } from './fa/fellParser.js';
import { faSeizedParser } from './fa/seizedParser.js';
import { faSurrenderParser } from './fa/surrenderParser.js';
import { faWithdrawalParser } from './fa/withdrawalParser.js';
import { frCaptureParser } from './fr/captureParser.js';
import { frClashParser } from './fr/clashParser.js';
import { frFellParser } from './fr/fellParser.js';
import { frRecaptureParser } from './fr/recaptureParser.js';
import { frWithdrawalParser } from './fr/withdrawalParser.js';
import { itCaptureParser } from './it/captureParser.js';
import { itClashParser } from './it/clashParser.js';
import { itFellParser } from './it/fellParser.js';
import { itPassiveParser } from './it/passiveParser.js';
import { itRecaptureParser } from './it/recaptureParser.js';
import { itWithdrawalParser } from './it/withdrawalParser.js';
import { psHandedOverParser } from './ps/handedOverParser.js';
import { psSeizedParser } from './ps/seizedParser.js';
import { ruCaptureParser } from './ru/captureParser.js';
import { ruClashParser } from './ru/clashParser.js';
import { ruCrossingParser } from './ru/crossingParser.js';
import { ruFellParser } from './ru/fellParser.js';
import { ruRecaptureParser } from './ru/recaptureParser.js';
import { ruSurrenderParser } from './ru/surrenderParser.js';
import { ruWithdrawalParser } from './ru/withdrawalParser.js';
import { AR } from './ar/lexicon.js';
import { BG } from './bg/lexicon.js';
import { DE } from './de/lexicon.js';
import { FA } from './fa/lexicon.js';
import { FR } from './fr/lexicon.js';
import { IT } from './it/lexicon.js';
import { PS } from './ps/lexicon.js';
import { RU } from './ru/lexicon.js';
import type { Parser } from '../types.js';

/** Recaptures first: "استعاد ... السيطرة على" also reads as a capture, and the earlier parser wins. */
export const LOCALE_PARSERS: Parser[] = [
  arRecaptureParser,
  bgRecaptureParser,
  deRecaptureParser,
  frRecaptureParser,
  itRecaptureParser,
  ruRecaptureParser,
  arCaptureParser,
  arClashParser,
  arFellParser,
  arSurrenderParser,
  arWithdrawalParser,
  bgCaptureParser,
  bgFellParser,
  bgWithdrawalParser,
  deAttackedParser,
  deCaptureParser,
  deCapturedParser,
  deClashParser,
  deCrossingParser,
  deFellParser,
  deSurrenderParser,
  deWithdrawalParser,
  faClashParser,
  faControlParser,
  faFellParser,
  faSeizedParser,
  faSurrenderParser,
  faWithdrawalParser,
  frCaptureParser,
  frClashParser,
  frFellParser,
  frWithdrawalParser,
  itCaptureParser,
  itClashParser,
  itFellParser,
  itPassiveParser,
  itWithdrawalParser,
  psHandedOverParser,
  psSeizedParser,
  ruCaptureParser,
  ruClashParser,
  ruCrossingParser,
  ruFellParser,
  ruSurrenderParser,
  ruWithdrawalParser,
];

/** Languages read besides English (ISO 639-1 codes, and 'prs' for Dari): the CLI's "unknown language" note can skip them. */
export const LOCALE_LANGUAGES: string[] = [...new Set([AR, BG, DE, FA, FR, IT, PS, RU].flatMap((l) => l.langs))];
