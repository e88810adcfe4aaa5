package looplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import looplab.command.Command;
import looplab.command.CommandSpec.Context;
import looplab.command.Commands;
import org.junit.jupiter.api.Test;

/**
 * {@link HelpView}, written from the registry, says exactly what {@link Renderer}'s help said,
 * plain and styled, for {@code help} and for every topic (until Renderer's help goes away).
 */
class HelpViewTest {

    @Test
    void theIndexIsRenderersToTheByte() {
        assertThat(HelpView.plain().index().toString()).isEqualTo(Renderer.plain().help().toString());
        assertThat(HelpView.styled().index().toAnsi()).isEqualTo(Renderer.styled().help().toAnsi());
        assertThat(HelpView.styled().index().toString()).isEqualTo(HelpView.plain().index().toString());
    }

    @Test
    void everyTopicIsRenderersToTheByte() {
        List<String> topics = new ArrayList<>(Commands.words(Context.CONSOLE));
        topics.addAll(List.of("nope", "", "\u001b[31mred", "a-very-long-word-that-is-no-command-at-all-really"));
        for (String topic : topics) {
            assertThat(HelpView.plain().topic(topic).toString()).as(topic)
                    .isEqualTo(Renderer.plain().help(topic).toString());
            assertThat(HelpView.styled().topic(topic).toAnsi()).as(topic)
                    .isEqualTo(Renderer.styled().help(topic).toAnsi());
        }
    }

    @Test
    void aHelpLineIsTheIndexOrItsTopic() {
        assertThat(HelpView.plain().of(new Command.View.Help(null))).isEqualTo(HelpView.plain().index());
        assertThat(HelpView.plain().of(new Command.View.Help("exit"))).isEqualTo(HelpView.plain().topic("quit"));
    }
}
