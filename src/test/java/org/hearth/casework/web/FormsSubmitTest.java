package org.hearth.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** A casework form's write: the page's own errors first, the module's refusals after, 400 and the page again. */
class FormsSubmitTest {

    final MockHttpServletResponse response = new MockHttpServletResponse();
    final AtomicInteger writes = new AtomicInteger();

    @Test
    void aWriteWithNoErrorsGoesWhereTheWriteSays() {
        String view = Forms.submit(new LinkedHashMap<>(), response, () -> {
            writes.incrementAndGet();
            return "redirect:/casework";
        }, errors -> "casework/page");
        assertThat(view).isEqualTo("redirect:/casework");
        assertThat(writes).hasValue(1);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void thePageFoundAnErrorSoNothingIsWritten() {
        Map<String, String> errors = new LinkedHashMap<>(Map.of("on", "Enter a real date"));
        Map<String, String> shown = new LinkedHashMap<>();
        String view = Forms.submit(errors, response, () -> {
            writes.incrementAndGet();
            return "redirect:/casework";
        }, e -> {
            shown.putAll(e);
            return "casework/page";
        });
        assertThat(view).isEqualTo("casework/page");
        assertThat(writes).hasValue(0);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(shown).containsExactly(Map.entry("on", "Enter a real date"));
    }

    @Test
    void theModuleRefusesAndItsMessagesFollowThePagesOwn() {
        Map<String, String> shown = new LinkedHashMap<>();
        String view = Forms.submit(new LinkedHashMap<>(), response, () -> {
            throw new InvalidInputException(Map.of("reason", "Enter the reason"));
        }, e -> {
            shown.putAll(e);
            return "casework/page";
        });
        assertThat(view).isEqualTo("casework/page");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(shown).containsExactly(Map.entry("reason", "Enter the reason"));
    }
}
