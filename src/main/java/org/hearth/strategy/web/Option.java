package org.hearth.strategy.web;

import java.util.Arrays;
import java.util.List;
import org.hearth.strategy.ObjectiveStatus;
import org.hearth.strategy.Rag;

/** A choice offered by a radio or select: the value posted and the label shown. */
public record Option(String value, String label) {

    static List<Option> statuses() {
        return Arrays.stream(ObjectiveStatus.values()).map(s -> new Option(s.name(), s.label())).toList();
    }

    static List<Option> rags() {
        return Arrays.stream(Rag.values()).map(r -> new Option(r.name(), r.label())).toList();
    }
}
