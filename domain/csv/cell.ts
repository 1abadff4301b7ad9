// A cell as written in a CSV file (RFC 4180): quoted when it holds a comma, a double quote or a line break,
// its quotes doubled. The household file, the outreach list and the export of referred cases write with it;
// ./reader.ts reads it back. Shared code.
export const csvCell = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
