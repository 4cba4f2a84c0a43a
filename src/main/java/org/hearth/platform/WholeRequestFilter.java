package org.hearth.platform;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A filter that holds something for the whole of a request: its error page and its async dispatches are the
 * request's too, so it runs on those dispatches as well (where a plain {@link OncePerRequestFilter} skips them).
 */
public abstract class WholeRequestFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
