package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;

class ConsoleCompleterTest {
    private final ConsoleCompleter completer = new ConsoleCompleter(() -> List.of("P0", "C0", "fast"));

    private List<String> complete(String line) {
        List<String> words = new java.util.ArrayList<>(List.of(line.split(" ", -1)));
        int index = words.size() - 1;
        return completer.candidates(words, index, words.get(index)).stream().map(Candidate::value).toList();
    }

    @Test
    void commandsFirst() {
        assertThat(complete("")).contains("spawn", "step", "run", "where", "why", "quit");
    }

    @Test
    void rolesThenOptionsNotGivenYet() {
        assertThat(complete("spawn ")).containsExactly("producer", "consumer");
        assertThat(complete("spawn producer ")).containsExactly("count=", "delay=", "sentinel=");
        assertThat(complete("spawn producer count=3 ")).containsExactly("delay=", "sentinel=");
        assertThat(complete("spawn consumer ")).containsExactly("delay=");
        assertThat(complete("new ")).containsExactly("maxsize=", "seed=", "kind=", "debug=", "queue=");
        assertThat(complete("thread ")).containsExactly("put");
        assertThat(complete("threadsafe ")).containsExactly("put");
        assertThat(complete("run ")).containsExactly("until=");
    }

    @Test
    void optionValues() {
        assertThat(complete("new kind=")).containsExactly("kind=fifo", "kind=lifo", "kind=priority");
        assertThat(complete("spawn producer sentinel=")).containsExactly("sentinel=on", "sentinel=off");
    }

    @Test
    void taskNamesAndHelpTopics() {
        assertThat(complete("cancel ")).containsExactly("P0", "C0", "fast");
        assertThat(complete("where ")).containsExactly("P0", "C0", "fast");
        assertThat(complete("help ")).contains("spawn", "why");
        assertThat(complete("step ")).isEmpty();
    }
}
