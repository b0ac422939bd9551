/**
 * zod compiles object parsers with `new Function` when it may, deciding as each schema is
 * built. The dashboard's Content-Security-Policy forbids eval, and even zod's probe for it is
 * reported as a policy violation; so the contract's schemas are built jitless, on the server
 * too (one behaviour everywhere; its requests are small). Every contract module takes its `z`
 * from here, so the setting is made before any of them builds a schema, in whatever order a
 * bundle evaluates them and whichever of them it leaves out.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
