// Preloaded into a CLI child process: writes its peak memory (kilobytes) where the test asks, as it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.SVERKA_MAX_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
