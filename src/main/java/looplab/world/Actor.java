package looplab.world;

import java.util.List;
import looplab.builtins.Builtin;
import looplab.builtins.Consumer;
import looplab.command.Command.Role;
import looplab.model.Coroutine;
import looplab.model.SuspensionPoint;
import looplab.model.Task;

/**
 * A task of a world, built-in or the user's: its name, its role, its asyncio task and its
 * coroutine. A built-in ({@link #isBuiltin()}) also describes itself ({@link #builtin()}); the
 * shortcuts below ({@link #count()}, {@link #progress()}, ...) answer for a built-in and give a
 * neutral value for a user task.
 */
public final class Actor {
    private final TaskRole role;
    private final Task task;
    private final Coroutine coroutine;

    Actor(TaskRole role, Task task, Coroutine coroutine) {
        this.role = role;
        this.task = task;
        this.coroutine = coroutine;
    }

    /** The task's name. */
    public String name() {
        return task.name();
    }

    /** Producer or consumer, for a built-in; {@code null} for a user task (see {@link #taskRole()}). */
    public Role role() {
        switch (role) {
            case PRODUCER:
                return Role.PRODUCER;
            case CONSUMER:
                return Role.CONSUMER;
            default:
                return null;
        }
    }

    /** The role as the trace says it: producer, consumer, or a user's task. */
    public TaskRole taskRole() {
        return role;
    }

    /** Whether this is a built-in producer or consumer (spawned by a {@code spawn} command). */
    public boolean isBuiltin() {
        return role != TaskRole.TASK;
    }

    /** The built-in's description of itself, or {@code null} for a user task. */
    public Builtin builtin() {
        return isBuiltin() ? (Builtin) coroutine : null;
    }

    /** The asyncio task. */
    public Task task() {
        return task;
    }

    /** The coroutine the task drives. */
    public Coroutine coroutine() {
        return coroutine;
    }

    /** The producer's count, or -1 (a consumer, a user task). */
    public int count() {
        return isBuiltin() ? builtin().count() : -1;
    }

    /** Items put so far (producer) or got so far (consumer, sentinel excluded); 0 for a user task. */
    public int progress() {
        return isBuiltin() ? builtin().progress() : 0;
    }

    /** Sentinels the built-in has put into the queue; 0 for a user task. */
    public int sentinelsPut() {
        return isBuiltin() ? builtin().sentinelsPut() : 0;
    }

    /** The line of {@link #listing()} where the coroutine is suspended (or starts, or returned); may be null for a user task. */
    public SuspensionPoint suspendedAt() {
        return coroutine.suspendedAt();
    }

    /** The Python listing of a built-in; empty for a user task. */
    public List<String> listing() {
        return isBuiltin() ? builtin().listing() : List.of();
    }

    /** The item a consumer holds (got, not yet marked done), or null. */
    public String heldItem() {
        return coroutine instanceof Consumer ? ((Consumer) coroutine).item() : null;
    }
}
