package looplab.console;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import looplab.command.CommandSpec;
import looplab.command.CommandSpec.Context;
import looplab.command.CommandSpec.Option;
import looplab.command.Commands;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * TAB completion for the command language, all of it read from {@link Commands}: command and
 * view words first, then the words each command takes: its forms ({@code producer}/{@code consumer}
 * after {@code spawn}), option keys ({@code count=}, {@code delay=}, {@code maxsize=} ...) not
 * given yet, option values with a fixed set ({@code kind=}, {@code sentinel=}), task names after
 * a command that takes one ({@code cancel}, {@code where}), command words after {@code help}.
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
            commandWords(out);
            return out;
        }
        Optional<CommandSpec> found = Commands.find(words.get(0), Context.CONSOLE);
        if (found.isEmpty()) {
            return out;
        }
        CommandSpec spec = found.get();
        if (index == 1) {
            switch (spec.operand()) {
                case FORM -> spec.forms().forEach(f -> out.add(word(f.word())));
                case TASK -> taskNames.get().forEach(name -> out.add(word(quoteIfNeeded(name))));
                case TOPIC -> commandWords(out);
                default -> options(out, spec, null, words, index, prefix);
            }
            return out;
        }
        // after a form (spawn producer ...) its options; else the command's own
        options(out, spec, spec.forms().isEmpty() ? null : words.get(1), words, index, prefix);
        return out;
    }

    private static void commandWords(List<Candidate> out) {
        for (String w : Commands.words(Context.CONSOLE)) {
            out.add(word(w));
        }
    }

    private static void options(List<Candidate> out, CommandSpec spec, String form, List<String> words, int index,
            String prefix) {
        int eq = prefix.indexOf('=');
        if (eq >= 0) {
            String key = prefix.substring(0, eq);
            spec.option(form, key).ifPresent(o -> o.values().forEach(v -> out.add(word(o.keyword() + v))));
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
                given.add(w.substring(0, e));
            }
        }
        for (Option o : spec.options(form)) {
            if (!given.contains(o.key())) {
                // No blank after "key=": the value comes next.
                out.add(new Candidate(o.keyword(), o.keyword(), null, null, null, null, false));
            }
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
