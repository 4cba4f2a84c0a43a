package org.hearth.support;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserDetails;
import org.hearth.access.StaffUsers;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyDetails;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data through the modules' own APIs. Every user gets a unique name, so tests never collide. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";

    private final Partnerships partnerships;
    private final StaffUsers users;
    private final JdbcClient jdbc;

    public Fixtures(Partnerships partnerships, StaffUsers users, JdbcClient jdbc) {
        this.partnerships = partnerships;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A signed-up user, whose credentials a test can sign in with. */
    public record TestUser(StaffUser user, String password, String totpSecret) {

        public String username() {
            return user.username();
        }

        /** The TOTP code for now, or for {@code stepsAhead} steps later (a fresh code after one is used). */
        public String code(int stepsAhead) {
            return Fixtures.totp(totpSecret, Instant.now().plus(Duration.ofSeconds(30L * stepsAhead)));
        }
    }

    public synchronized Agency agency(String name) {
        if (partnerships.current().isEmpty()) {
            partnerships.establish("Testshire Domestic Abuse Partnership", 100_000);
        }
        return partnerships.agencies().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseGet(() -> partnerships.createAgency(new AgencyDetails(name, sectorOf(name),
                        sectorOf(name) != Sector.VOLUNTARY, null, true)));
    }

    /** A plausible sector from the name, so the same agency means the same thing in every test. */
    static Sector sectorOf(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.contains("police")) {
            return Sector.POLICE;
        }
        if (n.contains("council") || n.contains("social care") || n.contains("community safety")) {
            return Sector.COUNCIL;
        }
        if (n.contains("nhs") || n.contains("primary care") || n.contains("hospital")) {
            return Sector.HEALTH;
        }
        if (n.contains("academy") || n.contains("school")) {
            return Sector.EDUCATION;
        }
        return Sector.VOLUNTARY;
    }

    /** A user who has not yet enrolled a second factor. */
    public TestUser newUser(Role... roles) {
        return newUserAt("Test Agency", roles);
    }

    /** A user with a second factor, working for the named agency (made if need be). */
    public TestUser enrolledUserAt(String agency, Role... roles) {
        return enrol(newUserAt(agency, roles));
    }

    private TestUser newUserAt(String agency, Role... roles) {
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        StaffUser user = users.create(new StaffUserDetails(username, "Test User " + username, null,
                agency(agency).id(), Set.of(roles), true), PASSWORD, false);
        return new TestUser(user, PASSWORD, null);
    }

    /** A user with a second factor already enrolled (its secret returned for computing codes). */
    public TestUser enrolledUser(Role... roles) {
        return enrol(newUser(roles));
    }

    private TestUser enrol(TestUser fresh) {
        String secret = new Base32().encodeToString(UUID.randomUUID().toString().getBytes()).replace("=", "");
        jdbc.sql("UPDATE staff_user SET totp_secret = ?, mfa_enrolled_at = now() WHERE id = ?")
                .params(secret, fresh.user().id().value()).update();
        return new TestUser(users.find(fresh.user().id()).orElseThrow(), PASSWORD, secret);
    }

    /**
     * A synthetic person that the agency of every {@link #enrolledUser} ("Test Agency") is involved with, so those
     * users pass need-to-know. Returns the person's id.
     */
    public String knownPerson() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Test', ?, ?)")
                .params(id, "Person " + id.toString().substring(0, 8), UUID.randomUUID()).update();
        grant(id, agency("Test Agency").id().value(), "RECORDED");
        return id.toString();
    }

    /** A synthetic person no agency is involved with yet (a unique family name from {@code prefix}). */
    public UUID person(String given, String prefix) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(id, given, uniqueName(prefix), UUID.randomUUID()).update();
        return id;
    }

    /** Grants an agency the record of a person (as the person form or a referral would), for setting up tests. */
    public void grant(UUID person, UUID agency, String ground) {
        jdbc.sql("""
                INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id)
                VALUES (?, ?, ?, 'RECORD', ?)""").params(UUID.randomUUID(), person, ground, agency).update();
    }

    /** A made-up family name unique to one test: a prefix and eight random lower-case letters. */
    public static String uniqueName(String prefix) {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    public static String totp(String secret, Instant at) {
        try {
            var generator = new TimeBasedOneTimePasswordGenerator();
            var key = new SecretKeySpec(new Base32().decode(secret.replace(" ", "")), generator.getAlgorithm());
            return String.format("%06d", generator.generateOneTimePassword(key, at));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
