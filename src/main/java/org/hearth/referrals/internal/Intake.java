package org.hearth.referrals.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.partnership.AgencyId;
import org.hearth.people.Address;
import org.hearth.people.Candidate;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.hearth.referrals.ChildAtIncident;
import org.hearth.referrals.DuplicatePoliceReferenceException;
import org.hearth.referrals.NewReferral;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.Referrals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The doors without a person at them (the API and the police import): resolves the people a referral names and
 * submits it through {@link Referrals#submit}, all in one transaction. A person is linked to an existing record
 * only on an exact, unambiguous match (same first and last name and date of birth, and the best candidate
 * clearly ahead of the next); otherwise a new record is made and its possible matches are kept in
 * {@code referral_possible_match} for the hub to resolve. A weak match is never linked automatically.
 */
@Service
public class Intake {

    /** How far the best candidate must score above the next to count as unambiguous. */
    static final double CLEAR_LEAD = 0.2;

    private final Referrals referrals;
    private final People people;
    private final PersonMatcher matcher;
    private final JdbcClient jdbc;
    private final LeftForTheHub forTheHub;
    private final PersonAccess access;

    Intake(Referrals referrals, People people, PersonMatcher matcher, JdbcClient jdbc, LeftForTheHub forTheHub,
            PersonAccess access) {
        this.referrals = referrals;
        this.people = people;
        this.access = access;
        this.matcher = matcher;
        this.jdbc = jdbc;
        this.forTheHub = forTheHub;
    }

    /**
     * The referral recorded, how many possible matches were left for the hub, and whether the victim was linked
     * to an existing record: for the importer's counts only, never for a client whose agency had no grant.
     */
    public record Received(Referral referral, int possibleMatches, boolean victimLinked) {
    }

    private record Resolved(PersonId id, boolean linked, List<Candidate> possible) {
    }

    /** The existing referral with this police reference, if any (ids and reference only). */
    @Transactional(readOnly = true)
    public Optional<DuplicatePoliceReferenceException> existing(String policeReference) {
        if (policeReference == null || policeReference.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, reference, referring_agency_id FROM referral WHERE upper(police_reference) = upper(?)")
                .param(policeReference.trim())
                .query((rs, n) -> new DuplicatePoliceReferenceException(new ReferralId(rs.getObject("id", UUID.class)),
                        rs.getString("reference"), new AgencyId(rs.getObject("referring_agency_id", UUID.class))))
                .optional();
    }

    /**
     * Of these police references, the ones Hearth already has, in upper case (a reference is unique whatever its
     * case): one query for a chunk of the police import rather than one a row.
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> existingAmong(java.util.Collection<String> policeReferences) {
        String[] refs = policeReferences.stream().filter(r -> r != null && !r.isBlank()).map(String::trim)
                .distinct().toArray(String[]::new);
        if (refs.length == 0) {
            return java.util.Set.of();
        }
        // compared as PostgreSQL compares them (its unique index), returned upper-cased as Java does
        java.util.Set<String> found = new java.util.HashSet<>();
        jdbc.sql("""
                SELECT x FROM unnest(CAST(? AS text[])) x
                WHERE EXISTS (SELECT 1 FROM referral r WHERE upper(r.police_reference) = upper(x))""")
                .param(refs).query(String.class).list().forEach(x -> found.add(x.toUpperCase(Locale.ROOT)));
        return found;
    }

    /**
     * Records the referral as the current actor (a member of staff or an API client).
     *
     * @throws DuplicatePoliceReferenceException when its police reference is already known (nothing is written)
     */
    @Transactional
    public Received receive(IncomingReferral in) {
        existing(in.policeReference()).ifPresent(e -> {
            throw e;
        });
        return receiveNew(in);
    }

    /**
     * {@link #receive}, for a caller that has just asked {@link #existing} in the same transaction (the police
     * import, whose chunk of rows must not be marked for rollback by a duplicate's exception): one query fewer.
     */
    @Transactional
    public Received receiveNew(IncomingReferral in) {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        // every person the referral names matched first, then those to be made created together (one statement).
        // The people this referral creates are never candidates for each other, so matching them all before any is
        // created finds what matching each after the ones before were created found (with matchUncommitted, the
        // matcher sees the persons created earlier in this transaction)
        List<Pending> pending = new ArrayList<>();
        pending.add(pending(in.victim(), in.victimPostcode(), true));
        for (PersonDetails p : in.perpetrators()) {
            pending.add(pending(p, null, true));
        }
        for (IncomingReferral.Child c : in.children()) {
            // a child known only by name and age is not worth matching: too many would be "possible"
            pending.add(pending(c.details(), null, c.details().dateOfBirth() != null));
        }
        List<Resolved> resolved = create(pending, in.agency(), me);
        Resolved victim = resolved.get(0);
        List<PersonId> perpetrators = new ArrayList<>();
        for (Resolved r : resolved.subList(1, 1 + in.perpetrators().size())) {
            if (!perpetrators.contains(r.id())) {
                perpetrators.add(r.id());
            }
        }
        List<ChildAtIncident> children = new ArrayList<>();
        for (int i = 0; i < in.children().size(); i++) {
            Resolved r = resolved.get(1 + in.perpetrators().size() + i);
            if (children.stream().noneMatch(x -> x.child().equals(r.id()))) {
                children.add(new ChildAtIncident(r.id(), in.children().get(i).present()));
            }
        }
        Referral referral = referrals.submit(new NewReferral(in.source(), in.agency(), in.referrerName(),
                in.receivedOn() == null ? LocalDate.now() : in.receivedOn(), in.incidentOn(), in.incidentTime(),
                in.policeReference(), victim.id(), perpetrators, children, in.relationship(), in.abuseTypes(),
                in.consent(), in.consentBasis(), in.consentReason(), in.narrative(), in.area(), in.dashGrade(),
                in.dashScore()));
        int possible = 0;
        for (Resolved r : resolved) {
            possible += leaveForTheHub(referral.id(), r.id(), r.possible());
        }
        return new Received(referral, possible, victim.linked());
    }

    /**
     * Keeps who else a person named in a referral may be, for the hub to resolve: on the referral
     * ({@code referral_possible_match}) and on the list of possible duplicates ({@link LeftForTheHub}). Joins the
     * caller's transaction.
     *
     * @return how many were new (in a transaction holding them for its commit, how many were left)
     */
    @Transactional
    public int leaveForTheHub(ReferralId referral, PersonId person, List<Candidate> candidates) {
        return forTheHub.leave(referral, person, candidates);
    }

    /** A person the referral names, matched and not yet created. */
    private record Pending(PersonDetails details, String postcode, List<Candidate> candidates) {
    }

    private Pending pending(PersonDetails d, String postcode, boolean match) {
        List<Candidate> candidates = match ? matcher.candidates(d, postcode, 5) : List.of();
        return new Pending(d, postcode, candidates);
    }

    /**
     * Links each pending person to an exact match among its candidates (none of them a person this referral makes)
     * or creates it: those created in one {@link People#createAll}.
     */
    private List<Resolved> create(List<Pending> pending, AgencyId agency, Actor me) {
        AccessGround ground = agency.equals(me.agency()) ? AccessGround.REFERRER : AccessGround.RECORDED;
        List<People.NewPerson> made = new ArrayList<>();
        List<Resolved> resolved = new ArrayList<>();
        for (Pending p : pending) {
            Optional<PersonId> exact = exactMatch(p.candidates(), p.details());
            if (exact.isPresent()) {
                // linked, but granting nothing: Referrals.submit grants REFERRER only where the agency already held a
                // grant, and otherwise leaves the link for the hub to confirm
                resolved.add(new Resolved(exact.get(), true, List.of()));
            } else {
                resolved.add(null);
                made.add(new People.NewPerson(p.details(), List.of(), ground,
                        p.postcode() == null || p.postcode().isBlank() ? null
                                : new Address(null, null, null, null, p.postcode().trim(), null, null, false, false,
                                        null)));
            }
        }
        java.util.Iterator<PersonId> created = people.createAll(made).iterator();
        for (int i = 0; i < resolved.size(); i++) {
            if (resolved.get(i) == null) {
                PersonId id = created.next();
                if (!agency.equals(me.agency())) {
                    access.grant(id, GrantHolder.agency(agency), AccessGround.REFERRER, AccessScope.RECORD, null,
                            GrantBasis.of("person", id));
                }
                resolved.set(i, new Resolved(id, false, pending.get(i).candidates()));
            }
        }
        return resolved;
    }


    /** The best candidate, if it is the same name and date of birth and clearly ahead of the next. */
    static Optional<PersonId> exactMatch(List<Candidate> candidates, PersonDetails d) {
        if (d.dateOfBirth() == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        Candidate best = candidates.get(0);
        boolean same = same(best, d);
        // a close second blocks the link when it too has the same name and date of birth (two records of
        // one name and birthday) or when it scores about as high (the engine's probabilities put people of
        // a similar name and the same birthday high, but they are not the exact match the best one is)
        Candidate second = candidates.size() == 1 ? null : candidates.get(1);
        boolean clear = second == null || !same(second, d) && second.score() < best.score()
                || second.score() <= best.score() - CLEAR_LEAD;
        return same && clear ? Optional.of(best.id()) : Optional.empty();
    }

    private static boolean same(Candidate c, PersonDetails d) {
        return normal(c.name()).equals(normal(d.givenName() + " " + d.familyName()))
                && d.dateOfBirth().toString().equals(c.dateOfBirth());
    }

    private static String normal(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
