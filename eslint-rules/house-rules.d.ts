import type { ESLint } from 'eslint';

/** The house's lint rules (see house-rules.js). */
export declare const houseRules: ESLint.Plugin;
