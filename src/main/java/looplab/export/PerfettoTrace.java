package looplab.export;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import looplab.model.Handle;
import looplab.model.LoopObserver;
import looplab.view.CommandRecord;
import looplab.view.Fact;
import looplab.view.HandleRun;
import looplab.view.Narration;
import looplab.view.Step;
import looplab.view.TaskStates;
import looplab.world.World;

/**
 * A run as a Chrome / Perfetto trace (the Trace Event Format's JSON, which ui.perfetto.dev and
 * chrome://tracing open), built from the journal of a {@link Replay}. Each world is a process;
 * in it, a track per task with a slice ({@code ph: X}) per task step, a {@code timers} track with
 * a slice per timer callback (and an instant on the sleeping task's track where its sleep ends),
 * a {@code commands} track with an instant per top-level command, a counter of the queue's
 * length, and flow arrows from a step that woke a task (a {@code put} waking a getter, a
 * {@code get} freeing a putter's slot) or from a timer callback to the wake-up step it caused.
 *
 * <p><b>Time.</b> The axis is virtual time (the trace's microseconds are the model's). Every
 * handle, and every stretch of top-level commands, takes a slot of width {@code w}: it starts at
 * its virtual time, or right after the slot before it if that ends later. So handles that ran at
 * the same virtual time follow each other in the order they ran, and no two slices of a track
 * overlap. {@code w} is 1 ms of virtual time, or less when the run's clock values are closer:
 * {@code w = min(1 ms, smallest gap between two clock values / (most slots at one clock value + 1))},
 * so that the slots of one time end before the next time begins (clock values less than 1 µs
 * apart count as one). Times are kept to the nanosecond.
 */
public final class PerfettoTrace {
    /** The widest slot: 1 ms of virtual time, in nanoseconds. */
    static final long MAX_SLOT_NS = 1_000_000;

    private static final int TIMERS_TID = 1;
    private static final int COMMANDS_TID = 2;
    private static final int FIRST_TASK_TID = 10;

    private PerfettoTrace() {}

    /**
     * The trace of {@code world}'s run (what it applied, replayed), as pretty-printed JSON.
     *
     * @throws IllegalStateException if the run does not replay as it ran
     */
    public static String of(World world) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json(world));
    }

    /** The trace as a JSON tree: {@code {"traceEvents": [...], "displayTimeUnit": "ms"}}. */
    static JsonObject json(World original) {
        Replay replay = new Replay();
        List<Integer> sizeAfterHandle = new ArrayList<>();
        Map<CommandRecord, Integer> sizeAfterMoment = new HashMap<>();
        replay.addLoopObserver(new LoopObserver() {
            @Override
            public void handleFinished(Handle handle) {
                sizeAfterHandle.add(replay.world().queue().qsize());
            }
        });
        replay.run(original.applied(), (world, journal, lines) -> sizeAfterMoment.put(journal.last(), world.queue().qsize()));
        replay.requireSameEnd(original);

        // Cut the moments into worlds: a moment that makes a new world begins one.
        List<List<CommandRecord>> worlds = new ArrayList<>();
        for (CommandRecord r : replay.journal().records()) {
            boolean fresh = !r.outcomes().isEmpty() && r.outcomes().get(0) instanceof Fact.WorldCreated;
            if (worlds.isEmpty() || fresh && !worlds.get(worlds.size() - 1).isEmpty()) {
                worlds.add(new ArrayList<>());
            }
            worlds.get(worlds.size() - 1).add(r);
        }
        JsonArray events = new JsonArray();
        int[] handleIndex = {0};
        int[] flowIds = {0};
        for (int w = 0; w < worlds.size(); w++) {
            new WorldTrace(w + 1, events, sizeAfterHandle, sizeAfterMoment, handleIndex, flowIds).add(worlds.get(w));
        }
        JsonObject trace = new JsonObject();
        trace.add("traceEvents", events);
        trace.addProperty("displayTimeUnit", "ms");
        JsonObject other = new JsonObject();
        other.addProperty("source", "LoopLab: virtual time of the model's event loop, in microseconds");
        trace.add("otherData", other);
        return trace;
    }

    /** One world's events: its process, tracks, slices, counter and flows. */
    private static final class WorldTrace {
        private final int pid;
        private final JsonArray events;
        private final List<Integer> sizeAfterHandle;
        private final Map<CommandRecord, Integer> sizeAfterMoment;
        private final int[] handleIndex;
        private final int[] flowIds;
        private final Map<String, Integer> tids = new LinkedHashMap<>();
        /** A task woken and not yet run: where its arrow starts. */
        private final Map<String, double[]> pendingFlow = new HashMap<>();
        private long slotNs;
        private double slot;
        private long cursorNs = Long.MIN_VALUE;

        WorldTrace(int pid, JsonArray events, List<Integer> sizeAfterHandle, Map<CommandRecord, Integer> sizeAfterMoment,
                int[] handleIndex, int[] flowIds) {
            this.pid = pid;
            this.events = events;
            this.sizeAfterHandle = sizeAfterHandle;
            this.sizeAfterMoment = sizeAfterMoment;
            this.handleIndex = handleIndex;
            this.flowIds = flowIds;
        }

        void add(List<CommandRecord> records) {
            slotNs = slotWidthNs(records);
            slot = slotNs / 1000.0;
            String name = "world " + pid;
            if (!records.isEmpty() && !records.get(0).outcomes().isEmpty()
                    && records.get(0).outcomes().get(0) instanceof Fact.WorldCreated) {
                name += ": " + Narration.outcome(records.get(0).outcomes().get(0));
            }
            meta("process_name", 0, name);
            metaSort("process_sort_index", 0, pid);
            meta("thread_name", TIMERS_TID, "timers (the loop's timer callbacks)");
            metaSort("thread_sort_index", TIMERS_TID, TIMERS_TID);
            meta("thread_name", COMMANDS_TID, "commands (typed at top level)");
            metaSort("thread_sort_index", COMMANDS_TID, COMMANDS_TID);
            for (CommandRecord r : records) {
                if (r.handleRuns().isEmpty()) {
                    command(r, at(clockOf(r)));
                    continue;
                }
                for (HandleRun run : r.handleRuns()) {
                    handle(run, at(run.clock()), sizeAfterHandle.get(handleIndex[0]++));
                }
            }
        }

        /** The next slot: at {@code clock}, or right after the slot before if that ends later. In microseconds. */
        private double at(double clock) {
            long start = Math.max(nanos(clock), cursorNs);
            cursorNs = start + slotNs;
            return start / 1000.0;
        }

        private static long nanos(double clock) {
            return Math.round(clock * 1e9);
        }

        /** When a moment without handles happened: a new world's begins at 0, others at the clock before them. */
        private static double clockOf(CommandRecord r) {
            return !r.outcomes().isEmpty() && r.outcomes().get(0) instanceof Fact.WorldCreated ? 0.0 : r.clockBefore();
        }

        /**
         * The slot width of a world in nanoseconds: see the class comment. Clock values less than
         * a microsecond apart (sums of floats that differ in their last bits) count as one.
         */
        private static long slotWidthNs(List<CommandRecord> records) {
            TreeMap<Long, Integer> burst = new TreeMap<>();
            for (CommandRecord r : records) {
                if (r.handleRuns().isEmpty()) {
                    burst.merge(nanos(clockOf(r)), 1, Integer::sum);
                }
                for (HandleRun run : r.handleRuns()) {
                    burst.merge(nanos(run.clock()), 1, Integer::sum);
                }
            }
            long minGap = Long.MAX_VALUE;
            Long previous = null;
            for (long c : burst.keySet()) {
                if (previous != null && c - previous >= 1000) {
                    minGap = Math.min(minGap, c - previous);
                }
                previous = c;
            }
            int most = burst.values().stream().mapToInt(Integer::intValue).max().orElse(1);
            return Math.max(2, Math.min(MAX_SLOT_NS, minGap / (most + 1)));
        }

        private void command(CommandRecord r, double ts) {
            JsonObject args = new JsonObject();
            JsonArray outcomes = new JsonArray();
            for (Fact f : r.outcomes()) {
                outcomes.add(Narration.outcome(f));
            }
            args.add("outcomes", outcomes);
            JsonObject e = event("i", r.text(), "command", COMMANDS_TID, ts);
            e.addProperty("s", "t");
            e.add("args", args);
            events.add(e);
            counter(ts, sizeAfterMoment.getOrDefault(r, 0));
        }

        private void handle(HandleRun run, double ts, int sizeAfter) {
            Step step = run.step();
            String label = Narration.handle(run.handle());
            JsonObject args = new JsonObject();
            args.addProperty("virtual time", run.clock());
            args.addProperty("iteration", run.iteration());
            args.addProperty("handle", run.position() + "/" + run.batchSize() + " of the iteration's batch");
            if (run.cause() != null) {
                args.addProperty("ready because", Narration.cause(run.cause()));
            }
            int tid;
            JsonObject e;
            if (step != null) {
                tid = tid(step.task());
                e = event("X", step.task() + " step " + step.n(), "step", tid, ts);
                args.addProperty("step", step.n());
                args.addProperty("handle label", label);
                args.addProperty("resumed at", Narration.point(step.from()));
                args.addProperty("stopped at", Narration.point(step.to()));
                args.addProperty("state after", TaskStates.afterStep(step.toAwaiting(), step.sleepUntil()));
                args.add("printed", strings(step.printed()));
                args.add("put", items(step.put()));
                args.add("got", items(step.taken()));
                JsonArray woke = new JsonArray();
                for (Fact.Wake w : step.woke()) {
                    woke.add(Narration.wake(w));
                }
                args.add("woke", woke);
            } else if (run.skipped()) {
                tid = run.task() == null ? TIMERS_TID : tid(run.task());
                e = event("X", "skipped: " + label, "skipped", tid, ts);
                args.addProperty("why", "it was cancelled, but used its place in the batch");
            } else {
                tid = TIMERS_TID;
                e = event("X", label, "timer", tid, ts);
                if (!Double.isNaN(run.deadline())) {
                    args.addProperty("deadline", run.deadline());
                }
                if (run.task() != null) {
                    JsonObject instant = event("i", run.task() + "'s sleep ends", "timer", tid(run.task()), ts);
                    instant.addProperty("s", "t");
                    events.add(instant);
                }
            }
            e.addProperty("dur", slot);
            e.add("args", args);
            events.add(e);
            // Arrows: into this step if a step or a timer woke its task, out of it to the tasks it woke.
            if (step != null) {
                double[] from = pendingFlow.remove(step.task());
                if (from != null && step.purpose() == Handle.Purpose.TASK_WAKEUP) {
                    flow((int) from[0], from[1], tid, half(ts));
                }
                for (Fact.Wake w : step.woke()) {
                    pendingFlow.put(w.task(), new double[] {tid, half(ts)});
                }
            } else if (!run.skipped()) {
                for (Fact.Scheduled s : run.effects()) {
                    pendingFlow.put(s.task(), new double[] {tid, half(ts)});
                }
            }
            counter((Math.round(ts * 1000) + slotNs) / 1000.0, sizeAfter);
        }

        /** The middle of the slot that starts at {@code ts}, where an arrow is bound to its slice. */
        private double half(double ts) {
            return (Math.round(ts * 1000) + slotNs / 2) / 1000.0;
        }

        private void flow(int fromTid, double fromTs, int toTid, double toTs) {
            int id = ++flowIds[0];
            JsonObject start = event("s", "wakes", "wake-up", fromTid, fromTs);
            start.addProperty("id", id);
            events.add(start);
            JsonObject end = event("f", "wakes", "wake-up", toTid, toTs);
            end.addProperty("id", id);
            end.addProperty("bp", "e");
            events.add(end);
        }

        private void counter(double ts, int size) {
            JsonObject args = new JsonObject();
            args.addProperty("items", size);
            JsonObject e = event("C", "queue length", "queue", 0, ts);
            e.add("args", args);
            events.add(e);
        }

        private int tid(String task) {
            Integer tid = tids.get(task);
            if (tid == null) {
                tid = FIRST_TASK_TID + tids.size();
                tids.put(task, tid);
                meta("thread_name", tid, task);
                metaSort("thread_sort_index", tid, tid);
            }
            return tid;
        }

        private JsonObject event(String ph, String name, String cat, int tid, double ts) {
            JsonObject e = new JsonObject();
            e.addProperty("name", name);
            e.addProperty("cat", cat);
            e.addProperty("ph", ph);
            e.addProperty("pid", pid);
            e.addProperty("tid", tid);
            e.addProperty("ts", ts);
            return e;
        }

        private void meta(String what, int tid, String name) {
            JsonObject args = new JsonObject();
            args.addProperty("name", name);
            metadata(what, tid, args);
        }

        private void metaSort(String what, int tid, int index) {
            JsonObject args = new JsonObject();
            args.addProperty("sort_index", index);
            metadata(what, tid, args);
        }

        private void metadata(String what, int tid, JsonObject args) {
            JsonObject e = new JsonObject();
            e.addProperty("name", what);
            e.addProperty("ph", "M");
            e.addProperty("pid", pid);
            e.addProperty("tid", tid);
            e.add("args", args);
            events.add(e);
        }

        private static JsonArray strings(List<String> list) {
            JsonArray a = new JsonArray();
            list.forEach(a::add);
            return a;
        }

        private static JsonArray items(List<String> list) {
            JsonArray a = new JsonArray();
            for (String item : list) {
                a.add(Narration.item(item));
            }
            return a;
        }
    }
}
