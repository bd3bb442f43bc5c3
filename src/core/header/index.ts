export * from './build';
export * from './data';
export * from './dates';
export * from './issuer';
export * from './numberLine';
export * from './parse';
export * from './profile';
export * from './ruleSet';
export { foldKey } from './text';
