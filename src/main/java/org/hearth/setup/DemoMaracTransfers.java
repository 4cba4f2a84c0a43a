package org.hearth.setup;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUsers;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracPartner;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.MaracTransfers;
import org.hearth.marac.TransferPackage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's MARAC transfers, made through {@link MaracTransfers} as the demo's administrator and hub coordinator
 * would: a partner MARAC of another partnership (its key pair made here; only the public key is kept, imported as
 * an administrator would), one case sent to it (a case heard at a past meeting) and one received from it, signed
 * with its key (a victim and perpetrator new to the demo, with their earlier referrals and meetings there), listed
 * on the next meeting of the first MARAC with its origin.
 */
final class DemoMaracTransfers {

    static final String PARTNER = "North Shire MARAC (North Shire Domestic Abuse Partnership)";

    private final MaracTransfers transfers;
    private final StaffUsers users;
    private final JdbcTemplate jdbc;

    DemoMaracTransfers(MaracTransfers transfers, StaffUsers users, JdbcTemplate jdbc) {
        this.transfers = transfers;
        this.users = users;
        this.jdbc = jdbc;
    }

    void load(LocalDate today) {
        StaffUser admin = user("admin");
        StaffUser hub = user("hub");
        List<UUID> maracs = jdbc.queryForList("SELECT id FROM marac ORDER BY name", UUID.class);
        if (admin == null || hub == null || maracs.isEmpty()) {
            return;
        }
        ECKey partnerKey;
        try {
            partnerKey = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        MaracPartner partner = as(admin, () -> transfers.importPartner(PARTNER, partnerKey.toPublicJWK().toJSONString()));
        // out: the latest case heard at a past meeting of the first MARAC, whose victim then moved to North Shire
        List<UUID> heard = jdbc.queryForList("""
                SELECT r.id FROM marac_referral r JOIN marac_meeting m ON m.id = r.meeting_id
                WHERE r.marac_id = ? AND m.meets_on < ? ORDER BY m.meets_on DESC, r.reference LIMIT 1""", UUID.class,
                maracs.get(0), today);
        if (!heard.isEmpty()) {
            as(hub, () -> transfers.transferOut(new MaracReferralId(heard.get(0)), partner.id(), null,
                    "The victim has moved to North Shire for good; the IDVA has handed over to North Shire's IDVA"
                            + " service."));
        }
        // in: a case North Shire heard twice, the victim now living in this partnership's first area
        TransferPackage.Person victim = new TransferPackage.Person("Morwenna", "Tregothnan (demo)",
                LocalDate.of(1993, 5, 21), null, "FEMALE", "WHITE_BRITISH", "NO", null, null, "English", false);
        TransferPackage.Person perpetrator = new TransferPackage.Person("Jago", "Penhallow (demo)",
                LocalDate.of(1989, 11, 3), null, "MALE", null, null, null, null, "English", false);
        TransferPackage.Case kase = new TransferPackage.Case("NS-MARAC-" + today.minusMonths(2).getYear() + "-0412",
                today.minusMonths(2), List.of("VISIBLE_HIGH_RISK", "REPEAT"), "Visible high risk: DASH 18 of 24;"
                        + " a repeat within 12 months of the last referral naming the same perpetrator.", null, 18,
                true, "NS-MARAC-" + today.minusMonths(9).getYear() + "-0107", "GIVEN", null, null);
        TransferPackage pack = new TransferPackage(TransferPackage.FORMAT, UUID.randomUUID(),
                "North Shire Domestic Abuse Partnership", "North Shire MARAC", "Nia Trewin (demo), North Shire Council",
                jdbc.queryForObject("SELECT name FROM marac WHERE id = ?", String.class, maracs.get(0)),
                today.minusDays(3), "The victim moved to the area with her children last week.",
                kase, victim, List.of(perpetrator),
                List.of(new TransferPackage.Assessment(today.minusMonths(9), 15, "High", "SafeLives DASH"),
                        new TransferPackage.Assessment(today.minusMonths(2), 18, "High", "SafeLives DASH")),
                List.of(new TransferPackage.PastReferral(kase.repeatOf(), today.minusMonths(9), "North Shire MARAC",
                                today.minusMonths(9).plusDays(9), List.of("VISIBLE_HIGH_RISK"), false, "TRIAGE"),
                        new TransferPackage.PastReferral(kase.reference(), kase.referredOn(), "North Shire MARAC",
                                kase.referredOn().plusDays(12), kase.criteria(), true, "PERSON_PAGE")),
                List.of(new TransferPackage.CaseMinutes(kase.repeatOf(), "North Shire MARAC",
                        today.minusMonths(9).plusDays(9), "CLOSED", "The IDVA is in touch weekly by the safe number.",
                        "Police to flag the home for a priority response; housing to fit target hardening.")),
                List.of(new TransferPackage.ActionPlan(kase.repeatOf(), today.minusMonths(9).plusDays(9), "VICTIM",
                        "Flag the home for a priority response", "Repeat assault at home",
                        "North Shire Police (demo)", today.minusMonths(9).plusDays(16), "DONE",
                        today.minusMonths(9).plusDays(12))));
        String file;
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(partnerKey.getKeyID())
                    .type(new JOSEObjectType("hearth-marac-transfer+jws")).contentType("application/json").build(),
                    new Payload(JsonMapper.builder().build().writeValueAsString(pack)));
            jws.sign(new ECDSASigner(partnerKey));
            file = jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        as(hub, () -> transfers.accept(file, new MaracId(maracs.get(0))));
    }

    private StaffUser user(String username) {
        return users.all().stream().filter(u -> u.username().equals(username)).findFirst().orElse(null);
    }

    private static <T> T as(StaffUser u, Supplier<T> work) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                true, true, null);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

}
