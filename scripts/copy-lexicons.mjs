// The build compiles TypeScript only; lexicon data files are copied beside the compiled code.
import { cpSync, rmSync } from 'node:fs';
rmSync('dist/lexicons', { recursive: true, force: true });
cpSync('src/lexicons', 'dist/lexicons', { recursive: true });
