package org.hearth.platform.web;

/** An item of the task list fragment; {@code href} null when it cannot be started yet. */
public record Task(String name, String hint, String href, String status, boolean done) {
}
