/**
 * Fails when a built page shows Markdown as text: a backtick pair outside code, or a fact tag
 * that was printed instead of resolved. Every prose field must go through the Markdown renderer.
 *   node src/tools/check-markdown.ts          (reads PVN_OUT_DIR or dist/)
 */
import { literalMarkdown } from './literal-markdown.ts';
import { outDir, htmlFiles, readBuilt } from './dist.ts';

const dir = outDir();
const files = htmlFiles(dir);
let count = 0;
for (const file of files) {
  for (const found of literalMarkdown(readBuilt(file, dir))) {
    count++;
    console.error(`${file}: literal ${found.kind}: ${found.excerpt}`);
  }
}
console.log(
  `Markdown: ${files.length} pages, ${count} literal Markdown fragment(s) in visible text`,
);
process.exit(count ? 1 : 0);
