package looplab.view;

import looplab.command.Command;
import looplab.command.CommandSpec;
import looplab.command.Commands;
import org.jline.utils.AttributedString;

/**
 * The {@code help} view, written from the registry of commands ({@link Commands}): the list of
 * every command, and one command in detail with its examples. {@link #plain()} has no styles;
 * {@link #styled()} adds them, and its strings' {@code toString()} is the same plain text.
 */
public final class HelpView {
    private static final String IND = "  ";

    private final boolean styled;

    private HelpView(boolean styled) {
        this.styled = styled;
    }

    /** Help without styles: for pipes, files, tests and JShell. */
    public static HelpView plain() {
        return new HelpView(false);
    }

    /** Help with styles, for a terminal. */
    public static HelpView styled() {
        return new HelpView(true);
    }

    /** The text of a {@code help [CMD]} line. */
    public AttributedString of(Command.View.Help help) {
        return help.topic() == null ? index() : topic(help.topic());
    }

    /** Every command in one screen: those that change the world, then the views. */
    public AttributedString index() {
        Text t = new Text(styled);
        t.add("LoopLab commands", Text.HEAD).add(" (one a line; `help CMD` for details and examples)").nl();
        t.add("Change the world:", Text.HEAD).nl();
        for (CommandSpec c : Commands.all()) {
            if (c.changesWorld()) {
                // A usage too long for its column puts the summary under the column, on a line of its own.
                String usage = c.usage().length() < 53 ? String.format("%-53s", c.usage())
                        : c.usage() + "\n" + IND + " ".repeat(53);
                t.add(IND).add(usage).add(c.summary(), Text.DIM).nl();
            }
        }
        t.add("Look (change nothing):", Text.HEAD).nl();
        for (CommandSpec c : Commands.all()) {
            if (!c.changesWorld()) {
                t.add(IND).add(String.format("%-24s", c.usage())).add(c.summary(), Text.DIM).nl();
            }
        }
        t.add("Keys: ", Text.HEAD).wrap("TAB completes commands, options and task names; Up/Down and Ctrl-R search"
                + " the history; Ctrl-C stops a long run (or clears the line); Ctrl-D leaves.").nl();
        t.add("Start with: ", Text.HEAD).wrap("new seed=42, spawn producer, spawn producer, spawn consumer, spawn"
                + " consumer, then step (again and again), why, where P0.").nl();
        return t.done();
    }

    /**
     * One command in detail, with examples; {@code word} may be an alias ({@code exit}).
     *
     * @throws IllegalArgumentException if {@code word} is no command (a host refuses it first)
     */
    public AttributedString topic(String word) {
        Text t = new Text(styled);
        CommandSpec c = Commands.find(word).orElseThrow(() -> new IllegalArgumentException("no command " + word));
        t.add(c.usage(), Text.HEAD).nl();
        t.add(IND).add(c.summary()).nl();
        for (String line : c.details()) {
            t.add(IND).add(line).nl();
        }
        if (!c.examples().isEmpty()) {
            t.add("Examples:", Text.HEAD).nl();
            for (String ex : c.examples()) {
                t.add(IND).add(ex).nl();
            }
        }
        return t.done();
    }
}
