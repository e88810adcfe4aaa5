package looplab.properties;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import looplab.command.Command;
import looplab.command.Command.Role;
import looplab.command.QueueKind;
import looplab.model.Awaiting;
import looplab.model.EventLoop;
import looplab.model.Future;
import looplab.model.Handle;
import looplab.model.LoopObserver;
import looplab.model.Queue;
import looplab.model.Task;
import looplab.model.TimerHandle;
import looplab.world.Actor;
import looplab.world.TaskRole;
import looplab.world.TraceEvent;
import looplab.world.World;

/**
 * Watches a world through its trace events and its loop observer hooks, keeps a small reference
 * model of it, and records the first violation of the invariants of the enabled {@link Group}s.
 *
 * <p>It never throws from a callback (the model would take an exception thrown inside a
 * coroutine's step for the task's own failure): it records the first violation, and the harness
 * asks for it after every command. It only reads the world.
 *
 * <h2>The accounting (property 1)</h2>
 * An item is <em>produced</em> when a put succeeds: a producer's step printing
 * {@code Producer X added: ITEM} (or {@code Producer X finished}, for its {@code None}), or a
 * top-level {@code put} reported {@code ok}. It is <em>consumed</em> when a get succeeds: a
 * consumer's step printing {@code Consumer Y got: ITEM} (or {@code Consumer Y finished}, for a
 * {@code None}), or a top-level {@code get} reported {@code ok}. In this model there is no item
 * "in hand" between the queue and the trace: {@code item = await queue.get()} runs
 * {@code get_nowait()} and the consumer's {@code print} in the same task step (the getter's
 * wake-up only lets it re-check; the item is taken when the task runs, not when it is woken), and
 * a producer's {@code put_nowait()} and its {@code print} also share a step. Items a blocked
 * putter holds are not produced yet (a cancelled putter never produces its item). So, after every
 * step and every command: produced = consumed + contents() (as multisets), and
 * {@code unfinished} = produced - task_done() calls, where a consumer calls task_done() once for a
 * sentinel (in the step that prints "finished") and once per item in its next step after the
 * "got" step, unless that step is the one that delivers its cancellation. A top-level get does not
 * call task_done(), so a consumer cancelled during its sleep and every top-level get leave
 * {@code unfinished > qsize}.
 */
final class Checker implements java.util.function.Consumer<TraceEvent>, LoopObserver {

    /** Which invariants to check. */
    enum Group {
        /** Property 1: no item lost or duplicated, the unfinished count. */
        ACCOUNTING,
        /** Property 2: FIFO per producer (and globally) in a FIFO world; the order contents() promised. */
        ORDER,
        /** Property 4: loop invariants between handles and after commands, and the command contracts. */
        LOOP
    }

    private static final String NONE_KEY = "\u0000None";

    private final EnumSet<Group> groups;
    private World world;
    private String violation;
    private String context = "(start)";
    private long events;

    // ---- the reference model of the world in force ---------------------------------------------
    private QueueKind kind = QueueKind.FIFO;
    private int maxsize;
    private final Map<String, ActorModel> actors = new HashMap<>();
    private int producersSpawned;
    private int consumersSpawned;
    private final Map<String, Integer> produced = new HashMap<>();
    private final Map<String, Integer> consumed = new HashMap<>();
    private final List<String> producedSeq = new ArrayList<>();
    private final List<String> consumedSeq = new ArrayList<>();
    private final Map<String, String> producerOf = new HashMap<>();
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final Map<String, Integer> lastConsumedIndex = new HashMap<>();
    private long puts;
    private long taskDones;
    private long lastN;
    private double lastStepTime;
    private double lastClock;
    private List<String> beforeStep = new ArrayList<>();
    private List<String> beforeCommand = new ArrayList<>();
    // The waiting getters and putters as asyncio's deques should hold them (pending ones only).
    private final List<Future<?>> modelGetters = new ArrayList<>();
    private final List<Future<?>> modelPutters = new ArrayList<>();
    private boolean getterWakeDue;
    private boolean putterWakeDue;
    // the batch of the iteration under way, and how far it has run
    private List<Handle> batch = new ArrayList<>();
    private int batchPos;
    // what the command under way lets us expect
    private Command.Spawn pendingSpawn;
    private Boolean cancelExpected;

    private static final class ActorModel {
        final Role role;
        final int count;
        final boolean sentinel;
        int next;                 // producer: index of its next item
        boolean sentinelPut;
        boolean holding;          // consumer: got an item, task_done() not called yet
        String held;              // ... that item
        boolean finished;

        ActorModel(Role role, int count, boolean sentinel) {
            this.role = role;
            this.count = count;
            this.sentinel = sentinel;
        }
    }

    Checker(EnumSet<Group> groups) {
        this.groups = groups;
    }

    /** Starts watching {@code world} (already constructed with this checker as a listener). */
    void attach(World world) {
        this.world = world;
        world.addLoopObserver(this);
    }

    long events() {
        return events;
    }

    String violation() {
        return violation;
    }

    private boolean on(Group g) {
        return groups.contains(g);
    }

    private void fail(String format, Object... args) {
        if (violation == null) {
            violation = context + ": " + String.format(format, args);
        }
    }

    // ---- commands ----------------------------------------------------------------------------

    /** Facts before the command, for its contract. */
    record Before(long steps, long iterations, double clock, int batchLeft, boolean idle) {}

    Before beforeCommand(String text, Command command) {
        context = "after `" + text + "`";
        beforeCommand = new ArrayList<>(world.queue().contents());
        pendingSpawn = command instanceof Command.Spawn s ? s : null;
        cancelExpected = null;
        if (command instanceof Command.Cancel c) {
            Actor a = world.actor(c.name());
            cancelExpected = a == null ? null : !a.task().done();
        }
        EventLoop loop = world.loop();
        return new Before(loop.taskSteps(), loop.iterations(), loop.time(), loop.batchLeft(), idle());
    }

    /** Checks after a command applied; returns the first violation so far, or null. */
    String afterCommand(Command command, Before before) {
        EventLoop loop = world.loop();
        checkAlways();
        if (on(Group.ACCOUNTING)) {
            checkAccounting(world.queue().contents(), world.queue().unfinishedTasks(), "after the command");
            // The items "in hand": got by a consumer that has not called task_done() yet.
            for (Actor a : world.actors()) {
                ActorModel m = actors.get(a.name());
                if (m != null && m.role == Role.CONSUMER && !a.task().done()) {
                    String expectedHeld = m.holding ? m.held : null;
                    if (!Objects.equals(a.heldItem(), expectedHeld)) {
                        fail("consumer %s holds %s, expected %s", a.name(), held(a.heldItem()), held(expectedHeld));
                    }
                }
            }
        }
        if (on(Group.LOOP)) {
            boolean fresh = command instanceof Command.New;
            if (!fresh && loop.time() < before.clock()) {
                fail("the clock moved backwards: %s -> %s", before.clock(), loop.time());
            }
            checkLoop("after the command");
            checkWakeDue();
            if (idle()) {
                checkIdle();
            }
            checkContract(command, before);
        }
        return violation;
    }

    private void checkContract(Command command, Before before) {
        EventLoop loop = world.loop();
        long ran = loop.taskSteps() - before.steps();
        if (command instanceof Command.Step s) {
            if (ran > s.n() || (ran < s.n() && !idle())) {
                fail("step %d ran %d task steps and left the loop %s", s.n(), ran, idle() ? "idle" : "busy");
            }
        } else if (command instanceof Command.Tick t) {
            long begun = loop.iterations() - before.iterations();
            if (t.n() > 0 && loop.batchLeft() != 0) {
                fail("tick %d left an iteration under way (%d handles left)", t.n(), loop.batchLeft());
            }
            if (begun > t.n()) {
                fail("tick %d began %d iterations", t.n(), begun);
            }
            if (t.n() == 0 && (ran != 0 || begun != 0)) {
                fail("tick 0 ran something");
            }
        } else if (command instanceof Command.Run r) {
            if (r.until().isEmpty()) {
                if (!idle()) {
                    fail("run left the loop busy");
                }
            } else {
                double until = r.until().getAsDouble();
                if (loop.time() < until) {
                    fail("run until=%s left the clock at %s", until, loop.time());
                }
                if (loop.batchLeft() != 0) {
                    fail("run until=%s left an iteration under way", until);
                }
                Double start = nextIterationStart();
                if (start != null && start <= until) {
                    fail("run until=%s stopped although the next iteration starts at %s", until, start);
                }
            }
        } else if (!(command instanceof Command.New) && ran != 0) {
            fail("a top-level command ran %d task steps", ran);
        }
    }

    // ---- trace events ------------------------------------------------------------------------

    @Override
    public void accept(TraceEvent event) {
        events++;
        if (event instanceof TraceEvent.NewWorld e) {
            onNew(e);
        } else if (event instanceof TraceEvent.Spawned e) {
            onSpawn(e);
        } else if (event instanceof TraceEvent.Stepped e) {
            onStep(e);
        } else if (event instanceof TraceEvent.PutResult e) {
            onPut(e);
        } else if (event instanceof TraceEvent.GetResult e) {
            onGet(e);
        } else if (event instanceof TraceEvent.CancelResult e) {
            if (on(Group.LOOP) && !Objects.equals(cancelExpected, e.ok())) {
                fail("cancel %s returned %s, expected %s (true iff the task was not done)", e.task(), e.ok(), cancelExpected);
            }
        }
    }

    private void onNew(TraceEvent.NewWorld e) {
        kind = e.kind();
        maxsize = e.maxsize().min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
        actors.clear();
        producersSpawned = 0;
        consumersSpawned = 0;
        produced.clear();
        consumed.clear();
        producedSeq.clear();
        consumedSeq.clear();
        producerOf.clear();
        indexOf.clear();
        lastConsumedIndex.clear();
        puts = 0;
        taskDones = 0;
        lastN = 0;
        lastStepTime = 0;
        lastClock = 0;
        beforeStep = new ArrayList<>();
        beforeCommand = new ArrayList<>();
        modelGetters.clear();
        modelPutters.clear();
        getterWakeDue = false;
        putterWakeDue = false;
        batch = new ArrayList<>();
        batchPos = 0;
    }

    private void onSpawn(TraceEvent.Spawned e) {
        Command.Spawn s = pendingSpawn;
        if (s == null) {
            fail("a spawn event without a spawn command");
            return;
        }
        boolean producer = s.role() == Role.PRODUCER;
        String expectedName = s.name() != null ? s.name() : (producer ? "P" + producersSpawned : "C" + consumersSpawned);
        if (!e.task().equals(expectedName) || e.role() != TaskRole.of(s.role())) {
            fail("spawned %s %s, expected %s %s", e.role(), e.task(), s.role(), expectedName);
        }
        int count = -1;
        if (producer) {
            count = e.count() == null ? -1 : e.count();
            if (count < s.count().lo() || count > s.count().hi()) {
                fail("producer %s drew count %s outside %s", e.task(), e.count(), s.count());
            }
            producersSpawned++;
        } else {
            consumersSpawned++;
        }
        actors.put(e.task(), new ActorModel(s.role(), count, producer && s.sentinel()));
    }

    private void onStep(TraceEvent.Stepped e) {
        if (on(Group.LOOP)) {
            if (e.n() != lastN + 1) {
                fail("step n went from %d to %d", lastN, e.n());
            }
            if (e.n() != world.steps()) {
                fail("step n %d but the loop counted %d task steps", e.n(), world.steps());
            }
            if (e.time() < lastStepTime) {
                fail("step %d ran at %s, before the previous step's %s", e.n(), e.time(), lastStepTime);
            }
            if (e.time() != world.loop().time()) {
                fail("step %d reports time %s but the clock is %s", e.n(), e.time(), world.loop().time());
            }
        }
        lastN = e.n();
        lastStepTime = e.time();
        if (e.awaiting() == Awaiting.FAILED) {
            fail("task %s failed (the model threw inside its step)", e.task());
        }
        ActorModel m = actors.get(e.task());
        if (m == null) {
            fail("a step of unknown task %s", e.task());
            return;
        }
        if (!Objects.equals(e.queue(), world.queue().contents())) {
            fail("step %d reports queue %s but contents() is %s", e.n(), e.queue(), world.queue().contents());
        }
        List<String> expected = new ArrayList<>(beforeStep);
        if (m.role == Role.CONSUMER && m.holding) {
            m.holding = false;
            if (e.awaiting() != Awaiting.CANCELLED) {
                taskDones++;
            }
        }
        String name = e.task();
        for (String line : e.out()) {
            if (m.role == Role.PRODUCER) {
                String item = "Item " + m.next + " from " + name;
                if (m.next < m.count && line.equals("Producer " + name + " added: " + item)) {
                    produce(item, expected, name, m.next);
                    m.next++;
                } else if (line.equals("Producer " + name + " finished") && m.sentinel && m.next == m.count
                        && !m.sentinelPut) {
                    produce(null, expected, name, -1);
                    m.sentinelPut = true;
                } else if (on(Group.ACCOUNTING)) {
                    fail("producer %s printed %s; expected its item %d of %d (or its sentinel %s)",
                            name, quote(line), m.next, m.count, m.sentinel);
                }
            } else {
                String got = "Consumer " + name + " got: ";
                if (line.startsWith(got)) {
                    m.held = line.substring(got.length());
                    consume(m.held, expected);
                    m.holding = true;
                } else if (line.equals("Consumer " + name + " finished")) {
                    consume(null, expected);
                    taskDones++;
                    m.finished = true;
                } else {
                    fail("consumer %s printed %s", name, quote(line));
                }
            }
        }
        if (on(Group.ACCOUNTING)) {
            if (e.awaiting() == Awaiting.CANCELLED && !Objects.equals(e.queue(), beforeStep)) {
                fail("the step that cancelled %s changed the queue from %s to %s (a cancelled waiter swallowed an item?)",
                        name, beforeStep, e.queue());
            }
            if (e.awaiting() == Awaiting.DONE) {
                if (m.role == Role.PRODUCER && (m.next != m.count || m.sentinel != m.sentinelPut)) {
                    fail("producer %s returned after %d of %d items (sentinel %s, put %s)", name, m.next, m.count,
                            m.sentinel, m.sentinelPut);
                }
                if (m.role == Role.CONSUMER && !m.finished) {
                    fail("consumer %s returned without getting None", name);
                }
            }
            checkAccounting(e.queue(), e.unfinished(), "step " + e.n());
        }
        if (on(Group.ORDER) && !Objects.equals(e.queue(), expected)) {
            fail("step %d of %s: queue %s, expected %s from %s (%s world)", e.n(), name, e.queue(), expected,
                    beforeStep, kind.word());
        }
    }

    private void onPut(TraceEvent.PutResult e) {
        boolean fits = !(maxsize > 0 && beforeCommand.size() >= maxsize);
        if (e.ok() != fits) {
            fail("put %s ok=%s but the queue held %d of maxsize %d", quote(e.item()), e.ok(), beforeCommand.size(), maxsize);
        }
        if (!e.ok()) {
            if (!"QueueFull".equals(e.error())) {
                fail("a refused put reported %s", e.error());
            }
            return;
        }
        List<String> expected = new ArrayList<>(beforeCommand);
        produce(e.item(), expected, null, -1);
        afterTopLevel(expected);
    }

    private void onGet(TraceEvent.GetResult e) {
        if (e.ok() == beforeCommand.isEmpty()) {
            fail("get ok=%s but the queue held %s", e.ok(), beforeCommand);
        }
        if (!e.ok()) {
            if (!"QueueEmpty".equals(e.error())) {
                fail("a refused get reported %s", e.error());
            }
            return;
        }
        List<String> expected = new ArrayList<>(beforeCommand);
        consume(e.item(), expected);
        afterTopLevel(expected);
    }

    private void afterTopLevel(List<String> expected) {
        List<String> now = world.queue().contents();
        if (on(Group.ORDER) && !Objects.equals(now, expected)) {
            fail("queue %s, expected %s from %s (%s world)", now, expected, beforeCommand, kind.word());
        }
        if (on(Group.ACCOUNTING)) {
            checkAccounting(now, world.queue().unfinishedTasks(), "the top-level command");
        }
    }

    private void produce(String item, List<String> expected, String producer, int index) {
        puts++;
        produced.merge(key(item), 1, Integer::sum);
        producedSeq.add(item);
        if (producer != null && item != null) {
            producerOf.put(item, producer);
            indexOf.put(item, index);
        }
        switch (kind) {
            case FIFO -> expected.add(item);
            case LIFO -> expected.add(0, item);
            case PRIORITY -> {
                int at = 0;
                while (at < expected.size() && codePointCompare(expected.get(at), item) < 0) {
                    at++;
                }
                expected.add(at, item);
            }
        }
    }

    private void consume(String item, List<String> expected) {
        if (on(Group.ORDER)) {
            if (expected.isEmpty() || !Objects.equals(expected.get(0), item)) {
                fail("got %s but contents() promised %s first (%s world)", quote(item), expected, kind.word());
            }
        }
        int at = indexOfItem(expected, item);
        if (at >= 0) {
            expected.remove(at);
        }
        int times = consumed.merge(key(item), 1, Integer::sum);
        if (on(Group.ACCOUNTING) && times > produced.getOrDefault(key(item), 0)) {
            fail("%s consumed %d times but produced %d times (duplicated, or never put)", quote(item), times,
                    produced.getOrDefault(key(item), 0));
        }
        int k = consumedSeq.size();
        consumedSeq.add(item);
        if (on(Group.ORDER) && kind == QueueKind.FIFO) {
            if (k >= producedSeq.size() || !Objects.equals(producedSeq.get(k), item)) {
                fail("FIFO: consumed #%d is %s, but produced #%d was %s", k, quote(item), k,
                        k < producedSeq.size() ? quote(producedSeq.get(k)) : "nothing");
            }
            String producer = item == null ? null : producerOf.get(item);
            if (producer != null) {
                int index = indexOf.get(item);
                Integer last = lastConsumedIndex.put(producer, index);
                if (last != null && last >= index) {
                    fail("FIFO: %s's item %d consumed after its item %d", producer, index, last);
                }
            }
        }
    }

    private void checkAccounting(List<String> queue, int unfinished, String where) {
        Map<String, Integer> balance = new HashMap<>(produced);
        consumed.forEach((k, v) -> balance.merge(k, -v, Integer::sum));
        for (String item : queue) {
            balance.merge(key(item), -1, Integer::sum);
        }
        balance.values().removeIf(v -> v == 0);
        if (!balance.isEmpty()) {
            fail("%s: produced != consumed + queued; produced - consumed - queued = %s (queue %s)", where,
                    readable(balance), queue);
        }
        if (unfinished != puts - taskDones) {
            fail("%s: unfinished %d, expected %d puts - %d task_done() calls", where, unfinished, puts, taskDones);
        }
        if (world.queue().unfinishedTasks() < world.queue().qsize()) {
            fail("%s: unfinished %d < qsize %d", where, world.queue().unfinishedTasks(), world.queue().qsize());
        }
    }

    // ---- loop observer -----------------------------------------------------------------------

    @Override
    public void stepStarted(Task task) {
        beforeStep = new ArrayList<>(world.queue().contents());
    }

    /**
     * Rules 2 and 3 of an iteration: every due timer has moved to the ready deque, the timers
     * moved are in (deadline, order of scheduling) order, and the batch is exactly the handles
     * ready now; {@link #handleStarting} then checks that they, and only they, run, in order.
     */
    @Override
    public void iterationStarted(long iteration, double clock, int batchSize) {
        if (on(Group.LOOP)) {
            if (clock < lastClock) {
                fail("iteration %d began at %s, before %s", iteration, clock, lastClock);
            }
            if (batchPos != batch.size()) {
                fail("iteration %d began with %d handles of the last batch not run", iteration,
                        batch.size() - batchPos);
            }
            batch = world.loop().readyHandles();
            batchPos = 0;
            if (batch.size() != batchSize) {
                fail("iteration %d: batch of %d but %d handles ready", iteration, batchSize, batch.size());
            }
            for (TimerHandle t : world.loop().liveTimers()) {
                if (t.when() <= clock) {
                    fail("iteration %d at %s left a due timer (deadline %s) in the heap", iteration, clock, t.when());
                }
            }
            TimerHandle last = null;
            for (Handle h : batch) {
                if (h instanceof TimerHandle t) {
                    if (last != null && (t.when() < last.when() || t.when() == last.when() && t.seq() < last.seq())) {
                        fail("iteration %d: timer (%s, #%d) moved after timer (%s, #%d)", iteration, t.when(), t.seq(),
                                last.when(), last.seq());
                    }
                    last = t;
                }
            }
        }
        lastClock = clock;
    }

    @Override
    public void handleStarting(Handle handle, boolean skipped) {
        if (on(Group.LOOP)) {
            if (batchPos >= batch.size()) {
                fail("a handle for %s (%s) ran outside any iteration's batch (scheduled during the iteration?)",
                        handle.task() == null ? "a callback" : handle.task().name(), handle.purpose());
            } else if (batch.get(batchPos) != handle) {
                fail("the batch ran a handle out of order");
            }
            batchPos++;
            if (skipped != handle.cancelled()) {
                fail("a %s handle was %s", handle.cancelled() ? "cancelled" : "live", skipped ? "skipped" : "run");
            }
        }
    }

    @Override
    public void clockJumped(double from, double to) {
        if (on(Group.LOOP) && !(to > from && from >= lastClock)) {
            fail("the clock jumped from %s to %s (last seen %s)", from, to, lastClock);
        }
        lastClock = to;
    }

    @Override
    public void handleFinished(Handle handle) {
        if (on(Group.LOOP)) {
            double now = world.loop().time();
            if (now < lastClock) {
                fail("the clock went back to %s from %s", now, lastClock);
            }
            lastClock = now;
            checkLoop("after a handle for " + (handle.task() == null ? "a callback" : handle.task().name())
                    + " (" + handle.purpose() + ")");
            checkWakeDue();
        }
    }

    @Override
    public void waiterParked(Queue<?> queue, Future<?> waiter, boolean putter, Task by) {
        if (on(Group.LOOP)) {
            if (putter ? !queue.full() : !queue.empty()) {
                fail("%s parked a %s although the queue is %s", by == null ? "?" : by.name(),
                        putter ? "putter" : "getter", putter ? "not full" : "not empty");
            }
        }
        (putter ? modelPutters : modelGetters).add(waiter);
    }

    @Override
    public void itemPut(Queue<?> queue, Object item, Task by) {
        if (!modelGetters.isEmpty()) {
            getterWakeDue = true;
        }
    }

    @Override
    public void itemTaken(Queue<?> queue, Object item, Task by) {
        if (!modelPutters.isEmpty()) {
            putterWakeDue = true;
        }
    }

    @Override
    public void futureDone(Future<?> future, Task by) {
        List<Future<?>> model;
        if (future.kind() == Awaiting.GET) {
            model = modelGetters;
        } else if (future.kind() == Awaiting.PUT) {
            model = modelPutters;
        } else {
            return;
        }
        int at = model.indexOf(future);
        if (future.cancelled()) {
            if (at >= 0) {
                model.remove(at);
            }
            return;
        }
        if (on(Group.LOOP) && at != 0) {
            fail("woke %s #%d of %d (%s), not the first waiting one", future.kind().word() + "ter", at, model.size(),
                    future.waiter() == null ? "?" : future.waiter().name());
        }
        if (at >= 0) {
            model.remove(at);
        }
        if (future.kind() == Awaiting.GET) {
            getterWakeDue = false;
        } else {
            putterWakeDue = false;
        }
    }

    private void checkWakeDue() {
        if (getterWakeDue) {
            fail("a put left every waiting getter asleep (lost wake-up)");
        }
        if (putterWakeDue) {
            fail("a get left every waiting putter asleep (lost wake-up)");
        }
        getterWakeDue = false;
        putterWakeDue = false;
    }

    // ---- loop invariants ---------------------------------------------------------------------

    private static boolean stepsTask(Handle h) {
        return h.purpose() == Handle.Purpose.TASK_START || h.purpose() == Handle.Purpose.TASK_RESUME
                || h.purpose() == Handle.Purpose.TASK_WAKEUP;
    }

    private void checkAlways() {
        Queue<String> q = world.queue();
        if (q.qsize() != q.contents().size()) {
            fail("qsize %d but contents() has %d items", q.qsize(), q.contents().size());
        }
    }

    /**
     * Every task not done is in exactly one place: one live handle in the ready deque steps or
     * wakes it (and it waits on no pending future), or it waits on a pending future that something
     * will complete (a getter or putter in the queue's deques, or a sleep whose live timer is
     * still to fire); done tasks have no handle. Every pending waiter of the queue belongs to a
     * live task waiting on it.
     */
    private void checkLoop(String where) {
        EventLoop loop = world.loop();
        Queue<String> q = world.queue();
        if (q.unfinishedTasks() < q.qsize()) {
            fail("%s: unfinished %d < qsize %d", where, q.unfinishedTasks(), q.qsize());
        }
        if (q.maxsize() > 0 && q.qsize() > q.maxsize()) {
            fail("%s: qsize %d > maxsize %d", where, q.qsize(), q.maxsize());
        }
        List<Handle> ready = loop.readyHandles();
        List<TimerHandle> timers = loop.liveTimers();
        Map<Task, Integer> stepHandles = new IdentityHashMap<>();
        for (Handle h : ready) {
            if (!h.cancelled() && stepsTask(h)) {
                stepHandles.merge(h.task(), 1, Integer::sum);
            }
        }
        for (TimerHandle t : timers) {
            if (stepsTask(t)) {
                fail("%s: a timer steps task %s", where, t.task().name());
            }
        }
        List<Future<?>> getters = q.getters();
        List<Future<?>> putters = q.putters();
        for (Actor a : world.actors()) {
            Task t = a.task();
            int n = stepHandles.getOrDefault(t, 0);
            if (t.done()) {
                if (n != 0) {
                    fail("%s: task %s is done but has %d handles to step it", where, t.name(), n);
                }
                continue;
            }
            Future<?> f = t.waitingOn();
            boolean pending = f != null && !f.done();
            if (!pending) {
                if (n != 1) {
                    fail("%s: task %s (%s, waiting on %s) has %d handles to step it, expected 1%s", where, t.name(),
                            t.awaiting().word(), f, n, n == 0 ? " (lost wake-up)" : " (scheduled twice)");
                }
                continue;
            }
            if (n != 0) {
                fail("%s: task %s waits on pending %s but also has %d handles to step it", where, t.name(), f, n);
            }
            switch (f.kind()) {
                case GET -> {
                    if (!containsIdentity(getters, f)) {
                        fail("%s: task %s waits on a getter the queue does not hold (lost wake-up)", where, t.name());
                    }
                }
                case PUT -> {
                    if (!containsIdentity(putters, f)) {
                        fail("%s: task %s waits on a putter the queue does not hold (lost wake-up)", where, t.name());
                    }
                }
                case SLEEP -> {
                    if (!hasSleepTimer(ready, timers, f)) {
                        fail("%s: task %s sleeps with no live timer to end the sleep (lost wake-up)", where, t.name());
                    }
                }
                default -> fail("%s: task %s waits on unexpected %s", where, t.name(), f);
            }
        }
        checkWaiters(getters, where, "getter");
        checkWaiters(putters, where, "putter");
        // No stall: while an item waits and a getter waits, some woken getter is yet to run (it
        // will take the item, or pass its wake-up on); the same for a free slot and putters.
        boolean wokenGetter = false;
        boolean wokenPutter = false;
        for (Actor a : world.actors()) {
            Future<?> f = a.task().waitingOn();
            if (!a.task().done() && f != null && f.done() && !f.cancelled()) {
                wokenGetter |= f.kind() == Awaiting.GET;
                wokenPutter |= f.kind() == Awaiting.PUT;
            }
        }
        if (!q.empty() && !wokenGetter && anyPending(getters)) {
            fail("%s: items %s wait and so does a getter, but no woken getter is to run (lost wake-up)", where,
                    q.contents());
        }
        if (!q.full() && !wokenPutter && anyPending(putters)) {
            fail("%s: a slot is free (%d of %d) and a putter waits, but no woken putter is to run (lost wake-up)",
                    where, q.qsize(), q.maxsize());
        }
    }

    private static boolean anyPending(List<Future<?>> waiters) {
        for (Future<?> w : waiters) {
            if (!w.done()) {
                return true;
            }
        }
        return false;
    }

    private void checkWaiters(List<Future<?>> waiters, String where, String what) {
        for (Future<?> w : waiters) {
            if (w.done()) {
                continue;
            }
            Task t = w.waiter();
            if (t == null || t.done() || t.waitingOn() != w) {
                fail("%s: a pending %s nobody waits on (%s); a wake-up given to it would be lost", where, what,
                        t == null ? "no task" : t);
            }
        }
    }

    private static boolean hasSleepTimer(List<Handle> ready, List<TimerHandle> timers, Future<?> f) {
        for (TimerHandle t : timers) {
            if (t.purpose() == Handle.Purpose.SLEEP_TIMER && t.arg() == f && !t.cancelled()) {
                return true;
            }
        }
        for (Handle h : ready) {       // a due timer moved to the ready deque, not run yet
            if (h.purpose() == Handle.Purpose.SLEEP_TIMER && h.arg() == f && !h.cancelled()) {
                return true;
            }
        }
        return false;
    }

    /** On an idle loop: nobody waits on a done future; a waiting getter means empty, a waiting putter full. */
    private void checkIdle() {
        Queue<String> q = world.queue();
        for (Actor a : world.actors()) {
            Task t = a.task();
            if (!t.done() && (t.waitingOn() == null || t.waitingOn().done())) {
                fail("idle loop, but task %s waits on %s (lost wake-up)", t.name(), t.waitingOn());
            }
        }
        for (Future<?> g : q.getters()) {
            if (!g.done() && !q.empty()) {
                fail("idle loop with items %s while getter of %s waits (lost wake-up)", q.contents(),
                        g.waiter() == null ? "?" : g.waiter().name());
                break;
            }
        }
        for (Future<?> p : q.putters()) {
            if (!p.done() && !q.full()) {
                fail("idle loop with a free slot (%d of %d) while putter of %s waits (lost wake-up)", q.qsize(),
                        q.maxsize(), p.waiter() == null ? "?" : p.waiter().name());
                break;
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    boolean idle() {
        EventLoop loop = world.loop();
        return loop.batchLeft() == 0 && loop.readyHandles().isEmpty() && loop.liveTimers().isEmpty();
    }

    private Double nextIterationStart() {
        EventLoop loop = world.loop();
        if (!loop.readyHandles().isEmpty()) {
            return loop.time();
        }
        List<TimerHandle> timers = loop.liveTimers();
        return timers.isEmpty() ? null : Math.max(loop.time(), timers.get(0).when());
    }

    private static boolean containsIdentity(List<? extends Future<?>> list, Future<?> f) {
        for (Future<?> x : list) {
            if (x == f) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfItem(List<String> list, String item) {
        for (int i = 0; i < list.size(); i++) {
            if (Objects.equals(list.get(i), item)) {
                return i;
            }
        }
        return -1;
    }

    private static String key(String item) {
        return item == null ? NONE_KEY : item;
    }

    private static String held(String item) {
        return item == null ? "nothing" : quote(item);
    }

    private static String quote(String item) {
        return item == null ? "None" : "\"" + item + "\"";
    }

    private static Map<String, Integer> readable(Map<String, Integer> balance) {
        Map<String, Integer> out = new HashMap<>();
        balance.forEach((k, v) -> out.put(NONE_KEY.equals(k) ? "None" : k, v));
        return out;
    }

    /** Python's order of str: by code point (written here independently of the model's). */
    static int codePointCompare(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return java.util.Arrays.compare(x, y);
    }
}
