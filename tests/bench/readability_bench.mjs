// The baseline for extract_bench: Mozilla Readability (the Firefox Reader View extractor) on linkedom's DOM, timed
// the same way: every file of a folder read into memory, then decoded, parsed and extracted on one thread, pass
// after pass until at least --seconds have gone by; prints pages/s and MB/s. run_extract_bench.sh runs both.
//
//   node readability_bench.mjs [--suffix html] [--seconds 3] FOLDER

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const { values, positionals } = parseArgs({
    options: { suffix: { type: 'string' }, seconds: { type: 'string', default: '3' } },
    allowPositionals: true,
});
if (positionals.length !== 1) {
    console.error('usage: node readability_bench.mjs [--suffix html] [--seconds 3] FOLDER');
    process.exit(2);
}
const folder = positionals[0];
const pages = readdirSync(folder)
    .filter((name) => !values.suffix || extname(name).slice(1).toLowerCase() === values.suffix.toLowerCase())
    .filter((name) => statSync(join(folder, name)).isFile())
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
if (pages.length === 0) {
    console.error('readability_bench: no files to extract');
    process.exit(1);
}
function versionOf(name) {
    try {
        return JSON.parse(readFileSync(new URL(`./node_modules/${name}/package.json`, import.meta.url))).version;
    } catch {
        return '?';
    }
}
const bytesPerPass = pages.reduce((sum, page) => sum + page.bytes.length, 0);

function extract(page) {
    // Decoding is part of the work, as it is for extractBytes(); pages declare their encoding in a <meta>.
    const head = page.bytes.subarray(0, 2048).toString('latin1');
    const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head);
    const html = new TextDecoder(charset ? charset[1].toLowerCase() : 'utf-8').decode(page.bytes);
    const { document } = parseHTML(html);
    return new Readability(document).parse();
}

// One untimed pass: lets the JIT warm up, and counts the pages Readability finds no article in.
let errors = 0;
for (const page of pages) {
    const article = extract(page);
    if (!article || !article.textContent) {
        errors += 1;
    }
}

const minimumSeconds = Number(values.seconds);
let passes = 0;
let sink = 0;
const start = performance.now();
// CPU time as well: on a shared machine the wall clock also counts the time other processes had the core.
const cpuStart = process.cpuUsage();
let seconds = 0;
do {
    for (const page of pages) {
        const article = extract(page);
        sink += article ? article.textContent.length : 0;
    }
    passes += 1;
    seconds = (performance.now() - start) / 1000;
} while (seconds < minimumSeconds);

const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const work = passes * pages.length;
const megabytes = (passes * bytesPerPass) / 1e6;
const pagesPerSecond = work / seconds;
const megabytesPerSecond = megabytes / seconds;
console.log(
    `@mozilla/readability ${versionOf('@mozilla/readability')} on linkedom ${versionOf('linkedom')}: ` +
        `${pages.length} files, ${(bytesPerPass / pages.length / 1024).toFixed(1)} KB on average, ` +
        `${passes} passes in ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s of CPU)`,
);
console.log(
    `  ${pagesPerSecond.toFixed(1)} pages/s, ${megabytesPerSecond.toFixed(2)} MB/s by the clock; ` +
        `${(work / cpuSeconds).toFixed(1)} pages/s, ${(megabytes / cpuSeconds).toFixed(2)} MB/s of CPU time ` +
        `(MB = 10^6 bytes)`,
);
console.log(`  ${errors} of ${pages.length} pages gave no article`);
console.log(
    `RESULT pages_per_s=${pagesPerSecond.toFixed(2)} mb_per_s=${megabytesPerSecond.toFixed(3)} ` +
        `cpu_pages_per_s=${(work / cpuSeconds).toFixed(2)} cpu_mb_per_s=${(megabytes / cpuSeconds).toFixed(3)} ` +
        `pages=${pages.length} errors=${errors} sink=${sink % 10}`,
);
