package org.hearth.people;

/** A relationship from the person being viewed to another person, named for display. */
public record Relationship(PersonId other, String otherName, RelationshipKind kind, boolean reversed) {

    /** How it reads from the viewed person: "Parent of", or "Child of" for a reversed parent link. */
    public String label() {
        return reversed && kind == RelationshipKind.PARENT_OF ? "Child of" : kind.label();
    }
}
