package looplab.world;

import looplab.command.Command;

/**
 * What kind of task a world spawned, as the trace's {@code role} says it: one of the built-ins
 * ({@code "producer"}, {@code "consumer"}, spec §5), or a coroutine of the user's ({@code "task"},
 * which only the JShell workbook spawns; the command language cannot).
 */
public enum TaskRole {
    /** The built-in producer. */
    PRODUCER("producer"),
    /** The built-in consumer. */
    CONSUMER("consumer"),
    /** Any other coroutine, spawned with {@link World#spawn(String, java.util.function.Function)}. */
    TASK("task");

    private final String word;

    TaskRole(String word) {
        this.word = word;
    }

    /** The word of the trace's {@code role}. */
    public String word() {
        return word;
    }

    /** The role of a built-in spawned by a {@code spawn} command. */
    public static TaskRole of(Command.Role role) {
        return role == Command.Role.PRODUCER ? PRODUCER : CONSUMER;
    }
}
