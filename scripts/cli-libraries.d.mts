import type { BuildOptions, Plugin } from 'esbuild';

export const PDFJS: string[];
export function librariesFromNodeModules(builtIn: Set<string>): Plugin;
export function nodeBuildOptions(builtIn: Set<string>): BuildOptions;
