package looplab.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything about one command word in one place, in the spirit of JLine's
 * {@code org.jline.shell.Command}: its word and aliases, where it is valid, whether it changes the
 * world, its usage, summary, help text and examples, what its first word is, and its options with
 * their value sets. The parser, {@code help}, TAB completion and the "did you mean" hint all read
 * it from {@link Commands}.
 *
 * @param word          the command word ({@code "spawn"})
 * @param aliases       other words for the same command ({@code exit} for {@code quit})
 * @param validIn       where the word is a command
 * @param changesWorld  false for a view
 * @param usage         one line, as {@code help} lists it ({@code "run [until=T]"})
 * @param usageNote     what an error adds after the usage ({@code "(T a decimal >= 0)"}), or empty
 * @param summary       what it does, one line
 * @param details       the lines {@code help CMD} shows below the summary
 * @param examples      lines that parse, as {@code help CMD} shows them
 * @param operand       what the first word after the command is
 * @param options       the {@code key=value} options, for a command without {@code forms}
 * @param forms         the first words that pick the options ({@code producer}, {@code consumer})
 */
public record CommandSpec(String word, List<String> aliases, Set<Context> validIn, boolean changesWorld,
        String usage, String usageNote, String summary, List<String> details, List<String> examples,
        Operand operand, List<Option> options, List<Form> forms) {

    /** Where a command word can be used. */
    public enum Context {
        /** Typed at the console (or piped into it). */
        CONSOLE,
        /** A line of a {@code --script} file: the oracle's language. */
        SCRIPT,
        /** {@code Lab.command(...)} in JShell. */
        JSHELL
    }

    /** What the first word after the command word is, for completion. */
    public enum Operand {
        /** Nothing, or only options. */
        NONE,
        /** One of {@link CommandSpec#forms()}. */
        FORM,
        /** The name of a task of the world. */
        TASK,
        /** A command word ({@code help CMD}). */
        TOPIC,
        /** A queue item. */
        ITEM,
        /** A number. */
        NUMBER
    }

    /**
     * A {@code key=value} option.
     *
     * @param key         the key, without {@code =}
     * @param placeholder what the value is, in usage lines ({@code N|LO..HI})
     * @param values      the only values allowed, or empty when the value is free
     */
    public record Option(String key, String placeholder, List<String> values) {

        public Option {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(placeholder, "placeholder");
            values = List.copyOf(values);
        }

        /** An option whose value is free (a number), described by {@code placeholder}. */
        public static Option free(String key, String placeholder) {
            return new Option(key, placeholder, List.of());
        }

        /** An option whose value is one of {@code values}. */
        public static Option oneOf(String key, String... values) {
            return new Option(key, String.join("|", values), List.of(values));
        }

        /** The key with its {@code =}, as typed ({@code "count="}). */
        public String keyword() {
            return key + "=";
        }
    }

    /**
     * A first word that picks a command's options, with its own usage.
     *
     * @param word    the word ({@code "producer"})
     * @param usage   the usage of the command with it
     * @param options its options
     */
    public record Form(String word, String usage, List<Option> options) {

        public Form {
            Objects.requireNonNull(word, "word");
            Objects.requireNonNull(usage, "usage");
            options = List.copyOf(options);
        }
    }

    public CommandSpec {
        Objects.requireNonNull(word, "word");
        aliases = List.copyOf(aliases);
        validIn = Set.copyOf(validIn);
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(usageNote, "usageNote");
        Objects.requireNonNull(summary, "summary");
        details = List.copyOf(details);
        examples = List.copyOf(examples);
        Objects.requireNonNull(operand, "operand");
        options = List.copyOf(options);
        forms = List.copyOf(forms);
        if (!forms.isEmpty() && (operand != Operand.FORM || !options.isEmpty())) {
            throw new IllegalArgumentException(word + ": a command with forms has its options in them");
        }
    }

    /** Whether {@code w} is this command's word or one of its aliases. */
    public boolean isCalled(String w) {
        return word.equals(w) || aliases.contains(w);
    }

    /** Whether this command's word is a command in {@code context}. */
    public boolean isValidIn(Context context) {
        return validIn.contains(context);
    }

    /** The word and its aliases, in order. */
    public List<String> words() {
        return Stream.concat(Stream.of(word), aliases.stream()).toList();
    }

    /** What an invalid line of this command suggests: {@code try: USAGE (NOTE)}. */
    public String hint() {
        return "try: " + usage + (usageNote.isEmpty() ? "" : " " + usageNote);
    }

    /** The form picked by {@code w}, if this command has one of that word. */
    public Optional<Form> form(String w) {
        return forms.stream().filter(f -> f.word().equals(w)).findFirst();
    }

    /** The options allowed after the form {@code formWord} (null: the command's own options). */
    public List<Option> options(String formWord) {
        if (forms.isEmpty()) {
            return options;
        }
        return form(formWord).map(Form::options).orElse(List.of());
    }

    /** The option {@code key} allowed after the form {@code formWord}, if there is one. */
    public Optional<Option> option(String formWord, String key) {
        return options(formWord).stream().filter(o -> o.key().equals(key)).findFirst();
    }
}
