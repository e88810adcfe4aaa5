package looplab.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import looplab.command.Command;
import looplab.command.CommandSpec.Context;
import looplab.command.Commands;
import org.junit.jupiter.api.Test;

/**
 * {@link HelpView}, written from the registry: the text itself is held by the golden transcript
 * {@code golden/help.txt} (taken from the hand-written help it replaced); here, that every word
 * has a topic, that styles change nothing but colour, and what a help line shows.
 */
class HelpViewTest {

    @Test
    void theIndexNamesEveryCommandAndStylesOnlyColourIt() {
        String index = HelpView.plain().index().toString();
        for (String word : Commands.words(Context.CONSOLE)) {
            assertThat(index).contains(word);
        }
        assertThat(HelpView.styled().index().toString()).isEqualTo(index);
        assertThat(HelpView.styled().index().toAnsi()).contains("\u001b[");
    }

    @Test
    void everyWordHasATopicAndAnUnknownOneIsNone() {
        List<String> topics = new ArrayList<>(Commands.words(Context.CONSOLE));
        for (String topic : topics) {
            assertThat(HelpView.plain().topic(topic).toString()).as(topic).doesNotStartWith("no command");
            assertThat(HelpView.styled().topic(topic).toString()).isEqualTo(HelpView.plain().topic(topic).toString());
        }
        assertThatThrownBy(() -> HelpView.plain().topic("nosuch")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHelpLineIsTheIndexOrItsTopic() {
        assertThat(HelpView.plain().of(new Command.View.Help(null))).isEqualTo(HelpView.plain().index());
        assertThat(HelpView.plain().of(new Command.View.Help("exit"))).isEqualTo(HelpView.plain().topic("quit"));
    }
}
