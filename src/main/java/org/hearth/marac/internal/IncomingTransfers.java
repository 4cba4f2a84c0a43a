package org.hearth.marac.internal;

import org.hearth.platform.Dates;
import com.nimbusds.jose.jwk.ECKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.access.Actor;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracPartner;
import org.hearth.marac.MaracPartnerId;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.MaracReferralMade;
import org.hearth.marac.MaracTransfer;
import org.hearth.marac.MaracTransferId;
import org.hearth.marac.Maracs;
import org.hearth.marac.ReceivedTransfer.PersonMatch;
import org.hearth.marac.ReceivedTransfer;
import org.hearth.marac.TransferPackage;
import org.hearth.partnership.Partnership;
import org.hearth.partnership.Partnerships;
import org.hearth.people.AccessGround;
import org.hearth.people.Candidate;
import org.hearth.people.Disability;
import org.hearth.people.Ethnicity;
import org.hearth.people.People;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.hearth.people.PersonMerges;
import org.hearth.people.Sex;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.risk.MaracCriterion.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A case received from another MARAC: the file verified against the sender's imported key (or this partnership's
 * own), its people matched to existing records only when clearly the same (else new records, with possible matches
 * left for the hub), and written as a referral to MARAC with the source TRANSFER, listed on the next meeting with room.
 */
@Component
class IncomingTransfers {

    /** How far ahead the best candidate must be to link a person without asking (as the referral intake does). */
    static final double CLEAR_LEAD = 0.2;

    private final JdbcClient jdbc;
    private final TransferSigning signing;
    private final Maracs maracs;
    private final Partnerships partnerships;
    private final People people;
    private final PersonMatcher matcher;
    private final PersonMerges merges;
    private final AgendaListing listing;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MaracPartnerKeys keys;
    private final TransferRecords records;
    private final Clock clock = Clock.system(Dates.UK);

    IncomingTransfers(JdbcClient jdbc, TransferSigning signing, Maracs maracs, Partnerships partnerships,
            People people, PersonMatcher matcher, PersonMerges merges, AgendaListing listing, AuditTrail audit,
            ApplicationEventPublisher events, MaracPartnerKeys keys, TransferRecords records) {
        this.jdbc = jdbc;
        this.signing = signing;
        this.maracs = maracs;
        this.partnerships = partnerships;
        this.people = people;
        this.matcher = matcher;
        this.merges = merges;
        this.listing = listing;
        this.audit = audit;
        this.events = events;
        this.keys = keys;
        this.records = records;
    }

    /** A file that verified: what it holds, who signed it. */
    private record Verified(TransferPackage contents, String signedBy, String keyId, MaracPartnerId partner,
            String jws) {
    }

    private Verified verify(String file) {
        TransferSigning.Parsed parsed = TransferSigning.parse(file);
        String kid = parsed.keyId();
        ECKey key;
        String signedBy;
        MaracPartnerId partner = null;
        ECKey own = signing.ownIfMade().orElse(null);
        if (own != null && kid.equals(own.getKeyID())) {
            key = own.toPublicJWK();
            signedBy = partnerships.current().map(Partnership::name).orElse("This partnership") + " (this partnership)";
        } else {
            MaracPartner p = keys.byKey(kid).orElseThrow(() -> InvalidInputException.of("file", "The file is signed with a key that has not"
                            + " been imported (key id " + kid + "), so it was refused. A system administrator imports"
                            + " the sending MARAC's public key under MARAC partner keys; then upload the file again."));
            if (p.revoked()) {
                throw InvalidInputException.of("file", "The file is signed with " + p.name() + "'s key, which was"
                        + " revoked on " + TransferPackPdf.DAY.format(p.revokedAt().atZone(Dates.UK))
                        + ", so it was refused. Ask " + p.name() + " for a file signed with their current key.");
            }
            key = TransferSigning.parsePublic(p.publicJwk());
            signedBy = p.name();
            partner = p.id();
        }
        if (!TransferSigning.verifies(parsed.jws(), key)) {
            throw InvalidInputException.of("file", "The file has been altered since it was signed (its signature does"
                    + " not match " + signedBy + "'s key), so it was refused. Ask the sending MARAC to send it again.");
        }
        TransferPackage contents;
        try {
            contents = TransferRecords.parse(parsed.jws().getPayload().toString());
        } catch (RuntimeException e) {
            contents = null;
        }
        if (contents == null || !TransferPackage.FORMAT.equals(contents.format()) || contents.transferId() == null
                || contents.caseSummary() == null || contents.victim() == null
                || blank(contents.victim().givenName()) && blank(contents.victim().familyName())
                || blank(contents.fromMarac()) || blank(contents.caseSummary().reference())) {
            throw InvalidInputException.of("file", "The file is signed by " + signedBy + " but is not a MARAC transfer"
                    + " file this version of Hearth can read, so it was refused");
        }
        return new Verified(contents, signedBy, kid, partner, parsed.jws().serialize());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    ReceivedTransfer read(String file) {
        Roles.requireCoordinator();
        Verified v = verify(file);
        PersonMatch victim = match(v.contents().victim());
        List<PersonMatch> perpetrators = v.contents().perpetrators().stream().map(this::match).toList();
        List<String> shown = new ArrayList<>();
        if (victim.matched()) {
            shown.add(victim.existing().toString());
        }
        perpetrators.stream().filter(PersonMatch::matched).forEach(m -> shown.add(m.existing().toString()));
        // the page names the existing records the people will be linked to: a search of each
        audit.record(AuditAction.SEARCH, "person", shown.isEmpty() ? List.of(v.contents().transferId().toString())
                : shown, "MARAC transfer file read: people already known");
        return new ReceivedTransfer(v.contents(), v.signedBy(), v.keyId(), victim, perpetrators,
                records.alreadyReceived(v.contents().transferId()).orElse(null));
    }

    /** The existing record of a person of the file: same name and date of birth, clearly ahead of the next. */
    private PersonMatch match(TransferPackage.Person p) {
        PersonDetails d = details(p);
        if (d.dateOfBirth() == null) {
            return new PersonMatch(p, null, null);
        }
        List<Candidate> candidates = matcher.candidates(d, null, 5);
        if (candidates.isEmpty()) {
            return new PersonMatch(p, null, null);
        }
        Candidate best = candidates.get(0);
        Candidate second = candidates.size() > 1 ? candidates.get(1) : null;
        boolean same = same(best, d);
        boolean clear = second == null || !same(second, d) && second.score() < best.score()
                || second.score() <= best.score() - CLEAR_LEAD;
        return same && clear ? new PersonMatch(p, best.id(), best.name()) : new PersonMatch(p, null, null);
    }

    private static boolean same(Candidate c, PersonDetails d) {
        return normal(c.name()).equals(normal(d.givenName() + " " + d.familyName()))
                && d.dateOfBirth().toString().equals(c.dateOfBirth());
    }

    private static String normal(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static PersonDetails details(TransferPackage.Person p) {
        return new PersonDetails(blank(p.givenName()) ? "Unknown" : p.givenName().strip(),
                blank(p.familyName()) ? "Unknown" : p.familyName().strip(), p.dateOfBirth(), p.estimatedAge(),
                value(Sex.class, p.sex()), p.genderIdentity(), value(Ethnicity.class, p.ethnicity()),
                p.firstLanguage(), p.interpreterNeeded(), value(Disability.class, p.disability()),
                p.sexualOrientation(), null);
    }

    static <E extends Enum<E>> E value(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    MaracTransfer accept(String file, MaracId marac) {
        Roles.requireCoordinator();
        Verified v = verify(file);
        Map<String, String> errors = new LinkedHashMap<>();
        records.alreadyReceived(v.contents().transferId()).ifPresent(ref -> errors.put("file", "This transfer was already"
                + " received, as " + ref + ": it was not received twice"));
        if (marac == null || maracs.find(marac).isEmpty()) {
            errors.put("marac", "Choose the MARAC that receives the case");
        }
        InvalidInputException.refuseIfAny(errors);
        PersonId victim = resolve(v.contents().victim());
        List<PersonId> perpetrators = new ArrayList<>();
        for (TransferPackage.Person p : v.contents().perpetrators()) {
            PersonId id = resolve(p);
            if (!id.equals(victim) && !perpetrators.contains(id)) {
                perpetrators.add(id);
            }
        }
        return receive(v.contents(), v.jws(), v.keyId(), v.partner(), marac, victim, perpetrators);
    }

    /** The person's existing record when they clearly match, else a new one (possible matches left for the hub). */
    private PersonId resolve(TransferPackage.Person p) {
        PersonMatch m = match(p);
        if (m.matched()) {
            return m.existing();
        }
        PersonDetails d = details(p);
        List<Candidate> candidates = matcher.candidates(d, null, 5);
        PersonId created = people.create(d, List.of(), AccessGround.RECORDED, null);
        for (Candidate c : candidates) {
            if (!c.id().equals(created)) {
                merges.propose(created, c.id(), c.score(), c.reasons());
            }
        }
        return created;
    }

    /** Writes the received case: the referral to MARAC (source TRANSFER), listed, and the transfer IN. */
    MaracTransfer receive(TransferPackage p, String jws, String keyId, MaracPartnerId partner, MaracId marac,
            PersonId victim, List<PersonId> perpetrators) {
        Actor me = Roles.actor();
        LocalDate today = LocalDate.now(clock);
        String origin = p.fromMarac() + (blank(p.fromPartnership()) ? "" : " (" + p.fromPartnership() + ")");
        TransferPackage.Case c = p.caseSummary();
        Set<Kind> criteria = EnumSet.noneOf(Kind.class);
        c.criteria().stream().map(k -> value(Kind.class, k)).filter(java.util.Objects::nonNull)
                .forEach(criteria::add);
        String judgement = blank(c.judgementReason()) ? null : c.judgementReason();
        if (criteria.isEmpty() || criteria.contains(Kind.PROFESSIONAL_JUDGEMENT) && judgement == null) {
            criteria.add(Kind.PROFESSIONAL_JUDGEMENT);
            judgement = judgement != null ? judgement : "Transferred from " + origin + ", which heard it as a MARAC case";
        }
        if (!criteria.contains(Kind.PROFESSIONAL_JUDGEMENT)) {
            judgement = null;
        }
        Consent consent = value(Consent.class, c.consent());
        LawfulBasis basis = value(LawfulBasis.class, c.lawfulBasis());
        String consentReason = c.consentReason();
        if (consent != Consent.GIVEN && (basis == null || blank(consentReason))) {
            // the sending MARAC shared the case without (recorded) consent: sharing it on is for the victim's
            // safety, as the MARAC-to-MARAC process provides
            consent = Consent.OVERRIDDEN;
            basis = basis == null ? LawfulBasis.VITAL_INTERESTS : basis;
            consentReason = "Transferred between MARACs (SafeLives' MARAC-to-MARAC process) from " + origin
                    + (blank(consentReason) ? "" : "; their reason: " + consentReason);
        } else if (consent == Consent.REFUSED) {
            consent = Consent.OVERRIDDEN;
        }
        String evidence = "Transferred from " + origin + " (their reference " + c.reference() + ", referred "
                + (c.referredOn() == null ? "on a date not given" : TransferPackPdf.DAY.format(c.referredOn()))
                + "). Their evidence: " + (blank(c.evidence()) ? "none given." : c.evidence());
        MaracReferralId id = MaracReferralId.random();
        long number = jdbc.sql("SELECT nextval('marac_referral_number')").query(Long.class).single();
        String reference = "MR-" + today.getYear() + "-" + String.format("%05d", number);
        jdbc.sql("""
                INSERT INTO marac_referral (id, reference, marac_id, victim_id, source, referred_on, referred_by_name,
                    referred_by_user, referring_agency_id, criteria, evidence, judgement_reason, risk_score, consent,
                    lawful_basis, consent_reason, repeat)
                VALUES (:id, :reference, :marac, :victim, 'TRANSFER', :on, :by, :byUser, :agency,
                    CAST(:criteria AS text[]), :evidence, :judgement, :score, :consent, :basis, :consentReason, :repeat)""")
                .param("id", id.value()).param("reference", reference).param("marac", marac.value())
                .param("victim", victim.value()).param("on", today)
                .param("by", TransferRecords.cut("Transferred from " + origin, 300)).param("byUser", me.actorId())
                .param("agency", me.agency().value())
                .param("criteria", "{" + criteria.stream().map(Kind::name).collect(Collectors.joining(",")) + "}")
                .param("evidence", TransferRecords.cut(evidence, 8000)).param("judgement", judgement == null ? null : TransferRecords.cut(judgement, 2000))
                .param("score", c.riskScore()).param("consent", consent.name())
                .param("basis", consent == Consent.OVERRIDDEN ? basis.name() : null)
                .param("consentReason", consent == Consent.OVERRIDDEN ? TransferRecords.cut(consentReason, 2000) : null)
                .param("repeat", c.repeat()).update();
        for (PersonId x : perpetrators) {
            jdbc.sql("INSERT INTO marac_referral_perpetrator (marac_referral_id, person_id) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING").params(id.value(), x.value()).update();
        }
        listing.listOnNextWithRoom(id, marac, today);
        MaracTransferId transfer = MaracTransferId.random();
        jdbc.sql("""
                INSERT INTO marac_transfer (id, direction, transfer_id, marac_referral_id, partner_id, other_marac,
                    reason, key_id, jws, made_by, made_by_name)
                VALUES (?, 'IN', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(transfer.value(), p.transferId(), id.value(), partner == null ? null : partner.value(),
                        TransferRecords.cut(origin, 500), p.reason() == null ? null : TransferRecords.cut(p.reason(), OutgoingTransfers.MAX_REASON), keyId, jws,
                        me.actorId(), me.displayName())
                .update();
        List<String> ids = new ArrayList<>(List.of(transfer.toString(), id.toString(), victim.toString()));
        perpetrators.forEach(x -> ids.add(x.toString()));
        audit.record(AuditAction.CREATE, "marac-transfer", ids, "transfer in from " + origin);
        audit.record(AuditAction.CREATE, "marac-referral", List.of(id.toString(), victim.toString()), "TRANSFER");
        // a referral to MARAC is also one to the IDVA service (SafeLives principle 2)
        events.publishEvent(new MaracReferralMade(id, victim, marac, c.repeat()));
        return records.find(transfer.value());
    }

}
