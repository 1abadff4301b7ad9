// The characters a text field of a request body may hold: every route schema that takes free text builds it
// from `singleLineText` or `multiLineText`, so that the rule is written once and the OpenAPI document shows
// it (as the field's `pattern`). Refused everywhere: the control characters (C0, DEL, C1; NUL truncates in
// logs and C libraries) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069), which reorder what follows them on screen: "Jeanne\u202eenneaJ" shows as another name in
// the agent console. One-line fields (names, subjects, identifiers) also refuse tab, line breaks and the
// invisible direction marks (U+200E, U+200F, U+061C), which no name needs and which make two equal-looking
// values differ; multi-line fields (messages, notes, letters) keep tab, newline and carriage return, and the
// marks, which mixed French and Arabic or Hebrew prose may use. Shared code.
import { z } from "zod";

const BIDI_CONTROLS = "\\u202A-\\u202E\\u2066-\\u2069";
const DIRECTION_MARKS = "\\u061C\\u200E\\u200F";

/** One line: no C0 control at all (tab and line breaks included), no DEL or C1, no bidi control or mark. */
export const SINGLE_LINE_TEXT = new RegExp(`^[^\\u0000-\\u001F\\u007F-\\u009F${BIDI_CONTROLS}${DIRECTION_MARKS}]*$`);
/** Several lines: tab (U+0009), newline (U+000A) and carriage return (U+000D) allowed, the rest as above but the marks. */
export const MULTI_LINE_TEXT = new RegExp(`^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F${BIDI_CONTROLS}]*$`);

const REFUSED = "control characters (U+0000–U+001F, U+007F–U+009F) or bidirectional controls (U+202A–U+202E, U+2066–U+2069)";

/** A one-line text field (chain `.trim()`, `.min()`, `.max()` after it). */
export const singleLineText = () =>
  z.string().regex(SINGLE_LINE_TEXT, `must be one line without ${REFUSED} or direction marks (U+200E, U+200F, U+061C)`);

/** A multi-line text field: tab, newline and carriage return are kept. */
export const multiLineText = () => z.string().regex(MULTI_LINE_TEXT, `must not contain ${REFUSED}; tab and line breaks are allowed`);
