package looplab.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The parser against the conformance oracle on {@link OracleTable}: every script must get the
 * oracle's verdict (accepted, or rejected at the same line) and, when accepted, the oracle's
 * parse, value for value. The only exception is the documented one: counts above an int.
 */
class OracleDifferentialTest {

    @Test
    void theTableIsComplete() {
        // guards against a truncated or regenerated-empty table passing vacuously
        assertThat(OracleTable.ROWS).hasSize(OracleTable.SIZE).hasSizeGreaterThanOrEqualTo(150);
        assertThat(OracleTable.ROWS).filteredOn(r -> r.oracleLine() == 0).hasSizeGreaterThan(50);
        assertThat(OracleTable.ROWS).filteredOn(r -> r.oracleLine() > 0).hasSizeGreaterThan(50);
        assertThat(OracleTable.ROWS).filteredOn(r -> r.deviationLine() > 0).hasSize(2);
    }

    @TestFactory
    Stream<DynamicTest> sameVerdictAsTheOracle() {
        return OracleTable.ROWS.stream().map(row -> DynamicTest.dynamicTest(
                display(row), () -> check(row)));
    }

    private static void check(OracleTable.Row row) {
        byte[] bytes = row.latin1().getBytes(StandardCharsets.ISO_8859_1);
        if (row.deviationLine() > 0) {
            ScriptError e = catchThrowableOfType(ScriptError.class, () -> Parser.parseScript(bytes));
            assertThat(e).as("a count above an int is refused on purpose").isNotNull();
            assertThat(e.line()).isEqualTo(row.deviationLine());
            assertThat(e.reason()).isEqualTo("count too large: at most 2147483647");
            return;
        }
        List<Line> lines;
        try {
            lines = Parser.parseScript(bytes);
        } catch (ScriptError e) {
            assertThat(row.oracleLine())
                    .as("the oracle accepts it, Java said: %s", e.getMessage())
                    .isNotZero();
            assertThat(e.line()).as("line of %s (oracle: %s)", e.getMessage(), row.detail())
                    .isEqualTo(row.oracleLine());
            assertThat(e.getMessage()).startsWith("line " + row.oracleLine() + ": ");
            assertThat(e.hint()).startsWith("try: ");
            return;
        }
        if (row.oracleLine() != 0) {
            fail("Java accepts it; the oracle rejects line %d: %s", row.oracleLine(), row.detail());
        }
        assertThat(Canonical.of(lines, "; ")).isEqualTo(row.detail());
    }

    private static String display(OracleTable.Row row) {
        String text = new String(row.latin1().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
                .replace("# first line\n", "");
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> b.append(cp < 0x20 || cp == 0x7f || cp == 0xfffd
                ? String.format("\\x%02x", cp) : Character.toString(cp)));
        return b + (row.oracleLine() == 0 ? "  -> ok" : "  -> line " + row.oracleLine());
    }
}
