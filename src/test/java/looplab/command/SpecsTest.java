package looplab.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import looplab.command.Command.Role;

/** The value types: kinds, roles, count and delay specs, and the commands' own checks. */
class SpecsTest {

    @Test
    void queueKindWords() {
        assertThat(QueueKind.values()).extracting(QueueKind::word).containsExactly("fifo", "lifo", "priority");
        assertThat(QueueKind.fromWord("lifo")).contains(QueueKind.LIFO);
        assertThat(QueueKind.fromWord("LIFO")).isEmpty();
        assertThat(QueueKind.fromWord("")).isEmpty();
    }

    @Test
    void roleWords() {
        assertThat(Role.PRODUCER.word()).isEqualTo("producer");
        assertThat(Role.fromWord("consumer")).contains(Role.CONSUMER);
        assertThat(Role.fromWord("Consumer")).isEmpty();
    }

    @Test
    void countSpec() {
        assertThat(CountSpec.fixed(4)).isEqualTo(new CountSpec(4, 4, false)).hasToString("4");
        assertThat(CountSpec.range(3, 3)).isEqualTo(new CountSpec(3, 3, true)).hasToString("3..3");
        assertThatIllegalArgumentException().isThrownBy(() -> new CountSpec(5, 2, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new CountSpec(-1, 2, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new CountSpec(1, 2, false));
    }

    @Test
    void delaySpec() {
        assertThat(DelaySpec.fixed(0.25)).isEqualTo(new DelaySpec(0.25, 0.25, false));
        assertThat(DelaySpec.range(0, Double.POSITIVE_INFINITY).hi()).isInfinite();
        assertThatIllegalArgumentException().isThrownBy(() -> new DelaySpec(0.5, 0.1, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new DelaySpec(Double.NaN, 1, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new DelaySpec(-0.5, 1, true));
    }

    @Test
    void commandsCheckTheirValues() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Command.Spawn(Role.CONSUMER, null, CountSpec.fixed(1), DelaySpec.fixed(0), false));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Command.Spawn(Role.CONSUMER, null, null, DelaySpec.fixed(0), true));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Command.Spawn(Role.PRODUCER, null, null, DelaySpec.fixed(0), true));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Command.Spawn(Role.PRODUCER, "", CountSpec.fixed(1), DelaySpec.fixed(0), true));
        assertThatIllegalArgumentException().isThrownBy(() -> new Command.Step(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Command.Tick(-1));
    }

    @Test
    void onlyStepTickAndRunRunTheLoop() {
        assertThat(new Command.Step(0).runsTheLoop()).isTrue();
        assertThat(new Command.Tick(2).runsTheLoop()).isTrue();
        assertThat(new Command.Run(OptionalDouble.empty()).runsTheLoop()).isTrue();
        assertThat(Command.New.DEFAULT.runsTheLoop()).isFalse();
        assertThat(new Command.Get().runsTheLoop()).isFalse();
        assertThat(new Command.View.Show().runsTheLoop()).isFalse();
    }

    @Test
    void viewsCheckTheirValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Command.View.Trace(OptionalInt.of(-1)));
    }

    @Test
    void scriptErrorMessage() {
        ScriptError e = new ScriptError(3, "unknown command 'x'", "try: help");
        assertThat(e).hasMessage("line 3: unknown command 'x'");
        assertThat(e.hint()).isEqualTo("try: help");
        assertThat(new ScriptError(0, "oops", null)).hasMessage("oops");
        assertThat(new ScriptError(0, "oops", null).hint()).isEmpty();
    }
}
