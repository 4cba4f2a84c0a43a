package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagerTest {

    @Test
    void thePageAskedForIsKeptBetweenTheFirstAndTheLast() {
        assertThat(Pager.within(2, 120, 50, "/x?page={page}").page()).isEqualTo(2);
        assertThat(Pager.within(2, 120, 50, "/x?page={page}").offset()).isEqualTo(50);
        assertThat(Pager.within(9, 120, 50, "/x?page={page}").page()).isEqualTo(3);
        assertThat(Pager.within(0, 120, 50, "/x?page={page}").page()).isEqualTo(1);
        assertThat(Pager.within(-4, 120, 50, "/x?page={page}").page()).isEqualTo(1);
        assertThat(Pager.within(5, 0, 50, "/x?page={page}").page()).isEqualTo(1);
        assertThat(Pager.within(Long.MAX_VALUE, 120, 50, "/x?page={page}").page()).isEqualTo(3);
    }
}
