import { describe, expect, it } from 'vitest';
import { entryKey, routeFiles, staticClosure, type Manifest } from '../../bench/route-closure';

/** The shape Vite writes to .vite/manifest.json for a lazy-route SPA. */
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a1.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_react-b2.js', '_mui-c3.js'],
    dynamicImports: ['src/app/pages/leads-page.tsx', 'src/app/pages/calendar-page.tsx'],
    css: ['assets/index-a1.css'],
  },
  '_react-b2.js': { file: 'assets/react-b2.js' },
  '_mui-c3.js': { file: 'assets/mui-c3.js', imports: ['_react-b2.js'] },
  '_grid-d4.js': {
    file: 'assets/grid-d4.js',
    imports: ['_mui-c3.js'],
    css: ['assets/grid-d4.css'],
  },
  '_shared-e5.js': { file: 'assets/shared-e5.js', imports: ['_grid-d4.js'] },
  'src/app/pages/leads-page.tsx': {
    file: 'assets/leads-page-f6.js',
    isDynamicEntry: true,
    imports: ['_shared-e5.js', '_mui-c3.js'],
    dynamicImports: ['src/app/pages/calendar-page.tsx'],
  },
  'src/app/pages/calendar-page.tsx': {
    file: 'assets/calendar-page-g7.js',
    isDynamicEntry: true,
    imports: ['_react-b2.js'],
    css: ['assets/calendar-g7.css'],
  },
  'styles.css': { file: 'assets/styles-h8.css', src: 'styles.css' },
};

describe('entryKey', () => {
  it('finds the HTML entry', () => {
    expect(entryKey(manifest)).toBe('index.html');
  });

  it('refuses a manifest without an entry', () => {
    expect(() => entryKey({ 'a.js': { file: 'a.js' } })).toThrow('no entry');
  });
});

describe('staticClosure', () => {
  it('follows static imports transitively, once each, and never dynamic imports', () => {
    expect(staticClosure(manifest, ['src/app/pages/leads-page.tsx'])).toEqual([
      'src/app/pages/leads-page.tsx',
      '_shared-e5.js',
      '_grid-d4.js',
      '_mui-c3.js',
      '_react-b2.js',
    ]);
  });

  it('survives import cycles', () => {
    const cyclic: Manifest = {
      'a.js': { file: 'a.js', isEntry: true, imports: ['b.js'] },
      'b.js': { file: 'b.js', imports: ['a.js'] },
    };
    expect(staticClosure(cyclic, ['a.js'])).toEqual(['a.js', 'b.js']);
  });

  it('names a missing key instead of guessing', () => {
    expect(() => staticClosure(manifest, ['src/app/pages/nope.tsx'])).toThrow('nope.tsx');
  });
});

describe('routeFiles', () => {
  it('is the entry closure alone for a route inside the entry (sign-in)', () => {
    expect(routeFiles(manifest, null)).toEqual({
      js: ['assets/index-a1.js', 'assets/react-b2.js', 'assets/mui-c3.js'],
      css: ['assets/index-a1.css'],
    });
  });

  it('adds the lazy page, its static imports and their CSS, each file once', () => {
    expect(routeFiles(manifest, 'src/app/pages/leads-page.tsx')).toEqual({
      js: [
        'assets/index-a1.js',
        'assets/react-b2.js',
        'assets/mui-c3.js',
        'assets/leads-page-f6.js',
        'assets/shared-e5.js',
        'assets/grid-d4.js',
      ],
      css: ['assets/index-a1.css', 'assets/grid-d4.css'],
    });
  });

  it('keeps what another route needs out of this one', () => {
    const calendar = routeFiles(manifest, 'src/app/pages/calendar-page.tsx');
    expect(calendar.js).not.toContain('assets/grid-d4.js');
    expect(calendar.css).toEqual(['assets/index-a1.css', 'assets/calendar-g7.css']);
  });
});
