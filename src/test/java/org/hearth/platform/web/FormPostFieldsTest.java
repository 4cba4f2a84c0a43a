package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.server.ResponseStatusException;

/** A form posted as plain fields: the page's own errors first, the module's refusals after, 400 and the page again. */
class FormPostFieldsTest {

    final MockHttpServletResponse response = new MockHttpServletResponse();
    final AtomicInteger writes = new AtomicInteger();

    @Test
    void aWriteWithNoErrorsGoesWhereTheWriteSays() {
        String view = FormPost.submit(new LinkedHashMap<>(), response, () -> {
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
        String view = FormPost.submit(errors, response, () -> {
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
        String view = FormPost.submit(new LinkedHashMap<>(), response, () -> {
            throw new InvalidInputException(Map.of("reason", "Enter the reason"));
        }, e -> {
            shown.putAll(e);
            return "casework/page";
        });
        assertThat(view).isEqualTo("casework/page");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(shown).containsExactly(Map.entry("reason", "Enter the reason"));
    }

    @Test
    void aRecordTheWriteDoesNotFindIsNotFound() {
        assertThatThrownBy(() -> FormPost.submit(new LinkedHashMap<>(), response, () -> {
            throw new NoSuchElementException("No such case");
        }, e -> "casework/page")).isInstanceOf(ResponseStatusException.class)
                .extracting(e -> ((ResponseStatusException) e).getStatusCode().value()).isEqualTo(404);
    }
}
