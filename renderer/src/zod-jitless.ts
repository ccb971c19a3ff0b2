import { z } from 'zod';

/**
 * zod compiles object parsers with `new Function` unless told not to, and probes for it when a schema
 * is built; under the strict CSP (no 'unsafe-eval') that probe is reported as a violation.
 * This module must be imported before any module that builds a schema.
 */
z.config({ jitless: true });
