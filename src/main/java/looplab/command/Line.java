package looplab.command;

import java.util.Objects;

/** A parsed script line: its 1-based number in the file and its command. */
public record Line(int number, Command command) {

    public Line {
        Objects.requireNonNull(command, "command");
    }
}
