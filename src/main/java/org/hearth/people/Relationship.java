package org.hearth.people;

/**
 * A relationship from the person being viewed to another person, named for display. A relationship recorded from the
 * other person's side ({@code reversed}: a referral records the person harmed's relationships) names that person only
 * to those who may view their record ({@code named}); anyone else reads {@link #WITHHELD}: an agency involved with a
 * man only (a perpetrator programme, say) never learns his partner's name from his record.
 */
public record Relationship(PersonId other, String otherName, RelationshipKind kind, boolean reversed, boolean named) {

    /** What stands for the other person's name for someone who may not view their record. */
    public static final String WITHHELD = "Name not shown (your agency is not involved with them)";

    /** How it reads from the viewed person: "Parent of", or "Child of" for a reversed parent link. */
    public String label() {
        return reversed && kind == RelationshipKind.PARENT_OF ? "Child of" : kind.label();
    }

    /** The same relationship with the other person's name withheld. */
    public Relationship withheld() {
        return new Relationship(other, WITHHELD, kind, reversed, false);
    }
}
