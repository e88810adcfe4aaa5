package looplab.bench;

import picocli.CommandLine.Mixin;

/**
 * A subcommand that times workloads ({@link Runs}) and, with {@code --vs-python}, sets them
 * against the anchor's on CPython ({@link Anchor}), which it checks before anything is measured.
 */
abstract class AnchoredSubcommand extends BenchSubcommand {
    @Mixin
    Runs runs;

    @Mixin
    Anchor anchor;

    @Override
    final void check() {
        anchor.check();
    }
}
