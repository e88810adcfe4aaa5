package looplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Text#pyFloat(double)}: a float as CPython's {@code repr} prints it. */
class PyFloatTest {

    @ParameterizedTest
    @CsvSource({
        "0.1, 0.1", "1e-05, 1e-05", "1.5e-05, 1.5e-05", "0.0001, 0.0001", "0.30000000000000004, 0.30000000000000004",
        "2, 2.0", "1e16, 1e+16", "1234567890123456, 1234567890123456.0", "123.456, 123.456", "0, 0.0",
        "-0.0, -0.0", "-2.5, -2.5", "1.074, 1.074", "5e-324, 5e-324", "1.7976931348623157e308, 1.7976931348623157e+308",
        "0.11000000000000001, 0.11000000000000001",
    })
    void printsAsPythonsRepr(double x, String python) {
        assertThat(Text.pyFloat(x)).isEqualTo(python);
    }

    @Test
    void readsBackAsTheSameDouble() {
        Random r = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            double x = i % 2 == 0 ? r.nextDouble() * Math.pow(10, r.nextInt(40) - 20) : Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(x)) {
                assertThat(Double.parseDouble(Text.pyFloat(x))).as("%s", x).isEqualTo(x);
            }
        }
    }

    @Test
    void aSumOfSleepsIsShownExactlyWhenThreeDecimalsHideIt() {
        assertThat(Text.timeExactly(0.1 + 0.2)).isEqualTo("0.300 (exactly 0.30000000000000004)");
        assertThat(Text.timeExactly(0.25)).isEqualTo("0.250");
    }
}
