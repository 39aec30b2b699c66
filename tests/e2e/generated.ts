import { crc32, deflateSync } from 'node:zlib';

/** Pages the robustness tests need that are too big or too odd to commit: generated per request. */

const PARAGRAPH =
  'The committee met again on Thursday to discuss the budget for the coming year, and agreed to publish its report before the summer recess, after a long debate about the cost of the new bridge. ';

function article(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="article"></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

/** A one-page PDF with a line of text, written by hand (objects, then the cross-reference table). */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 18 Tf 20 70 Td (A PDF document) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A 64×64 grey PNG: signature, IHDR, one zlib-compressed IDAT, IEND, each chunk with its CRC. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const size = 64;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((size + 1) * size, 0x99);
  for (let y = 0; y < size; y++) rows[y * (size + 1)] = 0; // filter byte: none
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

export const GENERATED: Record<string, () => { type: string; body: string | Buffer }> = {
  '/gen/document.pdf': () => ({ type: 'application/pdf', body: tinyPdf() }),
  '/gen/picture.png': () => ({ type: 'image/png', body: tinyPng() }),
  '/gen/empty': () => ({ type: 'text/html; charset=utf-8', body: '' }),
  '/gen/plain': () => ({ type: 'text/plain; charset=utf-8', body: `${PARAGRAPH}\n\n`.repeat(20) }),
  // A <title> that is never closed: the parser reads all the markup after it as the title's text, so the body is empty.
  '/gen/unclosed-title': () => ({
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour news <h1>Harbour news</h1>${`<p>${PARAGRAPH}</p>`.repeat(8)}</body></html>`,
  }),
  '/gen/not-html': () => ({ type: 'text/html; charset=utf-8', body: '\u0000\u0001\u0002\u00ff'.repeat(2000) }),
  // 20,000 nested elements, with an article at the bottom.
  '/gen/deep': () => ({
    type: 'text/html; charset=utf-8',
    body: article('A Very Deep Page', `${'<div>'.repeat(20_000)}${`<p>${PARAGRAPH.repeat(3)}</p>`.repeat(5)}${'</div>'.repeat(20_000)}`),
  }),
  // About 10 MB of article text.
  '/gen/huge': () => ({
    type: 'text/html; charset=utf-8',
    body: article('A Very Long Report', `<p>${PARAGRAPH.repeat(4)}</p>`.repeat(Math.ceil(10_000_000 / (PARAGRAPH.length * 4 + 7)))),
  }),
  // A page that breaks built-in prototypes the content script might rely on.
  '/gen/prototypes': () => ({
    type: 'text/html; charset=utf-8',
    body: article(
      'A Page That Rewrites Built-ins',
      `<script>Array.prototype.map = function () { throw new Error('broken map'); };
        Element.prototype.querySelectorAll = function () { return []; };
        JSON.stringify = function () { return 'broken'; };
        history.replaceState({}, '', '/rewritten/url/of/the/page');</script>${`<p>${PARAGRAPH.repeat(3)}</p>`.repeat(6)}`,
    ),
  }),
};
