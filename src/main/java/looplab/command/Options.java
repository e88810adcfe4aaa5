package looplab.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words after a command, split into positional words and {@code key=value} options, as
 * the oracle's {@code _split_options} does: only an unquoted word containing {@code =} is an
 * option, so a quoted {@code "a=b"} is positional.
 */
record Options(List<Token> positional, Map<String, String> values) {

    /**
     * @param allowed the option keys this command knows
     * @param hint    the command's usage, attached to every error
     */
    static Options split(List<Token> words, Set<String> allowed, int lineNo, String hint)
            throws ScriptError {
        List<Token> positional = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (Token t : words) {
            int eq = t.quoted() ? -1 : t.text().indexOf('=');
            if (eq < 0) {
                positional.add(t);
                continue;
            }
            String key = t.text().substring(0, eq);
            String value = t.text().substring(eq + 1);
            if (!allowed.contains(key)) {
                throw new ScriptError(lineNo, "unknown option " + ScriptError.quote(key), hint);
            }
            if (values.containsKey(key)) {
                throw new ScriptError(lineNo, "option " + ScriptError.quote(key) + " given twice", hint);
            }
            if (value.isEmpty()) {
                throw new ScriptError(lineNo, "option " + ScriptError.quote(key) + " needs a value", hint);
            }
            values.put(key, value);
        }
        return new Options(positional, values);
    }

    String get(String key) {
        return values.get(key);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }
}
