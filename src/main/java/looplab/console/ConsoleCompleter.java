package looplab.console;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import looplab.command.Parser;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * TAB completion for the command language: command and view words first, then the words each
 * command takes: {@code producer}/{@code consumer} after {@code spawn}, option keys
 * ({@code count=}, {@code delay=}, {@code maxsize=} ...) not given yet, option values with a
 * fixed set ({@code kind=}, {@code sentinel=}), task names after {@code cancel} and
 * {@code where}, command words after {@code help}.
 */
public final class ConsoleCompleter implements Completer {
    private final Supplier<List<String>> taskNames;

    /** Completes task names from {@code taskNames}, asked at each TAB. */
    public ConsoleCompleter(Supplier<List<String>> taskNames) {
        this.taskNames = taskNames;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        candidates.addAll(candidates(line.words(), line.wordIndex(), line.word().substring(0,
                Math.min(line.wordCursor(), line.word().length()))));
    }

    /** The candidates for the word at {@code index} of {@code words}, of which {@code prefix} is typed. */
    List<Candidate> candidates(List<String> words, int index, String prefix) {
        List<Candidate> out = new ArrayList<>();
        if (index == 0) {
            for (String w : Parser.commandWords()) {
                out.add(word(w));
            }
            return out;
        }
        String command = words.get(0);
        switch (command) {
            case "spawn":
                if (index == 1) {
                    out.add(word("producer"));
                    out.add(word("consumer"));
                } else {
                    options(out, words, index, prefix, Parser.optionKeys("spawn", words.get(1)));
                }
                break;
            case "new":
                options(out, words, index, prefix, Parser.optionKeys("new", null));
                break;
            case "run":
                options(out, words, index, prefix, Parser.optionKeys("run", null));
                break;
            case "cancel":
            case "where":
                if (index == 1) {
                    for (String name : taskNames.get()) {
                        out.add(word(quoteIfNeeded(name)));
                    }
                }
                break;
            case "help":
                if (index == 1) {
                    for (String w : Parser.commandWords()) {
                        out.add(word(w));
                    }
                }
                break;
            default:
                break;
        }
        return out;
    }

    private static void options(List<Candidate> out, List<String> words, int index, String prefix, List<String> keys) {
        int eq = prefix.indexOf('=');
        if (eq >= 0) {
            String key = prefix.substring(0, eq + 1);
            for (String value : values(key)) {
                out.add(word(key + value));
            }
            return;
        }
        Set<String> given = new HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            if (i == index) {
                continue;
            }
            String w = words.get(i);
            int e = w.indexOf('=');
            if (e > 0) {
                given.add(w.substring(0, e + 1));
            }
        }
        for (String key : keys) {
            if (!given.contains(key)) {
                // No blank after "key=": the value comes next.
                out.add(new Candidate(key, key, null, null, null, null, false));
            }
        }
    }

    private static List<String> values(String key) {
        switch (key) {
            case "kind=":
                return List.of("fifo", "lifo", "priority");
            case "sentinel=":
                return List.of("on", "off");
            default:
                return List.of();
        }
    }

    /** A task name as it must be typed: quoted if it holds a blank, a quote or a '#'. */
    static String quoteIfNeeded(String name) {
        boolean plain = !name.isEmpty();
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            plain = !Character.isWhitespace(c) && c != '"' && c != '#' && c != '\'';
        }
        return plain || name.indexOf('"') >= 0 ? name : "\"" + name + "\"";
    }

    private static Candidate word(String w) {
        return new Candidate(w, w, null, null, null, null, true);
    }
}
