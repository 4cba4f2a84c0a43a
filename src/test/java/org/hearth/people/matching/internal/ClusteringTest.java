package org.hearth.people.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusteringTest {

    private static final double STRONG = 10;

    @Test
    void connectedComponentsOfStrongLinks() {
        int[] label = Clustering.cluster(6, new int[] {0, 1, 3}, new int[] {1, 2, 4}, new double[] {20, 15, 12},
                STRONG);
        assertThat(label).containsExactly(0, 0, 0, 3, 3, 5);
    }

    @Test
    void aWeakLinkAttachesASingleRecord() {
        int[] label = Clustering.cluster(3, new int[] {0, 1}, new int[] {1, 2}, new double[] {20, 2}, STRONG);
        assertThat(label).containsExactly(0, 0, 0);
    }

    @Test
    void oneWeakLinkDoesNotChainTwoPersons() {
        // {0,1} and {2,3} are each strongly linked; a single weak pair 1-2 must not merge them
        int[] label = Clustering.cluster(4, new int[] {0, 2, 1}, new int[] {1, 3, 2}, new double[] {20, 20, 2},
                STRONG);
        assertThat(label).containsExactly(0, 0, 2, 2);
    }

    @Test
    void twoWeakLinksBetweenGroupsDoMerge() {
        int[] label = Clustering.cluster(4, new int[] {0, 2, 1, 0}, new int[] {1, 3, 2, 3},
                new double[] {20, 20, 2, 3}, STRONG);
        assertThat(label).containsExactly(0, 0, 0, 0);
    }

    @Test
    void oneStrongLinkMergesGroups() {
        int[] label = Clustering.cluster(4, new int[] {0, 2, 1}, new int[] {1, 3, 2}, new double[] {20, 20, 11},
                STRONG);
        assertThat(label).containsExactly(0, 0, 0, 0);
    }
}
