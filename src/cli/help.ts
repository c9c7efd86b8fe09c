export const MAIN_HELP = `claimgraph — who said what, who did what, when, and where the accounts disagree

Usage: claimgraph <command> [options]

Commands:
  extract FILE...   read news articles (scraped text or saved HTML pages) and print each as JSON:
                    clean text, metadata, removed boilerplate, captions, and the extracted record
  timeline FILE...  the events of the articles (attacks, arrests, charges, …) in time order:
                    date, event, who, where, according to whom (--format json for machines)
  corpus FILE...    several articles as one JSON object: the documents and the entities,
                    events, claims and contradictions that link them across articles
  conflicts FILE... where the accounts of the articles disagree: per topic, each side with its
                    speakers, outlets and dates
  ingest FILE|DIR|URL...  extract articles and store them (SQLite file ./claimgraph.db by
                    default); URLs are fetched, WARC archives read; with --queue, files are
                    queued in PostgreSQL for workers
  watch FEED_URL... poll RSS/Atom feeds and store each new item's article
  worker            take queued articles, extract and store them (PostgreSQL; any number)
  status            the queue's progress: queued, active, done, failed, rate
  search QUERY      full-text search over the stored articles and quotations
  who-said NAME     what a person or organisation said, across the stored articles
  export            write the store as JSON lines, CSV, GraphML, or the corrections
  serve             the web UI and the HTTP API over the store (http://127.0.0.1:8080/)
  help [COMMAND]    show help for a command

Options:
  -h, --help        show this help
  -v, --version     print the version

Examples:
  claimgraph extract article.txt
  claimgraph extract --format jsonl pages/*.html > documents.jsonl
  claimgraph ingest articles/ && claimgraph serve
  claimgraph timeline --published 2024-03-26 article.txt
  claimgraph help extract
`;

export const EXTRACT_HELP = `Usage: claimgraph extract [options] FILE...

Reads each FILE (plain text scraped from a news page, or a saved HTML page; gzip-compressed files
are unpacked; "-" reads standard input) and prints one JSON document per file: the clean article
text, title, publisher, byline, publication date, the boilerplate removed, the picture captions,
and the paragraphs and sentences with their character offsets. Every span is {start, end} into
"text" (JavaScript string indices, end exclusive).

Options:
  --format json|jsonl     json: one pretty document (an array for several files);
                          jsonl: one document per line (default for several files)
  --input auto|text|html  how to read FILE (default auto: by extension, then by content)
  --published DATE        reference date (YYYY-MM-DD or ISO datetime) for relative time
                          expressions; overrides any date found in the document
  --no-clean              take text input verbatim (no boilerplate removal): "text" equals the
                          file content and offsets point into the input
  --clean-only            stop after cleaning and metadata (fast bulk cleaning)
  --tokens                add "tokens": every token with its part of speech, lemma, dependency
                          head (an index into "tokens", -1 for a sentence root) and relation
  --jobs N                worker threads for several files (default: number of cores)
  --max-bytes N           refuse files larger than N bytes (default 16777216)
  --max-elements N        refuse HTML with more than N elements (default 100000)
  --max-depth N           refuse HTML nested deeper than N elements (default 1000)
  --quiet                 no progress line on standard error
  -h, --help              show this help

Exit status: 0 when every file was processed; 1 when a file could not be read or parsed (its
error is one line on standard error, naming the file; the other files are still processed);
2 for a usage error.

Examples:
  claimgraph extract article.txt
  claimgraph extract --published 2024-03-26 article.txt
  claimgraph extract --no-clean --format json notes.txt
  claimgraph extract --tokens article.txt      # see the parse the later stages read
  claimgraph extract --clean-only --format jsonl pages/*.html > clean.jsonl
`;

const DB_OPTION = `  --db PATH|URL           the store: a SQLite file (default ./claimgraph.db) or a
                          PostgreSQL address (postgres://user@host:5432/database)`;

export const INGEST_HELP = `Usage: claimgraph ingest [options] FILE|DIR|URL|FILE.warc[.gz]...

Extracts each article (as "claimgraph extract" does) and stores it: the whole extract document
plus indexed tables for search, dossiers, attributions, events and contradictions. Directories
are walked recursively (.txt, .html, .htm, and the same gzip-compressed). An article whose
content was stored before is left as it is ("unchanged"); each article is stored in one
transaction, so an interrupted run never leaves half an article and can simply be run again.

An http(s) URL is fetched (robots.txt obeyed, 10 s to connect, 30 s and 16 MB per page, at most
5 redirects) and stored with its URL and fetch date. Private, loopback and link-local addresses
are refused. Every HTML response in a WARC archive (.warc, .warc.gz) is stored with its URL and
capture date.

Options:
${DB_OPTION}
  --input auto|text|html  how to read each FILE (default auto)
  --published DATE        reference date for relative time expressions
  --no-clean              take text input verbatim (no boilerplate removal)
  --jobs N                worker threads for extraction (default: number of cores)
  --reextract             extract articles stored before again and replace them (after an
                          upgrade of claimgraph); users' corrections are kept and re-applied
  --queue                 do not extract here: put each article in the queue of a PostgreSQL
                          --db, for "claimgraph worker" processes on any number of machines
                          (an article already stored or already queued is not added again)
  --retries N             with --queue: attempts after the first before a job goes to the
                          dead-letter queue (default 3)
  --retry-delay SECONDS   with --queue: wait before the first retry, doubling after (default 10)
  --job-timeout SECONDS   with --queue: a job still active after this long (its worker died) is
                          retried (default 300)
  --quiet                 no progress bar on standard error
  --allow-private         fetch URLs on private, loopback and link-local addresses too
  -h, --help              show this help

Prints a progress bar on a terminal and a summary at the end: stored, unchanged, failed (each
failure is one line naming the file and the reason); with --queue: queued, already queued,
already stored, failed. Exit status 1 when a file failed.

Examples:
  claimgraph ingest ../shared/data/seed/article.txt
  claimgraph ingest https://example.org/news/story.html crawl.warc.gz
  claimgraph ingest --db postgres://postgres@127.0.0.1/claimgraph articles/
  claimgraph ingest --db postgres://postgres@127.0.0.1/claimgraph --queue articles/
`;

export const WORKER_HELP = `Usage: claimgraph worker --db postgres://… [options]

Takes articles from the queue that "claimgraph ingest --queue" fills, extracts each and stores it
in the same database. Run as many workers as you like, on as many machines. A failed article is
retried with backoff; when no attempt is left it goes to the dead-letter queue with its reason
("claimgraph status" lists them). The job of a worker that dies is retried after the job timeout;
the store keeps each article once whatever happens. When the database restarts, workers wait
and go on.

Options:
  --db URL                the PostgreSQL database (required)
  --concurrency N         batches extracted at once, each on its own thread (default: cores)
  --batch N               articles fetched, extracted and stored together (default 8): one
                          transaction and one "done" per batch; the next batch is extracted
                          while one is stored
  --until-empty           stop when nothing is queued, retrying or active (else run until stopped)
  --grace SECONDS         on SIGTERM or Ctrl-C, let active articles finish for this long, then
                          release them to other workers (default 30); a second signal releases
                          them at once
  --poll SECONDS          when the queue is empty, look again after this long (default 2)
  --quiet                 no start line
  -h, --help              show this help

Example:
  claimgraph worker --db postgres://postgres@127.0.0.1/claimgraph --concurrency 2
`;

export const STATUS_HELP = `Usage: claimgraph status --db postgres://… [--json]

The queue's progress: queued (and waiting for a retry), active, done, failed (in the dead-letter
queue), the rate over the last minute, the articles in the store, and the latest failures with
their reasons.

Options:
  --db URL                the PostgreSQL database (required)
  --json                  print it as JSON
  -h, --help              show this help
`;

export const SEARCH_HELP = `Usage: claimgraph search [options] QUERY...

Ranked full-text search over the stored articles and their quotations. The words of QUERY are
searched as words (every one must occur; operators and quotation marks are read as text).

Options:
${DB_OPTION}
  --limit N               most results (default 10)
  --json                  print {results: [...]} as the HTTP API does
`;

export const WHO_SAID_HELP = `Usage: claimgraph who-said [options] NAME...

What the corpus entities whose name or alias matches NAME said, article by article. Name
variants, titles and transliterations ("Mr Lukashenko", "Lukashenka") find the same person.

Options:
${DB_OPTION}
  --stance STANCE         only assert, deny, question or decline
  --limit N               most attributions per speaker (default 50)
  --json                  print {speakers: [{entity, said}]}
`;

export const EXPORT_HELP = `Usage: claimgraph export [options]

Writes the whole store (with users' corrections applied) to standard output or a file.

Options:
${DB_OPTION}
  --format FORMAT         jsonl: one stored document per line (the extract contract plus id,
                                 content_hash, corrections);
                          csv: one row per attribution (document, date, speaker, cue, content,
                               stance, ...; RFC 4180);
                          graphml: the entity graph (who quoted whom, who spoke about whom);
                          corrections: the users' corrections as labelled JSON lines
                          (default jsonl)
  -o, --output FILE       write to FILE instead of standard output
`;

export const SERVE_HELP = `Usage: claimgraph serve [options]

Serves the web UI at / and the HTTP API under /api, described by an OpenAPI document at
/openapi.json. Errors are JSON {error: {code, message}}.

Options:
${DB_OPTION}
  --host HOST             address to listen on (default 127.0.0.1); any address other than
                          the loopback one needs --token
  --port PORT             port (default 8080; 0 picks a free one)
  --token TOKEN           every request must carry Authorization: Bearer TOKEN (also read from
                          the environment variable CLAIMGRAPH_TOKEN)
  --workers N             server processes sharing the port (default 1); with several, a slow
                          request holds up only its own process (e.g. --workers 2 on two cores)
`;

export const CORPUS_HELP = `Usage: claimgraph corpus [options] FILE...

Extracts every FILE and prints ONE JSON object: {documents, entities, events, claims,
contradictions}. "documents" holds one extract document per FILE in input order; the others are
clusters across articles whose members point into them ({doc, entity}: doc is the index in
documents). Every entity and every event of every article is in exactly one cluster; the same
person across articles is one cluster despite spelling and transliteration variants.

Options:
  --input auto|text|html  how to read FILE (default auto)
  --published DATE        reference date for relative time expressions
  --no-clean              take text input verbatim
  --jobs N                worker threads (default: number of cores)
  --quiet                 no progress line on standard error
`;

export const CONFLICTS_HELP = `Usage: claimgraph conflicts [options] FILE...

Extracts every FILE and prints where the accounts disagree, inside one article and across
articles: per topic (who is behind an attack, where the attackers fled, how many were killed),
the kind of conflict (contradicts, denies, disputes_value), the sentence that states it when an
article does, and each side with its speakers, outlets (file and publisher) and dates.
The same conflicts are in the "contradictions" of "claimgraph corpus".

Options:
  --input auto|text|html  how to read FILE (default auto)
  --published DATE        reference date for relative time expressions
  --no-clean              take text input verbatim
  --jobs N                worker threads (default: number of cores)
  --quiet                 no progress line on standard error
`;

/** Help of each command, for "claimgraph help COMMAND". */
export const TIMELINE_HELP = `Usage: claimgraph timeline [options] FILE...

Prints the typed events of the articles (attacks, arrests, charges, remands, …) in time order:
date, event, who, where, and according to whom.

Options:
  --published DATE   reference date (YYYY-MM-DD) for relative dates ("on Monday"); default: the
                     date found in each document, else dates stay unresolved
  --format text|json text (default): one line per event; json: the rows as JSON, for machines
  -h, --help         this help
`;

export const WATCH_HELP = `Usage: claimgraph watch [options] FEED_URL...

Polls RSS or Atom feeds and stores each new item's article (fetched as "claimgraph ingest URL"
does). A feed is asked with If-None-Match / If-Modified-Since, so an unchanged feed costs one
304; the items seen are remembered in the store, so only new ones are fetched, across runs.

Options:
  --db PATH|URL           the store: a SQLite file (default ./claimgraph.db) or a
                          PostgreSQL address (postgres://user@host:5432/database)
  --interval S            seconds between polls (default 600, at least 10)
  --once                  poll each feed once and stop
  --allow-private         fetch feeds and pages on private, loopback and link-local addresses
  -h, --help              show this help

Each poll prints one line per feed (new items, stored, failed); each failure is one line naming
the feed or article and the reason. Stops on Ctrl-C or SIGTERM after the poll under way.

Examples:
  claimgraph watch --once https://example.org/news/rss.xml
  claimgraph watch --interval 300 https://example.org/world.atom https://example.net/feed
`;

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  extract: EXTRACT_HELP,
  timeline: TIMELINE_HELP,
  corpus: CORPUS_HELP,
  conflicts: CONFLICTS_HELP,
  ingest: INGEST_HELP,
  watch: WATCH_HELP,
  worker: WORKER_HELP,
  status: STATUS_HELP,
  search: SEARCH_HELP,
  'who-said': WHO_SAID_HELP,
  export: EXPORT_HELP,
  serve: SERVE_HELP,
};
