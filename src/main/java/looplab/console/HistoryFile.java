package looplab.console;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether the console can keep its history in a file. JLine's history reads the file at the
 * first prompt and fails there on some files (a folder, bytes that are not UTF-8, a line ending
 * in a lone backslash), and rewrites others without the lines it does not understand. The file
 * is checked first, against the form JLine writes ({@code MILLIS:LINE}, backslash escapes);
 * one that does not pass is left as it is and the console goes on without a history file.
 */
final class HistoryFile {
    private static final Pattern ENTRY = Pattern.compile("[0-9]{1,18}:.*", Pattern.DOTALL);

    private HistoryFile() {
    }

    /** Why {@code file} cannot be the history file, or empty if it can (a missing file is made at the end). */
    static Optional<String> problem(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of("it is a folder");
        }
        if (!Files.exists(file)) {
            Path folder = file.toAbsolutePath().getParent();
            return folder == null || Files.isDirectory(folder) ? Optional.empty()
                    : Optional.of("the folder " + folder + " does not exist");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.of("it cannot be read (" + e.getClass().getSimpleName().replace("Exception", "") + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.of("it is not UTF-8 text");
        }
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            if (!ENTRY.matcher(line).matches() || endsInLoneBackslash(line)) {
                return Optional.of("line " + number + " is not a history entry (TIME:COMMAND)");
            }
        }
        return Optional.empty();
    }

    /** Whether the escapes run off the end of the line ({@code \} escapes the next character). */
    private static boolean endsInLoneBackslash(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                if (i + 1 == line.length()) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }
}
