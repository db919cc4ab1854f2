// Mozilla Readability as a stand-in for `credence extract --json`, so evaluate.py can score it on the same pages:
//
//   tests/bench/evaluate.py PAGES --formats html --extractor "node tests/bench/readability_extract.mjs"
//
// Prints one JSON object per file with the fields evaluate.py reads (title, author, published, body).

import { readFileSync } from 'node:fs';

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

// Pages declare their encoding in a <meta> near the top; without one they are UTF-8.
function decode(bytes) {
    const head = bytes.subarray(0, 2048).toString('latin1');
    const m = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head);
    return new TextDecoder(m ? m[1].toLowerCase() : 'utf-8').decode(bytes);
}

const files = process.argv.slice(2).filter((a) => a !== 'extract' && a !== '--json');
const results = [];
let failed = 0;
for (const file of files) {
    const { document } = parseHTML(decode(readFileSync(file)));
    const article = new Readability(document).parse();
    if (!article) {
        console.error(`${file}: Readability found no article`);
        failed += 1;
        continue;
    }
    // textContent runs paragraphs together; the DOM gives them back one per line.
    const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
    const blocks = [...content.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, tr, blockquote, pre')]
        .filter((e) => !e.querySelector('p, li, tr'))
        .map((e) => e.textContent.replace(/\s+/g, ' ').trim())
        .filter((t) => t);
    results.push({
        file,
        title: article.title || null,
        author: article.byline ? article.byline.replace(/^by\s+/i, '').trim() : null,
        published: article.publishedTime ? article.publishedTime.slice(0, 10) : null,
        body: blocks.length ? blocks.join('\n\n') : article.textContent,
    });
}
console.log(JSON.stringify(results, null, 1));
process.exit(failed ? 1 : 0);
