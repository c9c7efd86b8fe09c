/**
 * The claimgraph library: `extract` turns one article into the contract JSON
 * (docs: output-contract.md); `openStore` opens the archive (SQLite file or PostgreSQL) that
 * `claimgraph ingest` fills and `claimgraph serve` serves. The CLI and the server are thin layers
 * over these.
 *
 *   import { extract, openStore, contentHash } from 'claimgraph';
 *   const store = await openStore('./claimgraph.db');
 *   const bytes = await readFile('article.txt');
 *   await store.ingest({ contentHash: contentHash(bytes), document: extract(bytes, { source: 'article.txt' }) });
 *   const { results } = { results: await store.search('border') };
 */
export { extract } from './extract.js';
export type { ExtractOptions } from './extract.js';
export { openStore, DEFAULT_DATABASE, StoreError } from './store/index.js';
export type * from './store/types.js';
export { contentHash } from './store/content-hash.js';
export { exportStore, EXPORT_FORMATS } from './store/export.js';
export type { ExportFormat } from './store/export.js';
export { createApp } from './server/app.js';
export { startServer } from './server/serve.js';
export type { ServeOptions, RunningServer } from './server/serve.js';
export { ClaimgraphError } from './model/index.js';
