package looplab.command;

import java.util.ArrayList;
import java.util.List;

/** Splits one line into words, exactly as the oracle's {@code tokenize} does. */
final class Tokenizer {

    /** Python's string whitespace subset the contract calls blanks: " \t\r\f\v". */
    static final String BLANKS = " \t\r\f\u000B";

    /** A byte-order mark, as an editor may write it at the start of a file. */
    static final String BOM = "\uFEFF";

    private Tokenizer() {
    }

    static boolean isBlank(char c) {
        return BLANKS.indexOf(c) >= 0;
    }

    /**
     * The words of {@code line}. {@code "..."} is one word, without escapes, that must stand
     * alone between blanks (a {@code #} may follow it); an unquoted {@code #} starts a
     * comment, even in the middle of a word.
     */
    static List<Token> tokenize(String line, int lineNo) throws ScriptError {
        if (line.startsWith(BOM)) {
            // The oracle reads it as part of the first word (an unknown command): say what it is.
            throw new ScriptError(lineNo, lineNo == 1
                    ? "the script starts with a UTF-8 byte-order mark (U+FEFF): save it as UTF-8 without a BOM"
                    : "the line starts with a byte-order mark (U+FEFF), which is not part of the language",
                    "try: the line without it");
        }
        List<Token> tokens = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (isBlank(c)) {
                i++;
            } else if (c == '#') {
                break;
            } else if (c == '"') {
                int j = line.indexOf('"', i + 1);
                if (j < 0) {
                    throw new ScriptError(lineNo, "unterminated quote",
                            "try: close the quote, as in put \"a b\"");
                }
                if (j + 1 < n && !isBlank(line.charAt(j + 1)) && line.charAt(j + 1) != '#') {
                    throw new ScriptError(lineNo, "a closing quote must end the word",
                            "try: a blank after the closing quote (\"a b\" c, not \"a b\"c)");
                }
                tokens.add(new Token(line.substring(i + 1, j), true));
                i = j + 1;
            } else {
                int j = i;
                while (j < n && !isBlank(line.charAt(j)) && line.charAt(j) != '#' && line.charAt(j) != '"') {
                    j++;
                }
                if (j < n && line.charAt(j) == '"') {
                    throw new ScriptError(lineNo, "a quote must start a word",
                            "try: quote the whole word (\"ab c\", not ab\"c\")");
                }
                tokens.add(new Token(line.substring(i, j), false));
                i = j;
            }
        }
        return tokens;
    }
}
