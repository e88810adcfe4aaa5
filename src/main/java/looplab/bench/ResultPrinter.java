package looplab.bench;

import com.google.gson.FormattingStyle;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints what a bench subcommand returned, as a table or as JSON lines: the one place where the
 * bench formats its output. The columns and fields are the records' components (see
 * {@link Result} and {@link Column}), so a new result type needs no printing code.
 */
final class ResultPrinter {
    private static final Gson GSON = new GsonBuilder()
            // The anchor's lines are json.dumps's: a space after ':' and ','.
            .setFormattingStyle(FormattingStyle.COMPACT.withSpaceAfterSeparators(true))
            // A time that could not be measured is NaN, which json.dumps writes too.
            .serializeSpecialFloatingPointValues()
            .create();

    private final PrintWriter out;
    private final boolean json;

    ResultPrinter(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    /** A {@code # text} line above the table, such as which JVM measured; JSON lines have none. */
    void comment(String text) {
        if (!json) {
            out.println("# " + text);
            out.flush();
        }
    }

    /** Prints {@code results}, records of one type: a JSON line each, or a table with a heading. */
    void print(List<? extends Result> results) {
        if (json) {
            for (Result r : results) {
                out.println(GSON.toJson(json(r)));
            }
        } else {
            table(results).forEach(out::println);
        }
        out.flush();
    }

    /** The JSON line of {@code result}: its {@code measure}, then its components (nulls left out). */
    static JsonObject json(Result result) {
        JsonObject o = new JsonObject();
        if (result.measure() != null) {
            o.addProperty("measure", result.measure());
        }
        for (Field f : fields(result.getClass())) {
            Object value = f.value(result);
            if (!f.json || value == null) {
                continue;
            }
            if (value instanceof Double d) {
                o.addProperty(f.name, Double.isFinite(d) ? round(d, f.digits) : d);
            } else if (value instanceof Number n) {
                o.addProperty(f.name, n);
            } else {
                o.addProperty(f.name, value.toString());
            }
        }
        return o;
    }

    /** The lines of the table: headings, then a row per result; numbers right-aligned. */
    static List<String> table(List<? extends Result> results) {
        if (results.isEmpty()) {
            return List.of();
        }
        List<Field> fields = fields(results.get(0).getClass());
        List<String[]> rows = new ArrayList<>();
        for (Result r : results) {
            if (r.getClass() != results.get(0).getClass()) {
                throw new IllegalArgumentException("one table, one record type: " + r.getClass().getSimpleName());
            }
            String[] row = new String[fields.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = fields.get(i).cell(r);
            }
            rows.add(row);
        }
        List<Integer> shown = new ArrayList<>();
        int[] widths = new int[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            widths[i] = fields.get(i).heading.length();
            boolean any = false;
            for (String[] row : rows) {
                if (row[i] != null) {
                    any = true;
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            if (any) {
                shown.add(i);
            }
        }
        List<String> lines = new ArrayList<>();
        String[] headings = fields.stream().map(f -> f.heading).toArray(String[]::new);
        lines.add(line(headings, fields, shown, widths));
        for (String[] row : rows) {
            lines.add(line(row, fields, shown, widths));
        }
        return lines;
    }

    private static String line(String[] cells, List<Field> fields, List<Integer> shown, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i : shown) {
            String cell = cells[i] == null ? "" : cells[i];
            String pad = " ".repeat(widths[i] - cell.length());
            s.append(s.length() == 0 ? "" : "  ").append(fields.get(i).text ? cell + pad : pad + cell);
        }
        return s.toString().stripTrailing();
    }

    /** {@code round(x, digits)} as Python prints it: plain digits, at least one decimal. */
    static BigDecimal round(double x, int digits) {
        BigDecimal d = BigDecimal.valueOf(x).setScale(digits, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 1 ? d.setScale(1) : d;
    }

    private static List<Field> fields(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not a record");
        }
        List<Field> fields = new ArrayList<>();
        for (RecordComponent c : components) {
            String name = c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
            Column column = c.getAnnotation(Column.class);
            String heading = column == null || column.value().isEmpty() ? name : column.value();
            fields.add(new Field(name, heading, column == null ? 1 : column.digits(), column == null || column.json(),
                    c.getType() == String.class, c.getAccessor()));
        }
        return fields;
    }

    /** A component as printed: its JSON name, table heading, decimals; text is left-aligned. */
    private record Field(String name, String heading, int digits, boolean json, boolean text, Method accessor) {
        Object value(Result result) {
            try {
                return accessor.invoke(result);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name + " of " + result, e);
            }
        }

        String cell(Result result) {
            Object value = value(result);
            if (value instanceof Double d) {
                return String.format(Locale.ROOT, "%." + digits + "f", d);
            }
            return value == null ? null : value.toString();
        }
    }
}
