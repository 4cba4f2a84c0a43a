package org.hearth.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.people.PersonId;

/**
 * Protective orders. Methods act as the signed-in user (or API client): an order is read and written only through
 * a person the actor holds a real ground on ({@code PersonAccess.holdsGround}: a grant of theirs or their agency's,
 * or the hub role; never a break-glass reading), else {@link org.springframework.security.access.AccessDeniedException}.
 * Every read is audited with the ids of the people on the orders read; writes are audited in their transaction.
 */
public interface Orders {

    /** The order types, in their order. */
    List<OrderType> types();

    Optional<OrderType> type(String code);

    /**
     * Adds a clock to a type ({@code adding}) or changes the type's clock of the same kind: the data every order of
     * the type is then timed by. System administrators only (else {@code AccessDeniedException}); audited as an
     * {@code UPDATE} of {@code order-type}. Refused with an {@link org.hearth.platform.InvalidInputException} naming
     * each field ({@code kind}, {@code label}, {@code anchor}, {@code amount}, {@code unit}), nothing written: an
     * unknown type, a kind the type already has (adding) or has not (changing), a blank label, an amount not from 1
     * to 1000.
     */
    OrderType saveClock(String typeCode, ClockRule clock, boolean adding);

    /**
     * Changes a type's length (the shortest and longest order in days, counting the first and last day; null: no
     * limit) and its warning lead time (days before the order ends that its worker and the involved agencies are
     * warned): the data the clocks and the "ending soon" warnings work from. System administrators only (else
     * {@code AccessDeniedException}); audited as an {@code UPDATE} of {@code order-type} with the old and new values.
     * Refused with an {@link org.hearth.platform.InvalidInputException} naming each field ({@code minDays},
     * {@code maxDays}, {@code warningDays}), nothing written: a length not from 1 to 3650, a longest shorter than
     * the shortest, no warning days or more than 365, and a warning that would show on an order's first day (a
     * 14-day warning on a 14-day DVPO); an unknown type is {@code type}.
     */
    OrderType saveLength(String typeCode, Integer minDays, Integer maxDays, Integer warningDays);

    /** The orders naming the person (protected or subject), newest first. */
    List<ProtectiveOrder> forPerson(PersonId person);

    /** One order, read through a person named on it; empty when there is none naming that person. */
    Optional<ProtectiveOrder> find(OrderId id, PersonId through);

    /**
     * Records an order, all or nothing, through a person named on it whom the actor holds a ground on. Every other
     * person named must be one the actor holds a ground on too, or a relation of that person on their record.
     *
     * @throws org.hearth.platform.InvalidInputException a message per field (end before start, a DVPO longer than 28
     *     days, a hearing outside its clock, ...)
     */
    ProtectiveOrder record(PersonId through, NewOrder order);

    /**
     * Checks an order as {@link #record} would, saving nothing (for a page that found other problems first).
     *
     * @throws org.hearth.platform.InvalidInputException when {@link #record} would refuse it
     */
    void check(PersonId through, NewOrder order);

    /** Records a breach of an order read through a person named on it. */
    Breach recordBreach(OrderId id, PersonId through, NewBreach breach);

    /** Orders made and breached between two days (both included), by type. Figures only: no person, no audit. */
    OrderFigures figures(LocalDate from, LocalDate to);

    /** Today in the UK. */
    LocalDate today();
}
