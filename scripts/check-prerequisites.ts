// `npm test` runs this first: it names what the system lacks and how to install it, in a second.
import { missingPrerequisites, systemLook } from './prerequisites.ts';

const missing = missingPrerequisites(systemLook);
if (missing.length > 0) {
  console.error(missing.join('\n'));
  process.exit(1);
}
