package looplab.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ties each built-in's Java twin to its real {@code resume}, read from the source file: the twin's
 * statements must be the source's, in the source's order, and every statement of the source the
 * twin leaves out must be one of the few it leaves out on purpose ({@link #LEFT_OUT}). A statement
 * added to, changed in or removed from {@code resume} without the twin fails this test. Each
 * suspension point's twin line must be where the state machine is there: the {@code case} of a
 * start, the {@code return s} inside the point's own {@code case}, the {@code at = RETURNED} of
 * an end; and its Python line must be the Python of the point.
 */
class JavaTwinTest {
    /** What the twin condenses away: a declaration, the cancel-before-start check, bookkeeping. */
    private static final Set<String> LEFT_OUT = Set.of(
            "Object suspension", "if ( thrown != null )", "throw thrown", "thrown = null", "consumed ++", "default");
    private static final String UNREACHABLE = "throw new IllegalStateException";
    private static final Set<String> KEYWORDS = Set.of("if", "return", "continue", "switch", "case", "default", "throw");

    static Stream<Arguments> builtins() {
        return Stream.of(
                Arguments.of("Producer", Producer.JAVA_LISTING, Producer.LISTING, List.of(Producer.At.values())),
                Arguments.of("Consumer", Consumer.JAVA_LISTING, Consumer.LISTING, List.of(Consumer.At.values())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtins")
    void theTwinIsTheResumeMethodCondensed(String name, List<String> twin, List<String> python,
                                           List<Builtin.Point> points) throws IOException {
        String source = Files.readString(Path.of("src/main/java/looplab/builtins/" + name + ".java"));
        List<String> real = fragments(resumeMethod(source));
        List<String> condensed = fragments(String.join("\n", twin));
        int next = 0;
        for (String statement : real) {
            if (next < condensed.size() && statement.equals(condensed.get(next))) {
                next++;
            } else {
                assertThat(LEFT_OUT.contains(statement) || statement.startsWith(UNREACHABLE))
                        .as("%s.resume has `%s` where its twin expects `%s`", name, statement,
                                next < condensed.size() ? condensed.get(next) : "nothing more")
                        .isTrue();
            }
        }
        assertThat(condensed.subList(next, condensed.size())).as("twin statements not in %s.resume", name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtins")
    void eachPointIsAtItsLineInBothListings(String name, List<String> twin, List<String> python,
                                            List<Builtin.Point> points) {
        for (Builtin.Point point : points) {
            String at = ((Enum<?>) point).name();
            String java = twin.get(point.javaLine() - 1);
            String py = python.get(point.line() - 1);
            if (at.equals("START")) {
                assertThat(java.strip()).startsWith("case START:");
                assertThat(py).startsWith("async def ");
            } else if (at.equals("RETURNED")) {
                assertThat(java).contains("at = RETURNED;").contains("return finish(null);");
                assertThat(point.line()).isIn(python.size(), python.indexOf("            return") + 1);
            } else {
                assertThat(java).as("%s %s", name, at).contains("return s;");
                assertThat(caseAbove(twin, point.javaLine())).as("%s %s", name, at).isEqualTo(at);
                assertThat(py).as("%s %s", name, at).contains(point.label());
            }
        }
    }

    private static String caseAbove(List<String> twin, int line) {
        for (int i = line - 1; i >= 0; i--) {
            String s = twin.get(i).strip();
            if (s.startsWith("case ")) {
                return s.substring(5, s.indexOf(':'));
            }
        }
        return null;
    }

    /** The text of {@code resume}, from its signature to its closing brace. */
    private static String resumeMethod(String source) {
        String signature = "public Object resume(RuntimeException thrown) {";
        int start = source.indexOf("@Override\n    " + signature);     // the method, not its twin's first line
        assertThat(start).isNotNegative();
        start = source.indexOf(signature, start);
        int depth = 0;
        for (int i = source.indexOf('{', start); i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i = source.indexOf('"', i + 1);          // no braces, quotes or escapes in its strings
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return source.substring(start, i + 1);
            }
        }
        throw new AssertionError("resume never closes");
    }

    /**
     * The statements of some Java, as strings of tokens: comments dropped, split at {@code ;},
     * braces, a case's colon, and before a keyword that starts a statement; the twin's short
     * names spelled as the source's ({@code s} for {@code suspension}, {@code SLEEP} for
     * {@code At.SLEEP}).
     */
    static List<String> fragments(String java) {
        List<String> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int parens = 0;
        List<String> tokens = tokens(java);
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("At") && i + 1 < tokens.size() && tokens.get(i + 1).equals(".")) {
                i++;
                continue;
            }
            if (t.equals("s")) {
                t = "suspension";
            }
            boolean ends = t.equals(";") || t.equals("{") || t.equals("}") || (t.equals(":") && parens == 0);
            if (ends || (KEYWORDS.contains(t) && parens == 0)) {
                if (!current.isEmpty()) {
                    out.add(String.join(" ", current));
                    current.clear();
                }
                if (ends) {
                    continue;
                }
            }
            parens += t.equals("(") ? 1 : t.equals(")") ? -1 : 0;
            current.add(t);
        }
        return out;
    }

    private static List<String> tokens(String java) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < java.length()) {
            char c = java.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (java.startsWith("//", i)) {
                i = java.indexOf('\n', i) < 0 ? java.length() : java.indexOf('\n', i);
            } else if (c == '"') {
                int end = java.indexOf('"', i + 1);
                out.add(java.substring(i, end + 1));
                i = end + 1;
            } else if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
                int end = i;
                while (end < java.length() && Character.isJavaIdentifierPart(java.charAt(end))) {
                    end++;
                }
                out.add(java.substring(i, end));
                i = end;
            } else if (java.startsWith("!=", i) || java.startsWith("==", i) || java.startsWith("++", i)) {
                out.add(java.substring(i, i + 2));
                i += 2;
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtins")
    void theFragmentsSeeEveryStatement(String name, List<String> twin, List<String> python, List<Builtin.Point> points) {
        // A guard on the splitter itself: every case of the twin is a fragment of its own.
        List<String> cases = fragments(String.join("\n", twin)).stream().filter(f -> f.startsWith("case "))
                .collect(Collectors.toList());
        assertThat(cases).hasSize(points.size() - 1);
    }
}
