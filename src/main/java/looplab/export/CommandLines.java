package looplab.export;

import looplab.command.Command;
import looplab.command.QueueKind;
import looplab.world.Applied;

/** A command applied, written back as a line of the language, to label a moment of an export. */
final class CommandLines {
    private CommandLines() {}

    static String of(Applied entry) {
        if (entry instanceof Applied.Line line) {
            return of(line.command());
        }
        if (entry instanceof Applied.SpawnTask spawn) {
            return "spawn task " + spawn.name() + " (a coroutine of the lab)";
        }
        return of(((Applied.Stopped) entry).command()) + " (stopped by Ctrl-C)";
    }

    static String of(Command command) {
        if (command instanceof Command.New n) {
            StringBuilder b = new StringBuilder("new");
            if (n.maxsize().signum() != 0) {
                b.append(" maxsize=").append(n.maxsize());
            }
            if (n.seed().signum() != 0) {
                b.append(" seed=").append(n.seed());
            }
            if (n.kind() != QueueKind.FIFO) {
                b.append(" kind=").append(n.kind().word());
            }
            return b.toString();
        }
        if (command instanceof Command.Spawn s) {
            StringBuilder b = new StringBuilder("spawn ").append(s.role().word());
            if (s.name() != null) {
                b.append(' ').append(s.name());
            }
            if (s.count() != null && !s.count().equals(Command.Spawn.DEFAULT_COUNT)) {
                b.append(" count=").append(s.count());
            }
            if (!s.delay().equals(s.role() == Command.Role.PRODUCER ? Command.Spawn.DEFAULT_PRODUCER_DELAY
                    : Command.Spawn.DEFAULT_CONSUMER_DELAY)) {
                b.append(" delay=").append(s.delay());
            }
            if (s.role() == Command.Role.PRODUCER && !s.sentinel()) {
                b.append(" sentinel=off");
            }
            return b.toString();
        }
        if (command instanceof Command.Put p) {
            String item = p.item();
            if (item == null) {
                return "put None";
            }
            return "put " + (item.isEmpty() || item.equals("None") || item.matches(".*[\\s\"'#].*")
                    ? '"' + item.replace("\"", "\\\"") + '"' : item);
        }
        if (command instanceof Command.Get) {
            return "get";
        }
        if (command instanceof Command.Cancel c) {
            return "cancel " + c.name();
        }
        if (command instanceof Command.Step s) {
            return s.n() == 1 ? "step" : "step " + s.n();
        }
        if (command instanceof Command.Tick t) {
            return t.n() == 1 ? "tick" : "tick " + t.n();
        }
        if (command instanceof Command.Run r) {
            return r.until().isPresent() ? "run until=" + r.until().getAsDouble() : "run";
        }
        return command.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
