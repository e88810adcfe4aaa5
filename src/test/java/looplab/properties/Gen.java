package looplab.properties;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import looplab.command.Command;
import looplab.command.Command.Role;
import looplab.command.CountSpec;
import looplab.command.DelaySpec;
import looplab.command.QueueKind;

/**
 * A seeded generator of command sequences. Each command comes with its text in the script
 * language and with what must happen when it is applied: whether the world rejects it
 * ({@code worldError}: a name clash, an unknown task, a sentinel in a priority world) and whether
 * the parser rejects its text ({@code parseError}: the priority-world sentinel rules, which are
 * checked at parse time). Both are known statically: they depend only on the names and kinds the
 * earlier commands set up, never on what the loop does.
 */
final class Gen {

    /** One generated command. */
    record Cmd(Command command, String text, boolean worldError, boolean parseError) {}

    /** What to generate. */
    static final class Config {
        boolean errors = true;       // also commands that must be rejected
        boolean running = true;      // step / tick / run
        boolean topLevel = true;     // put / get / cancel
        boolean midNew = true;       // `new` in the middle of a sequence
        boolean untilRuns = true;    // run until=T
        boolean views = true;
        int minLength = 10;
        int maxLength = 50;
        boolean finalRun = true;
        boolean races = false;       // a race-heavy sequence (see Gen#races)

        /** Every fourth seed: the race-heavy profile; the others: the mixed one. */
        static Config forSeed(long seed) {
            Config c = new Config();
            c.races = Math.floorMod(seed, 4) == 3;
            return c;
        }

        static Config valid() {
            Config c = new Config();
            c.errors = false;
            return c;
        }
    }

    private static final String[] NAME_POOL = {"P0", "P1", "P2", "C0", "C1", "a", "b", "w x", "\u00e9t\u00e9"};
    private static final String[] DELAYS = {"0", "0", "0.1", "0.25", "0.5", "1", "0.3", "0.1..0.5", "0..0.2",
        "0.05..0.05", "0.1..0.3", "0..0", "2"};
    private static final String[] ITEM_TEMPLATES = {"t%d", "x y %d", "\u00e9%d", "\uD83D\uDE00%d", "\uFFFD%d",
        "Z%d", "a#%d", "k=%d", "Item %d from P0x"};
    // Strings whose order by code point differs from their order by UTF-16 unit: astral characters
    // (surrogates D800-DFFF) against characters from E000 up. Priority worlds use them often.
    private static final String[] EXOTIC_TEMPLATES = {"\uD83D\uDE00%d", "\uD834\uDD1E%d", "\uFFFD%d", "\uFF71%d",
        "\uE000%d", "%d\uD83D\uDE00", "%d\uFF71"};
    private static final Command.View[] VIEWS = {new Command.View.Show(), new Command.View.Queue(),
        new Command.View.Tasks(), new Command.View.Ready(), new Command.View.Timers()};
    private static final String[] VIEW_WORDS = {"show", "queue", "tasks", "ready", "timers"};

    private final SplittableRandom rnd;
    private final Config cfg;
    // The static part of the world: kinds and names.
    private QueueKind kind = QueueKind.FIFO;
    private final Set<String> names = new HashSet<>();
    private final List<String> nameList = new ArrayList<>();
    private final List<String> producerNames = new ArrayList<>();
    private final List<String> consumerNames = new ArrayList<>();
    // After a put (get), often cancel a consumer (producer) at once: that is how a woken getter
    // (putter) gets cancelled before it runs, the race asyncio's queues must survive.
    private List<String> followWithCancel;
    private int producers;
    private int consumers;
    private int itemCounter;
    private int freshNames;
    private boolean noneStringUsed;
    private double timeHint;
    // A contended world: a small bound, and cancellations right after the put or get that woke
    // the oldest waiter, so that woken waiters get cancelled while others still wait.
    private boolean contended;

    Gen(long seed, Config cfg) {
        this.rnd = new SplittableRandom(seed);
        this.cfg = cfg;
    }

    /** A whole sequence: maybe a {@code new}, then random commands, then (by default) {@code run}. */
    static List<Cmd> script(long seed, Config cfg) {
        return new Gen(seed, cfg).script();
    }

    SplittableRandom random() {
        return rnd;
    }

    List<Cmd> script() {
        if (cfg.races) {
            return races();
        }
        List<Cmd> cmds = new ArrayList<>();
        if (rnd.nextInt(10) < 8) {
            cmds.add(newWorld());
        }
        int length = rnd.nextInt(cfg.minLength, cfg.maxLength + 1);
        for (int i = 0; i < length; i++) {
            cmds.add(next());
        }
        if (cfg.finalRun) {
            cmds.add(new Cmd(new Command.Run(OptionalDouble.empty()), "run", false, false));
        }
        return cmds;
    }

    /**
     * A race-heavy sequence: several consumers (or producers, on a full bounded queue) are left
     * waiting in get() (put()), then top-level puts and gets wake them one at a time while
     * cancellations hit the woken one or the others, with single steps and ticks in between:
     * the races of asyncio's test_queues (a woken waiter cancelled before it runs must pass its
     * wake-up on; a woken waiter that lost the item parks again at the tail).
     */
    List<Cmd> races() {
        List<Cmd> cmds = new ArrayList<>();
        newWorld();                                   // resets the names; its command is replaced:
        boolean getters = rnd.nextBoolean();
        kind = QueueKind.values()[rnd.nextInt(3)];
        // waiting putters need a bounded queue
        BigInteger maxsize = BigInteger.valueOf(getters ? rnd.nextInt(0, 3) : rnd.nextInt(1, 3));
        BigInteger seed = BigInteger.valueOf(rnd.nextInt(1000));
        cmds.add(new Cmd(new Command.New(maxsize, seed, kind),
                "new maxsize=" + maxsize + " seed=" + seed + " kind=" + kind.word(), false, false));
        int waiters = rnd.nextInt(2, 5);
        for (int i = 0; i < waiters; i++) {
            cmds.add(spawn(getters ? Role.CONSUMER : Role.PRODUCER));
        }
        cmds.add(new Cmd(new Command.Run(OptionalDouble.empty()), "run", false, false));
        contended = true;
        int length = rnd.nextInt(10, 31);
        for (int i = 0; i < length; i++) {
            int r = rnd.nextInt(100);
            Cmd cancel = followCancel();
            if (cancel != null) {
                cmds.add(cancel);
            } else if (r < 30) {
                cmds.add(put());
            } else if (r < 50) {
                cmds.add(get());
            } else if (r < 62) {
                cmds.add(cancel());
            } else if (r < 74) {
                cmds.add(new Cmd(new Command.Step(1), "step", false, false));
            } else if (r < 86) {
                cmds.add(new Cmd(new Command.Tick(1), "tick", false, false));
            } else if (r < 92) {
                cmds.add(spawn(rnd.nextBoolean() ? Role.CONSUMER : Role.PRODUCER));
            } else {
                cmds.add(step());
            }
        }
        cmds.add(new Cmd(new Command.Run(OptionalDouble.empty()), "run", false, false));
        return cmds;
    }

    /** A setup with no loop command: a world, tasks, top-level puts and maybe a cancel. */
    List<Cmd> setup() {
        List<Cmd> cmds = new ArrayList<>();
        cmds.add(newWorld());
        int n = rnd.nextInt(2, 9);
        for (int i = 0; i < n; i++) {
            int r = rnd.nextInt(20);
            if (r < 7) {
                cmds.add(spawn(Role.PRODUCER));
            } else if (r < 13) {
                cmds.add(spawn(Role.CONSUMER));
            } else if (r < 17) {
                cmds.add(put());
            } else if (r < 18) {
                cmds.add(get());
            } else {
                cmds.add(cancel());
            }
        }
        return cmds;
    }

    /** Right after a put (get), often a cancel of a consumer (producer); else null. */
    private Cmd followCancel() {
        List<String> follow = followWithCancel;
        followWithCancel = null;
        if (follow != null && !follow.isEmpty() && cfg.topLevel && rnd.nextInt(10) < (contended ? 6 : 3)) {
            // the oldest waiter is woken first: prefer the tasks spawned early
            int at = contended ? Math.min(rnd.nextInt(follow.size()), rnd.nextInt(follow.size())) : rnd.nextInt(follow.size());
            String name = follow.get(at);
            return new Cmd(new Command.Cancel(name), "cancel " + word(name), false, false);
        }
        return null;
    }

    Cmd next() {
        Cmd cancel = followCancel();
        if (cancel != null) {
            return cancel;
        }
        while (true) {
            int r = rnd.nextInt(100);
            if (r < 12) {
                return spawn(Role.PRODUCER);
            } else if (r < 22) {
                return spawn(Role.CONSUMER);
            } else if (r < 32) {
                if (cfg.topLevel) {
                    return put();
                }
            } else if (r < 39) {
                if (cfg.topLevel) {
                    return get();
                }
            } else if (r < 44) {
                if (cfg.topLevel) {
                    return cancel();
                }
            } else if (r < 61) {
                if (cfg.running) {
                    return step();
                }
            } else if (r < 72) {
                if (cfg.running) {
                    return tick();
                }
            } else if (r < 83) {
                if (cfg.running && cfg.untilRuns) {
                    return runUntil();
                }
            } else if (r < 94) {
                if (cfg.running) {
                    // run (until idle) is rarer than the finer commands
                    if (rnd.nextInt(3) == 0) {
                        return new Cmd(new Command.Run(OptionalDouble.empty()), "run", false, false);
                    }
                    return step();
                }
            } else if (r < 97) {
                if (cfg.midNew) {
                    return newWorld();
                }
            } else if (cfg.views) {
                int v = rnd.nextInt(VIEWS.length);
                return new Cmd(VIEWS[v], VIEW_WORDS[v], false, false);
            }
        }
    }

    // ---- single commands ---------------------------------------------------------------------

    Cmd newWorld() {
        List<String> opts = new ArrayList<>();
        BigInteger maxsize = BigInteger.ZERO;
        BigInteger seed = BigInteger.ZERO;
        QueueKind k = QueueKind.FIFO;
        contended = rnd.nextInt(3) == 0;
        if (contended) {
            maxsize = BigInteger.valueOf(rnd.nextInt(1, 3));
            opts.add("maxsize=" + maxsize);
        } else if (rnd.nextInt(30) == 0) {
            // The largest bound a typed line takes (a script takes any size: see ParserTest).
            maxsize = BigInteger.valueOf(Integer.MAX_VALUE);
            opts.add("maxsize=" + maxsize);
        } else if (rnd.nextInt(10) >= 4) {
            int[] sizes = {0, 1, 1, 2, 2, 3, 5};
            maxsize = BigInteger.valueOf(sizes[rnd.nextInt(sizes.length)]);
            opts.add("maxsize=" + maxsize);
        }
        if (rnd.nextInt(10) >= 3) {
            seed = new BigInteger(rnd.nextInt(1, 90), new java.util.Random(rnd.nextLong()));
            if (rnd.nextInt(5) == 0) {
                seed = seed.negate();
            }
            opts.add("seed=" + seed);
        }
        if (rnd.nextInt(10) >= 3) {
            k = QueueKind.values()[rnd.nextInt(3)];
            opts.add("kind=" + k.word());
        }
        shuffle(opts);
        kind = k;
        names.clear();
        nameList.clear();
        producerNames.clear();
        consumerNames.clear();
        producers = 0;
        consumers = 0;
        noneStringUsed = false;
        timeHint = 0;
        String text = opts.isEmpty() ? "new" : "new " + String.join(" ", opts);
        return new Cmd(new Command.New(maxsize, seed, k), text, false, false);
    }

    Cmd spawn(Role role) {
        boolean producer = role == Role.PRODUCER;
        String def = producer ? "P" + producers : "C" + consumers;
        String name;
        int r = rnd.nextInt(10);
        if (r < 5) {
            name = null;
        } else if (r < 9) {
            name = NAME_POOL[rnd.nextInt(NAME_POOL.length)];
        } else {
            name = "n" + rnd.nextInt(5);
        }
        String effective = name == null ? def : name;
        boolean clash = names.contains(effective);
        if (clash && !cfg.errors) {
            name = "f" + freshNames++;
            effective = name;
            clash = false;
        }
        List<String> opts = new ArrayList<>();
        CountSpec count = null;
        if (producer) {
            r = rnd.nextInt(10);
            if (r < 2) {
                count = Command.Spawn.DEFAULT_COUNT;
            } else if (r < 7) {
                int n = rnd.nextInt(0, 6);
                count = CountSpec.fixed(n);
                opts.add("count=" + n);
            } else {
                int lo = rnd.nextInt(0, 4);
                int hi = lo + rnd.nextInt(0, 4);
                count = CountSpec.range(lo, hi);
                opts.add("count=" + lo + ".." + hi);
            }
        }
        DelaySpec delay;
        if (rnd.nextInt(10) < 2) {
            delay = producer ? Command.Spawn.DEFAULT_PRODUCER_DELAY : Command.Spawn.DEFAULT_CONSUMER_DELAY;
        } else {
            String d = DELAYS[rnd.nextInt(DELAYS.length)];
            delay = delay(d);
            opts.add("delay=" + d);
        }
        boolean sentinel = false;
        boolean sentinelError = false;
        if (producer) {
            r = rnd.nextInt(10);
            if (kind == QueueKind.PRIORITY) {
                if (r < 6) {
                    sentinel = false;                     // the default in a priority world
                } else if (r < 9 || !cfg.errors) {
                    opts.add("sentinel=off");
                } else {
                    opts.add("sentinel=on");
                    sentinel = true;
                    sentinelError = true;
                }
            } else if (r < 4) {
                sentinel = true;                          // the default
            } else if (r < 7) {
                opts.add("sentinel=on");
                sentinel = true;
            } else {
                opts.add("sentinel=off");
            }
        }
        shuffle(opts);
        if (name != null) {
            opts.add(rnd.nextInt(opts.size() + 1), word(name));
        }
        String text = "spawn " + role.word() + (opts.isEmpty() ? "" : " " + String.join(" ", opts));
        boolean error = clash || sentinelError;
        if (!error) {
            names.add(effective);
            nameList.add(effective);
            (producer ? producerNames : consumerNames).add(effective);
            if (producer) {
                producers++;
            } else {
                consumers++;
            }
        }
        return new Cmd(new Command.Spawn(role, name, count, delay, sentinel), text, error, sentinelError);
    }

    Cmd put() {
        followWithCancel = consumerNames;
        int r = rnd.nextInt(100);
        if (kind != QueueKind.PRIORITY && r < 15) {
            return new Cmd(new Command.Put(null), "put None", false, false);
        }
        if (kind == QueueKind.PRIORITY && cfg.errors && r < 4) {
            return new Cmd(new Command.Put(null), "put None", true, true);
        }
        String item;
        if (!noneStringUsed && r >= 96) {
            noneStringUsed = true;
            item = "None";
        } else {
            String[] templates = kind == QueueKind.PRIORITY && rnd.nextBoolean() ? EXOTIC_TEMPLATES : ITEM_TEMPLATES;
            item = String.format(templates[rnd.nextInt(templates.length)], itemCounter++);
        }
        boolean plain = item.matches("[A-Za-z0-9_=]+") && !item.equals("None");
        String text = "put " + (plain && rnd.nextBoolean() ? item : "\"" + item + "\"");
        return new Cmd(new Command.Put(item), text, false, false);
    }

    Cmd get() {
        followWithCancel = producerNames;
        return new Cmd(new Command.Get(), "get", false, false);
    }

    Cmd cancel() {
        if (nameList.isEmpty() || cfg.errors && rnd.nextInt(10) == 0) {
            if (!cfg.errors) {
                return get();
            }
            String ghost = rnd.nextBoolean() ? "ghost" : "P9";
            return new Cmd(new Command.Cancel(ghost), "cancel " + ghost, true, false);
        }
        String name = nameList.get(rnd.nextInt(nameList.size()));
        return new Cmd(new Command.Cancel(name), "cancel " + word(name), false, false);
    }

    Cmd step() {
        long n = count();
        return new Cmd(new Command.Step(n), countText("step", n), false, false);
    }

    Cmd tick() {
        long n = count();
        if (n > 4 && n != Long.MAX_VALUE) {
            n = n - 3;
        }
        return new Cmd(new Command.Tick(n), countText("tick", n), false, false);
    }

    Cmd runUntil() {
        timeHint += rnd.nextDouble() * 0.8;
        double t = rnd.nextDouble() * (timeHint + 0.5);
        String text = String.format(java.util.Locale.ROOT, "%.3f", t);
        if (rnd.nextInt(4) == 0) {
            text = Long.toString(Math.round(t));
        }
        return new Cmd(new Command.Run(OptionalDouble.of(Double.parseDouble(text))), "run until=" + text, false, false);
    }

    private long count() {
        int r = rnd.nextInt(100);
        if (r < 5) {
            return 0;
        } else if (r < 50) {
            return 1;
        } else if (r < 97) {
            return rnd.nextInt(2, 7);
        }
        return Long.MAX_VALUE;
    }

    private String countText(String word, long n) {
        if (n == Long.MAX_VALUE) {
            return word + " 99999999999999999999";      // clamped by the parser
        }
        if (n == 1 && rnd.nextBoolean()) {
            return word;
        }
        return word + " " + n;
    }

    // ---- helpers -----------------------------------------------------------------------------

    static DelaySpec delay(String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            return DelaySpec.fixed(Double.parseDouble(text));
        }
        return DelaySpec.range(Double.parseDouble(text.substring(0, dots)), Double.parseDouble(text.substring(dots + 2)));
    }

    private String word(String name) {
        boolean plain = name.matches("[A-Za-z0-9_]+");
        return plain && rnd.nextInt(4) != 0 ? name : "\"" + name + "\"";
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** The commands as a script (one line each), numbered for a failure message. */
    static String render(List<Cmd> cmds, int upTo) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cmds.size() && i <= upTo; i++) {
            Cmd c = cmds.get(i);
            s.append(c.text());
            if (c.parseError()) {
                s.append("   # the parser rejects this line; applied directly it must raise WorldError");
            } else if (c.worldError()) {
                s.append("   # must raise WorldError");
            }
            s.append('\n');
        }
        return s.toString();
    }
}
