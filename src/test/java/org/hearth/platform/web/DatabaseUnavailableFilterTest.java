package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database out of reach gives one short warning (method, path, the kind of failure: no stack trace, no query
 * string, so nothing a person typed), whether the answer can still be the 503 page or had already begun when the
 * failure came (Spring Session reads the session after a page is written: in the Gatling run that reached the
 * container, which logged an ERROR with a stack trace).
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableFilterTest {

    private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(
            new StaticListableBeanFactory().getBeanProvider(DataSource.class));

    private static RuntimeException poolTimedOut() {
        return new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("hearth-embedded - Connection is not available, request timed out"));
    }

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString("q=Jane+Doe");
        return request;
    }

    @Test
    void beforeTheAnswerBeginsThePageIsTryAgainWithOneShortWarning(CapturedOutput output) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain failing = (req, res) -> {
            throw poolTimedOut();
        };

        filter.doFilter(get("/search"), response, failing);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentAsString()).contains("Sorry, Hearth is not available just now");
        assertOneShortWarning(output, "Database unavailable: GET /search answered 503 (SQLTransientConnectionException)");
    }

    @Test
    void afterTheAnswerBeganTheFailureEndsWithOneShortWarning(CapturedOutput output) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain writesThenFails = (req, res) -> {
            res.getWriter().write("<html>the directory</html>");
            res.flushBuffer();
            throw poolTimedOut(); // the session read after the page was sent
        };

        filter.doFilter(get("/directory"), response, writesThenFails);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("<html>the directory</html>");
        assertOneShortWarning(output,
                "Database unavailable: GET /directory failed after its answer began (SQLTransientConnectionException)");
    }

    @Test
    void onlyAFailureToConnectReplacesThePoolsConnectionsNotABusyPool() {
        assertThat(DatabaseUnavailable.connectionsLost(poolTimedOut())).isFalse();
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertThat(DatabaseUnavailable.connectionsLost(new CannotCreateTransactionException("Could not open",
                new SQLTransientConnectionException("request timed out", "08001", refused)))).isTrue();
        assertThat(DatabaseUnavailable.connectionsLost(new CannotCreateTransactionException("Could not open",
                refused))).isTrue();
    }

    @Test
    void aFaultInHearthIsNotTryAgain() {
        FilterChain bug = (req, res) -> {
            throw new IllegalStateException("a bug");
        };
        assertThatThrownBy(() -> filter.doFilter(get("/"), new MockHttpServletResponse(), bug))
                .isInstanceOf(IllegalStateException.class);
    }

    private static void assertOneShortWarning(CapturedOutput output, String line) {
        assertThat(output.getAll()).containsOnlyOnce(line).containsOnlyOnce(" WARN ").doesNotContain("ERROR")
                .doesNotContain("\tat ").doesNotContain("Jane").doesNotContain("Caused by");
    }
}
