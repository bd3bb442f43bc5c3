export { readDocx } from './readDocx';
export { DocxReadError, type DocxErrorCode } from './errors';
