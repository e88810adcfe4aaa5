package looplab.bench;

/**
 * What a {@code bench} subcommand returns: a record whose components, in their order, are the
 * columns of the table and the fields of the JSON line that {@link ResultPrinter} prints for it.
 * A component's {@link Column} says how it is headed and rounded; a null component is left out
 * (and so is a column that is null in every row).
 */
public interface Result {
    /**
     * The JSON line's first field, {@code "measure"}, naming what was measured; null for the lines
     * in the anchor's format, which have no such field.
     */
    default String measure() {
        return null;
    }
}
