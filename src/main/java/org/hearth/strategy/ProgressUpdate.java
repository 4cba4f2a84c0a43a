package org.hearth.strategy;

import java.time.LocalDate;

/** A dated progress note on an action, by whom; {@code rag} is the RAG it set (null: unchanged). */
public record ProgressUpdate(LocalDate on, String text, String by, Rag rag, boolean done) {
}
