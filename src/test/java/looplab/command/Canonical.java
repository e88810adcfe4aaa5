package looplab.command;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import looplab.command.Command.Role;

/**
 * The canonical text of a parse, the same as make_oracle_data.py (in the test resources) writes for the oracle's:
 * one command per line, views left out (the oracle drops them), strings as the hex of their
 * UTF-8, doubles as their raw bits, so that equal text means bit-for-bit equal values.
 */
final class Canonical {

    private Canonical() {
    }

    static String of(List<Line> lines, String separator) {
        return lines.stream()
                .filter(l -> !(l.command() instanceof Command.View))
                .map(l -> l.number() + " " + of(l.command()))
                .collect(Collectors.joining(separator));
    }

    static String of(Command c) {
        if (c instanceof Command.New n) {
            return "new maxsize=" + n.maxsize() + " seed=" + n.seed() + " kind=" + n.kind().word();
        } else if (c instanceof Command.Spawn s) {
            String name = s.name() == null ? "-" : str(s.name());
            if (s.role() == Role.PRODUCER) {
                return "spawn producer name=" + name + " count=" + count(s.count()) + " delay="
                        + delay(s.delay()) + " sentinel=" + (s.sentinel() ? 1 : 0);
            }
            return "spawn consumer name=" + name + " delay=" + delay(s.delay());
        } else if (c instanceof Command.Put p) {
            return "put " + (p.isSentinel() ? "None" : str(p.item()));
        } else if (c instanceof Command.Get) {
            return "get";
        } else if (c instanceof Command.Cancel k) {
            return "cancel " + str(k.name());
        } else if (c instanceof Command.Step s) {
            return "step " + s.n();
        } else if (c instanceof Command.Tick t) {
            return "tick " + t.n();
        } else if (c instanceof Command.Run r) {
            return "run " + (r.until().isPresent() ? dbl(r.until().getAsDouble()) : "-");
        }
        throw new IllegalArgumentException("no canonical form for " + c);
    }

    private static String str(String s) {
        return "s:" + HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String dbl(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    private static String count(CountSpec c) {
        return c.range() ? "range:" + c.lo() + ":" + c.hi() : "fixed:" + c.lo();
    }

    private static String delay(DelaySpec d) {
        return d.range() ? "range:" + dbl(d.lo()) + ":" + dbl(d.hi()) : "fixed:" + dbl(d.lo());
    }
}
