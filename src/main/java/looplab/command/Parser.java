package looplab.command;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import looplab.command.CommandSpec.Context;

/**
 * The parser of the LoopLab command language (contract §3), shared by the console and script
 * mode. It accepts exactly what the conformance oracle's {@code parse_script} accepts, with
 * the same line numbers, with two deliberate differences: counts above
 * {@link Integer#MAX_VALUE} are refused, and the console (only {@link #parseLine}) also knows
 * the views {@code where}, {@code why}, {@code quit} and {@code exit}. Which words are commands
 * where, and what they take, is {@link Commands}'.
 */
public final class Parser {

    private Parser() {
    }

    /**
     * Parses one console line (or one line given to the JShell lab, which knows the same words).
     *
     * @param line      the text, without its line end
     * @param lineNo    the number to report in errors; 0 for a line typed at the console
     * @param worldKind the kind of the world in force (a priority world has no sentinel)
     * @return the command, or empty for a blank or comment-only line
     * @throws ScriptError if the line is invalid
     */
    public static Optional<Command> parseLine(String line, int lineNo, QueueKind worldKind)
            throws ScriptError {
        return LineParser.parse(Tokenizer.tokenize(line, lineNo), lineNo, worldKind, Context.CONSOLE);
    }

    /**
     * Whether {@code word} stands for itself when typed bare in a line: not empty, without blanks,
     * line ends, quotes or {@code #}, and not an option ({@code key=value}). The names the JShell
     * lab gives its tasks follow this rule, so that {@code cancel NAME} and {@code where NAME}
     * can name every task.
     */
    public static boolean isBareWord(String word) {
        if (word == null || word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Tokenizer.isBlank(c) || c == '\n' || c == '"' || c == '#' || c == '=' || Character.isISOControl(c)) {
                return false;
            }
        }
        return !word.startsWith(Tokenizer.BOM);
    }

    /**
     * Parses a whole script before anything runs. Lines are the pieces between {@code '\n'}
     * bytes (a final empty piece is not a line; a {@code '\r'} is just a blank), each decoded
     * as strict UTF-8. Views are kept in the result, without their words; script mode ignores them. The world's
     * kind is tracked across {@code new} lines for the priority-queue rules.
     *
     * @param utf8 the script's bytes
     * @return its commands with their line numbers, in order
     * @throws ScriptError for the first invalid line
     */
    public static List<Line> parseScript(byte[] utf8) throws ScriptError {
        List<Line> lines = new ArrayList<>();
        QueueKind kind = QueueKind.FIFO;
        int lineNo = 0;
        int start = 0;
        while (start < utf8.length) {   // a piece starting at the end is the dropped final one
            int end = start;
            while (end < utf8.length && utf8[end] != '\n') {
                end++;
            }
            lineNo++;
            String text = decode(utf8, start, end - start, lineNo);
            Optional<Command> command =
                    LineParser.parse(Tokenizer.tokenize(text, lineNo), lineNo, kind, Context.SCRIPT);
            if (command.isPresent()) {
                if (command.get() instanceof Command.New n) {
                    kind = n.kind();
                }
                lines.add(new Line(lineNo, command.get()));
            }
            start = end + 1;
        }
        return List.copyOf(lines);
    }

    private static String decode(byte[] bytes, int offset, int length, int lineNo) throws ScriptError {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw new ScriptError(lineNo, "not valid UTF-8", "try: save the script as UTF-8");
        }
    }
}
