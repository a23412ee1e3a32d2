import type { Plugin } from 'esbuild';

export const PDFJS: string[];
export function librariesFromNodeModules(builtIn: Set<string>): Plugin;
