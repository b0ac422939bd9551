/**
 * The house's lint rules fail where they should: a feature importing another feature or the app,
 * a cycle, a name.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { houseRules } from '../../../eslint-rules/house-rules.js';

const root = mkdtempSync(path.join(tmpdir(), 'house-rules-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files: Record<string, string> = {
  'src/features/leads/api/lead-reader.ts':
    "import { slot } from '../../appointments/model/slot';\nexport const lead = slot;\n",
  'src/features/leads/api/own-reader.ts':
    "import { lead } from './lead-reader';\nexport const own = lead;\n",
  'src/features/appointments/model/slot.ts':
    "import { shared } from '../../../lib/shared';\nexport const slot = shared;\n",
  'src/features/notes/api/note-writer.ts':
    "import { offer } from '../../../app/undo/offer';\nexport const write = offer;\n",
  'src/app/undo/offer.ts':
    "import { shared } from '../../lib/shared';\nexport const offer = shared;\n",
  'src/lib/shared.ts': 'export const shared = 1;\n',
  'src/lib/ping.ts': "import { pong } from './pong';\nexport const ping = () => pong;\n",
  'src/lib/pong.ts': "import { ping } from './ping';\nexport const pong = () => ping;\n",
  'src/lib/typed-a.ts': "import type { B } from './typed-b';\nexport type A = { b?: B };\n",
  'src/lib/typed-b.ts': "import { type A } from './typed-a';\nexport type B = { a?: A };\n",
  'src/lib/LeadThing.ts': 'export const thing = 1;\n',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  writeFileSync(path.join(root, name), text);
}

const lint = async () => {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { house: houseRules },
        rules: {
          'house/kebab-case-file-name': 'error',
          'house/no-import-cycle': 'error',
          'house/feature-isolation': 'error',
        },
      },
    ],
  });
  const results = await eslint.lintFiles(['src']);
  return results
    .flatMap((result) =>
      result.messages.map((message) => `${path.relative(root, result.filePath)} ${message.ruleId}`),
    )
    .sort();
};

describe('the house lint rules', () => {
  it('report a cross-feature import, an upward import, a runtime cycle and a file name, and nothing else', async () => {
    expect(await lint()).toEqual([
      'src/features/leads/api/lead-reader.ts house/feature-isolation',
      'src/features/notes/api/note-writer.ts house/feature-isolation',
      'src/lib/LeadThing.ts house/kebab-case-file-name',
      'src/lib/ping.ts house/no-import-cycle',
      'src/lib/pong.ts house/no-import-cycle',
    ]);
  });
});
