package looplab.bench;

/**
 * A workload's top coroutine that sets its tasks up, then does {@code await asyncio.gather(...)}
 * and returns: {@code pingpong(n)}, {@code unbounded(n)}, {@code yields(n)}.
 */
abstract class GatherMain extends WorkloadMain {
    private enum At { START, GATHER, RETURNED }

    private final String name;
    private At at = At.START;
    private Gather gather;

    /** {@code name}: the workload's, for the error of a resume after it returned. */
    GatherMain(String name) {
        this.name = name;
    }

    /** The body up to its {@code await}: the gather to await, of the coroutines it has made. */
    abstract Gather gather();

    @Override
    public final Object resume(RuntimeException thrown) {
        if (thrown != null) {
            throw thrown;
        }
        if (at == At.START) {
            gather = gather();
            at = At.GATHER;
            Object suspension = awaitFuture(gather);
            if (suspension != null) {
                return suspension;
            }
        }
        if (at == At.GATHER) {
            gather.result();
            at = At.RETURNED;
            return finish(null);
        }
        throw new IllegalStateException(name + " resumed after it returned");
    }
}
