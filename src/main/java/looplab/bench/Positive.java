package looplab.bench;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a count option (items, runs, tasks): a positive integer, else a usage error. */
final class Positive implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not an integer");
        }
        if (n <= 0) {
            throw new TypeConversionException(value + " is not positive");
        }
        return n;
    }
}
