import type { Rule } from '../../rule';
import { bodyAlignment } from './bodyAlignment';
import { bodyFirstLineIndent } from './bodyFirstLineIndent';
import { bodyFontSize } from './bodyFontSize';
import { bodyLineSpacing } from './bodyLineSpacing';
import { bodyParagraphSpacing } from './bodyParagraphSpacing';
import { headerTypography } from './headerTypography';
import { pageNumbers } from './pageNumbers';
import { pageSetup } from './pageSetup';
import { presentationFont } from './presentationFont';
import { signatureTypography } from './signatureTypography';

/** Presentation (kỹ thuật trình bày): run only where the host reports fonts, paragraph format or page setup. */
export const presentationRules: readonly Rule[] = [
  presentationFont,
  bodyFontSize,
  bodyAlignment,
  bodyFirstLineIndent,
  bodyParagraphSpacing,
  bodyLineSpacing,
  headerTypography,
  signatureTypography,
  pageSetup,
  pageNumbers,
];
