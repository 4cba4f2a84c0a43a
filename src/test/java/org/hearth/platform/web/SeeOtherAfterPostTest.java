package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Post/redirect/get: a redirect answering a POST is 303 See Other, one answering a GET stays 302, and a redirect
 * that asks for another status keeps it. The pages' own redirects are checked through the web slices
 * ({@code ReferralFormSliceTest} and the others expect 303 after a form POST).
 */
class SeeOtherAfterPostTest {

    /** A handler that redirects as {@code redirect:} views and Spring Security do: {@code sendRedirect}. */
    private static MockHttpServletResponse answer(String method, int status) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/people/new");
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet redirecting = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
                if (status == HttpServletResponse.SC_FOUND) {
                    res.sendRedirect("/people/42");
                } else {
                    res.sendRedirect("/people/42", status);
                }
            }
        };
        new SeeOtherAfterPost().doFilter(request, response, new MockFilterChain(redirecting));
        return response;
    }

    @Test
    void aRedirectAfterAPostIsSeeOther() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            MockHttpServletResponse response = answer(method, HttpServletResponse.SC_FOUND);
            assertThat(response.getStatus()).as(method).isEqualTo(303);
            assertThat(response.getRedirectedUrl()).isEqualTo("/people/42");
        }
    }

    @Test
    void aRedirectAfterAGetStaysFoundAndAnotherStatusAskedForIsKept() throws Exception {
        assertThat(answer("GET", HttpServletResponse.SC_FOUND).getStatus()).isEqualTo(302);
        assertThat(answer("HEAD", HttpServletResponse.SC_FOUND).getStatus()).isEqualTo(302);
        assertThat(answer("POST", HttpServletResponse.SC_TEMPORARY_REDIRECT).getStatus()).isEqualTo(307);
        assertThat(answer("POST", HttpServletResponse.SC_MOVED_PERMANENTLY).getStatus()).isEqualTo(301);
    }
}
