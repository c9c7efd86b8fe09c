export const MAIN_HELP = `claimgraph — who said what, who did what, when, and where the accounts disagree

Usage: claimgraph <command> [options]

Commands:
  extract FILE...   read news articles (scraped text or saved HTML pages) and print each as JSON:
                    clean text, metadata, removed boilerplate, captions, and the extracted record
  timeline FILE...  the events of the articles (attacks, arrests, charges, …) in time order:
                    date, event, who, where, according to whom (--format json for machines)
  help [COMMAND]    show help for a command

Options:
  -h, --help        show this help
  -v, --version     print the version

Examples:
  claimgraph extract article.txt
  claimgraph extract --format jsonl pages/*.html > documents.jsonl
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
  claimgraph extract --clean-only --format jsonl pages/*.html > clean.jsonl
`;
