package looplab.workbook;

/**
 * Thrown at a user coroutine's await point when its world is discarded ({@link Lab#close()},
 * {@code new}), as Python's {@code GeneratorExit}: it unwinds the body, running its
 * {@code finally} blocks. It is an {@link Error} so that a {@code catch (Exception e)} in the body
 * does not swallow it; let it pass.
 */
public final class CoroutineClosed extends Error {
    private static final long serialVersionUID = 1L;

    CoroutineClosed(String name) {
        super("coroutine " + name + " was closed", null, false, false);
    }
}
