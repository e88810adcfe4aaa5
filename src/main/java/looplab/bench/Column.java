package looplab.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How {@link ResultPrinter} prints a component of a {@link Result}. The JSON name is always the
 * component's name in snake case ({@code nsPerItem} is {@code ns_per_item}), so that the lines
 * keep the anchor's field names.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Column {
    /** The table's heading (default: the JSON name). */
    String value() default "";

    /** Decimals of a {@code double}: fixed in the table, Python's {@code round(x, digits)} in JSON. */
    int digits() default 1;

    /** False for a diagnostic that only the table shows (the anchor's lines have fixed fields). */
    boolean json() default true;
}
