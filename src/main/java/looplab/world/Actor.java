package looplab.world;

import java.util.List;
import looplab.builtins.Consumer;
import looplab.builtins.Producer;
import looplab.command.Command.Role;
import looplab.model.Coroutine;
import looplab.model.SuspensionPoint;
import looplab.model.Task;

/** A built-in task of a world: its role, its asyncio task and its coroutine. */
public final class Actor {
    private final Role role;
    private final Task task;
    private final Coroutine coroutine;

    Actor(Role role, Task task, Coroutine coroutine) {
        this.role = role;
        this.task = task;
        this.coroutine = coroutine;
    }

    /** The task's name. */
    public String name() {
        return task.name();
    }

    /** Producer or consumer. */
    public Role role() {
        return role;
    }

    /** The asyncio task. */
    public Task task() {
        return task;
    }

    /** The producer's count, or -1 for a consumer. */
    public int count() {
        return coroutine instanceof Producer ? ((Producer) coroutine).count() : -1;
    }

    /** Items put so far (producer) or got so far (consumer, sentinel excluded). */
    public int progress() {
        return coroutine instanceof Producer ? ((Producer) coroutine).produced() : ((Consumer) coroutine).consumed();
    }

    /** The line of {@link #listing()} where the coroutine is suspended (or starts, or returned). */
    public SuspensionPoint suspendedAt() {
        return coroutine.suspendedAt();
    }

    /** The Python listing of the coroutine. */
    public List<String> listing() {
        return role == Role.PRODUCER ? Producer.LISTING : Consumer.LISTING;
    }

    /** The item a consumer holds (got, not yet marked done), or null. */
    public String heldItem() {
        return coroutine instanceof Consumer ? ((Consumer) coroutine).item() : null;
    }
}
