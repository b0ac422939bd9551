/**
 * The house's own lint rules (docs/conventions.md), written here because no installed plugin
 * has them: kebab-case file names, features that never import each other nor `src/app` (imports
 * point down: app → features → components, lib, contract), and no import cycles.
 * Relative imports are resolved the way Vite and TypeScript do here (`.ts`, `.tsx`, `index`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const KEBAB_FILE = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.js', '/index.ts', '/index.tsx'];

/** The file a relative import names, or null for a package or a file not found. */
const resolveImport = (fromFile, source) => {
  if (!source.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), source);
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
};

/** `src/features/<name>/…` → `<name>`; null outside the features. */
const featureOf = (cwd, file) => {
  const parts = path.relative(cwd, file).split(path.sep);
  return parts[0] === 'src' && parts[1] === 'features' && parts.length > 3 ? parts[2] : null;
};

/** Whether `file` is under `src/app/`, the layer that ties features together. */
const inApp = (cwd, file) =>
  path.relative(cwd, file).split(path.sep).slice(0, 2).join('/') === 'src/app';

/** Static imports and re-exports: the clause (if any) and the source. */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?:([^'";]*?)\s*from\s+)?['"]([^'"]+)['"]/gm;
/** A clause that names only types (`type X`, `{ type A, type B }`): erased, never run. */
const TYPES_ONLY = /^(type\s[\s\S]*|\{\s*(type\s+[\w$]+(\s+as\s+[\w$]+)?\s*,?\s*)+\})$/;

const importsCache = new Map();
const runtimeImportsOf = (file) => {
  const known = importsCache.get(file);
  if (known) return known;
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(STATIC_IMPORT)]
    .filter(([, clause]) => clause === undefined || !TYPES_ONLY.test(clause.trim()))
    .map(([, , source]) => resolveImport(file, source))
    .filter((target) => target !== null);
  importsCache.set(file, found);
  return found;
};

/** Whether `start` leads back to `file` through runtime imports. */
const leadsBackTo = (file, start) => {
  const seen = new Set();
  const stack = [start];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === file) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...runtimeImportsOf(current));
  }
  return false;
};

/** An import that runs at load: not `import type`, nor only `{ type … }` specifiers. */
const isRuntime = (node) =>
  node.importKind !== 'type' &&
  node.exportKind !== 'type' &&
  !(
    node.specifiers?.length > 0 &&
    node.specifiers.every((specifier) => (specifier.importKind ?? specifier.exportKind) === 'type')
  );

export const houseRules = {
  rules: {
    'kebab-case-file-name': {
      meta: { type: 'suggestion', schema: [] },
      create: (context) => ({
        Program: (node) => {
          const name = path.basename(context.filename);
          if (!KEBAB_FILE.test(name)) {
            context.report({ node, message: `File name "${name}" is not kebab-case.` });
          }
        },
      }),
    },
    'feature-isolation': {
      meta: { type: 'problem', schema: [] },
      create: (context) => {
        const own = featureOf(context.cwd, context.filename);
        const check = (node) => {
          if (!own || !node.source) return;
          const target = resolveImport(context.filename, node.source.value);
          if (target && inApp(context.cwd, target)) {
            context.report({
              node,
              message: `src/features/${own} may not import src/app: move what it needs to src/components or src/lib.`,
            });
            return;
          }
          const other = target && featureOf(context.cwd, target);
          if (other && other !== own) {
            context.report({
              node,
              message: `src/features/${own} may not import src/features/${other}: move what both need to src/components, src/lib or src/contract.`,
            });
          }
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
        };
      },
    },
    'no-import-cycle': {
      meta: { type: 'problem', schema: [] },
      create: (context) => {
        const file = path.resolve(context.filename);
        const check = (node) => {
          if (!node.source || !isRuntime(node)) return;
          const target = resolveImport(file, node.source.value);
          if (target && leadsBackTo(file, target)) {
            context.report({
              node,
              message: `This import leads back to this file (an import cycle).`,
            });
          }
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
        };
      },
    },
  },
};
