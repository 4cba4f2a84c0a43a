package org.hearth.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.marac.MaracTestSupport.actAs;
import static org.hearth.marac.MaracTestSupport.signOut;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainObject;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.partnership.Partnerships;
import org.hearth.people.AccessGround;
import org.hearth.people.People;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.hearth.people.Sex;
import org.hearth.platform.InvalidInputException;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Transfers between MARACs: a round trip between this partnership (A, Hearth's own key) and a partner (B, a second
 * key pair made here and imported by an administrator); tampered, unsigned, unknown-key and revoked-key files
 * refused with nothing saved; only coordinators download a transfer's pack and file; partner keys checked on import.
 */
@HearthIntegrationTest
class MaracTransferTest {

    static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Autowired
    org.hearth.insights.Indicators indicators;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Maracs maracs;
    @Autowired
    Agendas agendas;
    @Autowired
    MaracReferrals referrals;
    @Autowired
    MaracTransfers transfers;
    @Autowired
    People people;
    @Autowired
    org.hearth.people.PersonErasure erasure;
    @Autowired
    PersonMatcher matcher;
    @Autowired
    MaracMeetings meetings;
    @Autowired
    org.hearth.people.PersonAccess access;
    @LocalServerPort
    int port;

    MaracTestSupport support;
    TestUser coordinatorUser;
    StaffUser coordinator;
    StaffUser admin;
    TestUser adminUser;

    @BeforeEach
    void setUp() {
        support = new MaracTestSupport(fixtures, jdbc, partnerships, maracs);
        coordinatorUser = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR);
        coordinator = coordinatorUser.user();
        adminUser = fixtures.enrolledUserAt("Marac Admin", Role.SYSTEM_ADMIN);
        admin = adminUser.user();
    }

    @AfterEach
    void tearDown() {
        signOut();
    }

    private <T> T as(StaffUser user, Supplier<T> work) {
        actAs(user);
        try {
            return work.get();
        } finally {
            signOut();
        }
    }

    private static ECKey newKey() throws Exception {
        return new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
    }

    private MaracPartner importPartner(String name, ECKey key) {
        return as(admin, () -> transfers.importPartner(name, key.toPublicJWK().toJSONString()));
    }

    private static String sign(ECKey key, String payload) throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(new JOSEObjectType("hearth-marac-transfer+jws")).build(), new Payload(payload));
        jws.sign(new ECDSASigner(key));
        return jws.serialize();
    }

    private PersonId person(String given, String family, LocalDate born, Sex sex) {
        return as(coordinator, () -> people.create(new PersonDetails(given, family, born, null, sex, null, null, null,
                false, null, null, null), List.of(), AccessGround.RECORDED, null));
    }

    /** A case at MARAC A: a victim and a perpetrator with dates of birth (so they can be matched on return). */
    private record Case(Marac marac, PersonId victim, PersonId perpetrator, UUID referral, String victimFamily) {
    }

    private Case aCase() {
        Marac marac = support.marac(coordinator, 20, List.of());
        String family = Fixtures.uniqueName("Transfer");
        PersonId victim = person("Alys", family, LocalDate.of(1990, 3, 14), Sex.FEMALE);
        PersonId perpetrator = person("Bryn", family, LocalDate.of(1987, 7, 2), Sex.MALE);
        UUID referral = support.referral(marac, victim.value(), LocalDate.now().minusDays(20), false, 17,
                perpetrator.value());
        return new Case(marac, victim, perpetrator, referral, family);
    }

    /**
     * An earlier case of the victim heard at a held meeting of the MARAC: minutes with an address the chair shared,
     * research returned, one action done and one overdue. Returns the earlier referral's reference.
     */
    private String earlierMeeting(Case c) {
        UUID meeting = UUID.randomUUID();
        LocalDate on = LocalDate.now().minusMonths(5);
        jdbc.sql("INSERT INTO marac_meeting (id, marac_id, meets_on, published_at, held_at) VALUES (?, ?, ?, now(), now())")
                .params(meeting, c.marac().id().value(), on).update();
        UUID earlier = support.referral(c.marac(), c.victim().value(), on.minusDays(10), false, 15,
                c.perpetrator().value());
        jdbc.sql("UPDATE marac_referral SET meeting_id = ?, closed_on = ? WHERE id = ?").params(meeting, on, earlier)
                .update();
        jdbc.sql("""
                INSERT INTO marac_case (meeting_id, marac_referral_id, minutes, idva_update, shared_address, outcome)
                VALUES (?, ?, 'Police to flag the home for a priority response.', 'IDVA in weekly contact.',
                    '7 Hidden Lane, Secretton', 'CLOSED')""").params(meeting, earlier).update();
        UUID agency = fixtures.agency("Test Agency").id().value();
        jdbc.sql("""
                INSERT INTO marac_research (id, meeting_id, marac_referral_id, agency_id, due_on, victim_facts, opinion,
                    returned_at)
                VALUES (?, ?, ?, ?, ?, 'Research fact only for the meeting', 'Research opinion', now())""")
                .params(UUID.randomUUID(), meeting, earlier, agency, on.minusDays(2)).update();
        jdbc.sql("""
                INSERT INTO marac_action (id, meeting_id, marac_referral_id, subject, description, risk, owner_agency_id,
                    due_on, closed_at)
                VALUES (?, ?, ?, 'VICTIM', 'Fit target hardening at the home', 'Repeat assault at home', ?, ?, now()),
                       (?, ?, ?, 'PERPETRATOR', 'Refer the perpetrator to a behaviour change programme',
                        'Escalating control', ?, ?, NULL)""")
                .params(UUID.randomUUID(), meeting, earlier, agency, on.plusDays(14), UUID.randomUUID(), meeting,
                        earlier, agency, on.plusDays(21)).update();
        return jdbc.sql("SELECT reference FROM marac_referral WHERE id = ?").param(earlier).query(String.class).single();
    }

    /** Dates as the PDF pack writes them. */
    private static final class TransferPackPdfDay {
        static String of(LocalDate d) {
            return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(d);
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** The package partnership B sends: what A sent it, as B's own transfer back. */
    private static String fromB(TransferPackage sent, UUID transferId, String toMarac) {
        return JSON.writeValueAsString(new TransferPackage(TransferPackage.FORMAT, transferId,
                "North Shire Partnership", "North Shire MARAC", "Nia Coordinator, North Shire Council", toMarac,
                LocalDate.now(), "The victim has moved back", sent.caseSummary(), sent.victim(), sent.perpetrators(),
                sent.riskHistory(), sent.referrals(), sent.minutes(), sent.actions()));
    }

    private void awaitMatchable(PersonId id, PersonDetails d) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (matcher.candidates(d, null, 5).stream().anyMatch(c -> c.id().equals(id))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the person never reached the matching index");
    }

    /**
     * Round trip between two partnerships: A (this Hearth) sends a case to partner B, whose file verifies with A's
     * exported public key and holds the case, the people, the risk and the referrals; its PDF pack says
     * OFFICIAL-SENSITIVE on every page. B sends the case back signed with B's key: A verifies it against B's
     * imported key, shows it, and on acceptance creates the referral with its origin on the agenda, linked to the
     * existing victim and perpetrator (no duplicate person). The same file is not received twice.
     */
    @Test
    void roundTripBetweenTwoPartnerships() throws Exception {
        Case c = aCase();
        String earlier = earlierMeeting(c);
        ECKey keyB = newKey();
        MaracPartner b = importPartner(Fixtures.uniqueName("North Shire MARAC"), keyB);
        MaracTransfer out = as(coordinator, () -> transfers.transferOut(new MaracReferralId(c.referral()), b.id(), null,
                "The victim moved to North Shire"));
        assertThat(out.direction()).isEqualTo(MaracTransfer.Direction.OUT);
        assertThat(out.otherMarac()).isEqualTo(b.name());

        // B's side: the file verifies with A's public key (as an administrator of A exported it) and holds the case
        String file = as(coordinator, () -> transfers.signedFile(out.id()));
        ECKey publicA = ECKey.parse(as(admin, () -> transfers.publicJwk()));
        assertThat(publicA.isPrivate()).isFalse();
        JWSObject received = JWSObject.parse(file);
        assertThat(received.getHeader().getKeyID()).isEqualTo(publicA.getKeyID());
        assertThat(received.verify(new ECDSAVerifier(publicA))).isTrue();
        TransferPackage sent = JSON.readValue(received.getPayload().toString(), TransferPackage.class);
        assertThat(sent.victim().familyName()).isEqualTo(c.victimFamily());
        assertThat(sent.victim().dateOfBirth()).isEqualTo(LocalDate.of(1990, 3, 14));
        assertThat(sent.perpetrators()).extracting(TransferPackage.Person::givenName).containsExactly("Bryn");
        assertThat(sent.toMarac()).isEqualTo(b.name());
        assertThat(sent.fromMarac()).isEqualTo(c.marac().name());
        assertThat(sent.caseSummary().riskScore()).isEqualTo(17);
        assertThat(sent.referrals()).extracting(TransferPackage.PastReferral::reference)
                .contains(sent.caseSummary().reference());
        assertThat(file).doesNotContain("safe").as("the file is JWS, not plain JSON");
        // the earlier meeting's minutes and action plans, never its research nor the address shared there
        assertThat(sent.minutes()).singleElement().satisfies(m -> {
            assertThat(m.reference()).isEqualTo(earlier);
            assertThat(m.outcome()).isEqualTo("CLOSED");
            assertThat(m.minutes()).isEqualTo("Police to flag the home for a priority response.");
            assertThat(m.idvaUpdate()).isEqualTo("IDVA in weekly contact.");
        });
        String agencyName = fixtures.agency("Test Agency").name();
        assertThat(sent.actions()).extracting(TransferPackage.ActionPlan::description,
                TransferPackage.ActionPlan::ownerAgency, TransferPackage.ActionPlan::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fit target hardening at the home", agencyName,
                        "DONE"), org.assertj.core.groups.Tuple.tuple(
                        "Refer the perpetrator to a behaviour change programme", agencyName, "OVERDUE"));
        assertThat(sent.actions()).extracting(TransferPackage.ActionPlan::dueOn).containsExactly(
                LocalDate.now().minusMonths(5).plusDays(14), LocalDate.now().minusMonths(5).plusDays(21));
        String payload = received.getPayload().toString();
        assertThat(payload).doesNotContain("Hidden Lane", "Research fact", "Research opinion");

        // the PDF pack: enough for a MARAC with no Hearth, marked on every page
        byte[] pdf = as(coordinator, () -> transfers.pack(out.id()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(doc)).as("page " + page).contains("OFFICIAL-SENSITIVE");
            }
            text.setStartPage(1);
            text.setEndPage(doc.getNumberOfPages());
            assertThat(text.getText(doc)).contains(c.victimFamily(), sent.caseSummary().reference(), "Bryn",
                    "14 March 1990", "The victim moved to North Shire");
            String all = text.getText(doc).replaceAll("\\s+", " ");
            assertThat(all).contains("Minutes of earlier MARAC meetings", earlier,
                    "Police to flag the home for a priority response.", "IDVA in weekly contact.", "Action plans",
                    "Fit target hardening at the home", "Repeat assault at home", "Overdue", agencyName,
                    TransferPackPdfDay.of(LocalDate.now().minusMonths(5).plusDays(21)));
            assertThat(all).doesNotContain("Hidden Lane", "Research fact", "Research opinion");
        }
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND record_type = 'marac-transfer'
                  AND ? = ANY(record_ids) AND ? = ANY(record_ids)""")
                .params(c.victim().toString(), c.perpetrator().toString()).query(Long.class).single())
                .as("both downloads audited with the people's ids").isEqualTo(2);

        // B sends the case back, signed with B's key
        as(coordinator, () -> agendas.addMeeting(c.marac().id(), LocalDate.now().plusDays(10)));
        awaitMatchable(c.victim(), new PersonDetails("Alys", c.victimFamily(), LocalDate.of(1990, 3, 14), null,
                Sex.FEMALE, null, null, null, false, null, null, null));
        UUID back = UUID.randomUUID();
        String fileB = sign(keyB, fromB(sent, back, c.marac().name()));
        ReceivedTransfer preview = as(coordinator, () -> transfers.read(fileB));
        assertThat(preview.signedBy()).isEqualTo(b.name());
        assertThat(preview.victim().existing()).as("the victim is already known").isEqualTo(c.victim());
        assertThat(preview.perpetrators()).extracting(ReceivedTransfer.PersonMatch::existing)
                .containsExactly(c.perpetrator());
        long persons = count("person");
        long referralsBefore = count("marac_referral");
        MaracTransfer in = as(coordinator, () -> transfers.accept(fileB, c.marac().id()));
        assertThat(count("person")).as("no duplicate person").isEqualTo(persons);
        assertThat(count("marac_referral")).isEqualTo(referralsBefore + 1);
        assertThat(in.direction()).isEqualTo(MaracTransfer.Direction.IN);
        assertThat(in.transferId()).isEqualTo(back);
        assertThat(in.otherMarac()).isEqualTo("North Shire MARAC (North Shire Partnership)");
        MaracReferral made = as(coordinator, () -> referrals.find(in.referral()).orElseThrow());
        assertThat(made.source()).isEqualTo(ReferralSource.TRANSFER);
        assertThat(made.victim()).isEqualTo(c.victim());
        assertThat(made.perpetrators()).containsExactly(c.perpetrator());
        assertThat(made.marac()).isEqualTo(c.marac().id());
        assertThat(made.meeting()).as("listed on the next meeting with room").isNotNull();
        assertThat(made.referredBy()).isEqualTo("Transferred from North Shire MARAC (North Shire Partnership)");
        assertThat(made.evidence()).contains(sent.caseSummary().reference());
        assertThat(transfers.origins(List.of(made.id()))).containsEntry(made.id(),
                "North Shire MARAC (North Shire Partnership)");
        // its history comes with it
        TransferPackage history = as(coordinator, () -> transfers.contents(in.id()));
        assertThat(history.referrals()).extracting(TransferPackage.PastReferral::reference)
                .contains(sent.caseSummary().reference());
        assertThat(history.minutes()).extracting(TransferPackage.CaseMinutes::reference).containsExactly(earlier);
        assertThat(history.actions()).hasSize(2);

        // the agenda shows the origin
        WebSession web = new WebSession(port);
        web.signIn(coordinatorUser);
        WebSession.Page agenda = web.open("/marac/meetings/" + made.meeting());
        assertThat(agenda.status()).isEqualTo(200);
        assertThat(agenda.html().select("#cases").text()).contains(made.reference(),
                "Transferred from North Shire MARAC (North Shire Partnership)");

        // received once
        assertThatThrownBy(() -> as(coordinator, () -> transfers.accept(fileB, c.marac().id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get("file")).contains("already received"));
        assertThat(count("marac_referral")).isEqualTo(referralsBefore + 1);
    }

    /** A MARAC of this partnership receives the case at once, for the same people, with its origin. */
    @Test
    void transferToAMaracOfThisPartnershipIsReceivedAtOnce() {
        Case c = aCase();
        Marac other = support.marac(coordinator, 20, List.of());
        MaracTransfer out = as(coordinator, () -> transfers.transferOut(new MaracReferralId(c.referral()), null,
                other.id(), null));
        MaracTransfer in = as(coordinator, () -> transfers.all()).stream()
                .filter(t -> t.direction() == MaracTransfer.Direction.IN && t.transferId().equals(out.transferId()))
                .findFirst().orElseThrow();
        MaracReferral made = as(coordinator, () -> referrals.find(in.referral()).orElseThrow());
        assertThat(made.marac()).isEqualTo(other.id());
        assertThat(made.victim()).isEqualTo(c.victim());
        assertThat(made.perpetrators()).containsExactly(c.perpetrator());
        assertThat(made.source()).isEqualTo(ReferralSource.TRANSFER);
        assertThat(in.otherMarac()).startsWith(c.marac().name());
        // not to the case's own MARAC, nor to nowhere
        assertThatThrownBy(() -> as(coordinator, () -> transfers.transferOut(new MaracReferralId(c.referral()), null,
                c.marac().id(), null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKey("to"));
        assertThatThrownBy(() -> as(coordinator, () -> transfers.transferOut(new MaracReferralId(c.referral()), null,
                null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKey("to"));
    }

    /** Erasing a perpetrator leaves no signed file naming him: only its fingerprint, and no download. */
    @Test
    void anErasedPerpetratorsTransferFilesAreNoLongerKept() {
        Case c = aCase();
        Marac other = support.marac(coordinator, 20, List.of());
        MaracTransfer out = as(coordinator, () -> transfers.transferOut(new MaracReferralId(c.referral()), null,
                other.id(), null));
        assertThat(as(coordinator, () -> transfers.signedFile(out.id()))).doesNotStartWith("erased");
        as(coordinator, () -> erasure.erase(c.perpetrator(), "Adult: test", coordinator.id().value()));

        List<String> files = jdbc.sql("SELECT jws FROM marac_transfer WHERE transfer_id = ?")
                .param(out.transferId()).query(String.class).list();
        assertThat(files).hasSize(2).allSatisfy(f -> assertThat(f).matches("erased:sha256:[0-9a-f]{64}"));
        assertThatThrownBy(() -> as(coordinator, () -> transfers.signedFile(out.id())))
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> as(coordinator, () -> transfers.pack(out.id())))
                .isInstanceOf(java.util.NoSuchElementException.class);
        // its page says so, and offers no download (it answered 500)
        WebSession web = new WebSession(port);
        web.signIn(coordinatorUser);
        WebSession.Page page = web.get("/marac/transfers/" + out.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().getElementById("erased").text()).contains("no longer kept");
        assertThat(page.html().getElementById("downloads")).isNull();
        assertThat(web.get("/marac/transfers/" + out.id() + "/pack.pdf").status()).isEqualTo(404);
    }

    private boolean sees(StaffUser user, PersonId person) {
        return as(user, () -> access.mayView(person));
    }

    /**
     * A transfer out closes the case at the sending MARAC: marked transferred (to which MARAC, when), off the agenda
     * of the meeting not yet held and out of the referrals awaiting listing, its open action closed, and the research
     * and action grants its meeting and action made end at once with the transfer as the reason. A member agency
     * that is then not involved cannot reach the victim via MARAC any more; a perpetrator still on another case of
     * the meeting stays open to it. The pages say "Transferred to ... on ...". A second transfer is refused.
     */
    @Test
    void aTransferOutClosesTheCaseAtTheSenderAndEndsItsMaracAccess() {
        StaffUser repX = fixtures.enrolledUserAt(Fixtures.uniqueName("Sender X"), Role.AGENCY_REPRESENTATIVE).user();
        StaffUser repY = fixtures.enrolledUserAt(Fixtures.uniqueName("Sender Y"), Role.AGENCY_REPRESENTATIVE).user();
        StaffUser outsider = fixtures.enrolledUserAt(Fixtures.uniqueName("Not involved"), Role.AGENCY_REPRESENTATIVE)
                .user();
        Marac marac = support.marac(coordinator, 20, List.of(new Member(repX.agency(), repX.id(), null),
                new Member(repY.agency(), repY.id(), null)));
        Marac other = support.marac(coordinator, 20, List.of());
        PersonId victim = new PersonId(support.person("Tegan"));
        PersonId perpetrator = new PersonId(support.person("Rhodri"));
        PersonId otherVictim = new PersonId(support.person("Ffion"));
        UUID referral = support.referral(marac, victim.value(), LocalDate.now().minusDays(9), false, 18,
                perpetrator.value());
        UUID otherReferral = support.referral(marac, otherVictim.value(), LocalDate.now().minusDays(8), false, 16,
                perpetrator.value());
        Meeting meeting = as(coordinator, () -> agendas.addMeeting(marac.id(), LocalDate.now().plusDays(7)));
        as(coordinator, () -> {
            agendas.publish(meeting.id());
            return null;
        });
        MaracAction action = as(coordinator, () -> meetings.addAction(meeting.id(), new MaracReferralId(referral),
                new NewMaracAction(MaracAction.Subject.VICTIM, "Refer the victim to the sanctuary scheme",
                        "Perpetrator has a key to the home", repY.agency(), LocalDate.now().plusDays(30))));
        assertThat(sees(repX, victim)).as("research access before the transfer").isTrue();
        assertThat(sees(repY, victim)).isTrue();
        assertThat(sees(outsider, victim)).isFalse();

        MaracTransfer out = as(coordinator, () -> transfers.transferOut(new MaracReferralId(referral), null,
                other.id(), "The victim moved to the other area"));

        assertThat(sees(repX, victim)).as("the sender's member agency no longer reaches the victim via MARAC")
                .isFalse();
        assertThat(sees(repY, victim)).as("nor the action's owner: the action closed with the case").isFalse();
        assertThat(sees(outsider, victim)).isFalse();
        assertThat(sees(repX, perpetrator)).as("still on the other case of the meeting").isTrue();
        assertThat(sees(repX, otherVictim)).as("the other case keeps its access").isTrue();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_type = 'access-grant' AND ? = ANY(record_ids)
                  AND reason = ?""").params(victim.toString(), "ended: case transferred out (marac-transfer "
                        + out.id() + ")").query(Long.class).single()).as("each ending audited with the transfer")
                .isEqualTo(3);

        MaracReferral closed = as(coordinator, () -> referrals.find(new MaracReferralId(referral)).orElseThrow());
        assertThat(closed.transferred()).isTrue();
        assertThat(closed.transferredTo()).isEqualTo(other.name());
        assertThat(closed.transferredOn()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/London")));
        assertThat(closed.meeting()).as("off the agenda of the meeting not yet held").isNull();
        assertThat(as(coordinator, () -> agendas.agenda(meeting.id()).orElseThrow().cases()))
                .extracting(c -> c.referral().id().value()).containsExactly(otherReferral);
        assertThat(as(coordinator, () -> referrals.awaitingListing(marac.id()))).as("not awaiting listing either")
                .isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM marac_research WHERE marac_referral_id = ?").param(referral)
                .query(Long.class).single()).as("its research withdrawn").isZero();
        assertThat(jdbc.sql("SELECT closed_at IS NOT NULL FROM marac_action WHERE id = ?").param(action.id().value())
                .query(Boolean.class).single()).as("its open action closed").isTrue();
        // closed by the transfer, not done: insights counts it neither as completed nor as missed here
        LocalDate due = LocalDate.now().plusDays(30);
        assertThat(indicators.report(due, due, marac.areas().get(0).value()).headline("marac-actions-on-time")
                .orElseThrow().detail()).startsWith("0 of 0");

        // a second transfer is refused, on the module and the page
        assertThatThrownBy(() -> as(coordinator, () -> transfers.transferOut(new MaracReferralId(referral), null,
                other.id(), null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get("to")).startsWith("The case was already transferred to "
                                + other.name()));
        WebSession hub = new WebSession(port);
        hub.signIn(coordinatorUser);
        String day = TransferPackPdfDay.of(LocalDate.now(java.time.ZoneId.of("Europe/London")));
        assertThat(hub.get("/marac/referrals/" + referral + "/transfer").html().select("#transferred").text())
                .contains("Transferred to " + other.name() + " on " + day);
        assertThat(hub.get("/marac/transfers/" + out.id()).html().select("#transferred").text())
                .contains("Transferred to " + other.name() + " on " + day);
    }

    private static WebSession.Page upload(WebSession web, String csrf, String file) {
        String boundary = "----hearth" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.jws\"\r\n"
                + "Content-Type: application/jose\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
        return web.send(HttpRequest.newBuilder(web.uri("/marac/transfers/receive"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * The pages: the coordinator sends a case from its form (a missing choice is a field error), finds it in the list
     * with its downloads, uploads a partner's file, sees what it holds and who is already known, and accepts it (a
     * missing MARAC is a field error, nothing saved).
     */
    @Test
    void theCoordinatorSendsAndReceivesThroughThePages() throws Exception {
        Case c = aCase();
        Marac other = support.marac(coordinator, 20, List.of());
        WebSession web = new WebSession(port);
        web.signIn(coordinatorUser);
        String form = "/marac/referrals/" + c.referral() + "/transfer";
        assertThat(web.open(form).status()).isEqualTo(200);
        WebSession.Page missing = web.post(form, Map.of("reason", "Moved"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorSummary()).contains("Choose the receiving MARAC");
        WebSession.Page sent = web.post(form, Map.of("to", "marac:" + other.id(), "reason", "Moved"));
        assertThat(sent.status()).isEqualTo(303);
        WebSession.Page page = web.open(sent.location());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("h1").text()).isEqualTo("Sent to " + other.name());
        assertThat(page.html().select("#downloads a").eachAttr("href")).hasSize(2);
        assertThat(web.open("/marac/transfers").html().select("#transfers").text()).contains(other.name());

        UUID out = UUID.fromString(sent.location().replaceAll(".*/marac/transfers/([0-9a-f-]{36}).*", "$1"));
        TransferPackage contents = as(coordinator, () -> transfers.contents(new MaracTransferId(out)));
        ECKey keyB = newKey();
        importPartner(Fixtures.uniqueName("Partner B"), keyB);
        awaitMatchable(c.victim(), new PersonDetails("Alys", c.victimFamily(), LocalDate.of(1990, 3, 14), null,
                Sex.FEMALE, null, null, null, false, null, null, null));
        String file = sign(keyB, fromB(contents, UUID.randomUUID(), c.marac().name()));
        String csrf = web.open("/marac/transfers/receive").csrf();
        WebSession.Page preview = upload(web, csrf, file);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.html().select("#verified").text()).contains("The signature holds");
        assertThat(preview.html().text()).contains("Alys " + c.victimFamily(), "Already known");
        assertThat(preview.html().select("input[name=file]").attr("value")).isEqualTo(file);
        long before = count("marac_referral");
        WebSession.Page noMarac = web.post("/marac/transfers/accept", Map.of("file", file, "marac", ""));
        assertThat(noMarac.status()).isEqualTo(400);
        assertThat(noMarac.errorSummary()).contains("Choose the MARAC that receives the case");
        assertThat(count("marac_referral")).isEqualTo(before);
        WebSession.Page accepted = web.post("/marac/transfers/accept", Map.of("file", file,
                "marac", c.marac().id().toString()));
        assertThat(accepted.status()).isEqualTo(303);
        WebSession.Page received = web.open(accepted.location());
        assertThat(received.html().select("h1").text()).isEqualTo("Transferred from North Shire MARAC (North Shire"
                + " Partnership)");
        assertThat(count("marac_referral")).isEqualTo(before + 1);
    }

    private String refusal(String file) {
        try {
            as(coordinator, () -> transfers.read(file));
        } catch (InvalidInputException e) {
            return e.errors().get("file");
        }
        throw new AssertionError("the file was not refused");
    }

    /**
     * A file altered after signing, one signed by a key never imported or since revoked, an unsigned one and one
     * that is not a transfer file are refused with a clear message (UI: a field error and summary; API: problem
     * details), and accepting one saves nothing.
     */
    @Test
    void tamperedUnsignedAndUnknownFilesAreRefusedAndNothingIsSaved() throws Exception {
        Case c = aCase();
        ECKey keyB = newKey();
        MaracPartner b = importPartner(Fixtures.uniqueName("Partner B"), keyB);
        MaracTransfer out = as(coordinator, () -> transfers.transferOut(new MaracReferralId(c.referral()), b.id(), null,
                null));
        TransferPackage sent = as(coordinator, () -> transfers.contents(out.id()));
        String good = sign(keyB, fromB(sent, UUID.randomUUID(), c.marac().name()));
        assertThat(as(coordinator, () -> transfers.read(good)).signedBy()).isEqualTo(b.name());

        // tampered: the payload changed (the victim's date of birth), header and signature kept
        String[] parts = good.split("\\.");
        String changed = new Base64URL(parts[1]).decodeToString().replace("1990-03-14", "1991-03-14");
        String tampered = parts[0] + "." + Base64URL.encode(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(refusal(tampered)).contains("altered since it was signed");

        // signed by a key never imported; by a revoked key
        ECKey stranger = newKey();
        assertThat(refusal(sign(stranger, fromB(sent, UUID.randomUUID(), "A")))).contains("not been imported");
        ECKey keyD = newKey();
        MaracPartner d = importPartner(Fixtures.uniqueName("Partner D"), keyD);
        String byD = sign(keyD, fromB(sent, UUID.randomUUID(), "A"));
        assertThat(as(coordinator, () -> transfers.read(byD)).signedBy()).isEqualTo(d.name());
        as(admin, () -> transfers.revokePartner(d.id()));
        assertThat(refusal(byD)).contains("revoked");

        // unsigned: the JSON alone, or a JWS with "alg": "none"; not a transfer file at all
        assertThat(refusal(fromB(sent, UUID.randomUUID(), "A"))).contains("not signed");
        assertThat(refusal(new PlainObject(new Payload(fromB(sent, UUID.randomUUID(), "A"))).serialize()))
                .contains("not signed");
        assertThat(refusal("hello")).contains("not a signed MARAC transfer file");
        assertThat(refusal(sign(keyB, "{\"format\":\"something else\"}"))).contains("not a MARAC transfer file");
        assertThat(refusal("")).contains("Choose the signed transfer file");

        long persons = count("person");
        long referralsBefore = count("marac_referral");
        long transfersBefore = count("marac_transfer");
        for (String bad : List.of(tampered, byD, sign(stranger, fromB(sent, UUID.randomUUID(), "A")))) {
            assertThatThrownBy(() -> as(coordinator, () -> transfers.accept(bad, c.marac().id())))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(count("person")).isEqualTo(persons);
        assertThat(count("marac_referral")).isEqualTo(referralsBefore);
        assertThat(count("marac_transfer")).isEqualTo(transfersBefore);

        // the page: the upload refused with a field error and the error summary
        WebSession web = new WebSession(port);
        web.signIn(coordinatorUser);
        String csrf = web.open("/marac/transfers/receive").csrf();
        WebSession.Page page = upload(web, csrf, tampered);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.errorSummary()).contains("altered since it was signed");
        assertThat(page.html().select("#file-error").text()).contains("altered since it was signed");

        // the API: problem details naming the field
        WebSession.Page api = web.send(HttpRequest.newBuilder(web.uri("/api/marac/transfers/verify"))
                .header("Content-Type", "application/jose").header("X-CSRF-TOKEN", csrf)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(byD)));
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.header("Content-Type")).contains("application/problem+json");
        assertThat(api.body()).contains("\"field\":\"file\"").contains("revoked");
    }

    /**
     * Only hub/MARAC coordinators open or download a transfer: an agency not involved (its representative, its
     * practitioner) is refused the pack, the signed file and the contents, by the module and by the pages.
     */
    @Test
    void anAgencyNotInvolvedCannotDownloadThePack() {
        Case c = aCase();
        Marac other = support.marac(coordinator, 20, List.of());
        MaracTransfer out = as(coordinator, () -> transfers.transferOut(new MaracReferralId(c.referral()), null,
                other.id(), null));
        TestUser repUser = fixtures.enrolledUserAt("Transfer Outsiders", Role.AGENCY_REPRESENTATIVE);
        for (StaffUser outsider : List.of(repUser.user(),
                fixtures.enrolledUserAt("Transfer Outsiders", Role.PRACTITIONER).user())) {
            assertThatThrownBy(() -> as(outsider, () -> transfers.pack(out.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(outsider, () -> transfers.signedFile(out.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(outsider, () -> transfers.contents(out.id())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        WebSession web = new WebSession(port);
        web.signIn(repUser);
        assertThat(web.get("/marac/transfers/" + out.id() + "/pack.pdf").status()).isEqualTo(403);
        assertThat(web.get("/marac/transfers/" + out.id() + "/file.jws").status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND ? = ANY(record_ids)")
                .param(c.victim().toString()).query(Long.class).single()).isZero();
        // the coordinator may
        WebSession hub = new WebSession(port);
        hub.signIn(coordinatorUser);
        WebSession.Page pdf = hub.get("/marac/transfers/" + out.id() + "/pack.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
    }

    /** Partner keys: only administrators import and revoke; a private key, the own key or a duplicate is refused. */
    @Test
    void partnerKeysAreCheckedOnImport() throws Exception {
        ECKey key = newKey();
        assertThatThrownBy(() -> as(coordinator, () -> transfers.importPartner("X", key.toPublicJWK().toJSONString())))
                .isInstanceOf(AccessDeniedException.class);
        // JSON that is not a key object at all (the fuzzer's "null" made the library throw a NullPointerException)
        for (String notAKey : new String[] {"null", "[]", "42", "{}"}) {
            assertThat(errors(() -> transfers.importPartner("X", notAKey)).get("jwk")).as(notAKey).contains("JWK");
        }
        Map<String, String> privateKey = errors(() -> transfers.importPartner("X", key.toJSONString()));
        assertThat(privateKey.get("jwk")).contains("private key");
        MaracPartner p = importPartner(Fixtures.uniqueName("Partner"), key);
        assertThat(p.keyId()).isEqualTo(key.computeThumbprint().toString());
        assertThat(errors(() -> transfers.importPartner("Again", key.toPublicJWK().toJSONString())).get("jwk"))
                .contains("already imported");
        String own = as(admin, () -> transfers.publicJwk());
        assertThat(errors(() -> transfers.importPartner("Us", own)).get("jwk")).contains("own key");
        assertThat(errors(() -> transfers.importPartner(" ", "not a key"))).containsKeys("name", "jwk");
        assertThat(errors(() -> transfers.importPartner("RSA",
                "{\"kty\":\"oct\",\"k\":\"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow\"}"))
                .get("jwk")).contains("EC key");
        assertThatThrownBy(() -> as(coordinator, () -> transfers.revokePartner(p.id())))
                .isInstanceOf(AccessDeniedException.class);

        // the page: the key listed; a bad import refused field by field
        WebSession web = new WebSession(port);
        web.signIn(adminUser);
        WebSession.Page page = web.open("/marac/partners");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#partners").text()).contains(p.name(), p.keyId());
        assertThat(page.html().select("#own-key-id").text()).isEqualTo(ECKey.parse(own).getKeyID());
        WebSession.Page refused = web.post("/marac/partners", Map.of("name", "", "jwk", key.toJSONString()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("Enter the partner MARAC's name", "private key");
    }

    private Map<String, String> errors(Supplier<?> work) {
        try {
            as(admin, work);
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("not refused");
    }
}
